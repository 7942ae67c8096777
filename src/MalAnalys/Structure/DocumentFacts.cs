using System.Globalization;
using System.Text.RegularExpressions;
using MalAnalys.Documents;

namespace MalAnalys.Structure;

/// <summary>Finds what a goal document says about itself: its municipality, title, period and adoption date.</summary>
internal static partial class DocumentFacts
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Vår", "Var", "Varje", "Hela", "En", "Ett", "Denna", "Den", "Samma", "Egen", "Din", "Er", "Vilken", "Annan", "Hållbar", "Hallbar",
        "Trygg", "Attraktiv", "Modern", "Stolt", "Levande", "Växande", "Vaxande", "Liten", "Stor", "Bästa", "Basta", "Kommunen", "Som",
        "Att", "Och", "Med", "Ostra", "Västra", "Norra", "Södra",
    };

    private static readonly string[] MonthNames =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>The municipality or region named most often as "X kommun", "Xs kommun", "I X ska" or "Region X".</summary>
    public static string? Municipality(string body)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in MunicipalityPattern().Matches(body))
        {
            var name = m.Groups["name"].Value;
            if (NotNames.Contains(name))
            {
                continue;
            }

            counts[name] = counts.GetValueOrDefault(name) + (m.Groups["kommun"].Success ? 2 : 1);
        }

        foreach (Match m in RegionPattern().Matches(body))
        {
            var name = "Region " + m.Groups[1].Value;
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        if (counts.Count == 0)
        {
            return null;
        }

        // "Perstorps kommun" is the genitive of Perstorp; "Borås kommun" is not "Borå": keep the s unless the bare form occurs too.
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, count) in counts)
        {
            var bare = name.EndsWith('s') && !name.StartsWith("Region ", StringComparison.Ordinal) && OccursAsWord(body, name[..^1]) ? name[..^1] : name;
            merged[bare] = merged.GetValueOrDefault(bare) + count;
        }

        var best = merged.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        return best.Value >= 2 ? best.Key : null;
    }

    /// <summary>The first paragraph, when it reads as a heading, without a chapter number.</summary>
    public static string? Title(IReadOnlyList<Paragraph> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var first = paragraphs[0];
        if (!LayoutRules.IsHeading(first, maxWords: 12))
        {
            return null;
        }

        return ChapterNumber().Replace(first.Text, string.Empty);
    }

    /// <param name="body">The body text.</param>
    /// <param name="folded">The same, folded (<see cref="TextFolding.Fold(string)"/>): matched, so that "mal" and "mål" both count.</param>
    public static Period? FindPeriod(string body, string folded)
    {
        if (MandatePattern().Match(folded) is { Success: true } mandate)
        {
            return new Period(PeriodKind.Mandate, Year(mandate.Groups[1]), Year(mandate.Groups[2]), body.Substring(mandate.Index, mandate.Length));
        }

        if (BudgetPattern().Match(folded) is { Success: true } budget)
        {
            var year = Year(budget.Groups[1]);
            return new Period(PeriodKind.Budget, year, year, body.Substring(budget.Index, budget.Length));
        }

        if (YearRangeNearGoalsPattern().Match(folded) is { Success: true } range)
        {
            return new Period(PeriodKind.Years, Year(range.Groups[1]), Year(range.Groups[2]), body.Substring(range.Groups[1].Index, range.Groups[2].Index + range.Groups[2].Length - range.Groups[1].Index));
        }

        return null;
    }

    public static DateOnly? Adopted(string folded)
    {
        var m = AdoptedPattern().Match(folded);
        if (!m.Success)
        {
            return null;
        }

        var day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = Array.IndexOf(MonthNames, m.Groups[2].Value) + 1;
        var year = Year(m.Groups[3]);
        return month > 0 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static int Year(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static bool OccursAsWord(string text, string word)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            at = end;
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?<kommun>kommun(?:s|en|ens)?|kommunkoncern(?:en)?)\b|\bI\s+(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:ska|skall|har|finns)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex MunicipalityPattern();

    [GeneratedRegex(@"\bRegion\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^\d+(?:\.\d+)*\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterNumber();

    [GeneratedRegex(@"mandatperiod(?:en)?\s+((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MandatePattern();

    [GeneratedRegex(@"\b(?:budget(?:en)?|budgetar(?:et)?|verksamhetsar(?:et)?)\s+(?:for\s+)?((?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BudgetPattern();

    [GeneratedRegex(@"\bmal\b[^\n]{0,40}?\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearRangeNearGoalsPattern();

    [GeneratedRegex(@"\b(?:antog|antogs|antagna|antagen|beslutade|beslutades|faststallde|faststalldes)\b[^.]{0,60}?\bden\s+(\d{1,2})\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+((?:19|20)\d\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AdoptedPattern();
}
