using System.Text.RegularExpressions;
using MalAnalys.Reporting;

namespace MalAnalys.Tests.Reporting;

public sealed partial class HtmlReportTests
{
    [GeneratedRegex("(?:src|href)\\s*=\\s*\"(?<url>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Links();

    private static AnalyzedDocument Hostile()
    {
        // The Ystad seed with markup planted where a document's text ends up in the report: the municipality, a goal
        // statement, the body text.
        var text = File.ReadAllText(Seeds.Ystad)
            .Replace("Ystad", "Ystad<script>alert('x')</script>", StringComparison.Ordinal)
            .Replace("attraktiv", "attraktiv <img src=x onerror=alert(1)> \"quoted\" & 'single'", StringComparison.Ordinal);
        return MalAnalyzer.CreateDefault().AnalyzeText(text, "hostile.txt");
    }

    [Fact]
    public void DocumentText_IsEscapedEverywhere_SoNoMarkupFromItReachesThePage()
    {
        var document = Hostile();
        Assert.Contains("<script>", document.Document.Municipality + document.Text.Original, StringComparison.Ordinal);

        var html = HtmlReport.Document(document);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &#39;single&#39;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_AreSelfContained_NothingLoadedFromElsewhere()
    {
        foreach (var html in SeedDocuments.All.Select(d => HtmlReport.Document(d)))
        {
            var urls = Links().Matches(html).Select(m => m.Groups["url"].Value).ToList();
            Assert.Contains(urls, u => u.StartsWith("data:image/png;base64,", StringComparison.Ordinal));
            Assert.All(urls, u => Assert.True(u.StartsWith("data:image/", StringComparison.Ordinal) || u == HtmlReport.IndexFileName, u));
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void OcrCorrections_AreMarkedInTheText_WithTheOriginalOnHover()
    {
        var document = SeedDocuments.Ostersund;
        Assert.NotEmpty(document.Repair.Corrections);

        var html = HtmlReport.Document(document);

        Assert.Equal(document.Repair.Corrections.Length, Regex.Count(html, "<mark class=\"ocr\" title=\"original: "));
        foreach (var c in document.Repair.Corrections.Take(50))
        {
            Assert.Contains($"title=\"original: {HtmlReport.Escape(c.Original)} (", html, StringComparison.Ordinal);
            Assert.Contains($"data-original=\"{HtmlReport.Escape(c.Original)}\">{HtmlReport.Escape(c.Replacement)}</mark>", html, StringComparison.Ordinal);
        }

        Assert.Contains($"{document.Repair.Corrections.Length} OCR corrections", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_AreListedWithTheirServedSdgsAndEvidence()
    {
        foreach (var document in SeedDocuments.All)
        {
            var html = HtmlReport.Document(document);

            Assert.Contains($"<h1 class=\"municipality\">{document.Document.Municipality}</h1>", html, StringComparison.Ordinal);
            Assert.Contains($"data-goals=\"{document.Goals.Count}\">{document.Goals.Count} goals</span>", html, StringComparison.Ordinal);
            Assert.Equal(document.Goals.Count, Regex.Count(html, "<section class=\"goal\""));
            foreach (var (goal, sdgs) in document.Sdgs)
            {
                Assert.Contains(HtmlReport.Escape(goal.Statement), html, StringComparison.Ordinal);
                foreach (var served in sdgs.Served.Take(HtmlReportOptions.Default.SdgsPerGoal))
                {
                    Assert.Contains($">{HtmlReport.Escape(served.Goal.Label)}</span>", html, StringComparison.Ordinal);
                    Assert.Contains($"<b>{HtmlReport.Escape(served.Evidence[0].Text)}</b>", html, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public async Task WriteAsync_NamesFilesAfterTheInputFileOnly_AllInsideTheFolder()
    {
        var folder = Directory.CreateTempSubdirectory("malanalys-report-").FullName;
        try
        {
            var text = File.ReadAllText(Seeds.Ystad);
            var analyzer = MalAnalyzer.CreateDefault();
            AnalyzedDocument[] documents =
            [
                analyzer.AnalyzeText(text, "../../../etc/evil name<1>.txt"),
                analyzer.AnalyzeText(text, "other/evil name<1>.txt"),
                analyzer.AnalyzeText(text, "index.html"),
                analyzer.AnalyzeText(text, ".."),
            ];

            // The four are copies of one document: every copy gets its page here, to check each name.
            var files = await HtmlReport.WriteAsync(documents, Path.Combine(folder, "out"), new HtmlReportOptions { AllCopies = true });

            var written = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(
                ["out/document.html", "out/evil_name_1_.txt-2.html", "out/evil_name_1_.txt.html", "out/index.html", "out/index.html.html", "out/sdg-heatmap.png"],
                written.Select(w => w.Replace('\\', '/')));
            Assert.Equal(Path.Combine(folder, "out", "index.html"), files.Index);
            Assert.Equal(4, files.Documents.Length);
            var index = await File.ReadAllTextAsync(files.Index);
            Assert.All(files.Documents, d => Assert.Contains($"href=\"{Path.GetFileName(d)}\"", index, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
