using System.Text.RegularExpressions;
using MalAnalys.Documents;

namespace MalAnalys.Structure;

/// <summary>
/// Goals known by what measures them, read only where nothing else gives goals: a heading whose section holds the
/// indicators that follow it up ("Öka antalet arbetstillfällen" over a table headed "Mått Utfall Målvärde"; "En region
/// med god livsmiljö" over "… jämförs … genom följande indikatorer:"). An indicator measures a goal, so the heading it
/// follows up is one. Headings that name goals, indicators or other things, and questions, are not taken.
/// </summary>
internal static partial class MeasuredGoalLayout
{
    public static LayoutMatch? Find(IReadOnlyList<Paragraph> ps, int stop)
    {
        var goals = new List<GoalCandidate>();
        for (var i = 0; i < stop; i++)
        {
            var heading = ps[i];
            if (!LayoutRules.IsHeading(heading, maxWords: 12) || heading.WordCount < 3 || GoalCues.NamesGoals(heading.FoldedSpan) || GoalCues.NamesNonGoals(heading.FoldedSpan))
            {
                continue;
            }

            for (var k = i + 1; k < stop && !LayoutRules.IsHeading(ps[k], maxWords: 12); k++)
            {
                if (MeasureCue().IsMatch(ps[k].Folded))
                {
                    goals.Add(new GoalCandidate(null, null, heading.Text, ps.Skip(i + 1).Take(k - i - 1).ToList(), null, heading.Start, heading.End, []));
                    break;
                }
            }
        }

        return goals.Count == 0 ? null : new LayoutMatch(LayoutFamily.HeadedStatements, goals, [], null);
    }

    // A table's header of measures and their values or years ("Indikator 2017 2018 2019"), or a sentence that introduces
    // the indicators.
    [GeneratedRegex(@"^(?:matt|indikator(?:er)?|nyckeltal)\s+(?:utfall|malvarde|mal|varde|resultat|(?:19|20)\d{2}\s+(?:19|20)\d{2})\b|\bfoljande (?:indikatorer|matt|nyckeltal)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureCue();
}
