using System.Globalization;
using System.Text.RegularExpressions;
using MalAnalys.Swedish;

namespace MalAnalys.Structure;

/// <summary>Classifies the lines of a document by their shape: list items, goal labels, headings and running text.</summary>
internal static partial class TextUnits
{
    // Words ending in "mal" that are not goal compounds.
    private static readonly HashSet<string> NotGoalCompounds = new(StringComparer.Ordinal)
    {
        "normal", "formal", "optimal", "minimal", "maximal", "decimal", "animal", "signal", "kanal", "lokal", "total", "termal", "primal", "abnormal", "subnormal", "paranormal",
    };

    /// <summary>The units of the paragraphs before <paramref name="stop"/>, in order.</summary>
    public static List<TextUnit> Classify(IReadOnlyList<Paragraph> paragraphs, int stop)
    {
        var units = new List<TextUnit>();
        for (var i = 0; i < stop; i++)
        {
            var p = paragraphs[i];
            var longest = 0;
            foreach (var l in p.Lines)
            {
                longest = Math.Max(longest, l.Text.Length);
            }

            if (AddGoalTable(units, p, i))
            {
                continue;
            }

            // A run of at least three such lines, here and in the paragraphs on either side (a page or a gap may split it).
            var prefixed = PrefixLines(paragraphs, i) > 0 && PrefixRun(paragraphs, i, stop) >= 3;
            for (var k = 0; k < p.Lines.Count; k++)
            {
                var line = p.Lines[k];
                if (prefixed && IsPrefixLine(line.Text) && PrefixPattern().Match(line.Text) is { Success: true } prefix && LabelPattern().Match(line.Text.Trim()) is not { Success: true })
                {
                    // "Medborgare: Invånarna upplever …": a list whose items each name their area or perspective first.
                    var statement = prefix.Groups["text"];
                    units.Add(new TextUnit(UnitKind.Item, i, Indent(line), null, Paragraph.Reflow([statement.Value]), line.Start + prefix.Groups["prefix"].Index, line.End, Prefix: prefix.Groups["prefix"].Value));
                    continue;
                }

                if (AddGlued(units, line, i) || AddInlineList(units, line, i))
                {
                    continue;
                }

                if (k + 1 < p.Lines.Count && InlineListStart().IsMatch(line.Text) && AddWrappedInlineList(units, p, i))
                {
                    break;
                }

                if ((Item(line, i) ?? LabelUnit(line, i)) is { } unit)
                {
                    units.Add(unit);
                }
                else
                {
                    AddTextLine(units, paragraphs, i, k, longest);
                }
            }
        }

        return Refined(units, paragraphs);
    }

    /// <summary>A line that is neither an item nor a label: the run-on of the item above it, a heading, or text.</summary>
    private static void AddTextLine(List<TextUnit> units, IReadOnlyList<Paragraph> paragraphs, int i, int k, int longest)
    {
        var p = paragraphs[i];
        var line = p.Lines[k];
        var single = p.Lines.Count == 1;
        var previous = units.Count > 0 ? units[^1] : null;
        if (previous is { Kind: UnitKind.Item } && previous.Paragraph == i && !StartsNewLine(line, previous, k > 0 ? p.Lines[k - 1].Text.Length : 0, longest)
            && !IsHeadingOverList(line, k + 1 < p.Lines.Count ? p.Lines[k + 1] : null, i))
        {
            // A list item's text runs on over the next lines of its paragraph.
            units[^1] = previous with { Content = Paragraph.Reflow([previous.Content, line.Text]), End = line.End };
            return;
        }

        var kind = single && LayoutRules.IsHeading(p, maxWords: 12) && !TocLeader().IsMatch(line.Text) && !(i == paragraphs.Count - 1 && IsCutSentence(p))
            || k == 0 && !single && IsTitleOverItem(line, p.Lines[1], i)
            ? UnitKind.Heading : UnitKind.Text;
        var text = line.Text.Trim();
        units.Add(new TextUnit(kind, i, Indent(line), null, Paragraph.Reflow([text]), line.Start + line.Text.IndexOf(text, StringComparison.Ordinal), line.End));
    }

    /// <summary>
    /// A text's last paragraph that reads as a sentence cut off where the text ends ("Kommunorganisationens arbete ska
    /// präglas av effektivite"): it has no terminal stop only because the rest is missing, so it is not a heading.
    /// </summary>
    private static bool IsCutSentence(Paragraph p) =>
        char.IsLower(p.Text.TrimEnd()[^1]) && (p.WordCount >= 8 || FiniteVerb().IsMatch(p.FoldedSpan));

    /// <summary>What only the units around a unit tell: wrapped quotations, lists whose markers were lost, numbered section headings.</summary>
    private static List<TextUnit> Refined(List<TextUnit> units, IReadOnlyList<Paragraph> paragraphs)
    {
        UnmarkWrappedQuotes(units, paragraphs);
        MarkColonLists(units);
        UnnumberSectionHeadings(units);
        return units;
    }

    /// <summary>
    /// A document's numbered section headings ("1. Syfte och mål", "1.1 Överordnade syften", "1.2 Ekonomiska mål"):
    /// short titles, each a paragraph of its own over running text, numbered in levels. They are headings, not a
    /// numbered list; a document with a numbered item that is not such a title keeps them all as items.
    /// </summary>
    private static void UnnumberSectionHeadings(List<TextUnit> units)
    {
        var numbered = Enumerable.Range(0, units.Count).Where(k => units[k] is { Kind: UnitKind.Item, Number: not null }).ToList();
        bool Alone(int k) => (k == 0 || units[k - 1].Paragraph != units[k].Paragraph) && (k + 1 == units.Count || units[k + 1].Paragraph != units[k].Paragraph);
        bool Title(int k) => Alone(k) && units[k].Words <= 8 && !LayoutRules.EndsSentence(units[k].Content) && !GoalCues.IsModal(units[k].Folded)
            && k + 1 < units.Count && units[k + 1] is { Kind: UnitKind.Text } or { Kind: UnitKind.Item, Number: not null };
        if (numbered.Count >= 2 && TitlesOverBullets(units, numbered, Alone))
        {
            foreach (var k in numbered)
            {
                units[k] = units[k] with { Kind = UnitKind.Heading };
            }

            return;
        }

        // (Two announced areas are enough: a text may be cut after the second.)
        if (numbered.Count < 2 || !numbered.All(Title))
        {
            return;
        }

        var numbers = numbered.Select(k => units[k].Number!).ToHashSet(StringComparer.Ordinal);
        var levels = numbered.Count >= 3 && numbers.Any(n => !n.Contains('.', StringComparison.Ordinal) && numbers.Contains(n + ".1")) && numbered.All(k => units[k].Words <= 6);
        if (!levels && !FlatSectionNumbers(units, numbered))
        {
            return;
        }

        foreach (var k in numbered)
        {
            units[k] = units[k] with { Kind = UnitKind.Heading };
        }
    }

    /// <summary>
    /// Titles numbered 1, 2, 3 … in one level, each a paragraph of its own over a bullet list ("1. Invånarperspektiv" over
    /// "• I kommunen kan man …"): the titles of the lists, not a numbered list with bullets inside.
    /// </summary>
    private static bool TitlesOverBullets(List<TextUnit> units, List<int> numbered, Func<int, bool> alone) =>
        numbered.Select((k, n) => units[k].Number == (n + 1).ToString(CultureInfo.InvariantCulture)).All(b => b)
        && numbered.All(k => alone(k) && units[k].Words <= 8 && !LayoutRules.EndsSentence(units[k].Content) && !GoalCues.IsModal(units[k].Folded)
            && k + 1 < units.Count && units[k + 1] is { Kind: UnitKind.Item, Number: null } bullet && bullet.Paragraph != units[k].Paragraph);

    /// <summary>
    /// Areas numbered 1, 2, 3 … in one level under a sentence that announces them ("De fyra målområdena är:") or puts
    /// goals under each of them ("Inom varje prioriterat område finns övergripande mål"), each over a paragraph of text:
    /// titles of the parts that follow, not a list of goals.
    /// </summary>
    private static bool FlatSectionNumbers(List<TextUnit> units, List<int> numbered) =>
        numbered[0] > 0 && units[numbered[0] - 1].Kind == UnitKind.Text && (GoalCues.AnnouncesAreas(units[numbered[0] - 1].WholeFolded) || GoalCues.PlacesGoalsUnderEachArea(units[numbered[0] - 1].WholeFolded))
        && numbered.Select((k, n) => units[k].Number == (n + 1).ToString(CultureInfo.InvariantCulture)).All(b => b)
        && numbered.All(k => k + 1 < units.Count && units[k + 1].Kind == UnitKind.Text);

    /// <summary>
    /// A quotation opened by a dash whose attribution stands on a wrapped line ("– Ett gott samarbete … är en" /
    /// "framgångsfaktor, poängterar han."): seen whole, it is running text, not a list item.
    /// </summary>
    private static void UnmarkWrappedQuotes(List<TextUnit> units, IReadOnlyList<Paragraph> paragraphs)
    {
        for (var k = 0; k < units.Count; k++)
        {
            var u = units[k];
            if (u.Kind != UnitKind.Item || u.Number is not null || !IsQuote(u.Content))
            {
                continue;
            }

            var line = paragraphs[u.Paragraph].Lines.FirstOrDefault(l => l.Start <= u.Start && u.Start < l.End);
            if (line.Text is { } text && u.Start - line.Start < text.Length && text[u.Start - line.Start] is '–' or '—')
            {
                units[k] = u with { Kind = UnitKind.Text };
            }
        }
    }

    /// <summary>A flattened table whose first column holds the goals ("Mål    Målvärde 2025    2026"): each row's first cell is a goal.</summary>
    private static bool AddGoalTable(List<TextUnit> units, Paragraph p, int i)
    {
        if (GoalTableRows(p) is not { } rows)
        {
            return false;
        }

        units.Add(new TextUnit(UnitKind.Text, i, Indent(p.Lines[0]), null, Paragraph.Reflow([p.Lines[0].Text]), p.Lines[0].Start, p.Lines[0].End));
        units.AddRange(rows.Select(r => new TextUnit(UnitKind.Item, i, 0, null, r.Cell, r.Start, r.End)));
        return true;
    }

    /// <summary>
    /// A line in which OCR or a conversion glued a goal label to the text before it: "… varje år.Malomrade:
    /// Livskvalitet" (a sentence, then the label) or "God och hållbar tillväxtÖvergripande mål" (an area heading, then
    /// the label). Adds both units and returns <see langword="true"/>, or adds nothing.
    /// </summary>
    private static bool AddGlued(List<TextUnit> units, BodyLine line, int i)
    {
        if (GluedLabel().Match(line.Text) is { Success: true } glued && LabelUnit(new BodyLine(glued.Groups["label"].Value, line.Start + glued.Groups["label"].Index), i) is { } gluedLabel)
        {
            // OCR joined a heading to the sentence above it: "… varje år.Malomrade: Livskvalitet".
            var before = glued.Groups["text"].Value;
            units.Add(new TextUnit(UnitKind.Text, i, Indent(line), null, Paragraph.Reflow([before]), line.Start + Indent(line.Text), line.Start + glued.Groups["label"].Index));
            units.Add(gluedLabel);
            return true;
        }

        if (EndsWithGoalWord(line.Text) && GluedTrailingLabel().Match(line.Text) is { Success: true } trailing && GoalCues.NamesGoals(Diacritics.FoldLower(trailing.Groups["label"].Value))
            && LabelUnit(new BodyLine(trailing.Groups["label"].Value, line.Start + trailing.Groups["label"].Index), i) is { } trailingLabel)
        {
            // An area heading and the goal label under it read as one line: "God och hållbar tillväxtÖvergripande mål".
            var name = trailing.Groups["text"].Value.Trim();
            units.Add(new TextUnit(UnitKind.Heading, i, Indent(line), null, name, line.Start + Indent(line.Text), line.Start + trailing.Groups["label"].Index));
            units.Add(trailingLabel);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A list run into one line, as text conversions of PDF documents give it: "De övergripande målen är: - Ökat
    /// arbetsdeltagande - Trygga och goda uppväxtvillkor - Hållbar livsmiljö Styrmodellen innebär …". The text up to the
    /// colon, each item and what follows the last item become units of their own. The last item ends before the first
    /// capitalised common word that opens a sentence of three words or more; the lexicon tells a common word from a
    /// name ("Leva och bo i Landskrona").
    /// </summary>
    /// <summary>
    /// A run-in list wrapped over the lines of its paragraph by a PDF's line breaks ("… De övergripande målen är: - Ökat
    /// arbetsdeltagande -" / "Trygga uppväxtvillkor - …"): the whole paragraph read as one line, as its text would be,
    /// in place of the lines of it already read as text.
    /// </summary>
    private static bool AddWrappedInlineList(List<TextUnit> units, Paragraph p, int i)
    {
        var first = units.Count;
        while (first > 0 && units[first - 1].Paragraph == i)
        {
            first--;
        }

        if (units.Skip(first).Any(u => u.Kind != UnitKind.Text))
        {
            return false;
        }

        var before = units.GetRange(first, units.Count - first);
        units.RemoveRange(first, units.Count - first);
        if (AddInlineList(units, Joined(p.Lines, 0), i))
        {
            return true;
        }

        units.AddRange(before);
        return false;
    }

    /// <summary>
    /// The lines of a paragraph from <paramref name="k"/> on as one line, each character where it stands in the body
    /// (the line breaks between them read as spaces), so offsets into it are offsets into the body.
    /// </summary>
    private static BodyLine Joined(IReadOnlyList<BodyLine> lines, int k)
    {
        var start = lines[k].Start;
        var last = lines[^1];
        var text = new char[last.Start + last.Text.Length - start];
        Array.Fill(text, ' ');
        for (var j = k; j < lines.Count; j++)
        {
            lines[j].Text.CopyTo(0, text, lines[j].Start - start, lines[j].Text.Length);
        }

        return new BodyLine(new string(text), start);
    }

    private static bool AddInlineList(List<TextUnit> units, BodyLine line, int i)
    {
        var text = line.Text;
        if (InlineListStart().Match(text) is not { Success: true } start)
        {
            return false;
        }

        var leadEnd = start.Groups["colon"].Index + 1;
        var markers = InlineMarker().Matches(text, leadEnd);
        if (markers.Count < 2 || markers[0].Index != start.Groups["marker"].Index - 1)
        {
            return false;
        }

        var pieces = InlineItems(text, markers);
        if (pieces.Count < 2 || pieces.Any(p => text.AsSpan(p.Start, p.End - p.Start).Trim().Length == 0 || !char.IsUpper(text[p.Start]) || WordCount(text[p.Start..p.End]) > 12))
        {
            return false;
        }

        // The sentence that introduces the list is a unit of its own; the text before it another.
        var leadStart = Indent(text);
        var sentence = text.LastIndexOf(". ", leadEnd, leadEnd - leadStart, StringComparison.Ordinal) is var dot and > 0 && char.IsUpper(text[dot + 2]) ? dot + 2 : leadStart;
        if (sentence > leadStart)
        {
            units.Add(new TextUnit(UnitKind.Text, i, leadStart, null, Paragraph.Reflow([text[leadStart..(sentence - 1)]]), line.Start + leadStart, line.Start + sentence - 1));
        }

        units.Add(new TextUnit(UnitKind.Text, i, leadStart, null, Paragraph.Reflow([text[sentence..leadEnd]]), line.Start + sentence, line.Start + leadEnd));
        foreach (var (from, to) in pieces)
        {
            var item = text[from..to].TrimEnd();
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            var next = colon > 0 ? LastCapitalBefore(item, colon) : -1;
            if (next > 0)
            {
                // "• Landskronaborna i fokus Resursmål: • Personal": the item ends where the next list's heading begins.
                var head = item[..next].TrimEnd();
                units.Add(new TextUnit(UnitKind.Item, i, leadStart + 2, null, head, line.Start + from, line.Start + from + head.Length));
                units.Add(new TextUnit(UnitKind.Text, i, leadStart, null, item[next..(colon + 1)], line.Start + from + next, line.Start + from + colon + 1));
                continue;
            }

            units.Add(new TextUnit(UnitKind.Item, i, leadStart + 2, null, item, line.Start + from, line.Start + from + item.Length));
        }

        var lastEnd = pieces[^1].End;
        var rest = text[lastEnd..].Trim();
        if (rest.Length > 0)
        {
            var restStart = text.IndexOf(rest, lastEnd, StringComparison.Ordinal);
            units.Add(new TextUnit(UnitKind.Text, i, leadStart, null, rest, line.Start + restStart, line.Start + restStart + rest.Length));
        }

        return true;
    }

    /// <summary>
    /// The items of a run-in list, each after its marker. The list ends with the first item in which the next sentence
    /// begins (<see cref="LastItemEnd"/>); dashes after it belong to the text.
    /// </summary>
    private static List<(int Start, int End)> InlineItems(string text, MatchCollection markers)
    {
        var pieces = new List<(int Start, int End)>();
        for (var m = 0; m < markers.Count; m++)
        {
            var from = markers[m].Index + markers[m].Length;
            var to = m + 1 < markers.Count ? markers[m + 1].Index : text.Length;
            var end = LastItemEnd(text, from, to);
            pieces.Add((from, end));
            if (end < to)
            {
                break;
            }
        }

        return pieces;
    }

    /// <summary>Where the last item of a run-in list ends: before the capitalised common word that starts the next sentence, or at its own end.</summary>
    private static int LastItemEnd(string text, int start, int end)
    {
        var words = WordPattern().Matches(text[..end], start);
        for (var w = 1; w < words.Count; w++)
        {
            var word = words[w].Value;
            if (char.IsUpper(word[0]) && words.Count - w >= 3 && SwedishLexicon.Default.Contains(word) && (SwedishLexicon.Default.Lookup(word) & WordUse.ProperNoun) == 0)
            {
                return words[w].Index;
            }
        }

        return end;
    }

    /// <summary>The start of the last capitalised word before <paramref name="colon"/>, or -1 when it is the first word.</summary>
    private static int LastCapitalBefore(string item, int colon)
    {
        for (var k = colon - 1; k > 0; k--)
        {
            if (char.IsUpper(item[k]) && item[k - 1] == ' ')
            {
                return k;
            }
        }

        return -1;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // A sentence or heading ending in a colon, then the first marker of a list on the same line.
    [GeneratedRegex(@"\w[^:]{2,}(?<colon>:)\s+(?<marker>[-•–·])\s", RegexOptions.CultureInvariant)]
    private static partial Regex InlineListStart();

    [GeneratedRegex(@"\s[-•–·]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex InlineMarker();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    // A finite verb that makes a line a sentence, in folded text.
    [GeneratedRegex(@"\b(ska|skall|ar|har|kan|maste|bor)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FiniteVerb();

    /// <summary>
    /// A list whose markers were lost: after a line ending in a colon ("Dessa är:"), two or more short lines that are
    /// not sentences are its items.
    /// </summary>
    private static void MarkColonLists(List<TextUnit> units)
    {
        for (var i = 0; i + 2 < units.Count; i++)
        {
            // "Målvärde:" is an empty field; an introduction is a sentence, or the last line of one ("… Dessa mål är\nföljande:").
            var startsParagraph = i == 0 || units[i - 1].Paragraph != units[i].Paragraph;
            if (units[i].Kind is not (UnitKind.Text or UnitKind.Heading) || !units[i].Content.EndsWith(':') || units[i].Words < 2 && (startsParagraph || char.IsUpper(units[i].Content[0])))
            {
                continue;
            }

            var j = i + 1;
            var items = new List<int>();
            while (j < units.Count && units[j].Kind is UnitKind.Text or UnitKind.Heading && units[j].Words is >= 1 and <= 14
                && !LayoutRules.EndsSentence(units[j].Content) && !units[j].Content.Contains(':', StringComparison.Ordinal))
            {
                var content = units[j].Content;
                if (units[j].Words <= 4 && GoalCues.NamesGoals(units[j].Folded))
                {
                    // "Tre mål" heads what follows: the list, if any, ended above it.
                    break;
                }

                if (!content.Any(char.IsLower) && units[j].Words <= 3)
                {
                    // OCR debris of the list's numbers ("WP AONOUNPWNPE"): passed over.
                    j++;
                    continue;
                }

                if (!char.IsUpper(content[0]) && OcrDebris().Match(content) is not { Success: true })
                {
                    break;
                }

                items.Add(j++);
            }

            if (items.Count >= 2)
            {
                foreach (var k in items)
                {
                    var debris = OcrDebris().Match(units[k].Content);
                    units[k] = units[k] with { Kind = UnitKind.Item, Indent = 0, Content = debris.Success ? units[k].Content[debris.Length..] : units[k].Content };
                }

                i = j - 1;
            }
        }
    }

    /// <summary>Whether a line is a table-of-contents entry: a title, dot leaders and a page number.</summary>
    public static bool IsContentsLine(string line) => TocLeader().IsMatch(line);

    /// <summary>The rows of a paragraph that is a flattened table headed by a goal column, as (first cell, start, end); otherwise <see langword="null"/>.</summary>
    private static List<(string Cell, int Start, int End)>? GoalTableRows(Paragraph p)
    {
        if (p.Lines.Count < 3)
        {
            return null;
        }

        var header = CellGap().Split(p.Lines[0].Text.Trim());
        if (header.Length < 2 || !GoalColumn().IsMatch(Diacritics.FoldLower(header[0])))
        {
            return null;
        }

        var rows = new List<(string, int, int)>();
        foreach (var line in p.Lines.Skip(1))
        {
            var cells = CellGap().Split(line.Text.Trim());
            if (cells.Length < 2 || !cells[0].Any(char.IsLetter))
            {
                return null;
            }

            var start = line.Start + line.Text.IndexOf(cells[0], StringComparison.Ordinal);
            rows.Add((cells[0], start, start + cells[0].Length));
        }

        return rows;
    }

    [GeneratedRegex(@"\s{2,}|\t", RegexOptions.CultureInvariant)]
    private static partial Regex CellGap();

    [GeneratedRegex(@"^(?:mal|malen|finansiella mal|malsattning|mal och malvarden?|inriktningsmal|kommunfullmaktiges mal)$", RegexOptions.CultureInvariant)]
    private static partial Regex GoalColumn();

    private static int PrefixLines(IReadOnlyList<Paragraph> paragraphs, int i) => paragraphs[i].Lines.Count(l => IsPrefixLine(l.Text));

    /// <summary>The prefix lines of the run of consecutive paragraphs with such lines that holds paragraph <paramref name="i"/> (a page or a gap may split a list).</summary>
    private static int PrefixRun(IReadOnlyList<Paragraph> paragraphs, int i, int stop)
    {
        var total = PrefixLines(paragraphs, i);
        for (var k = i - 1; k >= 0 && PrefixLines(paragraphs, k) is var before and > 0; k--)
        {
            total += before;
        }

        for (var k = i + 1; k < stop && PrefixLines(paragraphs, k) is var after and > 0; k++)
        {
            total += after;
        }

        return total;
    }

    // "Medborgare: …" names an area; "Socialnämndens mål: …" or "Ansvarig: …" label something else.
    private static bool IsPrefixLine(string line) =>
        PrefixPattern().Match(line) is { Success: true } m && !NotAreaPrefix().IsMatch(Diacritics.FoldLower(m.Groups["prefix"].Value));

    // What a goal's area is not: goals, committees, indicators; and a page's metadata ("Innehåll: …", "Senast ändrad av: …").
    [GeneratedRegex(@"\bmal\b|mal$|namnd|styrelse|bolag|ansvarig|indikator|uppdrag|malvarde|kalla|not|^innehall|^senast\b|^publicerad|^uppdaterad|^kontakt|^telefon|^e-post|^epost|^forfattare|^sidansvarig", RegexOptions.CultureInvariant)]
    private static partial Regex NotAreaPrefix();

    /// <summary>Splits a goal text that starts with its own label ("Mål 3: God hälsa – Säkerställa …") into number, label and rest.</summary>
    public static (string? Number, string? Label, string Remainder) SplitLabel(string content)
    {
        var m = LabelPattern().Match(content);
        if (!m.Success || !IsLabelMatch(m))
        {
            return (null, null, content);
        }

        return (m.Groups["number"].Success ? m.Groups["number"].Value : null, m.Groups["label"].Value, m.Groups["rest"].Value.Trim());
    }

    /// <summary>Splits "Short name – statement" into its parts when the first part is short and the second longer.</summary>
    public static (string? ShortName, string Statement) SplitShortName(string text)
    {
        var m = DashPattern().Match(text);
        if (m.Success)
        {
            var name = text[..m.Index].Trim();
            var rest = text[(m.Index + m.Length)..].Trim();
            var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var restWords = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (nameWords is >= 1 and <= 8 && restWords > nameWords && rest.Length > 0 && char.IsUpper(rest[0]))
            {
                return (name, rest);
            }
        }

        return (null, text);
    }

    // Only a line ending in "mål" can end in a glued goal label: the cheap test before the pattern.
    private static bool EndsWithGoalWord(string line)
    {
        var t = line.AsSpan().TrimEnd();
        return t.EndsWith("mål", StringComparison.OrdinalIgnoreCase) || t.EndsWith("mal", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a short capitalised line stands over a goal label or a list item: the heading of what follows, not the item above running on.</summary>
    /// <summary>
    /// A paragraph's first line that titles the list item right under it ("Skolprogram 2015–2020" over "• Alla barn …"):
    /// a short capitalised name without a stop, colon or finite verb, and not a goal's or a field's label ("Målvärde"),
    /// so a heading although no blank line follows it.
    /// </summary>
    private static bool IsTitleOverItem(BodyLine line, BodyLine next, int paragraph)
    {
        var trimmed = line.Text.Trim();
        return IsHeadingOverList(line, next, paragraph) && Item(next, paragraph) is { Content: [var first, ..] } && char.IsUpper(first) && !trimmed.EndsWith(':') && !trimmed.EndsWith(',')
            && Diacritics.FoldLower(trimmed) is var folded && !FiniteVerb().IsMatch(folded) && !GoalCues.IsModal(folded) && !NotAreaPrefix().IsMatch(folded);
    }

    private static bool IsHeadingOverList(BodyLine line, BodyLine? next, int paragraph)
    {
        var trimmed = line.Text.Trim();
        return next is { } below && trimmed.Length > 0 && char.IsUpper(trimmed[0]) && Paragraph.CountWords(trimmed) <= 8 && !LayoutRules.EndsSentence(trimmed)
            && (Item(below, paragraph) is not null || LabelUnit(below, paragraph) is { Kind: UnitKind.Label });
    }

    private static bool StartsNewLine(BodyLine bodyLine, TextUnit item, int lineAboveLength, int longest)
    {
        // A continuation is indented under the item's text or starts in lower case; a capitalised line flush with the
        // margin after an item that ends a sentence is new text.
        var line = bodyLine.Text;
        var trimmed = line.TrimStart();
        if (trimmed.Length == 0)
        {
            return true;
        }

        // An item line that fills the paragraph's width and stops inside a sentence ("… ska finnas i") was wrapped: the
        // next line goes on with it, even at the margin left of the marker (a page printed without a hanging indent).
        if (lineAboveLength >= Math.Max(60, 0.9 * longest) && item.Content.Length > 0 && (char.IsLetter(item.Content[^1]) || item.Content[^1] == ','))
        {
            return false;
        }

        // A capitalised line left of the item's marker is new text, whether or not the item ends a sentence; so is one
        // in lower case after an item line that stops short of the paragraph's width ("kollage med bilder" under an
        // indented list, where nothing was wrapped). A capitalised line flush with the marker is new text after an item
        // that ends a sentence, or after an item line that stops well short of the paragraph's width.
        // A capitalised sentence indented under a short item line that was not wrapped ("• Positiva ekonomiska resultat"
        // over "  Kommunfullmäktige har valt …") explains the item: it is text under it, not more of it.
        return Indent(bodyLine) < item.Indent && (char.IsUpper(trimmed[0]) || lineAboveLength < 0.8 * longest)
            || char.IsUpper(trimmed[0]) && Indent(bodyLine) == item.Indent && (LayoutRules.EndsSentence(item.Content) || lineAboveLength < 0.6 * longest)
            || char.IsUpper(trimmed[0]) && Indent(bodyLine) > item.Indent && item.Words <= 6 && !LayoutRules.EndsSentence(item.Content) && lineAboveLength < 0.5 * longest
                && trimmed.Length >= Math.Max(60, 2 * lineAboveLength) && item.Content.Length <= lineAboveLength;
    }

    private static int Indent(BodyLine line) => line.Margin + Indent(line.Text);

    private static int Indent(string line)
    {
        var n = 0;
        while (n < line.Length && char.IsWhiteSpace(line[n]))
        {
            n++;
        }

        return n;
    }

    private static TextUnit? Item(BodyLine line, int paragraph)
    {
        if (TocLeader().IsMatch(line.Text))
        {
            // "3.1 Målhierarkin ........ 5" is a table-of-contents entry.
            return null;
        }

        var m = BulletPattern().Match(line.Text);
        if (!m.Success)
        {
            m = NumberPattern().Match(line.Text);
            if (!m.Success || m.Groups["number"].Value.Contains('.', StringComparison.Ordinal) && !char.IsUpper(m.Groups["text"].Value[0]))
            {
                return null;
            }
        }

        var text = m.Groups["text"];
        if (m.Groups["marker"].Success && m.Groups["marker"].Value is "–" or "—" && IsQuote(text.Value))
        {
            // "– Det är viktigt att …, säger X.": a dash opens a quotation in Swedish running text, not a list item.
            return null;
        }

        return new TextUnit(
            UnitKind.Item,
            paragraph,
            line.Margin + m.Groups["indent"].Length,
            m.Groups["number"].Success ? m.Groups["number"].Value : null,
            Paragraph.Reflow([text.Value]),
            line.Start + m.Groups["indent"].Length,
            line.End);
    }

    private static TextUnit? LabelUnit(BodyLine line, int paragraph)
    {
        var trimmed = line.Text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var start = line.Start + line.Text.IndexOf(trimmed, StringComparison.Ordinal);
        var m = LabelPattern().Match(trimmed);
        if (m.Success && IsLabelMatch(m))
        {
            if (!m.Groups["number"].Success && m.Groups["rest"].Value.Trim().Length > 0
                && Diacritics.FoldLower(m.Groups["label"].Value).StartsWith("malomrade", StringComparison.Ordinal))
            {
                // "Målområde: Livsmiljö" names an area.
                return new TextUnit(UnitKind.Heading, paragraph, Indent(line), null, trimmed, start, line.End);
            }

            return new TextUnit(UnitKind.Label, paragraph, Indent(line), m.Groups["number"].Success ? m.Groups["number"].Value : null, m.Groups["rest"].Value.Trim(), start, line.End, m.Groups["label"].Value);
        }

        // One word that is a goal compound ("Resultatmål"), alone or glued to its statement ("ResultatmålÅrets resultat …").
        var c = CompoundLabel().Match(trimmed);
        if (c.Success && !NotGoalCompounds.Contains(Diacritics.FoldLower(c.Groups["label"].Value)))
        {
            return new TextUnit(UnitKind.Label, paragraph, Indent(line), null, c.Groups["rest"].Value.Trim(), start, line.End, c.Groups["label"].Value);
        }

        return null;
    }

    // A label is a label when a number, a separator or nothing follows the label word: "Mål och budget" is not one.
    private static bool IsLabelMatch(Match m) => m.Groups["number"].Success || m.Groups["separator"].Success || m.Groups["rest"].Value.Trim().Length == 0;

    // A number the OCR engine read as punctuation before a capitalised item (". En kommun med …").
    [GeneratedRegex(@"^[.,:;'’‘·]\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex OcrDebris();

    // A quotation: several sentences, a long one, or one attributed to its speaker (", säger X").
    private static bool IsQuote(string text) => Paragraph.CountWords(text) > 30 || SentenceBreak().IsMatch(text) || Attribution().IsMatch(text);

    [GeneratedRegex(@",\s+(?:säger|sa|förklarar|poängterar|menar|konstaterar|berättar|understryker|betonar|framhåller|tycker)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"[.!?]\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^(?<indent>\s*)(?<marker>[•●▪◦·∙*–—−‣⁃○■□➢►✓✔«»®+¢©°\uF0B7\uF0A7\uF0D8\-]|[eoö]\u0308?(?=\s+\p{Lu}))\s+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^(?<indent>\s*)(?<number>\d{1,2}(?:[.:]\d{1,2})+|\d{1,2}(?=[.)]))[.)]?\s+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    // "Mål 3: …", "Inriktningsmål: …", "Mål 1 år 2020-2023: …" (the period the goal is set for is no part of its name).
    [GeneratedRegex(@"^(?<label>(?:Mål|Mal|MAL)(?:områdes?|omrade|område|OMRÅDE)?|MÅL(?:OMRÅDE)?|Inriktningsm[åa]l|INRIKTNINGSM[ÅA]L|Strategiskt m[åa]l|Finansiellt m[åa]l|Prioriterat m[åa]l|[ÖO]vergripande m[åa]l nr|(?:Kommun|Region)?[Ff]ullmäktiges m[åa]l(?=\s*:\s*\S)|Effektm[åa]l|Resultatm[åa]l|Utvecklingsm[åa]l|Fokusm[åa]l|Kommunm[åa]l|[ÖO]vergripande m[åa]l|Delm[åa]l|Huvudm[åa]l)\b\s*(?<number>\d{1,2}(?:[.:]\d{1,2})*(?!\d))?(?:\s+(?:år|ar)\s+\d{4}(?:\s*[-–]\s*\d{4})?(?=\s*:))?\s*(?<separator>[:.–—\-▶►]\s*)*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    // "Medborgare: Invånarna upplever …", "Ekonomin: att ha en god ekonomisk hushållning": an area, then its goal.
    [GeneratedRegex(@"^\s*(?<prefix>\p{Lu}[\p{L}\- ]{1,30}):\s+(?<text>(?:\p{Lu}|att\s).{10,})$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"^(?<text>.*\p{Ll}[.!?])(?<label>(?:Målområde|Malomrade|Malområde|Målomrade|Perspektiv|Strategiområde)\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedLabel();

    [GeneratedRegex(@"^(?<text>\s*\p{Lu}[\p{L}\d ,\-–]{2,80}\p{Ll})(?<label>\p{Lu}\p{Ll}+ m[åa]l|\p{Lu}\p{Ll}+m[åa]l)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedTrailingLabel();

    [GeneratedRegex(@"(?:\.{4,}|…{2,}|(?:\. ){3,})\s*\d{1,3}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TocLeader();

    // "Resultatmål", or "Resultatmal" where OCR lost the ring and repair left the compound as it was.
    // An adjective may stand before it: "Ekonomiskt överskottsmål", "Finansiellt resultatmål".
    [GeneratedRegex(@"^(?<label>(?:\p{Lu}\p{Ll}+t\s+\p{Ll}{2,}|\p{Lu}\p{Ll}{2,})m[åa]l)(?:\s*$|(?<rest>\p{Lu}.+)$)", RegexOptions.CultureInvariant)]
    private static partial Regex CompoundLabel();

    [GeneratedRegex(@"\s+[–—-]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DashPattern();
}
