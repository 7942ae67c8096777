using System.Text.RegularExpressions;
using MalAnalys.Swedish;

namespace MalAnalys.Structure;

/// <summary>The textual cues the parser recognises, shared by the layout families.</summary>
internal static partial class LayoutRules
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["en"] = 1, ["ett"] = 1, ["tva"] = 2, ["tre"] = 3, ["fyra"] = 4, ["fem"] = 5, ["sex"] = 6, ["sju"] = 7,
        ["atta"] = 8, ["nio"] = 9, ["tio"] = 10, ["elva"] = 11, ["tolv"] = 12,
    };

    /// <summary>A short single-line paragraph that reads as a heading: no sentence punctuation at its end, starting with a capital.</summary>
    public static bool IsHeading(Paragraph p, int maxWords = 8)
    {
        if (p.Lines.Count != 1 || IsBullet(p.Lines[0].Text))
        {
            return false;
        }

        var text = p.Text;
        var words = p.WordCount;
        return words >= 1 && words <= maxWords && char.IsUpper(FirstLetter(text)) && !".,:;!?".Contains(text[^1], StringComparison.Ordinal)
            && text.Any(char.IsLetter);
    }

    /// <summary>A heading that only labels what follows ("Övergripande mål", "Kommunens mål") rather than naming an area.</summary>
    public static bool IsGoalLabel(string text) => GoalLabel().IsMatch(Diacritics.FoldLower(text.Trim()));

    /// <summary>Whether folded heading text speaks of goals ("mål", "målområde").</summary>
    public static bool MentionsGoals(string folded) => MentionsGoalsPattern().IsMatch(folded);

    public static bool IsPrinciplesHeading(Paragraph p) => IsHeading(p) && p.FoldedSpan.Contains("princip", StringComparison.Ordinal);

    public static bool IsBullet(string line) => BulletPattern().IsMatch(line);

    public static string StripBullet(string line) => BulletPattern().Match(line) is { Success: true } m ? m.Groups[1].Value : line;

    /// <summary>Splits a heading glued to a following label, "God och hållbar tillväxtÖvergripande mål", into the area and the label.</summary>
    public static (string Head, bool HadLabel) SplitGluedLabel(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && char.IsLower(text[i - 1]) && IsGoalLabel(text[i..]))
            {
                return (text[..i].TrimEnd(), true);
            }
        }

        return (text, IsGoalLabel(text));
    }

    /// <summary>A line that opens a numbered goal: "1.3 Östersund har …", "Mål 2: Trygg uppväxt".</summary>
    public static Match NumberedHeader(string line) => NumberedHeaderPattern().Match(line);

    /// <summary>A goal statement followed by its short name in parentheses: "… (Kompetensförsörjning)".</summary>
    /// <remarks>Most paragraphs do not start with a capital or end in ')': they are answered without the regex, whose backtracking over every line was most of the goal-list layout's time.</remarks>
    public static Match ShortNameInParentheses(string text) =>
        text.Length > 0 && char.GetUnicodeCategory(text[0]) == System.Globalization.UnicodeCategory.UppercaseLetter && text.AsSpan().TrimEnd().EndsWith(')')
            ? ParenthesisedShortName().Match(text)
            : Match.Empty;

    /// <summary>"Tre av dessa är …:" introducing a group of N goals; returns N, or 0.</summary>
    public static int GroupIntroduction(Paragraph p)
    {
        // The pattern ends in ':' (a colon at the very end): most paragraphs are answered without folding them.
        if (!p.Text.EndsWith(':') && !p.Text.EndsWith(":\n", StringComparison.Ordinal))
        {
            return 0;
        }

        var m = GroupPattern().Match(p.Folded);
        return m.Success ? ParseCount(m.Groups[1].Value) : 0;
    }

    /// <summary>A goal statement of the headed family: one sentence that says what shall be ("I Perstorp ska årligen …").</summary>
    public static bool IsStatement(Paragraph p)
    {
        if (p.Lines.Count > 3 || IsBullet(p.Lines[0].Text))
        {
            return false;
        }

        var words = p.WordCount;
        if (words is < 5 or > 60)
        {
            return false;
        }

        var text = p.Text.AsSpan().TrimEnd('.');
        return Modal().IsMatch(p.FoldedSpan) && !text.EndsWith(':')
            && !text.Contains(". ", StringComparison.Ordinal) && char.IsUpper(FirstLetter(text));
    }

    /// <summary>Counts stated in the text: "sju övergripande mål", "tre målområden".</summary>
    /// <remarks>
    /// Both patterns end in a word <c>mal…</c> after whitespace and start at most two whitespace-separated chunks before
    /// it, so they are matched only in such windows: run over the whole text, their leading alternations were tried at
    /// nearly every word and took a fifth of the parse. A window starts just after whitespace (or at the text's start)
    /// and ends one character past <c>mal</c>, so <c>\b</c> at either end sees what it sees in the whole text, and the
    /// matches are those of a scan of the whole text.
    /// </remarks>
    public static (int? Goals, int? Areas) StatedCounts(string folded)
    {
        int? goals = null, areas = null;
        var goalMatchEnd = 0;
        var areaFound = false;
        var at = 0;
        while (goals is null || !areaFound)
        {
            var mal = folded.IndexOf("mal", at, StringComparison.Ordinal);
            if (mal < 0)
            {
                break;
            }

            at = mal + 3;
            if (mal == 0 || !char.IsWhiteSpace(folded[mal - 1]))
            {
                continue;
            }

            var start = ChunkStart(folded, ChunkStart(folded, ChunkStart(folded, mal) - 1) - 1);
            if (goals is null)
            {
                // Up to one character past "mal", so that \b after it sees the next character.
                var end = Math.Min(folded.Length, mal + 4);
                for (var g = StatedGoalCount().Match(folded, start, end - start); g.Success; g = g.NextMatch())
                {
                    // A scan of the whole text reports no match inside one it already reported.
                    if (g.Index < goalMatchEnd)
                    {
                        continue;
                    }

                    goalMatchEnd = g.Index + g.Length;

                    // A digit at the start of a line is a chapter number ("1 Kommunövergripande mål"), not a count.
                    if (!char.IsDigit(g.Value[0]) || g.Index > 0 && folded[g.Index - 1] != '\n')
                    {
                        goals = ParseCount(g.Groups[1].Value);
                        break;
                    }
                }
            }

            if (!areaFound)
            {
                var end = Math.Min(folded.Length, mal + 11);
                if (StatedAreaCount().Match(folded, start, end - start) is { Success: true } a)
                {
                    areas = ParseCount(a.Groups[1].Value);
                    areaFound = true;
                }
            }
        }

        return (goals > 0 ? goals : null, areas > 0 ? areas : null);
    }

    /// <summary>Where the whitespace-separated chunk holding <paramref name="i"/> starts, or, at whitespace, the chunk before it.</summary>
    private static int ChunkStart(string text, int i)
    {
        while (i > 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return Math.Max(i, 0);
    }

    public static bool EndsSentence(string text) => text.Length > 0 && ".!?:;\"”»)".Contains(text[^1], StringComparison.Ordinal);

    public static char FirstLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }

        return ' ';
    }

    internal static int ParseCount(string word) =>
        int.TryParse(word, out var n) ? n : NumberWords.GetValueOrDefault(word);

    [GeneratedRegex(@"^[•●▪◦·∙*–—-]\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^(?:(?:kommunens|vara|de|dessa|vart|fullmaktiges|kommunfullmaktiges|regionens|overgripande|kommunovergripande|strategiska|politiska|langsiktiga)\s+)*(?:mal|malen|malomraden?)\s*:?$", RegexOptions.CultureInvariant)]
    private static partial Regex GoalLabel();

    [GeneratedRegex(@"\bmal(?:en|omraden?|omradet)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex MentionsGoalsPattern();

    // The prefix allows OCR debris before the number ("= 1.7 …", "| 1.5 …"); the title must begin with a capital or OCR'd "I" (| or 1).
    [GeneratedRegex(@"^\s*(?:[^\p{L}\p{N}\s]{1,2}\s*)?(?:(?<number>\d{1,2}(?:\.\d{1,2})+)\.?|(?<label>[Mm][åaÅA][lL]|MÅL|MAL)\s+(?<number>\d{1,2}(?:\.\d{1,2})*)\s*[:.–—-]?)\s+(?<title>(?:[|1]\s+)?\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedHeaderPattern();

    [GeneratedRegex(@"^(?<statement>\p{Lu}.*\S)\s*\((?<name>[^()]{2,60})\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisedShortName();

    [GeneratedRegex(@"^(\d{1,2}|en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv)\s+av\s+.{3,}:$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupPattern();

    [GeneratedRegex(@"\b(ska|skall|ska\s+vi|kommer\s+att)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Modal();

    [GeneratedRegex(@"\b(\d{1,2}|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv)\s+(?:[a-z]{5,}\s+)?mal\b", RegexOptions.CultureInvariant)]
    private static partial Regex StatedGoalCount();

    [GeneratedRegex(@"\b(\d{1,2}|tva|tre|fyra|fem|sex|sju|atta|nio|tio)\s+malomraden\b", RegexOptions.CultureInvariant)]
    private static partial Regex StatedAreaCount();
}
