namespace MalAnalys.Documents;

/// <summary>
/// The text of a document as read, in reading order: every line with its page, role and offset,
/// the original text they make up, and the body text (furniture removed, line-end hyphenation joined)
/// that later stages analyse, with a map from body offsets back to the original.
/// Immutable and thread-safe.
/// </summary>
public sealed class DocumentText
{
    private readonly int[] _segmentBodyStarts;
    private readonly int[] _segmentOriginalStarts;
    private readonly int[] _lineStarts;

    internal DocumentText(
        SourceInfo source,
        string original,
        IReadOnlyList<DocumentPage> pages,
        IReadOnlyList<DocumentLine> lines,
        string body,
        int[] segmentBodyStarts,
        int[] segmentOriginalStarts,
        IReadOnlyList<Diagnostic> diagnostics)
    {
        Source = source;
        Original = original;
        Pages = pages;
        Lines = lines;
        Body = body;
        _segmentBodyStarts = segmentBodyStarts;
        _segmentOriginalStarts = segmentOriginalStarts;
        Diagnostics = diagnostics;
        _lineStarts = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            _lineStarts[i] = lines[i].Start;
            if (lines[i] is { Bounds: { } b, IsFurniture: false, Role: not LineRole.Blank })
            {
                _pageEdges ??= [];
                var (left, width, length) = _pageEdges.TryGetValue(lines[i].Page, out var seen) ? seen : (b.Left, 0d, 0);
                _pageEdges[lines[i].Page] = (Math.Min(left, b.Left), width + Math.Max(0, b.Right - b.Left), length + lines[i].Length);
            }
        }
    }

    // For lines read with their bounds (PDF), each page's left text edge and the summed widths and lengths of its body
    // lines (their ratio is the page's character width); null for text sources.
    private readonly Dictionary<int, (double Left, double Width, int Length)>? _pageEdges;

    /// <summary>Where the text came from.</summary>
    public SourceInfo Source { get; }

    /// <summary>
    /// All lines as read, joined by <c>\n</c>: the text that every <see cref="SourceSpan"/> points into.
    /// For text sources it is the decoded file with line ends normalised to <c>\n</c> and NFC normalisation applied.
    /// </summary>
    public string Original { get; }

    /// <summary>The pages, in order.</summary>
    public IReadOnlyList<DocumentPage> Pages { get; }

    /// <summary>Every line, furniture and blank lines included, in reading order.</summary>
    public IReadOnlyList<DocumentLine> Lines { get; }

    /// <summary>
    /// The running text: body lines in reading order separated by <c>\n</c>, paragraphs separated by a blank line,
    /// page furniture left out, and a word hyphenated at a line end (<c>ändamåls-</c> / <c>enliga</c>) joined.
    /// Map offsets back with <see cref="ToOriginal(int)"/> or <see cref="MapToOriginal(int, int)"/>.
    /// </summary>
    public string Body { get; }

    /// <summary>Problems found while reading: pages without text, OCR layers, undecodable bytes.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any page carries an invisible OCR text layer.</summary>
    public bool HasOcrTextLayer => Pages.Any(p => p.IsOcrTextLayer);

    /// <summary>Maps an offset in <see cref="Body"/> to the offset of the same character in <see cref="Original"/>.</summary>
    /// <param name="bodyOffset">An offset from 0 to <c>Body.Length</c> inclusive.</param>
    /// <returns>The offset in <see cref="Original"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bodyOffset"/> is outside <see cref="Body"/>.</exception>
    public int ToOriginal(int bodyOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bodyOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bodyOffset, Body.Length);
        if (_segmentBodyStarts.Length == 0)
        {
            return 0;
        }

        var i = Array.BinarySearch(_segmentBodyStarts, bodyOffset);
        if (i < 0)
        {
            i = ~i - 1;
        }

        i = Math.Max(i, 0);
        return Math.Min(_segmentOriginalStarts[i] + (bodyOffset - _segmentBodyStarts[i]), Original.Length);
    }

    /// <summary>
    /// The indentation the body dropped before the line that starts at a body offset: the spaces (a tab counts four)
    /// between the start of its line in <see cref="Original"/> and its first character, or, for a line read with its
    /// bounds, its distance from the page's text edge in the page's average character widths; 0 where the line does
    /// not start an original line.
    /// </summary>
    internal int MarginAt(int bodyOffset)
    {
        var at = ToOriginal(bodyOffset);
        var k = at;
        var margin = 0;
        while (k > 0 && Original[k - 1] is ' ' or '\t' or '\u00A0')
        {
            margin += Original[k - 1] == '\t' ? 4 : 1;
            k--;
        }

        if (k > 0 && Original[k - 1] != '\n')
        {
            return 0;
        }

        if (_pageEdges is null || margin > 0)
        {
            return margin;
        }

        // A line read with its bounds: how far it starts right of the page's text edge, in the page's average character
        // width (a line's own width would give lines that start at one edge different margins: "* fler jobb", "+ höjd …").
        var i = Array.BinarySearch(_lineStarts, k);
        if (i < 0 || Lines[i] is not { Bounds: { } b, Length: > 0 } line || !_pageEdges.TryGetValue(line.Page, out var page) || page.Length == 0)
        {
            return 0;
        }

        var charWidth = page.Width / page.Length;
        return charWidth > 0 ? (int)Math.Round((b.Left - page.Left) / charWidth) : 0;
    }

    /// <summary>Maps a range of <see cref="Body"/> to the span of <see cref="Original"/> it came from.</summary>
    /// <param name="bodyStart">The start of the range in <see cref="Body"/>.</param>
    /// <param name="bodyLength">The length of the range in <see cref="Body"/>.</param>
    /// <returns>The span in <see cref="Original"/>, from the first to the last character of the range, with its page.</returns>
    public SourceSpan MapToOriginal(int bodyStart, int bodyLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bodyLength);
        var start = ToOriginal(bodyStart);
        var end = bodyLength == 0 ? start : ToOriginal(bodyStart + bodyLength - 1) + 1;
        return new SourceSpan(PageAt(start), start, Math.Max(0, end - start));
    }

    /// <summary>The 1-based page on which an offset of <see cref="Original"/> lies.</summary>
    /// <param name="originalOffset">An offset in <see cref="Original"/>.</param>
    /// <returns>The page number; 1 when the document has no lines.</returns>
    public int PageAt(int originalOffset)
    {
        if (_lineStarts.Length == 0)
        {
            return 1;
        }

        var i = Array.BinarySearch(_lineStarts, originalOffset);
        if (i < 0)
        {
            i = Math.Max(0, ~i - 1);
        }

        return Lines[i].Page;
    }
}
