using System.Text;
using MalAnalys.Swedish;

namespace MalAnalys.Structure;

/// <summary>A line of the body text with its offset in <see cref="Documents.DocumentText.Body"/>.</summary>
internal readonly record struct BodyLine(string Text, int Start)
{
    public int End => Start + Text.Length;

    /// <summary>The indentation the reader took off the line (see <see cref="Documents.DocumentText"/>), in spaces.</summary>
    public int Margin { get; init; }
}

/// <summary>A run of body lines between blank lines (or split at a goal header).</summary>
internal sealed class Paragraph
{
    private string? _text;
    private string? _folded;
    private int? _wordCount;

    // The body folded once (Diacritics.FoldLower, character for character): a one-line paragraph's folded text is a span
    // of it, so most paragraphs need no folded string of their own.
    private readonly string? _foldedBody;

    public Paragraph(IReadOnlyList<BodyLine> lines, string? foldedBody = null)
    {
        Lines = lines;
        _foldedBody = foldedBody;
    }

    public IReadOnlyList<BodyLine> Lines { get; }

    public int Start => Lines[0].Start;

    public int End => Lines[^1].End;

    /// <summary>The lines joined by single spaces.</summary>
    public string Text => _text ??= Lines.Count == 1 && IsReflowed(Lines[0].Text) ? Lines[0].Text : Reflow(Lines.Select(l => l.Text));

    /// <summary><see cref="Text"/> lower-cased with diacritics removed, character for character.</summary>
    public string Folded => _folded ??= Diacritics.FoldLower(Text);

    /// <summary><see cref="Folded"/> as a span, without a string of its own where the paragraph is one line of the folded body as it is.</summary>
    public ReadOnlySpan<char> FoldedSpan => _folded is null && _foldedBody is not null && Lines.Count == 1 && ReferenceEquals(Text, Lines[0].Text)
        ? _foldedBody.AsSpan(Lines[0].Start, Lines[0].Text.Length)
        : Folded.AsSpan();

    public int WordCount => _wordCount ??= CountWords(Text);

    [ThreadStatic]
    private static StringBuilder? s_builder;

    public static string Reflow(IEnumerable<string> lines)
    {
        // The words of the lines joined by single spaces, built in one pass without splitting the lines into words.
        var sb = s_builder ??= new StringBuilder(256);
        sb.Clear();
        foreach (var line in lines)
        {
            var space = sb.Length > 0;
            foreach (var c in line)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }
        }

        var text = sb.ToString();
        if (sb.Capacity > 1 << 16)
        {
            s_builder = null; // keep no huge buffer alive after an unusually long paragraph
        }

        return text;
    }

    /// <summary>Whether a line is already what <see cref="Reflow"/> would make of it (words separated by single spaces), so it can be used as it is.</summary>
    private static bool IsReflowed(string line)
    {
        if (line.Length == 0 || line[0] == ' ' || line[^1] == ' ')
        {
            return false;
        }

        var previousSpace = false;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                return false;
            }
            else
            {
                previousSpace = false;
            }
        }

        return true;
    }

    /// <summary>The number of space-separated words of a text.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = c != ' ';
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    /// <summary>Splits the body into paragraphs at blank lines, and also before every line <paramref name="splitBefore"/> accepts.</summary>
    /// <param name="body">The body text.</param>
    /// <param name="splitBefore">Lines that start a paragraph of their own.</param>
    /// <param name="foldedBody">The body folded, character for character.</param>
    /// <param name="marginAt">The indentation taken off the line that starts at a body offset.</param>
    public static List<Paragraph> Split(string body, Func<string, bool>? splitBefore = null, string? foldedBody = null, Func<int, int>? marginAt = null)
    {
        var result = new List<Paragraph>();
        var current = new List<BodyLine>();
        var start = 0;
        while (start <= body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0)
            {
                end = body.Length;
            }

            var text = body[start..end];
            if (text.Length == 0 || splitBefore is not null && current.Count > 0 && splitBefore(text))
            {
                Flush();
            }

            if (text.Length > 0)
            {
                current.Add(new BodyLine(text, start) { Margin = marginAt?.Invoke(start) ?? 0 });
            }

            start = end + 1;
        }

        Flush();
        return result;

        void Flush()
        {
            if (current.Count > 0)
            {
                result.Add(new Paragraph(current.ToArray(), foldedBody));
                current.Clear();
            }
        }
    }

    /// <summary>The paragraph cut before each of the given line indexes (ascending, each within the paragraph).</summary>
    public IEnumerable<Paragraph> SplitBefore(IReadOnlyList<int> cuts)
    {
        var from = 0;
        foreach (var cut in cuts.Where(c => c > 0 && c < Lines.Count).Distinct().Order())
        {
            yield return new Paragraph(Lines.Skip(from).Take(cut - from).ToArray(), _foldedBody);
            from = cut;
        }

        yield return new Paragraph(Lines.Skip(from).ToArray(), _foldedBody);
    }

    public override string ToString() => Text;
}
