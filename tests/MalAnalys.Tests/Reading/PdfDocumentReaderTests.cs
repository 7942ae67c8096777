using System.Security.Cryptography;
using MalAnalys.Documents;
using MalAnalys.Reading;
using MalAnalys.Swedish;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Writer;

namespace MalAnalys.Tests.Reading;

public class PdfDocumentReaderTests
{
    private const string Fixtures = "TestData/Pdf";
    private const string Scanned = "seeds/perstorp-kommunovergripande-mal-2023-2026-scanned.pdf";

    private readonly PdfDocumentReader _reader = new();

    // The running header each seed PDF carries (seeds/make-pdfs.sh).
    public static TheoryData<string, string> SeedPdfs => new()
    {
        { Seeds.Perstorp, "Perstorps kommun – Kommunövergripande mål" },
        { Seeds.Ostersund, "Östersunds kommun – Budget 2024" },
        { Seeds.Ystad, "Ystads kommun – Övergripande mål" },
    };

    // ---------------------------------------------------------------- seed PDFs

    [Theory]
    [MemberData(nameof(SeedPdfs))]
    public void Seed_pdf_body_has_the_words_of_the_seed_text_in_order(string seedText, string header)
    {
        _ = header;
        var pdf = _reader.Read(Seeds.Pdf(seedText));
        var text = new TextDocumentReader().Read(seedText);

        Assert.Equal(Seeds.Words(text.Body), Seeds.Words(pdf.Body));
    }

    [Theory]
    [MemberData(nameof(SeedPdfs))]
    public void Seed_pdf_headers_and_page_footers_are_furniture_outside_the_body(string seedText, string header)
    {
        var pdf = _reader.Read(Seeds.Pdf(seedText));
        var pages = pdf.Pages.Count;
        var bodyLines = pdf.Body.Split('\n');

        Assert.True(pages >= 2);
        Assert.DoesNotContain(header, pdf.Body, StringComparison.Ordinal);
        for (var p = 1; p <= pages; p++)
        {
            var footer = $"{p} ({pages})";
            Assert.Contains(pdf.Lines, l => l.Page == p && l.Text == footer && l.IsFurniture);
            Assert.Contains(pdf.Lines, l => l.Page == p && l.Text == header && l.Role == LineRole.RunningHeader);
            Assert.DoesNotContain(footer, bodyLines);
        }
    }

    [Theory]
    [MemberData(nameof(SeedPdfs))]
    public void Seed_pdf_lines_point_into_the_original_and_have_pages_and_bounds(string seedText, string header)
    {
        _ = header;
        var path = Seeds.Pdf(seedText);
        var pdf = _reader.Read(path);

        Assert.Equal(SourceKind.Pdf, pdf.Source.Kind);
        Assert.Null(pdf.Source.Encoding);
        Assert.Equal(path, pdf.Source.Path);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), pdf.Source.Sha256);
        Assert.All(pdf.Pages, p => Assert.True(p.HasText && !p.IsOcrTextLayer && p.Width > 500 && p.Height > 800));
        Assert.Empty(pdf.Diagnostics);
        Assert.NotEmpty(pdf.Lines);
        foreach (var line in pdf.Lines)
        {
            Assert.InRange(line.Page, 1, pdf.Pages.Count);
            Assert.Equal(line.Text, pdf.Original.Substring(line.Start, line.Text.Length));
            Assert.NotNull(line.Bounds);
            var b = line.Bounds.Value;
            Assert.True(b.Left < b.Right && b.Bottom < b.Top && b.Top <= pdf.Pages[line.Page - 1].Height);
            Assert.Equal(line.Text.Trim(), line.Text);
            Assert.DoesNotContain("  ", line.Text, StringComparison.Ordinal);
        }

        Assert.True(pdf.Lines[0].StartsParagraph);
        Assert.Equal(pdf.Lines.Select(l => l.Page).Order(), pdf.Lines.Select(l => l.Page));
    }

    [Fact]
    public void Stream_bytes_and_path_read_alike()
    {
        var path = Seeds.Pdf(Seeds.Ystad);
        var bytes = File.ReadAllBytes(path);
        var fromPath = _reader.Read(path);
        using var stream = new MemoryStream(bytes);
        var fromStream = _reader.Read(stream, "ystad.pdf");
        var fromBytes = _reader.Read(bytes.AsSpan());

        Assert.Equal(fromPath.Original, fromStream.Original);
        Assert.Equal(fromPath.Body, fromBytes.Body);
        Assert.Equal("ystad.pdf", fromStream.Source.Path);
        Assert.Null(fromBytes.Source.Path);
        Assert.Equal(fromPath.Source.Sha256, fromBytes.Source.Sha256);
        Assert.Equal(bytes.Length, fromBytes.Source.Length);
    }

    [Fact]
    public void Furniture_is_kept_in_the_body_when_detection_is_off()
    {
        var pdf = new PdfDocumentReader(new ReaderOptions { DetectFurniture = false }).Read(Seeds.Pdf(Seeds.Ystad));

        Assert.DoesNotContain(pdf.Lines, l => l.IsFurniture);
        Assert.Contains("Ystads kommun – Övergripande mål", pdf.Body, StringComparison.Ordinal);
        Assert.Contains("2 (2)", pdf.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Scanned_seed_is_read_as_an_ocr_text_layer_on_every_page()
    {
        var pdf = _reader.Read(Scanned);
        var text = new TextDocumentReader().Read(Seeds.Perstorp);

        Assert.NotEmpty(pdf.Pages);
        Assert.All(pdf.Pages, p => Assert.True(p.IsOcrTextLayer && p.HasText));
        Assert.True(pdf.HasOcrTextLayer);
        var info = Assert.Single(pdf.Diagnostics, d => d.Code == "MA1003");
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("OCR", info.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(pdf.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);

        // The OCR layer (tesseract, English model) misreads letters but keeps the words and their order.
        var ocrWords = Seeds.Words(pdf.Body);
        var seedWords = Seeds.Words(text.Body);
        Assert.InRange(ocrWords.Length, seedWords.Length * 95 / 100, seedWords.Length * 105 / 100);
        Assert.Contains("Perstorp", ocrWords);
        Assert.All(pdf.Lines.Where(l => l.Text.StartsWith("Perstorps kommun", StringComparison.Ordinal) && l.Bounds!.Value.Bottom > 770),
            l => Assert.Equal(LineRole.RunningHeader, l.Role));
        Assert.Equal(pdf.Pages.Count, pdf.Lines.Count(l => l.Role == LineRole.PageNumber));
    }

    // ---------------------------------------------------------------- fixtures

    [Fact]
    public void Two_columns_are_read_column_by_column()
    {
        var pdf = _reader.Read(Path.Combine(Fixtures, "two-columns.pdf"));
        var expected = JoinHyphenated(Seeds.Words(File.ReadAllText(Path.Combine(Fixtures, "two-columns.expected.txt"))));

        Assert.Equal(expected, Seeds.Words(pdf.Body));
        Assert.Contains("ändamålsenliga", pdf.Body, StringComparison.Ordinal);
        Assert.Matches(@"\bmiljö-\s+och hälsoskydd", pdf.Body);
        Assert.Contains(pdf.Lines, l => l.Text.EndsWith("ändamåls-", StringComparison.Ordinal));
        Assert.Equal(2, pdf.Lines.Count(l => l.Role == LineRole.RunningHeader));
        Assert.Equal(["1 (2)", "2 (2)"], pdf.Lines.Where(l => l.Role == LineRole.PageNumber).Select(l => l.Text));

        // Every paragraph of the left column comes before every paragraph of the right column on its page.
        var body = pdf.Body;
        Assert.True(body.IndexOf("Vänsterstycke4", StringComparison.Ordinal) < body.IndexOf("Högerstycke1", StringComparison.Ordinal));
        Assert.True(body.IndexOf("Högerstycke4", StringComparison.Ordinal) < body.IndexOf("Uppföljning och indikatorer", StringComparison.Ordinal));
        Assert.True(body.IndexOf("Vänsterstycke8", StringComparison.Ordinal) < body.IndexOf("Högerstycke5", StringComparison.Ordinal));
    }

    [Fact]
    public void Image_only_pdf_returns_a_no_text_layer_diagnostic()
    {
        var pdf = _reader.Read(Path.Combine(Fixtures, "image-only.pdf"));

        var page = Assert.Single(pdf.Pages);
        Assert.False(page.HasText);
        Assert.False(page.IsOcrTextLayer);
        Assert.Empty(pdf.Body);
        var warning = Assert.Single(pdf.Diagnostics);
        Assert.Equal("MA1002", warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("ocrmypdf", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_pdf_returns_a_no_text_diagnostic()
    {
        var pdf = _reader.Read(Path.Combine(Fixtures, "empty.pdf"));

        Assert.False(Assert.Single(pdf.Pages).HasText);
        Assert.Empty(pdf.Lines);
        Assert.Empty(pdf.Body);
        Assert.Equal(string.Empty, pdf.Original);
        Assert.Contains(pdf.Diagnostics, d => d.Code == "MA1002" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Encrypted_pdf_is_refused_as_encrypted()
    {
        var path = Path.Combine(Fixtures, "encrypted.pdf");
        var e = Assert.Throws<DocumentReadException>(() => _reader.Read(path));

        Assert.Equal(DocumentReadError.EncryptedPdf, e.Error);
        Assert.Equal(path, e.Path);
        Assert.Contains("password", e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_pdf_gives_the_pages_it_still_holds_with_a_diagnostic()
    {
        var text = _reader.Read(Path.Combine(Fixtures, "truncated.pdf"));

        Assert.Contains(text.Diagnostics, d => d.Code == "MA1005");
        Assert.Contains("Ystads kommun", text.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage.pdf")]
    public void Damaged_pdf_is_refused_as_corrupt(string fixture)
    {
        var path = Path.Combine(Fixtures, fixture);
        var e = Assert.Throws<DocumentReadException>(() => _reader.Read(path));

        Assert.Equal(DocumentReadError.CorruptPdf, e.Error);
        Assert.Contains("damaged", e.Reason, StringComparison.Ordinal);
        Assert.NotNull(e.InnerException);
    }

    [Fact]
    public void Damaged_bytes_give_a_result_or_a_read_exception_never_another_exception()
    {
        var original = File.ReadAllBytes(Seeds.Pdf(Seeds.Ystad));
        var random = new Random(20240101);
        var variants = new List<byte[]>();
        foreach (var percent in new[] { 1, 5, 20, 50, 70, 90, 99 })
        {
            variants.Add(original[..(original.Length * percent / 100)]);
        }

        for (var i = 0; i < 24; i++)
        {
            var damaged = (byte[])original.Clone();
            var from = random.Next(16, damaged.Length - 600);
            random.NextBytes(damaged.AsSpan(from, random.Next(1, 512)));
            variants.Add(damaged);
        }

        foreach (var bytes in variants)
        {
            try
            {
                var pdf = _reader.Read(bytes, "damaged.pdf");
                Assert.NotNull(pdf.Body);
                Assert.All(pdf.Lines, l => Assert.InRange(l.Page, 1, pdf.Pages.Count));
            }
            catch (DocumentReadException e)
            {
                Assert.Contains(e.Error, new[] { DocumentReadError.CorruptPdf, DocumentReadError.Empty, DocumentReadError.EncryptedPdf });
            }
        }
    }

    [Fact]
    public void Bad_input_is_refused_with_the_right_error()
    {
        Assert.Equal(DocumentReadError.NotFound, Assert.Throws<DocumentReadException>(() => _reader.Read("no/such/file.pdf")).Error);
        Assert.Equal(DocumentReadError.Empty, Assert.Throws<DocumentReadException>(() => _reader.Read(ReadOnlySpan<byte>.Empty)).Error);
        Assert.Equal(DocumentReadError.UnsupportedFormat,
            Assert.Throws<DocumentReadException>(() => _reader.Read(File.ReadAllBytes(Seeds.Ystad), "ystad.txt")).Error);
        var small = new PdfDocumentReader(new ReaderOptions { MaxBytes = 1000 });
        Assert.Equal(DocumentReadError.TooLarge, Assert.Throws<DocumentReadException>(() => small.Read(Seeds.Pdf(Seeds.Ystad))).Error);
    }

    // ---------------------------------------------------------------- generated PDFs

    // PdfPig's writer encodes the standard 14 fonts with Adobe's standard encoding, which has no å, ä or ö:
    // the generated documents are written without them.
    [Fact]
    public void Header_and_bare_page_number_are_furniture_on_a_generated_document()
    {
        var bytes = Generate(3, (page, number, font) =>
        {
            page.AddText("Sjoviks kommun - Mal 2024", 9, new PdfPoint(200, 800), font);
            Paragraph(page, font, 720, $"Sidan {number} handlar om mal for hallbar utveckling och om hur namnderna arbetar.", 12);
            page.AddText("2030", 11, new PdfPoint(60, 420), font);
            Paragraph(page, font, 380, "Kommunen foljer upp malen varje ar i arsredovisningen.", 6);
            page.AddText(number.ToString(System.Globalization.CultureInfo.InvariantCulture), 9, new PdfPoint(297, 30), font);
        });

        var pdf = _reader.Read(bytes, "generated.pdf");

        Assert.Equal(3, pdf.Pages.Count);
        Assert.Equal(3, pdf.Lines.Count(l => l.Role == LineRole.RunningHeader && l.Text == "Sjoviks kommun - Mal 2024"));
        Assert.Equal(["1", "2", "3"], pdf.Lines.Where(l => l.Role == LineRole.PageNumber).Select(l => l.Text));
        Assert.DoesNotContain("Sjoviks", pdf.Body, StringComparison.Ordinal);
        Assert.Contains("Sidan 2 handlar", pdf.Body, StringComparison.Ordinal);
        Assert.Equal(3, Seeds.Words(pdf.Body).Count(w => w == "2030"));
        Assert.DoesNotContain(pdf.Body.Split('\n'), l => l is "1" or "2" or "3");
        Assert.All(pdf.Lines, l => Assert.True(l.Page is >= 1 and <= 3));
    }

    [Fact]
    public void A_header_below_the_band_but_set_off_by_a_gap_is_furniture()
    {
        // 97 pt below the top edge, outside the 8 % band, but 40 pt above the body: a header all the same.
        var bytes = Generate(3, (page, number, font) =>
        {
            page.AddText("Sjoviks kommun - Budget 2024", 9, new PdfPoint(60, 745), font);
            Paragraph(page, font, 695, "Kommunen ska vara en attraktiv plats att bo, verka och vistas i.", 20);
        });

        var pdf = _reader.Read(bytes, "generated.pdf");

        Assert.Equal(3, pdf.Lines.Count(l => l.Role == LineRole.RunningHeader && l.Text == "Sjoviks kommun - Budget 2024"));
        Assert.Equal(60, Seeds.Words(pdf.Body).Count(w => w == "attraktiv"));
    }

    [Fact]
    public void A_heading_repeated_in_the_middle_of_pages_is_not_furniture()
    {
        var bytes = Generate(4, (page, number, font) =>
        {
            page.AddText("Overgripande mal", 14, new PdfPoint(60, 600), font);
            Paragraph(page, font, 570, "Kommunen ska vara en attraktiv plats att bo, verka och vistas i.", 8);
        });

        var pdf = _reader.Read(bytes, "generated.pdf");

        Assert.DoesNotContain(pdf.Lines, l => l.IsFurniture);
        Assert.Equal(4, pdf.Body.Split('\n').Count(l => l == "Overgripande mal"));
    }

    [Fact]
    public void A_single_page_keeps_its_header_but_not_its_page_number()
    {
        var bytes = Generate(1, (page, number, font) =>
        {
            page.AddText("Sjoviks kommun", 9, new PdfPoint(200, 800), font);
            Paragraph(page, font, 720, "Kommunen ska vara en attraktiv plats att bo, verka och vistas i.", 8);
            page.AddText("Sida 1 av 1", 9, new PdfPoint(280, 30), font);
        });

        var pdf = _reader.Read(bytes, "generated.pdf");

        Assert.Equal(LineRole.Body, Assert.Single(pdf.Lines, l => l.Text == "Sjoviks kommun").Role);
        Assert.Equal(LineRole.PageNumber, Assert.Single(pdf.Lines, l => l.Text == "Sida 1 av 1").Role);
    }

    [Fact]
    public void More_pages_than_the_limit_are_refused()
    {
        var bytes = Generate(3, (page, number, font) => Paragraph(page, font, 700, "Mal for hallbar utveckling.", 3));
        var reader = new PdfDocumentReader(new ReaderOptions { MaxPages = 2 });

        var e = Assert.Throws<DocumentReadException>(() => reader.Read(bytes, "long.pdf"));

        Assert.Equal(DocumentReadError.TooManyPages, e.Error);
        Assert.Contains("3 pages", e.Reason, StringComparison.Ordinal);
        Assert.Contains("MaxPages", e.Reason, StringComparison.Ordinal);
        Assert.Equal(3, new PdfDocumentReader(new ReaderOptions { MaxPages = 3 }).Read(bytes).Pages.Count);
    }

    [Fact]
    public void Invisible_text_without_an_image_is_not_an_ocr_layer()
    {
        var bytes = Generate(1, (page, number, font) =>
        {
            page.SetTextRenderingMode(TextRenderingMode.Neither);
            Paragraph(page, font, 700, "Dold text som ritas osynligt men utan nagon bild under.", 6);
        });

        var pdf = _reader.Read(bytes, "invisible.pdf");

        var page = Assert.Single(pdf.Pages);
        Assert.True(page.HasText);
        Assert.False(page.IsOcrTextLayer);
        Assert.DoesNotContain(pdf.Diagnostics, d => d.Code == "MA1003");
        Assert.Contains("Dold text", pdf.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_text_is_reported_by_number()
    {
        var bytes = Generate(3, (page, number, font) =>
        {
            if (number != 2)
            {
                Paragraph(page, font, 700, "Mal for hallbar utveckling i hela kommunen.", 4);
            }
        });

        var pdf = _reader.Read(bytes, "gap.pdf");

        Assert.Equal([true, false, true], pdf.Pages.Select(p => p.HasText));
        var warning = Assert.Single(pdf.Diagnostics);
        Assert.Equal(("MA1001", DiagnosticSeverity.Warning, 2), (warning.Code, warning.Severity, warning.Page));
        Assert.Contains("Page 2", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_end_hyphenation_is_joined_except_before_a_connective()
    {
        var bytes = Generate(1, (page, number, font) =>
        {
            var y = 700;
            foreach (var line in new[] { "Kommunen ska verka for trygga och andamals-", "enliga miljoer i hela kommunen och arbeta", "forebyggande med miljo-", "och halsoskydd i alla verksamheter." })
            {
                page.AddText(line, 11, new PdfPoint(60, y), font);
                y -= 14;
            }
        });

        var pdf = _reader.Read(bytes, "hyphens.pdf");

        Assert.Contains("andamalsenliga miljoer", pdf.Body, StringComparison.Ordinal);
        Assert.Contains("miljo-\noch halsoskydd", pdf.Body, StringComparison.Ordinal);
        Assert.Contains(pdf.Lines, l => l.Text == "Kommunen ska verka for trygga och andamals-");
    }

    [Fact]
    public void A_word_hyphenated_at_a_column_break_is_joined()
    {
        var bytes = Generate(1, (page, number, font) =>
        {
            string[] left = ["Vanster spalt borjar har med en text", "som fortsatter rad efter rad ned", "genom spalten tills den slutar med", "ett ord som delas av andamals-"];
            string[] right = ["enliga losningar fortsatter i den", "hogra spalten och texten gar vidare", "ned genom spalten rad efter rad", "tills den sista raden ar skriven."];
            for (var i = 0; i < left.Length; i++)
            {
                page.AddText(left[i], 10, new PdfPoint(60, 700 - (i * 13)), font);
                page.AddText(right[i], 10, new PdfPoint(320, 700 - (i * 13)), font);
            }
        });

        var pdf = _reader.Read(bytes, "columns.pdf");

        Assert.Contains("andamalsenliga losningar", pdf.Body, StringComparison.Ordinal);
        Assert.True(pdf.Body.IndexOf("Vanster spalt", StringComparison.Ordinal) < pdf.Body.IndexOf("hogra spalten", StringComparison.Ordinal));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _reader.Read(Seeds.Pdf(Seeds.Ostersund), cancelled.Token));
    }

    [Fact]
    public void Decomposed_letters_come_out_composed()
    {
        // Some producers draw å as an a and a combining ring: the line text must be NFC.
        Letter Glyph(string value, double x) => new(value, new PdfRectangle(x, 100, x + 6, 110), new PdfRectangle(x, 100, x + 6, 110),
            new PdfPoint(x, 100), new PdfPoint(x + 6, 100), 6, 10, new FontDetails("Helvetica", false, 400, false), TextRenderingMode.Fill, null!, null!, 10, 0);
        var word = new Word([Glyph("m", 0), Glyph("a", 6), Glyph("\u030A", 6), Glyph("l", 12)]);
        var layout = new PdfLayout(1);

        layout.AddLine(new TextLine([word], " "), 1, startsBlock: true);

        Assert.Equal("mål", Assert.Single(layout.Lines).Text);
    }

    [Fact]
    public void Items_that_start_at_one_edge_are_one_level_whatever_their_letters()
    {
        // Helvetica's "m" is three times as wide as its "l": a short line of narrow letters and a long line of wide ones
        // measured in their own character widths would start at different depths.
        string[] items = ["* mammor och mormor", "+ liten lilla", "* fler jobb i hela kommunen", "+ ill", "* ekologisk uthallighet", "+ slut"];
        var bytes = Generate(1, (page, _, font) =>
        {
            page.AddText("Kommunfullmaktiges strategiska mal", 14, new PdfPoint(60, 760), font);
            page.AddText("Kommunens sju strategiska mal for perioden ar foljande:", 11, new PdfPoint(60, 720), font);
            for (var i = 0; i < items.Length; i++)
            {
                page.AddText(items[i], 11, new PdfPoint(72, 690 - (i * 14)), font);
            }
        });

        var pdf = _reader.Read(bytes, "generated.pdf");
        var itemStarts = items.Select(item => pdf.Body.IndexOf("\n" + item, StringComparison.Ordinal) + 1).ToList();

        Assert.All(itemStarts, at => Assert.True(at > 0));
        Assert.Single(itemStarts.Select(pdf.MarginAt).Distinct());
        Assert.True(pdf.MarginAt(itemStarts[0]) > pdf.MarginAt(pdf.Body.IndexOf("Kommunens sju", StringComparison.Ordinal)));
    }

    // A document of Helvetica text made with PdfPig's own writer.
    private static byte[] Generate(int pages, Action<PdfPageBuilder, int, PdfDocumentBuilder.AddedFont> draw)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var number = 1; number <= pages; number++)
        {
            draw(builder.AddPage(PageSize.A4), number, font);
        }

        return builder.Build();
    }

    private static void Paragraph(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double top, string sentence, int lines)
    {
        for (var i = 0; i < lines; i++)
        {
            page.AddText(sentence, 11, new PdfPoint(60, top - (i * 14)), font);
        }
    }

    // The expected file writes a word broken at a line end as two tokens ("ändamåls-", "enliga"); the body joins them.
    private static string[] JoinHyphenated(string[] words)
    {
        var joined = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && Hyphenation.JoinsNext(words[i], words[i + 1]))
            {
                joined.Add(words[i][..^1] + words[i + 1]);
                i++;
            }
            else
            {
                joined.Add(words[i]);
            }
        }

        return [.. joined];
    }

    [Fact]
    public void A_page_laid_out_as_one_block_keeps_its_paragraphs_from_the_line_gaps()
    {
        // Printed as one preformatted block: only the wider gaps between baselines tell the ten paragraphs apart.
        var pdf = _reader.Read(Path.Combine(Fixtures, "one-block.pdf"));
        var paragraphs = pdf.Body.Split("\n\n");
        Assert.Equal(10, paragraphs.Length);
        Assert.Equal(["Målområde 1:1", "Fler invånare väljer att resa kollektivt."], paragraphs[3..5]);

        // And the goal parser takes its goals from them.
        var goals = MalAnalys.Structure.GoalDocumentParser.Default.Parse(pdf).Goals;
        Assert.Equal(["1:1", "1:2", "2:1"], goals.Select(g => g.Number));
    }
}
