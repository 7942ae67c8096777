using MalAnalys.Swedish;

namespace MalAnalys.Structure;

/// <content>Goal names as headings under the perspectives an introduction names.</content>
internal static partial class GoalSectionLayout
{
    /// <summary>
    /// "Kommunens mål är uppdelade under tre perspektiv; hållbarhet, utveckling och effektivitet.", then each of
    /// those words as a heading over goal names as headings, each over paragraphs that describe it: the names are the
    /// goals and the perspective above each is its area.
    /// </summary>
    private static void PerspectivesNamedAbove(State s)
    {
        var units = s.Units;
        for (var t = 0; t < units.Count; t++)
        {
            var intro = units[t];
            if (intro.Kind != UnitKind.Text || !GoalCues.NamesGoals(intro.Folded) || !AreasOrPartsWord().IsMatch(intro.Folded))
            {
                continue;
            }

            var end = t + 1;
            while (end < units.Count && !(units[end].Kind == UnitKind.Heading && (GoalCues.NamesGoals(units[end].Folded) || GoalCues.NamesNonGoals(units[end].Folded))))
            {
                end++;
            }

            // The perspectives: headings below the introduction that it names, each right over another heading.
            var areas = Enumerable.Range(t + 1, end - t - 1)
                .Where(k => units[k] is { Kind: UnitKind.Heading, Words: <= 4 } h && s.IsParagraphStart(k) && NamesWord(intro.Folded, h.Folded)
                    && s.NextParagraphUnit(k, end) is var below and >= 0 && units[below].Kind == UnitKind.Heading)
                .ToList();
            if (areas.Count < 2 || areas.Any(k => s.Used[k]))
            {
                continue;
            }

            var taken = new List<(int Unit, int Area)>();
            for (var a = 0; a < areas.Count; a++)
            {
                var stop = a + 1 < areas.Count ? areas[a + 1] : end;
                for (var k = s.NextParagraphUnit(areas[a], stop); k >= 0; k = s.NextParagraphUnit(k, stop))
                {
                    if (!s.Used[k] && IsDescribedGoalName(units[k]) && s.NextParagraphUnit(k, stop) is var text and >= 0 && units[text].Kind == UnitKind.Text)
                    {
                        taken.Add((k, areas[a]));
                    }
                }
            }

            if (taken.Count < areas.Count)
            {
                continue;
            }

            foreach (var (k, area) in taken)
            {
                s.Add(k, null, null, units[k].Content, units[k].Start, units[k].End, area: units[area].Content, last: k);
                s.Used[k] = true;
                s.Note("heading", true, $"a goal name under the perspective '{units[area].Content}' that '{Short(intro.Content)}' names", units[k]);
            }

            areas.ForEach(k => s.Used[k] = true);
        }
    }

    // Whether folded text holds a heading's words as a whole phrase ("… tre perspektiv; hållbarhet, utveckling …" holds "Hållbarhet").
    private static bool NamesWord(string folded, string heading)
    {
        var at = folded.IndexOf(heading, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetter(folded[at - 1])) && (at + heading.Length == folded.Length || !char.IsLetter(folded[at + heading.Length]));
    }
}
