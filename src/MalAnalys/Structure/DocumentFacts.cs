using System.Globalization;
using System.Text.RegularExpressions;
using MalAnalys.Documents;
using MalAnalys.Swedish;

namespace MalAnalys.Structure;

/// <summary>Finds what a goal document says about itself: its municipality, title, period and adoption date.</summary>
internal static partial class DocumentFacts
{
    private static readonly string[] MonthNames =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

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
    /// <param name="folded">The same, folded (<see cref="Diacritics.FoldLower(string)"/>): matched, so that "mal" and "mål" both count.</param>
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

    [GeneratedRegex(@"^\d+(?:\.\d+)*\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterNumber();

    [GeneratedRegex(@"mandatperiod(?:en)?\s+((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MandatePattern();

    [GeneratedRegex(@"\b(?:budget(?:en)?|budgetar(?:et)?|verksamhetsar(?:et)?)\s+(?:for\s+)?((?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BudgetPattern();

    // The two patterns below need their nearest match, a bounded lazy loop, which the source-generated and compiled
    // matchers of .NET 10 get wrong (IndexOutOfRangeException when backtracking out of a lazy loop at its maximum,
    // dotnet/runtime#129511): they run on the interpreter, which matches them correctly.
    private static readonly Regex YearRangeNearGoals = new(@"\bmal\b[^\n]{0,40}?\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b", RegexOptions.CultureInvariant);

    private static Regex YearRangeNearGoalsPattern() => YearRangeNearGoals;

    private static readonly Regex AdoptedDate = new(@"\b(?:antog|antogs|antagna|antagen|beslutade|beslutades|faststallde|faststalldes)\b[^.]{0,60}?\bden\s+(\d{1,2})\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+((?:19|20)\d\d)", RegexOptions.CultureInvariant);

    private static Regex AdoptedPattern() => AdoptedDate;
}
