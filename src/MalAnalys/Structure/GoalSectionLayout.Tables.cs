using System.Text.RegularExpressions;
using MalAnalys.Swedish;

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

    /// <summary>
    /// A table flattened to one cell a paragraph: a goal column's header ("Målformulering") and the other columns'
    /// ("Mätning", "Mål och jämförelser") each on its own, then the rows' cells in order. The rows have cells of
    /// different counts (a baseline per year), so the goals are told by their wording: each cell that states a goal in
    /// a sentence ("Öka andel nöjda brukare inom hemtjänsten.") is one; measurements and target values are not.
    /// </summary>
    private static void CellPerLineTables(State s)
    {
        var units = s.Units;
        for (var i = 0; i + 2 < units.Count; i++)
        {
            if (s.Used[i] || units[i].Kind != UnitKind.Heading || !GoalColumnHeader().IsMatch(units[i].Folded.Trim()))
            {
                continue;
            }

            var first = i + 1;
            while (first < units.Count && first - i <= 4 && units[first] is { Kind: UnitKind.Heading, Words: <= 5 } cell && OtherColumnHeader().IsMatch(cell.Folded))
            {
                first++;
            }

            if (first == i + 1)
            {
                continue;
            }

            var goals = new List<int>();
            var last = first;
            for (var k = first; k >= 0 && k < units.Count && !s.Used[k] && units[k].Kind is UnitKind.Text or UnitKind.Heading && s.ParagraphWords(k) <= 30; k = s.NextParagraphUnit(k, units.Count))
            {
                last = k;
                var paragraph = s.ParagraphAt(k);
                var folded = Diacritics.FoldLower(paragraph.Text.Trim());
                if (s.IsParagraphStart(k) && paragraph.WordCount >= 4 && LayoutRules.EndsSentence(paragraph.Text.TrimEnd()) && !paragraph.Text.TrimEnd().EndsWith(':')
                    && (InfinitiveGoal().IsMatch(folded) || GoalCues.IsGoalSentence(folded)))
                {
                    goals.Add(k);
                }
            }

            if (goals.Count < 2)
            {
                continue;
            }

            var area = i > 0 && AreaAbove(s, i) is { } a ? units[a].Content : null;
            for (var h = i; h < first; h++)
            {
                s.Used[h] = true;
            }

            foreach (var g in goals)
            {
                var paragraph = s.ParagraphAt(g);
                s.Add(g, null, null, paragraph.Text.Trim(), units[g].Start, paragraph.End, area: area, last: g);
                s.Used[g] = true;
                s.Note("row", true, $"a goal cell of the flattened table under '{Short(units[i].Content)}'", units[g]);
            }

            i = last;
        }
    }

    /// <summary>The area heading over a table: the nearest heading above its header, past at most one paragraph of text, that reads as an area.</summary>
    private static int? AreaAbove(State s, int header)
    {
        var units = s.Units;
        for (var k = header - 1; k >= 0 && header - k <= 12; k--)
        {
            if (units[k].Kind == UnitKind.Heading)
            {
                return s.IsAreaLike(k) && !GoalCues.NamesGoals(units[k].WholeFolded) ? k : null;
            }

            if (units[k].Kind != UnitKind.Text)
            {
                return null;
            }
        }

        return null;
    }

    // The header of a table's goal column, a cell of its own.
    [GeneratedRegex(@"^(?:malformulering(?:ar)?|malbeskrivning|malsattning(?:ar)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex GoalColumnHeader();

    // The headers of the columns beside it: how the goal is measured, its target values and comparisons, who answers for it.
    [GeneratedRegex(@"^(?:matning|matt|matetal|indikator(?:er)?|nyckeltal|malvarden?|malniva|mal och jamforelser|jamforelse(?:r)?|utfall|resultat|ansvar(?:ig)?|uppfoljning|kalla|varde|trend)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OtherColumnHeader();

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
