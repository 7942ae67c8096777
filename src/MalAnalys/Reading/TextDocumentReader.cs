using System.Security.Cryptography;
using System.Text;
using MalAnalys.Documents;

namespace MalAnalys.Reading;

/// <summary>
/// Reads plain-text goal documents: UTF-8 (with or without BOM), UTF-16 and UTF-32 (with BOM, or UTF-16 without),
/// and Windows-1252/ISO-8859-1 (common for Swedish files), normalised to NFC with <c>\n</c> line ends.
/// Page numbers such as <c>6 (10)</c> are marked as furniture; a form feed starts a new page.
/// Thread-safe.
/// </summary>
public sealed class TextDocumentReader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available on this runtime.");

    // Control characters other than the line and page breaks text files use: many of them mean binary data.
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => c is not ('\n' or '\t' or '\f' or '\v'))]);

    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x3000 + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    private readonly ReaderOptions _options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Reading options; <see cref="ReaderOptions.Default"/> when <see langword="null"/>.</param>
    public TextDocumentReader(ReaderOptions? options = null) => _options = options ?? ReaderOptions.Default;

    /// <summary>Reads a text file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="DocumentReadException">The file is missing, empty, too large or not text.</exception>
    public DocumentText Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = FileBytes.Read(path, _options.MaxBytes, cancellationToken);
        return Read(bytes, path, cancellationToken);
    }

    /// <summary>Reads text from a stream (read to its end, up to <see cref="ReaderOptions.MaxBytes"/>).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="name">A name for messages and <see cref="SourceInfo.Path"/>, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="DocumentReadException">The stream is empty, too large or not text.</exception>
    public DocumentText Read(Stream stream, string? name = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Read(FileBytes.Read(stream, name, _options.MaxBytes, cancellationToken), name, cancellationToken);
    }

    /// <summary>Reads a document held in a string (already decoded).</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">A name for messages and <see cref="SourceInfo.Path"/>, or <see langword="null"/>.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="DocumentReadException">The text is empty.</exception>
    public DocumentText ReadString(string text, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        return Build(text, new SourceInfo(name, SourceKind.Text, bytes.Length, Hash(bytes), "utf-16"), name, CancellationToken.None);
    }

    /// <summary>Reads a document from its raw bytes, detecting the encoding.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="name">A name for messages and <see cref="SourceInfo.Path"/>, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="DocumentReadException">The bytes are empty, too many or not text.</exception>
    public DocumentText Read(ReadOnlySpan<byte> bytes, string? name = null, CancellationToken cancellationToken = default)
    {
        if (bytes.Length > _options.MaxBytes)
        {
            throw FileBytes.TooLarge(name, bytes.Length, _options.MaxBytes);
        }

        var (text, encoding) = Decode(bytes, name);
        return Build(text, new SourceInfo(name, SourceKind.Text, bytes.Length, Hash(bytes), encoding), name, cancellationToken);
    }

    internal static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, string? name)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (DecodeStrict(StrictUtf8, bytes[3..], name, "UTF-8"), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (DecodeStrict(new UTF32Encoding(false, false, true), bytes[4..], name, "UTF-32"), "utf-32le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (DecodeStrict(new UnicodeEncoding(false, false, true), bytes[2..], name, "UTF-16"), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (DecodeStrict(new UnicodeEncoding(true, false, true), bytes[2..], name, "UTF-16"), "utf-16be");
        }

        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            return (DecodeStrict(new UnicodeEncoding(bigEndian, false, true), bytes, name, "UTF-16"), bigEndian ? "utf-16be" : "utf-16le");
        }

        if (bytes.Contains((byte)0))
        {
            throw NotText(name, "it contains NUL bytes, so it is binary data rather than text");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Swedish files of this kind are Windows-1252 (a superset of ISO-8859-1), where Ö is the byte 0xD6.
            return (Windows1252.GetString(bytes), "windows-1252");
        }
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string? name, string label)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentReadException(name, DocumentReadError.NotText, $"the file is marked as {label} but holds bytes that are not valid {label}; re-save it as UTF-8.", e);
        }
    }

    // UTF-16 without a BOM: in Latin-script text every other byte is zero.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        bigEndian = evenZeros > oddZeros;
        return pairs >= 2 && Math.Max(evenZeros, oddZeros) >= pairs * 0.4 && Math.Min(evenZeros, oddZeros) <= pairs * 0.05;
    }

    private DocumentText Build(string decoded, SourceInfo source, string? name, CancellationToken cancellationToken)
    {
        var text = Normalize(decoded);
        CheckIsText(text, name);

        var lines = new List<DocumentLine>(text.AsSpan().Count('\n') + 1);
        var pages = new List<DocumentPage>();
        var page = 1;
        var pageHasText = false;
        var previousBlank = true;
        var start = 0;
        while (start <= text.Length)
        {
            if ((lines.Count & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var lineStart = start;
            while (lineStart < end && text[lineStart] == '\f')
            {
                pages.Add(new DocumentPage(page, 0, 0, false, pageHasText));
                page++;
                pageHasText = false;
                lineStart++;
            }

            var lineText = text.AsSpan(lineStart, end - lineStart);
            var blank = lineText.IsWhiteSpace();
            var role = blank ? LineRole.Blank
                : _options.DetectFurniture && IsPageNumberLine(lineText) ? LineRole.PageNumber
                : LineRole.Body;
            pageHasText |= !blank;
            lines.Add(new DocumentLine(text, lineStart, lineText.Length, page, role, !blank && previousBlank));
            previousBlank = blank;
            start = end + 1;
        }

        pages.Add(new DocumentPage(page, 0, 0, false, pageHasText));
        return DocumentTextBuilder.Build(source, text, lines, pages, []);
    }

    private static bool IsPageNumberLine(ReadOnlySpan<char> line) =>
        line.Length <= 24 && line.IndexOfAnyInRange('0', '9') >= 0 && PageFurniture.IsPageNumber(line);

    private static string Normalize(string text)
    {
        if (text.Contains('\r'))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        // Decomposed letters (a + combining ring) come from macOS and some PDF exports; later stages expect å.
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static void CheckIsText(string text, string? name)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyExcept(WhiteSpace) < 0)
        {
            throw new DocumentReadException(name, DocumentReadError.Empty, "the file is empty or holds only whitespace; there is nothing to analyse.");
        }

        var control = 0;
        for (var at = span.IndexOfAny(ControlCharacters); at >= 0; at = span.IndexOfAny(ControlCharacters))
        {
            control++;
            span = span[(at + 1)..];
        }

        if (control > Math.Max(8, text.Length / 100))
        {
            throw NotText(name, $"{control} of its {text.Length} characters are control characters, so it is binary data rather than text");
        }
    }

    private static DocumentReadException NotText(string? name, string why) =>
        new(name, DocumentReadError.NotText, $"not a text file: {why}. Give a .txt file in UTF-8, UTF-16 or Windows-1252, or a PDF.");

    internal static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
