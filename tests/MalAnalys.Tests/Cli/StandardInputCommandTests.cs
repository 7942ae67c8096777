using System.Security.Cryptography;
using System.Text;
using MalAnalys.Cli;

namespace MalAnalys.Tests.Cli;

/// <summary>
/// <c>-</c> as a document: <c>export</c> reads it from standard input as <c>analyze</c> does, within <c>--max-mb</c>,
/// and gives it the same <c>document_id</c> in every run of the same input; <c>index</c>, whose documents are named by
/// their file's path and read again to be skipped when unchanged, and <c>report</c>, whose pages are named after their
/// documents' files, refuse it in one line each before they write anything.
/// </summary>
public sealed class StandardInputCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-stdin-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Export_reads_a_document_from_standard_input()
    {
        var tables = Path.Combine(_folder, "tables");
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, Seeds.Ystad));
        using var cli = CliProcess.StartWithInput(text, "export", "-", "--out", tables, "--format", "csv");
        var (exit, output, err) = await cli.Finish(TimeSpan.FromMinutes(2));
        Assert.True(exit == CliApp.Ok, err);
        Assert.Contains("1 documents, ", output, StringComparison.Ordinal);

        var documents = await File.ReadAllLinesAsync(Path.Combine(tables, "documents.csv"));
        Assert.Equal(2, documents.Length);
        Assert.Contains(",/dev/stdin,stdin,", documents[1], StringComparison.Ordinal);
        Assert.Contains("Ystad", documents[1], StringComparison.Ordinal);
        Assert.True(File.ReadLines(Path.Combine(tables, "goals.csv")).Count() > 2, "no goals exported");
    }

    [Fact]
    public async Task Export_refuses_standard_input_over_its_size_limit()
    {
        var tables = Path.Combine(_folder, "tables");
        using var cli = CliProcess.StartWithInput(new string('a', 2 * 1024 * 1024) + "\n", "export", "-", "--max-mb", "1", "--out", tables);
        var (exit, _, err) = await cli.Finish(TimeSpan.FromMinutes(2));
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Contains("larger than the limit of 1 MiB", err, StringComparison.Ordinal);
        Assert.Contains("no document could be analysed; no tables written.", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(tables) && Directory.EnumerateFiles(tables, "*.parquet").Any());
    }

    [Fact]
    public async Task Index_refuses_standard_input_in_one_line_and_touches_no_index()
    {
        var index = Path.Combine(_folder, "index");
        var (exit, output, err) = await CliRun.Run("index", "-", Path.Combine(AppContext.BaseDirectory, Seeds.Ystad), "--index", index);
        Assert.Equal(CliApp.Usage, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("error: -: index does not read standard input: the index names each document by its file's path and reads the file again to skip it when unchanged, so save the document to a file and index that.", line);
        Assert.False(Directory.Exists(index));
    }

    [Fact]
    public async Task Export_gives_a_document_from_standard_input_the_same_id_in_every_run()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, Seeds.Ystad));
        var rows = new List<string[]>();
        for (var run = 0; run < 2; run++)
        {
            // Each run reads a pipe of its own, with its own number, from a process of its own.
            var tables = Path.Combine(_folder, $"tables-{run}");
            using var cli = CliProcess.StartWithInput(text, "export", "-", "--out", tables, "--format", "csv");
            var (exit, _, err) = await cli.Finish(TimeSpan.FromMinutes(2));
            Assert.True(exit == CliApp.Ok, err);
            rows.Add((await File.ReadAllLinesAsync(Path.Combine(tables, "documents.csv")))[1].Split(','));
        }

        // document_id, path, name, kind, length, sha256: the id is that of the content under the name /dev/stdin (not
        // of the pipe /dev/stdin leads to, whose number changes from run to run).
        Assert.Equal(rows[0][0], rows[1][0]);
        Assert.Equal("/dev/stdin", rows[0][1]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rows[0][5] + "\n/dev/stdin")))[..16], rows[0][0]);
    }

    [Fact]
    public async Task Report_refuses_standard_input_in_one_line_and_writes_nothing()
    {
        var report = Path.Combine(_folder, "report");
        using var cli = CliProcess.StartWithInput("Mål 1: Alla ska ha ett arbete.\n", "report", "-", "--out", report);
        var (exit, output, err) = await cli.Finish(TimeSpan.FromMinutes(2));
        Assert.Equal(CliApp.Usage, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("error: -: report does not read standard input: each document gets a page named after its file, and the report names the files of copies, so save the document to a file and report on that.", line);
        Assert.False(Directory.Exists(report));
    }
}
