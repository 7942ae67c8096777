using MalAnalys.Documents;
using MalAnalys.Swedish;

namespace MalAnalys.Structure;

/// <summary>Numbered goals ("1.1 …", "Mål 2: …"), with short names and groups from an overview list when there is one.</summary>
internal static class NumberedLayout
{
    public static LayoutMatch? Find(IReadOnlyList<Paragraph> ps, int stop)
    {
        var headers = Headers(ps, stop);
        if (headers.Count == 0)
        {
            return null;
        }

        var labelled = headers.Select(h => LayoutRules.NumberedHeader(ps[h.Index].Lines[0].Text).Groups["label"].Success).ToArray();

        var overview = Overview.Items(ps, 0, headers[0].Index);
        var matched = Overview.Match(overview, headers.Select(h => h.Title).ToList());
        var goals = new List<GoalCandidate>();
        for (var i = 0; i < headers.Count; i++)
        {
            var (index, number, title) = headers[i];
            var end = i + 1 < headers.Count ? headers[i + 1].Index : stop;
            var header = ps[index];
            var item = matched[i];
            var (statement, shortName, bodyStart) = StatementOf(ps, index, end, title, labelled[i], item);
            var body = ps.Skip(bodyStart).Take(Math.Max(0, end - bodyStart)).ToList();
            var last = body.Count > 0 ? body[^1].End : header.End;
            goals.Add(new GoalCandidate(number, shortName, statement, body, item?.Area, header.Start, last, [header.Text, title]));
        }

        return new LayoutMatch(LayoutFamily.Numbered, goals, Overview.Areas(overview), null);
    }

    /// <summary>
    /// A numbered goal's statement and short name: from the overview when it has the goal, else from the header
    /// ("Mål 2: Trygg uppväxt" over its statement, "Mål 1: Trygg uppväxt – Alla barn …", or the header's own words);
    /// and where the goal's body starts.
    /// </summary>
    private static (string Statement, string? ShortName, int BodyStart) StatementOf(IReadOnlyList<Paragraph> ps, int index, int end, string title, bool labelled, Overview.Item? item)
    {
        var header = ps[index];
        var bodyStart = index + 1;
        if (item is not null)
        {
            return (item.Statement, item.ShortName, bodyStart);
        }

        if (LayoutRules.IsHeading(new Paragraph([new BodyLine(title, 0)])))
        {
            // "Mål 2: Trygg uppväxt" names the goal; its statement follows on the next line or as the next paragraph.
            if (header.Lines.Count > 1)
            {
                return (Paragraph.Reflow(header.Lines.Skip(1).Select(l => l.Text)), title, bodyStart);
            }

            return bodyStart < end ? (ps[bodyStart].Text, title, bodyStart + 1) : (title, title, bodyStart);
        }

        if (labelled && TextUnits.SplitShortName(title) is { ShortName: { } name } split)
        {
            // "Mål 1: Trygg uppväxt – Alla barn …": the short name, then the statement.
            return (HeaderStatement(split.Statement, header), name, bodyStart);
        }

        return (HeaderStatement(title, header), null, bodyStart);
    }

    private static List<(int Index, string Number, string Title)> Headers(IReadOnlyList<Paragraph> ps, int stop)
    {
        // Labelled is "Mål 2: …"; a bare "1.3 …" could also be a section number, so one alone is not taken for a goal.
        var found = new List<(int Index, string Number, string Title, bool Labelled)>();
        for (var i = 0; i < stop; i++)
        {
            var m = LayoutRules.NumberedHeader(ps[i].Lines[0].Text);
            if (m.Success && !TextUnits.IsContentsLine(ps[i].Lines[0].Text))
            {
                found.Add((i, m.Groups["number"].Value, m.Groups["title"].Value.Trim(), m.Groups["label"].Success));
            }
        }

        // Keep the largest family sharing a parent number ("1.x"), in increasing order: section numbers elsewhere are not goals.
        var best = found
            .GroupBy(h => h.Number.Contains('.', StringComparison.Ordinal) ? h.Number[..h.Number.LastIndexOf('.')] : string.Empty)
            .Select(g => Increasing(g.ToList()))
            .OrderByDescending(g => g.Count)
            .FirstOrDefault() ?? [];
        // Numbered goals state something ("1.3 Östersund har …"); numbered section headings only name ("7.1 Kommunstyrelsen").
        var statements = best.Count(h => h.Labelled || h.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5);
        // Rows under a table's head that names indicators ("INDIKATOR Mål Värde") are indicators, numbered as they are.
        var underIndicatorHead = best.Count > 0 && best[0].Index > 0 && ps[best[0].Index - 1] is { WordCount: <= 8 } head && GoalCues.NamesNonGoals(head.FoldedSpan);
        return (best.Count >= 2 || best.Count == 1 && best[0].Labelled) && 2 * statements > best.Count && !underIndicatorHead
            ? best.Select(h => (h.Index, h.Number, h.Title)).ToList()
            : [];
    }

    private static List<(int Index, string Number, string Title, bool Labelled)> Increasing(List<(int Index, string Number, string Title, bool Labelled)> headers)
    {
        var result = new List<(int Index, string Number, string Title, bool Labelled)>();
        foreach (var h in headers)
        {
            if (result.Count == 0 || Compare(h.Number, result[^1].Number) > 0)
            {
                result.Add(h);
            }
        }

        return result;
    }

    private static int Compare(string a, string b)
    {
        var x = a.Split('.');
        var y = b.Split('.');
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var c = int.Parse(x[i], System.Globalization.CultureInfo.InvariantCulture).CompareTo(int.Parse(y[i], System.Globalization.CultureInfo.InvariantCulture));
            if (c != 0)
            {
                return c;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    // The header paragraph's text, cut where a pull quote starts repeating the statement.
    private static string HeaderStatement(string title, Paragraph header)
    {
        var lines = new List<string> { title };
        var opening = FoldedTokens.Of(Diacritics.FoldLower(title)).Take(3).ToArray();
        foreach (var line in header.Lines.Skip(1))
        {
            var tokens = FoldedTokens.Of(Diacritics.FoldLower(line.Text));
            if (opening.Length == 3 && tokens.Take(3).SequenceEqual(opening))
            {
                break;
            }

            lines.Add(line.Text);
        }

        return Paragraph.Reflow(lines);
    }
}

/// <summary>An overview list of goal statements each ending with a short name in parentheses, optionally grouped by "Tre av dessa …:".</summary>
internal static class Overview
{
    public sealed record Item(int Index, string Statement, string ShortName, string? Area, int AreaStart = -1, int AreaEnd = -1);

    public static List<Item> Items(IReadOnlyList<Paragraph> ps, int from, int to)
    {
        var items = new List<Item>();
        string? area = null;
        int areaStart = -1, areaEnd = -1;
        var remaining = 0;
        for (var i = from; i < to; i++)
        {
            var count = LayoutRules.GroupIntroduction(ps[i]);
            if (count > 0)
            {
                area = ps[i].Text.TrimEnd(':', ' ');
                (areaStart, areaEnd) = (ps[i].Start, ps[i].End);
                remaining = count;
                continue;
            }

            var m = LayoutRules.ShortNameInParentheses(ps[i].Text);
            if (m.Success && ps[i].WordCount >= 6)
            {
                items.Add(new Item(i, m.Groups["statement"].Value.Trim(), m.Groups["name"].Value.Trim(), remaining > 0 ? area : null, areaStart, areaEnd));
                remaining--;
            }
        }

        return items;
    }

    public static List<AreaCandidate> Areas(IReadOnlyList<Item> items) =>
        items.Where(i => i.Area is not null).GroupBy(i => i.Area!).Select(g => new AreaCandidate(g.Key, g.First().AreaStart, g.First().AreaEnd)).ToList();

    /// <summary>Pairs overview items with numbered titles: in order when the counts agree, else by shared words.</summary>
    public static Item?[] Match(IReadOnlyList<Item> items, IReadOnlyList<string> titles)
    {
        var result = new Item?[titles.Count];
        if (items.Count == titles.Count)
        {
            for (var i = 0; i < titles.Count; i++)
            {
                result[i] = items[i];
            }

            return result;
        }

        var used = new HashSet<int>();
        for (var i = 0; i < titles.Count; i++)
        {
            var t = FoldedTokens.Of(Diacritics.FoldLower(titles[i])).ToHashSet(StringComparer.Ordinal);
            var best = items
                .Select((item, k) => (k, score: Jaccard(t, FoldedTokens.Of(Diacritics.FoldLower(item.Statement)).ToHashSet(StringComparer.Ordinal))))
                .Where(x => !used.Contains(x.k) && x.score >= 0.4)
                .OrderByDescending(x => x.score)
                .FirstOrDefault((k: -1, score: 0.0));
            if (best.k >= 0)
            {
                used.Add(best.k);
                result[i] = items[best.k];
            }
        }

        return result;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Count(b.Contains) / (a.Count + b.Count - a.Count(b.Contains));
}

/// <summary>Goals that each have a heading followed by a one-sentence statement and body text.</summary>
internal static class HeadedStatementLayout
{
    public static LayoutMatch? Find(IReadOnlyList<Paragraph> ps, int stop)
    {
        var starts = new List<int>();
        for (var i = 1; i < stop; i++)
        {
            // A quotation ("“Om du inte vet vart du ska …”") or a heading over values ("Kärnvärdena blev värdegrund") states no
            // goal, nor does the vision set as a heading under its title ("Vår vision" / "Ludvika är framtidens kommun").
            if (LayoutRules.IsStatement(ps[i]) && LayoutRules.IsHeading(ps[i - 1]) && !LayoutRules.IsGoalLabel(ps[i - 1].Text) && !GoalCues.NamesDocumentKind(ps[i - 1].FoldedSpan) && !GoalCues.NamesNonGoals(ps[i].FoldedSpan) && !GoalCues.StatesVision(ps[i].FoldedSpan)
                && !GoalCues.NamesNonGoals(ps[i - 1].FoldedSpan) && ps[i].Text[0] is not ('"' or '“' or '”' or '«' or '»') && !Defines(ps[i].Text)
                && !(i >= 2 && LayoutRules.IsHeading(ps[i - 2]) && GoalCues.TitlesVision(ps[i - 2].FoldedSpan)))
            {
                starts.Add(i - 1);
            }
        }

        if (starts.Count == 0)
        {
            return null;
        }

        var goals = new List<GoalCandidate>();
        for (var g = 0; g < starts.Count; g++)
        {
            var heading = starts[g];
            var end = g + 1 < starts.Count ? starts[g + 1] : stop;
            var body = ps.Skip(heading + 2).Take(end - heading - 2).ToList();
            var last = body.Count > 0 ? body[^1].End : ps[heading + 1].End;
            goals.Add(new GoalCandidate(null, ps[heading].Text, ps[heading + 1].Text, body, null, ps[heading].Start, last, []));
        }

        return new LayoutMatch(LayoutFamily.HeadedStatements, goals, [], null);
    }

    /// <summary>A glossary's entry: a one-word term, a colon, and a definition that opens with the term ("Vision: Visionen beskriver …").</summary>
    private static bool Defines(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 4 || colon > 30)
        {
            return false;
        }

        var term = Swedish.Diacritics.FoldLower(text[..colon].Trim());
        var definition = Swedish.Diacritics.FoldLower(text[(colon + 1)..].TrimStart());
        return term.Length >= 4 && !term.Contains(' ', StringComparison.Ordinal) && definition.StartsWith(term[..Math.Min(term.Length, 5)], StringComparison.Ordinal);
    }
}
