using System.Text.RegularExpressions;

namespace MalAnalys.Structure;

/// <summary>
/// Paragraphs of a web page whose blocks were written one per line with no blank line between them: every line
/// is a whole sentence, a list item or a short title, so the titles are headings that lost the blank lines around them.
/// </summary>
internal static partial class FlatParagraphs
{
    /// <summary>The paragraphs with each flat one split around its title lines.</summary>
    public static List<Paragraph> Split(List<Paragraph> paragraphs)
    {
        List<Paragraph>? result = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var cuts = Cuts(paragraphs[i]);
            if (cuts.Count == 0)
            {
                result?.Add(paragraphs[i]);
                continue;
            }

            result ??= [.. paragraphs.Take(i)];
            result.AddRange(paragraphs[i].SplitBefore(cuts));
        }

        return result ?? paragraphs;
    }

    /// <summary>
    /// The lines a flat paragraph splits before: a title line or a pair of them (an area's name over a goal's name) stands
    /// alone; three or more in a row are a list that lost its markers and stay together, as do short lines after a colon.
    /// </summary>
    private static List<int> Cuts(Paragraph p)
    {
        var lines = p.Lines;
        var cuts = new List<int>();
        if (lines.Count < 3 || !IsFlat(lines))
        {
            return cuts;
        }

        for (var a = 0; a < lines.Count - 1; a++)
        {
            if (!IsTitle(lines[a].Text))
            {
                continue;
            }

            var b = a;
            while (b + 1 < lines.Count - 1 && IsTitle(lines[b + 1].Text))
            {
                b++;
            }

            if (a == 0 || !lines[a - 1].Text.TrimEnd().EndsWith(':'))
            {
                var inside = b - a + 1 <= 2 ? Enumerable.Range(a, b - a + 1) : [a];
                cuts.AddRange(inside.Where(k => k > 0));
                cuts.Add(b + 1);
            }

            a = b;
        }

        return cuts;
    }

    // Every line but the last ends a sentence, is a list item or a field ("Agenda 2030: 11, 16"), or is a title over a line that starts anew.
    private static bool IsFlat(IReadOnlyList<BodyLine> lines)
    {
        var titles = 0;
        for (var k = 0; k < lines.Count - 1; k++)
        {
            var text = lines[k].Text.Trim();
            if (IsTitle(text) && StartsAnew(lines[k + 1].Text.Trim()))
            {
                titles++;
            }
            else if (!LayoutRules.EndsSentence(text) && !LayoutRules.IsBullet(text) && !FieldLine().IsMatch(text))
            {
                return false;
            }
        }

        // Running text between the titles: a tree of goals, indicators and fields exported without stops is no page of prose.
        return titles > 0 && lines.Count(l => l.Text.TrimEnd().TrimEnd('"', '”', '»').EndsWith('.')) >= 2;
    }

    private static bool StartsAnew(string text) =>
        text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || LayoutRules.IsBullet(text) || text[0] is '"' or '”' or '“' or '«' or '»');

    // A short title: capitalised, no punctuation within or after it, at most one number ("Vision 2030", not a table row), not a list item or a numbered goal.
    private static bool IsTitle(string line)
    {
        var text = line.Trim();
        var words = Paragraph.CountWords(text);
        return words is >= 1 and <= 10 && char.IsUpper(text[0]) && (char.IsLetterOrDigit(text[^1]) || text[^1] == ')') && !text.Contains(':', StringComparison.Ordinal)
            && !text.Contains(',', StringComparison.Ordinal) && !LayoutRules.IsBullet(text) && !LayoutRules.NumberedHeader(text).Success && !EndsInFunctionWord().IsMatch(text)
            && text.Split(' ').Count(w => w.Length > 0 && char.IsDigit(w[0])) <= 1;
    }

    // "Globala mål: 3, 11", "Ansvar: Kommunstyrelsen": a field's name and its value on one line.
    [GeneratedRegex(@"^\p{Lu}[\p{L}\d ]{0,40}: \S", RegexOptions.CultureInvariant)]
    private static partial Regex FieldLine();

    // "… som", "… och", "… för att": a line that stops where a sentence runs on, not a title.
    [GeneratedRegex(@"\s(?:och|som|att|i|på|för|till|med|av|om|en|ett|de|den|det|är|har|ska|kan|inom|samt|eller|mot|från|vid|under|över|där|när|men|så|utan|genom|efter|mellan)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EndsInFunctionWord();
}
