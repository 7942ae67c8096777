namespace MalAnalys.Documents;

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
