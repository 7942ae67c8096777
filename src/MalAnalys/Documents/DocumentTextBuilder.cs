using System.Text;
using MalAnalys.Swedish;

namespace MalAnalys.Documents;

/// <summary>A line as a reader produces it, before offsets are assigned.</summary>
internal readonly record struct RawLine(string Text, int Page, LineRole Role, bool StartsParagraph, LineBounds? Bounds = null);

/// <summary>Assembles a <see cref="DocumentText"/>: the original text, line offsets, the body text and its offset map.</summary>
internal static class DocumentTextBuilder
{
    /// <summary>Builds a document whose original text is its lines joined by <c>\n</c> (PDF sources).</summary>
    public static DocumentText FromLines(SourceInfo source, IReadOnlyList<RawLine> raw, IReadOnlyList<DocumentPage> pages, IReadOnlyList<Diagnostic> diagnostics)
    {
        var composed = new StringBuilder();
        var starts = new int[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            if (i > 0)
            {
                composed.Append('\n');
            }

            starts[i] = composed.Length;
            composed.Append(raw[i].Text);
        }

        var original = composed.ToString();
        var lines = new DocumentLine[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            var r = raw[i];
            lines[i] = new DocumentLine(original, starts[i], r.Text.Length, r.Page, r.Role, r.StartsParagraph, r.Bounds);
        }

        return Build(source, original, lines, pages, diagnostics);
    }

    /// <summary>Builds a document from lines whose offsets into <paramref name="original"/> are already known.</summary>
    public static DocumentText Build(SourceInfo source, string original, IReadOnlyList<DocumentLine> lines, IReadOnlyList<DocumentPage> pages, IReadOnlyList<Diagnostic> diagnostics)
    {
        // Each line adds at most its own characters and a two-character break: one pooled buffer holds the body.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(original.Length + (2 * lines.Count) + 2);
        var body = new BodyWriter(buffer);
        var bodyStarts = new List<int>(lines.Count);
        var originalStarts = new List<int>(lines.Count);
        var pendingBreak = false;
        var joinWithPrevious = false;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsFurniture)
            {
                continue;
            }

            var text = line.Span;
            var from = 0;
            while (from < text.Length && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            var to = text.Length;
            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            if (line.Role == LineRole.Blank || from == to)
            {
                pendingBreak = body.Length > 0;
                joinWithPrevious = false;
                continue;
            }

            if (line.StartsParagraph && body.Length > 0)
            {
                pendingBreak = true;
            }

            if (body.Length > 0 && !joinWithPrevious)
            {
                body.Append(pendingBreak ? "\n\n" : "\n");
            }

            pendingBreak = false;
            var trimmed = text[from..to];
            joinWithPrevious = trimmed[^1] == '-' && Hyphenation.JoinsNext(trimmed, NextBodyLine(lines, i));
            var length = joinWithPrevious ? trimmed.Length - 1 : trimmed.Length;
            bodyStarts.Add(body.Length);
            originalStarts.Add(line.Start + from);
            body.Append(trimmed[..length]);
        }

        var bodyText = body.ToString();
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return new DocumentText(source, original, pages, lines, bodyText, [.. bodyStarts], [.. originalStarts], diagnostics);
    }

    // The next line of the same paragraph, skipping page furniture, trimmed; empty at a paragraph end.
    private static ReadOnlySpan<char> NextBodyLine(IReadOnlyList<DocumentLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            var candidate = lines[j];
            if (candidate.IsFurniture)
            {
                continue;
            }

            if (candidate.Role == LineRole.Blank || candidate.StartsParagraph && candidate.Page == lines[index].Page)
            {
                return [];
            }

            return candidate.Span.Trim();
        }

        return [];
    }

    private ref struct BodyWriter(char[] buffer)
    {
        private readonly char[] _buffer = buffer;

        public int Length { get; private set; }

        public void Append(ReadOnlySpan<char> text)
        {
            text.CopyTo(_buffer.AsSpan(Length));
            Length += text.Length;
        }

        public override readonly string ToString() => new(_buffer, 0, Length);
    }
}
