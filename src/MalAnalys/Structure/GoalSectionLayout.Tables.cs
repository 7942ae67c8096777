using System.Text.RegularExpressions;

namespace MalAnalys.Structure;

/// <content>Goals in a two-column table flattened to lines: the area's cell, then the goal, on each line.</content>
internal static partial class GoalSectionLayout
{
    /// <summary>
    /// A flattened table of areas and goals: a header line that names the area column and the goal column
    /// ("Perspektiv Strategiska mål 2019"), then one line a row, the area's cell running into the goal
    /// ("Medborgare och kunder Vansbro kommun är en attraktiv …"). The goal begins at the first capitalised word after
    /// the area's; a line in lower case continues the row above, and rows end at the first line that does not split so.
    /// </summary>
    private static void AreaGoalRows(State s)
    {
        var units = s.Units;
        for (var i = 0; i < units.Count; i++)
        {
            if (s.Used[i] || units[i].Kind is not (UnitKind.Heading or UnitKind.Text) || units[i].Words > 7
                || AreaGoalHeader().Match(units[i].Folded) is not { Success: true } header || !GoalCues.NamesGoals(header.Groups[1].Value))
            {
                continue;
            }

            var rows = new List<(int Unit, string Area, int GoalAt, int Last)>();
            for (var k = i + 1; k < units.Count && !s.Used[k] && units[k].Kind is UnitKind.Text or UnitKind.Heading; k++)
            {
                var line = units[k].Content;
                if (rows.Count > 0 && !s.IsParagraphStart(k) && line.Length > 0 && char.IsLower(line[0]))
                {
                    // A goal too long for its cell wraps onto the next line.
                    rows[^1] = rows[^1] with { Last = k };
                    continue;
                }

                if (SplitRow(line) is not { } split)
                {
                    break;
                }

                rows.Add((k, split.Area, split.GoalAt, k));
            }

            if (rows.Count < 2)
            {
                continue;
            }

            s.Used[i] = true;
            foreach (var (k, area, at, last) in rows)
            {
                var u = units[k];
                var goal = Paragraph.Reflow(Enumerable.Range(k, last - k + 1).Select(r => r == k ? u.Content[at..] : units[r].Content));
                s.Add(k, null, null, goal, u.Start + at, units[last].End, area: area, last: last);
                for (var r = k; r <= last; r++)
                {
                    s.Used[r] = true;
                }

                s.Note("row", true, $"a row of the flattened table under '{Short(units[i].Content)}'", u);
            }

            i = rows[^1].Last;
        }
    }

    /// <summary>A row's area cell and where its goal begins: the first capitalised word after one to five words of area.</summary>
    private static (string Area, int GoalAt)? SplitRow(string line)
    {
        if (line.Length == 0 || !char.IsUpper(line[0]) || line.EndsWith(':'))
        {
            return null;
        }

        var words = 0;
        for (var p = 0; p < line.Length; p++)
        {
            if (line[p] != ' ' || p + 1 >= line.Length)
            {
                continue;
            }

            words++;
            if (char.IsUpper(line[p + 1]))
            {
                var goal = line[(p + 1)..];
                return words <= 5 && Paragraph.CountWords(goal) >= 4 && !line[..p].Any(char.IsDigit) ? (line[..p], p + 1) : null;
            }

            if (words > 5)
            {
                return null;
            }
        }

        return null;
    }

    // "Perspektiv Strategiska mål 2019", "Målområde Inriktningsmål": the header of an area column and a goal column.
    [GeneratedRegex(@"^(?:perspektiv|malomraden?|omraden?|fokusomraden?|strategiska omraden?|strategiomraden?|strategiskt omrade|malomrade)\s+(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AreaGoalHeader();
}
