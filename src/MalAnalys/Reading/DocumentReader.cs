using MalAnalys.Documents;

namespace MalAnalys.Reading;

/// <summary>
/// Reads a goal document of either kind, telling PDF from text by its content (<c>%PDF-</c>) rather than its name.
/// Thread-safe.
/// </summary>
public sealed class DocumentReader
{
    private readonly TextDocumentReader _text;
    private readonly PdfDocumentReader _pdf;
    private readonly ReaderOptions _options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Reading options; <see cref="ReaderOptions.Default"/> when <see langword="null"/>.</param>
    public DocumentReader(ReaderOptions? options = null)
    {
        _options = options ?? ReaderOptions.Default;
        _text = new TextDocumentReader(_options);
        _pdf = new PdfDocumentReader(_options);
    }

    /// <summary>The file extensions a folder scan picks up: <c>.txt</c> and <c>.pdf</c>.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt", ".pdf"];

    /// <summary>Reads a text or PDF file.</summary>
    /// <param name="path">
    /// The file: a regular file, or a pipe (a named pipe, a process substitution such as <c>/dev/fd/63</c>), which is
    /// read as a stream up to <see cref="ReaderOptions.MaxBytes"/>. A folder, a device or a socket is refused.
    /// </param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="DocumentReadException">The file cannot be read; the message says why and what to do.</exception>
    public DocumentText Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);

        // Read once and told apart from its bytes: a pipe cannot be opened a second time.
        var bytes = FileBytes.Read(path, _options.MaxBytes, cancellationToken);
        return Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, 1024)), path) == SourceKind.Pdf
            ? _pdf.ReadOwned(bytes, path, cancellationToken)
            : _text.Read(bytes, path, cancellationToken);
    }

    /// <summary>Reads a text or PDF document from a stream.</summary>
    /// <param name="stream">The stream, read to its end (up to <see cref="ReaderOptions.MaxBytes"/>).</param>
    /// <param name="name">A name for messages and <see cref="SourceInfo.Path"/>, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="DocumentReadException">The document cannot be read; the message says why and what to do.</exception>
    public DocumentText Read(Stream stream, string? name = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = FileBytes.Read(stream, name, _options.MaxBytes, cancellationToken);
        return Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, 1024)), name) == SourceKind.Pdf
            ? _pdf.ReadOwned(bytes, name, cancellationToken)
            : _text.Read(bytes, name, cancellationToken);
    }

    private static SourceKind Sniff(ReadOnlySpan<byte> head, string? name)
    {
        if (head.IndexOf("%PDF-"u8) >= 0 || name?.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) == true)
        {
            return SourceKind.Pdf;
        }

        string? what = head switch
        {
            [0x50, 0x4B, 0x03, 0x04, ..] => "a ZIP archive (a .docx, .odt or .xlsx file?)",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old Microsoft Office file (.doc or .xls)",
            [0x89, 0x50, 0x4E, 0x47, ..] => "a PNG image",
            [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
            [0x7B, 0x5C, 0x72, 0x74, 0x66, ..] => "an RTF document",
            _ => null,
        };
        if (what is not null)
        {
            throw new DocumentReadException(name, DocumentReadError.UnsupportedFormat,
                $"this is {what}, not text or PDF. Save it as PDF or plain text (UTF-8) first; scanned images need OCR (e.g. ocrmypdf -l swe).");
        }

        return SourceKind.Text;
    }
}
