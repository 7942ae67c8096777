namespace MalAnalys.Documents;

/// <summary>What a line of a document is: part of the running text, or page furniture.</summary>
public enum LineRole
{
    /// <summary>Running text of the document.</summary>
    Body,

    /// <summary>An empty line; it separates paragraphs.</summary>
    Blank,

    /// <summary>A header repeated at the top of pages.</summary>
    RunningHeader,

    /// <summary>A footer repeated at the bottom of pages.</summary>
    RunningFooter,

    /// <summary>A page number such as <c>6 (10)</c> or <c>Sida 3 av 8</c>.</summary>
    PageNumber,
}

/// <summary>Where a line sits on its PDF page, in PDF points with the origin at the bottom left.</summary>
/// <param name="Left">The left edge.</param>
/// <param name="Bottom">The bottom edge.</param>
/// <param name="Right">The right edge.</param>
/// <param name="Top">The top edge.</param>
public readonly record struct LineBounds(double Left, double Bottom, double Right, double Top);

/// <summary>
/// One line of a document as it was read, with its place in the source. A line is a view of
/// <see cref="DocumentText.Original"/>: its characters are copied only when <see cref="Text"/> is asked for,
/// so reading a large document does not allocate an object or a string per line.
/// </summary>
public readonly record struct DocumentLine
{
    private readonly string? _original;

    internal DocumentLine(string original, int start, int length, int page, LineRole role, bool startsParagraph, LineBounds? bounds = null)
    {
        _original = original;
        Start = start;
        Length = length;
        Page = page;
        Role = role;
        StartsParagraph = startsParagraph;
        Bounds = bounds;
    }

    /// <summary>The text of the line exactly as read (no line break); a new string on each call, prefer <see cref="Span"/> in loops.</summary>
    public string Text => _original?.Substring(Start, Length) ?? string.Empty;

    /// <summary>The text of the line as a span of <see cref="DocumentText.Original"/>, without copying.</summary>
    public ReadOnlySpan<char> Span => _original.AsSpan(Start, Length);

    /// <summary>The offset of the line's first character in <see cref="DocumentText.Original"/>.</summary>
    public int Start { get; }

    /// <summary>The number of characters in the line.</summary>
    public int Length { get; }

    /// <summary>The 1-based page the line is on.</summary>
    public int Page { get; }

    /// <summary>Whether the line is running text or page furniture.</summary>
    public LineRole Role { get; }

    /// <summary>Whether the line begins a new paragraph or text block.</summary>
    public bool StartsParagraph { get; }

    /// <summary>Where the line is on a PDF page; <see langword="null"/> for text sources.</summary>
    public LineBounds? Bounds { get; }

    /// <summary>Whether the line is page furniture (header, footer or page number) rather than text of the document.</summary>
    public bool IsFurniture => Role is LineRole.RunningHeader or LineRole.RunningFooter or LineRole.PageNumber;

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>One page of a document.</summary>
/// <param name="Number">The 1-based page number.</param>
/// <param name="Width">The page width in PDF points; 0 for text sources.</param>
/// <param name="Height">The page height in PDF points; 0 for text sources.</param>
/// <param name="IsOcrTextLayer">
/// Whether the page's text is an invisible OCR layer drawn over a scanned image, which makes OCR damage likely.
/// </param>
/// <param name="HasText">Whether any text was found on the page.</param>
public sealed record DocumentPage(int Number, double Width, double Height, bool IsOcrTextLayer, bool HasText);

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
        }
    }

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
