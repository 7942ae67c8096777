using System.Text;

namespace MalAnalys.Structure;

/// <summary>A line of the body text with its offset in <see cref="Documents.DocumentText.Body"/>.</summary>
internal readonly record struct BodyLine(string Text, int Start)
{
    public int End => Start + Text.Length;
}

/// <summary>A run of body lines between blank lines (or split at a goal header).</summary>
internal sealed class Paragraph
{
    private string? _text;
    private string? _folded;
    private string[]? _tokens;

    public Paragraph(IReadOnlyList<BodyLine> lines) => Lines = lines;

    public IReadOnlyList<BodyLine> Lines { get; }

    public int Start => Lines[0].Start;

    public int End => Lines[^1].End;

    /// <summary>The lines joined by single spaces.</summary>
    public string Text => _text ??= Reflow(Lines.Select(l => l.Text));

    /// <summary><see cref="Text"/> lower-cased with diacritics removed, character for character.</summary>
    public string Folded => _folded ??= TextFolding.Fold(Text);

    public string[] Tokens => _tokens ??= TextFolding.Tokens(Folded);

    public int WordCount => Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    public static string Reflow(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            foreach (var word in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(word);
            }
        }

        return sb.ToString();
    }

    /// <summary>Splits the body into paragraphs at blank lines, and also before every line <paramref name="splitBefore"/> accepts.</summary>
    public static List<Paragraph> Split(string body, Func<string, bool>? splitBefore = null)
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
                current.Add(new BodyLine(text, start));
            }

            start = end + 1;
        }

        Flush();
        return result;

        void Flush()
        {
            if (current.Count > 0)
            {
                result.Add(new Paragraph(current.ToArray()));
                current.Clear();
            }
        }
    }

    public override string ToString() => Text;
}

/// <summary>Case and diacritic folding for matching text that OCR may have stripped of å, ä and ö.</summary>
internal static class TextFolding
{
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });

    public static char Fold(char c) => Documents.Diacritics.Fold(char.ToLowerInvariant(c));

    /// <summary>The runs of letters and digits in already folded text, two characters or longer.</summary>
    public static string[] Tokens(string folded)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < folded.Length)
        {
            while (i < folded.Length && !char.IsLetterOrDigit(folded[i]))
            {
                i++;
            }

            var start = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                i++;
            }

            if (i - start >= 2)
            {
                tokens.Add(folded[start..i]);
            }
        }

        return [.. tokens];
    }
}
