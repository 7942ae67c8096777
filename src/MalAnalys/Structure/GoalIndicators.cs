using System.Globalization;
using System.Text.RegularExpressions;

namespace MalAnalys.Structure;

/// <summary>
/// The indicators and target values a document gives under a goal: lines under an "Indikator" or "Nyckeltal" label,
/// "Indikator: …" lines, and "Målvärde 2026: 75 %" lines, which give the target of the indicator above them (or of the
/// goal itself when no indicator stands above). Baselines ("Utgångsläge"), owners ("Ansvarig") and committee goals
/// below a council goal are not the goal's indicators.
/// </summary>
internal static partial class GoalIndicators
{
    /// <summary>The indicators in <paramref name="units"/> from <paramref name="from"/> up to, not including, <paramref name="to"/>.</summary>
    /// <param name="units">The document's units.</param>
    /// <param name="from">The first unit after the goal's own text.</param>
    /// <param name="to">The next goal's unit, or the end.</param>
    /// <param name="used">Units taken as goals or lists of goals.</param>
    public static List<IndicatorCandidate> Find(List<TextUnit> units, int from, int to, bool[] used)
    {
        var found = new List<IndicatorCandidate>();
        var collecting = false;
        for (var k = from; k < to && k < units.Count; k++)
        {
            var u = units[k];
            if (u.Words > 25)
            {
                // Running text: no label, field or indicator line, and not the start of another goal's part.
                collecting = false;
                continue;
            }

            var folded = u.WholeFolded.Trim();
            if (used[k] || GoalCues.NamesCommitteesOwnGoals(folded) || u.Kind is UnitKind.Heading or UnitKind.Label && GoalCues.NamesGoals(folded) && !Target().IsMatch(folded))
            {
                // Another goal, or a committee's goal under the council's: what follows is theirs.
                break;
            }

            if (Target().Match(folded) is { Success: true } target)
            {
                AddTarget(found, u, target);
                continue;
            }

            if (Header().IsMatch(folded))
            {
                collecting = true;
                continue;
            }

            if (Inline().Match(u.Content) is { Success: true } inline)
            {
                found.Add(new IndicatorCandidate(inline.Groups["text"].Value.Trim(), null, null, u.Start, u.End));
                continue;
            }

            if (Field().IsMatch(u.Content))
            {
                // "Ansvarig: Kommunstyrelsen", "Utgångsläge: 48": a field of the goal, not an indicator.
                continue;
            }

            if (collecting && u.Kind is UnitKind.Text or UnitKind.Item && u.Words >= 2)
            {
                found.Add(new IndicatorCandidate(u.Content, null, null, u.Start, u.End));
                continue;
            }

            collecting = false;
        }

        return found;
    }

    /// <summary>A target value ("Målvärde 2025: 80 %") completes the indicator above it, or stands as one of its own.</summary>
    private static void AddTarget(List<IndicatorCandidate> found, TextUnit u, System.Text.RegularExpressions.Match target)
    {
        var value = TargetValue(u);
        int? year = target.Groups["year"].Success ? int.Parse(target.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (found.Count > 0 && found[^1] is { Target: null, Year: null } last && last.Text is not null)
        {
            found[^1] = last with { Target = value, Year = year, End = u.End };
        }
        else if (value is not null)
        {
            found.Add(new IndicatorCandidate(null, value, year, u.Start, u.End));
        }
    }

    /// <summary>A milestone of a goal ("år 2025 uppnå 15 procent") as a target for that year, or <see langword="null"/>.</summary>
    public static IndicatorCandidate? Milestone(TextUnit item) =>
        MilestonePattern().Match(item.Content) is { Success: true } m
            ? new IndicatorCandidate(null, m.Groups["value"].Value.TrimEnd('.', ' '), int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), item.Start, item.End)
            : null;

    // The value after "Målvärde 2026:", or null when the field is empty.
    private static string? TargetValue(TextUnit u)
    {
        var m = TargetText().Match(u.Content);
        var value = m.Success ? m.Groups["value"].Value.Trim() : string.Empty;
        return value.Length > 0 ? value : null;
    }

    [GeneratedRegex(@"^(?:indikator(?:er|erna)?|nyckeltal(?:en)?|matt(?:en)?|styrtal(?:en)?|malindikator(?:er)?)\s*:?$", RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex(@"^(?:Indikator|Nyckeltal|Mått|Styrtal|Målindikator)\s*:\s*(?<text>\S.{2,})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Inline();

    [GeneratedRegex(@"^malvarde(?:t)?(?:\s+(?<year>(?:19|20)\d{2}))?\s*:?(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Target();

    [GeneratedRegex(@"^\s*Målvärde(?:t)?(?:\s+(?:19|20)\d{2})?\s*:?\s*(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TargetText();

    [GeneratedRegex(@"^\p{Lu}[\p{L} ]{2,25}:\s", RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    [GeneratedRegex(@"^(?:år|till|senast)\s+(?<year>(?:19|20)\d{2})\s*:?\s+(?<value>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MilestonePattern();
}
