using MalAnalys.Tests.Cli;

namespace MalAnalys.Tests.Reporting;

public sealed class ReportCommandTests
{
    [Fact]
    public async Task Report_WritesTheIndexAndAPagePerDocument()
    {
        var folder = Directory.CreateTempSubdirectory("malanalys-report-cli-").FullName;
        try
        {
            var (exit, output, error) = await CliRun.Run("report", Seeds.Perstorp, Seeds.Ystad, "--out", folder);

            Assert.True(exit == 0, error);
            Assert.Equal(["index.html", "perstorp-kommunovergripande-mal-2023-2026.txt.html", "sdg-heatmap.png", "ystad-overgripande-mal-2023.txt.html"],
                Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Contains($"{Seeds.Ystad}: 7 goals -> ", output, StringComparison.Ordinal);
            Assert.Contains("report: " + Path.Combine(folder, "index.html"), output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Report_WithoutOut_IsAUsageError()
    {
        var (exit, _, error) = await CliRun.Run("report", Seeds.Ystad);

        Assert.Equal(2, exit);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ReportsFilesThatCannotBeRead_AndWritesTheOthers()
    {
        var folder = Directory.CreateTempSubdirectory("malanalys-report-cli-").FullName;
        try
        {
            var (exit, _, error) = await CliRun.Run("report", Seeds.Ystad, "no-such-file.txt", "--out", folder);

            Assert.Equal(1, exit);
            Assert.Contains("no-such-file.txt", error, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "index.html")));
            Assert.True(File.Exists(Path.Combine(folder, "ystad-overgripande-mal-2023.txt.html")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Report_TakesTheRepairModeLikeAnalyze()
    {
        var folder = Directory.CreateTempSubdirectory("malanalys-report-cli-").FullName;
        try
        {
            var page = Path.Combine(folder, "ostersund-budget-2024-mal-ocr.pdf.html");
            var (exit, _, error) = await CliRun.Run("report", Seeds.Pdf(Seeds.Ostersund), "--out", folder, "--repair", "off");
            Assert.True(exit == 0, error);
            Assert.Contains(">0 OCR corrections", await File.ReadAllTextAsync(page), StringComparison.Ordinal);

            (exit, _, error) = await CliRun.Run("report", Seeds.Pdf(Seeds.Ostersund), "--out", folder);
            Assert.True(exit == 0, error);
            var html = await File.ReadAllTextAsync(page);
            Assert.DoesNotContain(">0 OCR corrections", html, StringComparison.Ordinal);
            Assert.Contains("Kompetensförsörjning", html, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Report_shows_a_document_read_from_several_files_once_unless_all_copies_are_asked_for()
    {
        var folder = Directory.CreateTempSubdirectory("malanalys-report-cli-").FullName;
        try
        {
            var (exit, output, error) = await CliRun.Run("report", "seeds", "--out", folder);
            Assert.True(exit == 0, error);
            Assert.Equal(7, output.Split('\n').Count(l => l.Contains(" goals -> ", StringComparison.Ordinal)));
            var index = await File.ReadAllTextAsync(Path.Combine(folder, "index.html"));
            Assert.Contains("<span>3 documents</span>", index, StringComparison.Ordinal);
            Assert.Equal(4, Directory.GetFiles(folder, "*.html").Length);

            var all = Path.Combine(folder, "all");
            (exit, _, error) = await CliRun.Run("report", "seeds", "--out", all, "--all-copies");
            Assert.True(exit == 0, error);
            Assert.Contains("<span>7 documents</span>", await File.ReadAllTextAsync(Path.Combine(all, "index.html")), StringComparison.Ordinal);
            Assert.Equal(8, Directory.GetFiles(all, "*.html").Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
