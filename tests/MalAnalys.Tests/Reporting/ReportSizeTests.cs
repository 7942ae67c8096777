using System.Globalization;
using System.Text.RegularExpressions;
using MalAnalys.Reporting;

namespace MalAnalys.Tests.Reporting;

/// <summary>
/// A report's size grows with the number of its documents, not with its square: the collection's heatmap is written
/// once, as image files beside the pages (one per 100 rows), and every page links the image that holds its row.
/// </summary>
public sealed class ReportSizeTests : IDisposable
{
    private static readonly Lazy<AnalyzedDocument[]> OneGoalDocuments = new(() =>
    {
        // One goal each, no municipality: every document is a row of its own, the heatmap's worst case.
        string[] goals =
        [
            "Alla barn ska ha en trygg uppväxt och en god utbildning",
            "Utsläppen av växthusgaser ska minska med hälften till 2030",
            "Fler invånare ska ha ett arbete och egen försörjning",
            "Vattenkvaliteten i sjöar och vattendrag ska förbättras",
            "Hälsan ska vara god och jämlik för alla invånare",
        ];
        var analyzer = MalAnalyzer.CreateDefault();
        return [.. Enumerable.Range(0, 240).Select(i => analyzer.AnalyzeText(
            string.Create(CultureInfo.InvariantCulture, $"Övergripande mål\n\nMål 1: {goals[i % goals.Length]} i stadsdel {i}.\n"),
            string.Create(CultureInfo.InvariantCulture, $"dok{i:D4}.txt")))];
    });

    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-report-size-").FullName;

    [Fact]
    public async Task The_heatmap_is_one_file_that_every_page_links_and_no_page_embeds()
    {
        var files = await HtmlReport.WriteAsync(SeedDocuments.All, _folder);
        Assert.Equal([Path.Combine(_folder, HtmlReport.HeatmapFileName)], files.Charts.ToArray());
        Assert.Equal(ChartsTests.PngSignature, (await File.ReadAllBytesAsync(files.Charts[0]))[..8]);
        foreach (var page in files.Documents.Distinct())
        {
            var html = await File.ReadAllTextAsync(page);
            Assert.Contains($"src=\"{HtmlReport.HeatmapFileName}\"", html, StringComparison.Ordinal);
            Assert.Equal(1, Regex.Count(html, "data:image/png;base64,"));
            Assert.Contains("img-src 'self' data:;", html, StringComparison.Ordinal);
        }

        var index = await File.ReadAllTextAsync(files.Index);
        Assert.Contains($"src=\"{HtmlReport.HeatmapFileName}\"", index, StringComparison.Ordinal);
        Assert.DoesNotContain("data:image", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Four_times_the_documents_make_about_four_times_the_report()
    {
        var documents = OneGoalDocuments.Value;
        var small = await Size(documents[..60], "small");
        var large = await Size(documents, "large");

        // Embedded in every page, the heatmap made this ratio about 14.
        Assert.InRange(large / (double)small, 3.5, 4.6);
        Assert.True(large / documents.Length < 48 * 1024, $"{large / documents.Length:N0} bytes a document");
    }

    [Fact]
    public async Task Each_page_shows_the_block_of_rows_holding_its_own_and_the_index_shows_every_block()
    {
        var files = await HtmlReport.WriteAsync(OneGoalDocuments.Value, _folder);
        Assert.Equal(["sdg-heatmap.png", "sdg-heatmap-2.png", "sdg-heatmap-3.png"], files.Charts.Select(c => Path.GetFileName(c)!).ToArray());
        var page = await File.ReadAllTextAsync(files.Documents[150]);
        Assert.Contains("src=\"sdg-heatmap-2.png\"", page, StringComparison.Ordinal);
        Assert.Contains("rows 101–200 of 240", page, StringComparison.Ordinal);
        Assert.Contains("href=\"index.html#coverage\"", page, StringComparison.Ordinal);
        var index = await File.ReadAllTextAsync(files.Index);
        Assert.All(files.Charts, c => Assert.Contains($"src=\"{Path.GetFileName(c)}\"", index, StringComparison.Ordinal));
    }

    private async Task<long> Size(IReadOnlyList<AnalyzedDocument> documents, string name)
    {
        var files = await HtmlReport.WriteAsync(documents, Path.Combine(_folder, name));
        return Directory.EnumerateFiles(files.Folder).Sum(f => new FileInfo(f).Length);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
