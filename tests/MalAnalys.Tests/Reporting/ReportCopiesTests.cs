using MalAnalys.Reporting;
using MalAnalys.Tests.Export;

namespace MalAnalys.Tests.Reporting;

/// <summary>The report over every seed file (text, born-digital PDF, scan): each document once, its goals counted once.</summary>
public class ReportCopiesTests
{
    [Fact]
    public void Coverage_counts_each_document_and_its_goals_once()
    {
        var coverage = SdgCoverage.FromDocuments(ExportedSeeds.All);
        Assert.Equal([("Perstorp", 1, 4), ("Ystad", 1, 7), ("Östersund", 1, 8)], coverage.Rows.Select(r => (r.Label, r.Documents, r.GoalCount)));
        var every = SdgCoverage.FromDocuments(ExportedSeeds.All, allCopies: true);
        Assert.Equal([("Perstorp", 3, 12), ("Ystad", 2, 14), ("Östersund", 2, 16)], every.Rows.Select(r => (r.Label, r.Documents, r.GoalCount)));
    }

    [Fact]
    public async Task The_report_has_a_page_per_document_listing_its_other_files()
    {
        var folder = Directory.CreateTempSubdirectory("malanalys-report-").FullName;
        try
        {
            var files = await HtmlReport.WriteAsync(ExportedSeeds.All, folder);
            Assert.Equal(ExportedSeeds.All.Count, files.Documents.Length);
            Assert.Equal(3, files.Documents.Distinct().Count());
            var index = await File.ReadAllTextAsync(files.Index);
            Assert.Contains("<span>3 documents</span><span class=\"goal-count\" data-goals=\"19\">19 goals</span>", index, StringComparison.Ordinal);
            Assert.Contains("<td class=\"label\">Perstorp</td><td>4</td>", index, StringComparison.Ordinal);
            var perstorp = await File.ReadAllTextAsync(files.Documents[ExportedSeeds.All.ToList().FindIndex(d => d.Document.Source.Path!.EndsWith("scanned.pdf", StringComparison.Ordinal))]);
            Assert.Contains("also read from:", perstorp, StringComparison.Ordinal);
            Assert.Contains("perstorp-kommunovergripande-mal-2023-2026-scanned.pdf</code>", perstorp, StringComparison.Ordinal);
            Assert.Contains("data-goals=\"4\"", perstorp, StringComparison.Ordinal);

            var every = await HtmlReport.WriteAsync(ExportedSeeds.All, Path.Combine(folder, "all"), new HtmlReportOptions { AllCopies = true });
            Assert.Equal(ExportedSeeds.All.Count, every.Documents.Distinct().Count());
            Assert.Contains("<td class=\"label\">Perstorp</td><td>12</td>", await File.ReadAllTextAsync(every.Index), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
