using MalAnalys.Cli;
using MalAnalys.Reading;
using MalAnalys.Tests.Cli;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// Reading one document stays within <see cref="ReaderOptions.MaxMemoryBytes"/>: a page that would draw more letters
/// than fit (drawing blocks that draw each other thousands of times, megabytes of text on one page) is refused before
/// PdfPig builds them, as that document's typed error; the other documents of a batch are read.
/// </summary>
public sealed class PageMemoryTests : IDisposable
{
    private static readonly ReaderOptions Small = ReaderOptions.Default with { MaxMemoryBytes = 64L * 1024 * 1024 };
    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-page-memory-").FullName;

    [Fact]
    public void A_page_of_blocks_drawing_blocks_is_refused_before_its_letters_are_built()
    {
        // 60 x 120 x 120 = 864,000 letters: some 300 MB as PdfPig letters, estimated at 844 MiB.
        var bytes = HeavyPagePdf.FanOut(120, 2);
        Assert.True(bytes.Length < 8 * 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<DocumentReadException>(() => new PdfDocumentReader(Small).Read(bytes, "fan-out.pdf"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(DocumentReadError.TooLarge, error.Error);
        Assert.Contains("page 1 cannot be read within the memory limit of 64 MiB", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < 32L * 1024 * 1024, $"{allocated:N0} bytes allocated before the refusal");
    }

    [Fact]
    public void A_page_with_megabytes_of_text_is_refused_and_read_with_a_larger_limit()
    {
        var bytes = HeavyPagePdf.DenseText(100_000);
        var error = Assert.Throws<DocumentReadException>(() => new PdfDocumentReader(Small).Read(bytes, "dense.pdf"));
        Assert.Equal(DocumentReadError.TooLarge, error.Error);
        var text = new PdfDocumentReader().Read(bytes, "dense.pdf");
        Assert.Contains("trygg uppvaxt", text.Original, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_nested_and_drawn_a_few_times_are_read()
    {
        var nested = new PdfDocumentReader(Small).Read(HeavyPagePdf.FanOut(1, 3), "nested.pdf");
        Assert.Contains("trygg uppvaxt", nested.Original, StringComparison.Ordinal);

        // 27 copies of the line drawn over each other: read, though as a jumble of letters.
        var drawnOver = new PdfDocumentReader(Small).Read(HeavyPagePdf.FanOut(3, 3), "drawn-over.pdf");
        Assert.NotEmpty(drawnOver.Original);
    }

    [Fact]
    public async Task In_a_batch_only_the_document_over_the_limit_fails()
    {
        var heavy = Path.Combine(_folder, "heavy.pdf");
        await File.WriteAllBytesAsync(heavy, HeavyPagePdf.FanOut(120, 2));
        var analyzer = new MalAnalyzer(new MalAnalyzerOptions { Reader = Small, ClassifySdgs = false, MaxParallelism = 2 });
        var outcomes = new List<AnalysisOutcome>();
        await foreach (var outcome in analyzer.AnalyzeManyAsync([Seeds.Ystad, heavy, Seeds.Pdf(Seeds.Ystad)]))
        {
            outcomes.Add(outcome);
        }

        Assert.True(outcomes[0].Succeeded && outcomes[2].Succeeded);
        var error = Assert.IsType<DocumentReadException>(outcomes[1].Error);
        Assert.Equal(DocumentReadError.TooLarge, error.Error);
    }

    [Fact]
    public async Task A_thirteen_kilobyte_file_that_would_draw_a_hundred_million_letters_fails_alone_in_a_bounded_process()
    {
        // The child's heap is capped at 1 GiB: were the page laid out, the process would run out of memory.
        await File.WriteAllBytesAsync(Path.Combine(_folder, "bomb.pdf"), HeavyPagePdf.FanOut(1000, 2));
        File.Copy(Seeds.Ystad, Path.Combine(_folder, "ystad.txt"));
        using var cli = CliProcess.StartWithEnvironment(new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x40000000" }, "analyze", "--format", "json", _folder);
        var (exit, output, err) = await cli.Finish(TimeSpan.FromMinutes(2));
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Contains("Ystad", output, StringComparison.Ordinal);
        var line = Assert.Single(err.Split('\n'), l => l.Contains("bomb.pdf", StringComparison.Ordinal));
        Assert.Contains("cannot be read within the memory limit", line, StringComparison.Ordinal);
        Assert.DoesNotContain("please report", err, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
