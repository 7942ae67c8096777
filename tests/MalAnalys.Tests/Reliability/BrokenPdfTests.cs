using System.Diagnostics;
using MalAnalys.Reading;
using Xunit.Abstractions;

namespace MalAnalys.Tests.Reliability;

/// <summary>Every PDF of the broken corpus gets a typed error or a document with diagnostics, within the batch's per-document timeout.</summary>
public sealed class BrokenPdfTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-broken-pdf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Every_broken_pdf_gets_a_typed_error_or_a_document_within_the_timeout()
    {
        var cases = BrokenPdfs.WriteAll(_folder);
        var analyzer = new MalAnalyzer(new MalAnalyzerOptions { DocumentTimeout = TimeSpan.FromSeconds(120), ClassifySdgs = false, MaxParallelism = 2 });
        var byPath = cases.ToDictionary(c => c.Path, c => c.Case);
        var clock = Stopwatch.StartNew();
        var outcomes = new List<AnalysisOutcome>();
        await foreach (var outcome in analyzer.AnalyzeManyAsync([.. cases.Select(c => c.Path)]))
        {
            outcomes.Add(outcome);
            var what = outcome.Error is { } e ? $"{e.GetType().Name} ({(e as DocumentReadException)?.Error}): {e.Message}" : $"document: {outcome.Document!.Text.Pages.Count} pages, {outcome.Goals().Count} goals, diagnostics: {string.Join("; ", outcome.Document.Diagnostics.Select(d => d.Code))}";
            output.WriteLine($"{Path.GetFileName(outcome.Path)} | {what}");
        }

        output.WriteLine($"{cases.Count} broken PDFs in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(cases.Count, outcomes.Count);
        Assert.All(outcomes, outcome =>
        {
            var expected = byPath[outcome.Path].Expected;
            if (outcome.Error is { } error)
            {
                // A typed error that names the file, never a wrapped bug of ours or a timeout.
                Assert.True(error is DocumentReadException, $"{outcome.Path}: {error.GetType().Name}: {error.Message} / {error.InnerException}");
                Assert.Contains(Path.GetFileName(outcome.Path), error.Message, StringComparison.Ordinal);
                Assert.NotEqual(Expected.Document, expected);
            }
            else
            {
                Assert.True(expected != Expected.Error, $"{outcome.Path} was read: expected a typed error");
            }
        });
    }

    [Fact]
    public async Task The_2000_page_pdf_is_read_whole()
    {
        var path = Path.Combine(_folder, "pages-2000.pdf");
        await File.WriteAllBytesAsync(path, BrokenPdfs.All().Single(c => c.Name == "pages-2000.pdf").Make());
        var document = new MalAnalyzer(new MalAnalyzerOptions { ClassifySdgs = false }).Analyze(path);
        Assert.Equal(2000, document.Text.Pages.Count);
        Assert.Contains("Mål 2000: Trygg uppväxt", document.Text.Original, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated-50pct.pdf")]
    [InlineData("truncated-90pct.pdf")]
    [InlineData("truncated-99pct.pdf")]
    public void A_truncated_pdf_gives_what_it_still_holds_with_a_diagnostic(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, BrokenPdfs.All().Single(c => c.Name == name).Make());
        var document = new MalAnalyzer(new MalAnalyzerOptions { ClassifySdgs = false }).Analyze(path);
        Assert.Contains(document.Diagnostics, d => d.Code == "MA1005");
        Assert.Equal("Ystad", document.Document.Municipality);
        Assert.NotEmpty(document.Goals);
    }

    [Theory]
    [InlineData("encrypted-user-password.pdf", DocumentReadError.EncryptedPdf)]
    [InlineData("zero-pages.pdf", DocumentReadError.Empty)]
    [InlineData("pages-2001.pdf", DocumentReadError.TooManyPages)]
    [InlineData("empty.pdf", DocumentReadError.Empty)]
    [InlineData("decompression-bomb.pdf", DocumentReadError.TooLarge)]
    public void Known_damage_gets_its_own_error(string name, DocumentReadError error)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, BrokenPdfs.All().Single(c => c.Name == name).Make());
        var e = Assert.Throws<DocumentReadException>(() => new DocumentReader().Read(path));
        Assert.Equal(error, e.Error);
    }

    [Fact]
    public async Task A_document_over_the_timeout_is_reported_failed_and_the_batch_goes_on()
    {
        var slow = Path.Combine(_folder, "pages-2000.pdf");
        await File.WriteAllBytesAsync(slow, BrokenPdfs.All().Single(c => c.Name == "pages-2000.pdf").Make());
        var analyzer = new MalAnalyzer(new MalAnalyzerOptions { DocumentTimeout = TimeSpan.FromMilliseconds(500), ClassifySdgs = false });

        // Warm: the first document loads the lexicon. Then the text takes tens of milliseconds, the 2,000 pages seconds.
        _ = analyzer.Analyze(Seeds.Ystad);

        var outcomes = new List<AnalysisOutcome>();
        await foreach (var outcome in analyzer.AnalyzeManyAsync([slow, Seeds.Ystad]))
        {
            outcomes.Add(outcome);
        }

        var timedOut = Assert.IsType<DocumentTimeoutException>(outcomes[0].Error);
        Assert.Equal(slow, timedOut.Path);
        Assert.Contains("timeout", timedOut.Message, StringComparison.Ordinal);
        Assert.True(outcomes[1].Succeeded, outcomes[1].Error?.Message);
    }
}

public sealed class TimeoutOptionTests
{
    [Theory]
    [InlineData("analyze")]
    [InlineData("index")]
    public async Task The_batch_commands_take_a_per_document_timeout(string command)
    {
        var (exit, help, _) = await Cli.CliRun.Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--timeout", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_with_a_timeout_analyses_a_document_that_is_fast_enough()
    {
        var (exit, output, err) = await Cli.CliRun.Run("analyze", Seeds.Ystad, "--timeout", "120", "--format", "json");
        Assert.True(exit == 0, err);
        Assert.Contains("\"goals\"", output, StringComparison.Ordinal);
    }
}

internal static class OutcomeExtensions
{
    public static IReadOnlyList<Documents.Goal> Goals(this AnalysisOutcome outcome) => outcome.Document?.Goals ?? [];
}
