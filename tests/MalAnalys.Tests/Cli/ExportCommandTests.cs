namespace MalAnalys.Tests.Cli;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "malanalys-export-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Export_writes_the_six_tables_as_csv()
    {
        var (exit, output, error) = await CliRun.Run("export", Seeds.Ystad, Seeds.Perstorp, "--out", _folder, "--format", "csv");
        Assert.True(exit == 0, error);
        Assert.Equal(
            ["corrections.csv", "diagnostics.csv", "documents.csv", "evidence.csv", "goal_sdgs.csv", "goals.csv"],
            Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("2 documents, 11 goals", output, StringComparison.Ordinal);
        var header = File.ReadLines(Path.Combine(_folder, "documents.csv")).First();
        Assert.StartsWith("document_id,path,file_name,source_kind,", header, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_refuses_an_unknown_format_and_an_output_that_is_a_file()
    {
        var (exit, _, _) = await CliRun.Run("export", Seeds.Ystad, "--out", _folder, "--format", "xlsx");
        Assert.Equal(2, exit);

        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "a-file");
        await File.WriteAllTextAsync(file, "x");
        var (fileExit, _, fileError) = await CliRun.Run("export", Seeds.Ystad, "--out", file);
        Assert.Equal(2, fileExit);
        Assert.Contains("is a file", fileError, StringComparison.Ordinal);
    }
}
