using System.Globalization;
using System.Text;
using MalAnalys.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace MalAnalys.Reading;

/// <summary>
/// Reads PDF goal documents with PdfPig's layout analysis: words by nearest neighbour, text blocks by Docstrum and
/// blocks in reading order, so a two-column page comes out column by column. Running headers, footers and page
/// numbers are kept as furniture lines outside the body; invisible OCR text layers and pages without text are reported
/// as diagnostics. Thread-safe.
/// </summary>
public sealed class PdfDocumentReader
{
    private const string OcrAdvice = "run OCR on the PDF first (e.g. `ocrmypdf -l swe in.pdf out.pdf`) and read the result";

    private readonly ReaderOptions _options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Reading options; <see cref="ReaderOptions.Default"/> when <see langword="null"/>.</param>
    public PdfDocumentReader(ReaderOptions? options = null) => _options = options ?? ReaderOptions.Default;

    /// <summary>Reads a PDF file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read; checked before every page.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="DocumentReadException">
    /// The file is missing, empty, too large, not a PDF, encrypted, damaged or has too many pages.
    /// </exception>
    public DocumentText Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = FileBytes.Read(path, _options.MaxBytes, cancellationToken);
        return ReadCore(bytes, path, cancellationToken);
    }

    /// <summary>Reads a PDF from a stream (read to its end into memory, up to <see cref="ReaderOptions.MaxBytes"/>).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="name">A name for messages and <see cref="SourceInfo.Path"/>, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read; checked before every page.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="DocumentReadException">
    /// The stream is empty, too large, not a PDF, encrypted, damaged or has too many pages.
    /// </exception>
    public DocumentText Read(Stream stream, string? name = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadCore(FileBytes.Read(stream, name, _options.MaxBytes, cancellationToken), name, cancellationToken);
    }

    /// <summary>Reads a PDF from its bytes.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="name">A name for messages and <see cref="SourceInfo.Path"/>, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read; checked before every page.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="DocumentReadException">
    /// The bytes are empty, too many, not a PDF, encrypted, damaged or have too many pages.
    /// </exception>
    public DocumentText Read(ReadOnlySpan<byte> bytes, string? name = null, CancellationToken cancellationToken = default)
    {
        if (bytes.Length > _options.MaxBytes)
        {
            throw FileBytes.TooLarge(name, bytes.Length, _options.MaxBytes);
        }

        // PdfPig parses from memory it keeps hold of, so a span has to be copied once.
        return ReadCore(bytes.ToArray(), name, cancellationToken);
    }

    /// <summary>Reads a PDF from bytes the caller hands over (not copied: PdfPig keeps hold of them while it reads).</summary>
    internal DocumentText ReadOwned(byte[] bytes, string? name, CancellationToken cancellationToken) => ReadCore(bytes, name, cancellationToken);

    private DocumentText ReadCore(byte[] bytes, string? name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        CheckBytes(bytes, name);

        // One budget for the document: the guard's decoding of object streams counts, as PdfPig's decoding of them later does.
        var budget = new PdfDecodeBudget(_options.MaxDecodedBytes, name, cancellationToken);
        PdfStructureGuard.Check(bytes, name, budget);
        return ReadChecked(bytes, name, budget, cancellationToken);
    }

    private void CheckBytes(byte[] bytes, string? name)
    {
        if (bytes.Length > _options.MaxBytes)
        {
            throw FileBytes.TooLarge(name, bytes.Length, _options.MaxBytes);
        }

        if (bytes.Length == 0)
        {
            throw new DocumentReadException(name, DocumentReadError.Empty, "the file is empty (0 bytes); there is nothing to analyse.");
        }

        if (!HasPdfHeader(bytes))
        {
            throw new DocumentReadException(name, DocumentReadError.UnsupportedFormat,
                "not a PDF file: it does not start with '%PDF-'. Give a PDF here, or read a text file with TextDocumentReader.");
        }
    }

    private DocumentText ReadChecked(byte[] bytes, string? name, PdfDecodeBudget budget, CancellationToken cancellationToken)
    {
        var source = new SourceInfo(name, SourceKind.Pdf, bytes.Length, TextDocumentReader.Hash(bytes), null);
        var (document, recovered) = OpenOrRecover(bytes, name, budget);
        using var _ = document;
        var pageCount = CountPages(document, name);
        budget.ThrowIfExceeded();
        var layout = new PdfLayout(pageCount);
        var memory = new PdfReadMemory(_options.MaxMemoryBytes, bytes.Length, name);
        var diagnostics = new List<Diagnostic>();
        if (recovered)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.PdfTruncated,
                "The PDF is truncated or its trailer is damaged; what could be recovered is read, and text past the damage may be missing. " +
                "Get a complete copy of the file if you can."));
        }

        var unreadable = 0;
        Exception? firstFailure = null;
        for (var number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var failure = ReadPage(document, number, layout, memory);
            budget.ThrowIfExceeded();
            if (failure is not null)
            {
                unreadable++;
                firstFailure ??= failure;
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.PageUnreadable,
                    $"Page {number.ToString(CultureInfo.InvariantCulture)} could not be read ({failure.Message.TrimEnd('.')}); its text is missing. " +
                    "Get a fresh copy of the PDF, or try to repair it (e.g. `qpdf in.pdf out.pdf`).",
                    number));
            }
        }

        if (unreadable == pageCount)
        {
            throw Corrupt(name, $"none of its {Pages(pageCount)} could be read: {firstFailure!.Message}", firstFailure);
        }

        var pages = layout.Pages;
        var lines = PdfFurniture.Classify(layout, _options.DetectFurniture);
        AddTextDiagnostics(pages, diagnostics);
        return DocumentTextBuilder.FromLines(source, lines, pages, diagnostics);
    }

    private static bool HasPdfHeader(ReadOnlySpan<byte> bytes)
    {
        // The header may follow some junk; readers accept it within the first 1024 bytes.
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    /// <summary>
    /// Opens the PDF; when it has lost its end (an interrupted download, a truncated copy), opens it again with a
    /// trailer written after the last intact object pointing at its catalog, so the parser rebuilds the rest by scanning.
    /// </summary>
    private static (PdfDocument Document, bool Recovered) OpenOrRecover(byte[] bytes, string? name, PdfDecodeBudget budget)
    {
        try
        {
            return (Open(bytes, name, budget), false);
        }
        catch (DocumentReadException e) when (e.Error == DocumentReadError.CorruptPdf && PdfTrailer.Rebuild(bytes) is { } patched)
        {
            try
            {
                return (Open(patched, name, budget), true);
            }
            catch (DocumentReadException)
            {
                // The first error says what is wrong with the file as it is.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e).Throw();
                throw;
            }
        }
    }

    // Every stream PdfPig decodes for this document goes through the budget's filters (MaxDecodedBytes).
    private static PdfDocument Open(byte[] bytes, string? name, PdfDecodeBudget budget)
    {
        try
        {
            var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = new PdfBudgetedFilters(budget) });
            if (budget.Exceeded)
            {
                document.Dispose();
                budget.ThrowIfExceeded();
            }

            document.AddPageFactory<PdfGlyphCounter.Glyphs, PdfGlyphCounter>();
            return document;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DocumentReadException(name, DocumentReadError.EncryptedPdf,
                "the PDF is encrypted and needs a password. Save an unencrypted copy (e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`) and read that.",
                e);
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            // PdfPig may have wrapped a refused decode in an error of its own.
            budget.ThrowIfExceeded();
            throw Corrupt(name, e.Message, e);
        }
    }

    private int CountPages(PdfDocument document, string? name)
    {
        int count;
        try
        {
            count = document.NumberOfPages;
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            throw Corrupt(name, e.Message, e);
        }

        if (count == 0)
        {
            throw new DocumentReadException(name, DocumentReadError.Empty, "the PDF has no pages; there is nothing to analyse.");
        }

        if (count > _options.MaxPages)
        {
            throw new DocumentReadException(name, DocumentReadError.TooManyPages,
                $"the PDF has {count.ToString(CultureInfo.InvariantCulture)} pages, more than the limit of {_options.MaxPages.ToString(CultureInfo.InvariantCulture)}. " +
                "Check that this is the right file, or raise ReaderOptions.MaxPages.");
        }

        return count;
    }

    // Runs the layout pipeline on one page and adds its lines; returns why when PdfPig cannot read the page.
    private static Exception? ReadPage(PdfDocument document, int number, PdfLayout layout, PdfReadMemory memory)
    {
        var firstLine = layout.LineCount;
        double width = 0, height = 0;
        try
        {
            memory.CheckPage(number, document.GetPage<PdfGlyphCounter.Glyphs>(number).Count);
            var page = document.GetPage(number);
            width = page.Width;
            height = page.Height;
            var letters = NearThePage(page);
            memory.Keep(letters.Count);
            var (top, bottom) = VerticalExtent(page);
            if (letters.Count == 0)
            {
                layout.AddPage(new DocumentPage(number, width, height, false, false), top, bottom, firstLine);
                return null;
            }

            var words = NearestNeighbourWordExtractor.Instance.GetWords(letters);
            var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
            foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks))
            {
                var lines = block.TextLines;
                for (var i = 0; i < lines.Count; i++)
                {
                    layout.AddLine(lines[i], number, startsBlock: i == 0);
                }
            }

            layout.AttachListMarkers(firstLine);
            var hasText = layout.LineCount > firstLine;
            var ocr = hasText && IsOcrTextLayer(page, letters);
            if (ocr || layout.FewParagraphStarts(firstLine))
            {
                // A scan's text layer has no blocks, and some born-digital pages come as one block: their gaps tell paragraphs apart.
                layout.MarkParagraphGaps(firstLine);
            }

            layout.AddPage(new DocumentPage(number, width, height, ocr, hasText), top, bottom, firstLine);
            return null;
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            layout.RemoveLinesFrom(firstLine);
            layout.AddPage(new DocumentPage(number, width, height, false, false), height, 0, firstLine);
            return e;
        }
    }

    // Letters far off the page are invisible, and a damaged content stream can put one a million pages away, where
    // Docstrum's layout analysis spends seconds and gigabytes on the empty space between: such letters are dropped.
    private static IReadOnlyList<Letter> NearThePage(Page page)
    {
        var letters = page.Letters;
        var crop = page.CropBox.Bounds;
        var margin = 2 * Math.Max(Math.Max(page.Width, page.Height), Math.Max(crop.Width, crop.Height));
        double left = Math.Min(crop.Left, 0) - margin, right = Math.Max(crop.Right, page.Width) + margin;
        double bottom = Math.Min(crop.Bottom, 0) - margin, top = Math.Max(crop.Top, page.Height) + margin;
        bool Near(Letter l) =>
            l.BoundingBox.Left >= left && l.BoundingBox.Right <= right && l.BoundingBox.Bottom >= bottom && l.BoundingBox.Top <= top;

        return letters.All(Near) ? letters : [.. letters.Where(Near)];
    }

    // The page's visible extent in the coordinates of its letters: the crop box, except on a rotated page, where
    // PdfPig gives letters in display coordinates from the origin.
    private static (double Top, double Bottom) VerticalExtent(Page page)
    {
        var crop = page.CropBox.Bounds;
        return page.Rotation.Value == 0 && crop.Height > 1 ? (crop.Top, crop.Bottom) : (page.Height, 0);
    }

    // An OCR text layer: most letters drawn invisibly (rendering mode 3, or 7 with clipping) over a page image.
    private static bool IsOcrTextLayer(Page page, IReadOnlyList<Letter> letters)
    {
        var invisible = 0;
        for (var i = 0; i < letters.Count; i++)
        {
            if (letters[i].RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip)
            {
                invisible++;
            }
        }

        return invisible * 2 > letters.Count && page.NumberOfImages > 0;
    }

    private static void AddTextDiagnostics(IReadOnlyList<DocumentPage> pages, List<Diagnostic> diagnostics)
    {
        var withText = 0;
        var ocrPages = new List<int>();
        foreach (var page in pages)
        {
            withText += page.HasText ? 1 : 0;
            if (page.IsOcrTextLayer)
            {
                ocrPages.Add(page.Number);
            }
        }

        if (withText == 0)
        {
            // One warning instead of one per page: the remedy is the same for the whole file.
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.NoTextLayer,
                $"The PDF has no text layer: {(pages.Count == 1 ? "its only page holds" : $"none of its {Pages(pages.Count)} holds")} any text (scanned images or blank pages). To analyse it, {OcrAdvice}."));
            return;
        }

        foreach (var page in pages)
        {
            if (!page.HasText && !diagnostics.Exists(d => d.Code == DiagnosticCodes.PageUnreadable && d.Page == page.Number))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.PageWithoutText,
                    $"Page {page.Number.ToString(CultureInfo.InvariantCulture)} has no text. If it is a scanned image, {OcrAdvice}.",
                    page.Number));
            }
        }

        if (ocrPages.Count > 0)
        {
            var which = ocrPages.Count == 1
                ? $"Page {ocrPages[0].ToString(CultureInfo.InvariantCulture)} is"
                : ocrPages.Count == pages.Count ? $"All {Pages(pages.Count)} are" : $"Pages {Ranges(ocrPages)} are";
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, DiagnosticCodes.OcrTextLayer,
                $"{which} scanned images with an invisible OCR text layer: the text comes from OCR and may be damaged (misread letters such as 'ä' read as 'a' or '&').",
                ocrPages.Count == 1 ? ocrPages[0] : null));
        }

        diagnostics.Sort((a, b) => (a.Page ?? int.MaxValue).CompareTo(b.Page ?? int.MaxValue));
    }

    private static string Pages(int count) => count == 1 ? "1 page" : $"{count.ToString(CultureInfo.InvariantCulture)} pages";

    // "1–3, 5, 7–8"
    private static string Ranges(List<int> numbers)
    {
        var text = new StringBuilder();
        for (var i = 0; i < numbers.Count; i++)
        {
            var start = numbers[i];
            while (i + 1 < numbers.Count && numbers[i + 1] == numbers[i] + 1)
            {
                i++;
            }

            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(start.ToString(CultureInfo.InvariantCulture));
            if (numbers[i] != start)
            {
                text.Append('–').Append(numbers[i].ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    // PdfPig reports damaged input with its own exceptions and, on some inputs, with whatever the parser trips over
    // (index, cast, null, argument, format, overflow, invalid operation, key not found). All of them mean the same
    // to a caller: this file cannot be read. Cancellation, our own exceptions and fatal ones pass through.
    private static bool IsParserFailure(Exception e) =>
        e is not (OperationCanceledException or DocumentReadException or OutOfMemoryException);

    private static DocumentReadException Corrupt(string? name, string detail, Exception? inner) =>
        new(name, DocumentReadError.CorruptPdf,
            $"the PDF is damaged or truncated and cannot be read ({detail.TrimEnd('.')}). Get a fresh copy of the file, or try to repair it (e.g. `qpdf in.pdf out.pdf`).",
            inner);
}
