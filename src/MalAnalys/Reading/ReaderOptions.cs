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
    /// The most bytes a PDF's compressed streams (images aside) may inflate to, together (default 256 MiB); a PDF past it
    /// (a decompression bomb) is refused with <see cref="DocumentReadError.TooLarge"/> before it is parsed.
    /// </summary>
    public long MaxDecodedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The most PDF pages read (default 2,000); a longer PDF is refused with <see cref="DocumentReadError.TooManyPages"/>.</summary>
    public int MaxPages { get; init; } = 2000;

    /// <summary>Whether running headers, footers and page numbers are recognised and kept out of the body text (default on).</summary>
    public bool DetectFurniture { get; init; } = true;
}
