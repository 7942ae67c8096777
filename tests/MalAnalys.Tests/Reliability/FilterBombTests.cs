using MalAnalys.Reading;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// Every stream PdfPig decodes passes the decoded-bytes budget, however its filters are arranged: chained, behind an
/// ASCII encoding, named by reference, packed into an object stream, or an object stream itself. The bombs decode to
/// 64 MiB against a budget of 4 MiB, so that without the budget each of them would be read as a normal document.
/// </summary>
public sealed class FilterBombTests
{
    private const long Padding = 64L * 1024 * 1024;
    private static readonly ReaderOptions Small = ReaderOptions.Default with { MaxDecodedBytes = 4L * 1024 * 1024 };

    [Theory]
    [MemberData(nameof(FilterBombPdf.All), MemberType = typeof(FilterBombPdf))]
    public void A_bomb_behind_any_arrangement_of_filters_is_refused_as_too_large(string kind)
    {
        var bytes = FilterBombPdf.Write(kind, Padding);
        Assert.True(bytes.Length < 512 * 1024, $"{kind}: {bytes.Length} bytes");
        var error = Assert.Throws<DocumentReadException>(() => new PdfDocumentReader(Small).Read(bytes, kind + ".pdf"));
        Assert.Equal(DocumentReadError.TooLarge, error.Error);
        Assert.Contains("decode to more than 4 MiB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FilterBombPdf.Readable), MemberType = typeof(FilterBombPdf))]
    public void The_same_arrangements_holding_little_are_read_as_ordinary_documents(string kind)
    {
        var text = new PdfDocumentReader(Small).Read(FilterBombPdf.Write(kind, 1000), kind + ".pdf");
        Assert.Contains(FilterBombPdf.Line, text.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_budget_is_for_the_whole_document_not_each_stream()
    {
        // Pages of a little over 1 MiB each, each decoded twice (once to count its letters, once to read it): two fit
        // 5 MiB, three do not.
        var five = ReaderOptions.Default with { MaxDecodedBytes = 5L * 1024 * 1024 };
        var error = Assert.Throws<DocumentReadException>(() => new PdfDocumentReader(five).Read(MinimalPdf.Write(3, Page, bombBytes: 1L << 20), "three.pdf"));
        Assert.Equal(DocumentReadError.TooLarge, error.Error);
        var two = new PdfDocumentReader(five).Read(MinimalPdf.Write(2, Page, bombBytes: 1L << 20), "two.pdf");
        Assert.Contains("Mål 2", two.Original, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_filter_pdfpig_can_run_has_a_bound()
    {
        var dictionary = new DictionaryToken(new Dictionary<NameToken, IToken>());
        foreach (var filter in DefaultFilterProvider.Instance.GetAllFilters())
        {
            Assert.NotEqual(PdfDecodedSize.Unknown, PdfDecodedSize.Quick(filter, 1000, dictionary, 0));
        }
    }

    [Theory]
    [InlineData("flate", 1000)]
    [InlineData("flate", 3 << 20)]
    [InlineData("lzw", 1000)]
    [InlineData("lzw", 3 << 20)]
    [InlineData("run-length", 1000)]
    [InlineData("run-length", 3 << 20)]
    [InlineData("ascii85", 1000)]
    [InlineData("hex", 1000)]
    public void A_bound_is_never_below_what_the_filter_produces(string encoding, int padding)
    {
        var content = FilterBombPdf.Content(padding);
        var (filter, data) = encoding switch
        {
            "flate" => ((IFilter)new FlateFilter(), FilterBombPdf.Deflate(content)),
            "lzw" => (new LzwFilter(), padding > 1 << 20 ? FilterBombPdf.LzwBomb(padding) : FilterBombPdf.LzwLiteral(content)),
            "run-length" => (new RunLengthFilter(), FilterBombPdf.RunLength(content)),
            "ascii85" => (new Ascii85Filter(), FilterBombPdf.Ascii85(content)),
            _ => (new AsciiHexDecodeFilter(), FilterBombPdf.Hex(content)),
        };
        var dictionary = new DictionaryToken(new Dictionary<NameToken, IToken>());
        var produced = filter.Decode(data, dictionary, DefaultFilterProvider.Instance, 0).Length;
        Assert.True(produced >= padding, $"{encoding}: the test data decodes to {produced} bytes");
        var measured = PdfDecodedSize.Measure(filter, data, dictionary, 0, long.MaxValue - 1, CancellationToken.None);
        var quick = PdfDecodedSize.Quick(filter, data.Length, dictionary, 0);
        Assert.InRange(produced, 0, measured);
        Assert.InRange(measured, 0, quick);
        if (filter is LzwFilter)
        {
            // The table PdfPig builds is counted too: about as large as the output.
            Assert.InRange(2L * produced, 0, measured + data.Length * 2L);
        }

        // Stopped early, a measurement still says that the limit is passed.
        Assert.True(PdfDecodedSize.Measure(filter, data, dictionary, 0, produced / 2, CancellationToken.None) > produced / 2 || encoding is "run-length" or "ascii85" or "hex");
    }

    [Fact]
    public void A_seed_pdf_reads_the_same_when_every_large_stream_is_measured_first()
    {
        var seed = File.ReadAllBytes(Seeds.Pdf(Seeds.Ystad));
        var usual = new PdfDocumentReader().Read(seed, "ystad.pdf");
        var measured = new PdfDocumentReader(Small).Read(seed, "ystad.pdf");
        Assert.Equal(usual.Body, measured.Body);
    }

    private static string[] Page(int number) => [$"Mål {number + 1}: Trygg uppväxt för alla barn"];
}
