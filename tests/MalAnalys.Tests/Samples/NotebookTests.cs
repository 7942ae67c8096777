using System.Text;
using MalAnalys.Agenda2030;
using MalAnalys.Reporting;
using MalAnalys.Repair;
using MalAnalys.Search;

namespace MalAnalys.Tests.Samples;

/// <summary>Each sample notebook runs cell by cell, and what its text claims holds.</summary>
public sealed class NotebookTests
{
    private static readonly string[] Notebooks = ["agenda2030-coverage.ipynb", "one-document.ipynb", "search-similar.ipynb"];

    private static Task<NotebookRun> Run(string name) => NotebookRunner.RunAsync(Path.Combine(NotebookRunner.SamplesFolder(), name));

    [Fact]
    public void EveryNotebookInSamplesIsTestedHere()
    {
        var found = Directory.GetFiles(NotebookRunner.SamplesFolder(), "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(Notebooks, found);
    }

    [Fact]
    public void EveryNotebookReferencesThePackageAtTheTop()
    {
        foreach (var name in Notebooks)
        {
            var first = NotebookRunner.CodeCells(Path.Combine(NotebookRunner.SamplesFolder(), name))[0];
            Assert.StartsWith("#r \"nuget: MalAnalys", first, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OneDocument_ShowsTheRepairsTheStructureAndTheSdgsOfEachGoal()
    {
        var run = await Run("one-document.ipynb");

        var doc = run.Variable<AnalyzedDocument>("doc");
        Assert.Equal("Perstorp", doc.Document.Municipality);
        Assert.Equal(4, doc.Goals.Count);
        Assert.True(doc.Text.Pages.Any(p => p.IsOcrTextLayer), "the story is about a scanned PDF with an OCR text layer");
        Assert.NotEmpty(run.Variable<System.Collections.Immutable.ImmutableArray<Correction>>("corrections"));
        Assert.Contains(run.DisplayedText, t => t.Contains("words repaired", StringComparison.Ordinal));
        // One line per goal with its served SDGs.
        foreach (var (goal, sdgs) in doc.Sdgs)
        {
            var line = Assert.Single(run.DisplayedText, t => t.StartsWith((goal.ShortName ?? goal.Statement) + ": ", StringComparison.Ordinal));
            Assert.All(sdgs.Served, p => Assert.Contains(p.Goal.Label, line, StringComparison.Ordinal));
        }

        var bars = run.Variable<string>("barsFile");
        Assert.Equal(MalAnalys.Tests.Reporting.ChartsTests.PngSignature, File.ReadAllBytes(bars)[..8]);
        Assert.Contains(run.DisplayedHtml, h => h.Contains("data:image/png;base64,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Agenda2030Coverage_DrawsTheMunicipalityBySdgHeatmapWith17ColumnsAndTheTable()
    {
        var run = await Run("agenda2030-coverage.ipynb");

        var coverage = run.Variable<SdgCoverage>("coverage");
        Assert.Equal(["Perstorp", "Ystad", "Östersund"], coverage.Rows.Select(r => r.Label));
        Assert.All(coverage.Rows, r => Assert.Equal(SdgCoverage.Columns, r.Goals.Length));
        Assert.Equal(17, coverage.ToMatrix().GetLength(1));

        // The heatmap exists as PNG and SVG, with a header column in each of the 17 official colours.
        Assert.Equal(MalAnalys.Tests.Reporting.ChartsTests.PngSignature, File.ReadAllBytes(run.Variable<string>("heatmapPng"))[..8]);
        var svg = File.ReadAllText(run.Variable<string>("heatmapSvg"));
        Assert.All(SdgCatalogue.Goals, g => Assert.Contains(g.Colour, svg, StringComparison.OrdinalIgnoreCase));

        // The table: a header cell per SDG and a row per municipality.
        var table = Assert.Single(run.DisplayedHtml, h => h.StartsWith("<table>", StringComparison.Ordinal));
        Assert.Equal(17, CountOf(table, "<th style=\"background:"));
        Assert.Equal(coverage.Rows.Length + 1, CountOf(table, "<tr>"));

        // "every municipality has at least one goal serving SDG 8"
        Assert.All(coverage.Rows, r => Assert.True(r.Share(8) > 0, r.Label));
        Assert.Contains(SdgCatalogue.Get(8).Label, run.Variable<List<string>>("everywhere"));
        // "Several SDGs are served by no goal at all"
        Assert.True(run.Variable<List<string>>("nowhere").Count >= 2);
    }

    [Fact]
    public async Task SearchSimilar_FindsCompoundsAndSimilarGoalsOfOtherMunicipalities()
    {
        var run = await Run("search-similar.ipynb");

        var results = run.Variable<GoalSearchResults>("results");
        Assert.Contains(results.Hits, h => h.Statement.Contains("kompetensförsörjning", StringComparison.OrdinalIgnoreCase) || (h.ShortName?.Contains("försörjning", StringComparison.OrdinalIgnoreCase) ?? false));
        Assert.All(results.Hits, h => Assert.Contains("«", h.Snippet, StringComparison.Ordinal));

        var pairs = run.Variable<List<(string Goal, GoalHit Alike)>>("pairs");
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.False(p.Goal.StartsWith(p.Alike.Municipality + ":", StringComparison.Ordinal), "a similar goal comes from another municipality"));
        Assert.NotEmpty(run.Variable<IReadOnlyList<GoalHit>>("mine"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
