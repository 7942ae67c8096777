namespace MalAnalys.Reading;

/// <summary>Options for reading documents. The defaults suit goal documents; every property can be changed with <c>with</c>.</summary>
public sealed record ReaderOptions
{
    /// <summary>The defaults.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>
    /// The largest file accepted, in bytes (default 64 MiB). Goal documents are rarely over 1 MB; a larger file is
    /// refused with <see cref="DocumentReadError.TooLarge"/> before it is loaded, so memory stays bounded.
    /// </summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The most bytes the PDF parser's filters may produce for one document, together (default 256 MiB); a PDF that
    /// needs more (a decompression bomb) is refused with <see cref="DocumentReadError.TooLarge"/>. Every filter run
    /// counts, in chains of any length, named directly or by reference, on content streams, drawing blocks, fonts,
    /// object streams and cross-reference streams, and a stream decoded twice counts twice (a page's content is decoded
    /// twice: once to count its letters, see <see cref="MaxMemoryBytes"/>); a filter runs only when
    /// the most its output can be (measured from its input before it runs) fits what is left, so decoding never
    /// produces more than this, and holds at most a small multiple of it in memory (the parser's growing buffers).
    /// Images are not decoded for text.
    /// </summary>
    public long MaxDecodedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// The most memory reading one PDF is estimated to take (default 1 GiB): the file, the text kept from the pages read,
    /// and the letters of the page being laid out, at 1 KiB a letter. Before each page is laid out, the most letters
    /// it can draw are counted from its content (a drawing block counted each time it is drawn); a page that would pass
    /// the limit (drawing blocks that draw each other thousands of times, megabytes of text on one page) is refused
    /// with <see cref="DocumentReadError.TooLarge"/> before its letters are built, so in a batch only that document
    /// fails. Decoding has its own limit, <see cref="MaxDecodedBytes"/>; a text file is bounded by <see cref="MaxBytes"/>.
    /// </summary>
    public long MaxMemoryBytes { get; init; } = 1L << 30;

    /// <summary>The most PDF pages read (default 2,000); a longer PDF is refused with <see cref="DocumentReadError.TooManyPages"/>.</summary>
    public int MaxPages { get; init; } = 2000;

    /// <summary>Whether running headers, footers and page numbers are recognised and kept out of the body text (default on).</summary>
    public bool DetectFurniture { get; init; } = true;
}
