using System.Net;
using System.Text.RegularExpressions;
using MalAnalys.Agenda2030;
using MalAnalys.Tests.Reporting;

namespace MalAnalys.Tests.Samples;

/// <summary>
/// The sample notebooks as the .NET Interactive kernel left them: by default the outputs committed with them (made by
/// <c>samples/run-notebooks.sh --update</c>), and in CI the notebooks CI has just executed in Jupyter with the real kernel
/// on the packages packed from this commit (<c>MALANALYS_NOTEBOOKS</c>, set by <c>.ci/run</c>). Every code cell ran,
/// none failed or wrote to standard error, and what each notebook's text claims can be seen in its outputs.
/// </summary>
public sealed partial class NotebookTests
{
    private static readonly string[] Notebooks = ["agenda2030-coverage.ipynb", "one-document.ipynb", "search-similar.ipynb"];

    private static Notebook Executed(string name)
    {
        var folder = Environment.GetEnvironmentVariable("MALANALYS_NOTEBOOKS");
        if (string.IsNullOrEmpty(folder))
        {
            Assert.False(
                Environment.GetEnvironmentVariable("CI") == "true",
                "In CI the notebooks are checked as executed by the real kernel: MALANALYS_NOTEBOOKS must name the folder samples/run-notebooks.sh --out wrote.");
            folder = Notebook.SamplesFolder();
        }

        return Notebook.Load(Path.Combine(folder, name));
    }

    public static TheoryData<string> All() => [.. Notebooks];

    [Fact]
    public void EveryNotebookInSamplesIsCheckedHere()
    {
        var found = Directory.GetFiles(Notebook.SamplesFolder(), "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(Notebooks, found);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void TheNotebook_NamesTheCSharpKernel_AndReferencesThePackagesUnpinnedAtTheTop(string name)
    {
        var notebook = Notebook.Load(Path.Combine(Notebook.SamplesFolder(), name));

        Assert.Equal(".net-csharp", notebook.KernelName);
        var first = notebook.Cells[0].Source;
        Assert.Contains("#r \"nuget: MalAnalys, *-*\"", first, StringComparison.Ordinal);
        Assert.DoesNotMatch(PinnedVersion(), first);
        // The kernel adds no usings of its own beyond System, System.Linq and a few more: every notebook says what it uses.
        Assert.Contains("using System.IO;", notebook.Cells[1].Source, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void EveryCodeCellRan_InOrder_WithNoErrorOutput(string name)
    {
        var notebook = Executed(name);

        Assert.All(notebook.Cells, cell => Assert.NotNull(cell.ExecutionCount));
        Assert.Equal(Enumerable.Range(1, notebook.Cells.Count), notebook.Cells.Select(c => c.ExecutionCount!.Value));
        Assert.All(notebook.Cells, cell => Assert.Empty(cell.Errors));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void TheOutputs_NameNoFolderOfTheMachineTheyRanOn(string name)
    {
        var notebook = Executed(name);
        var text = string.Join("\n", notebook.Cells.SelectMany(c => c.Texts.Concat(c.Html)));

        Assert.DoesNotMatch(MachinePath(), text);
        Assert.DoesNotContain(Path.GetTempPath(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetParent(Notebook.SamplesFolder())!.FullName, text, StringComparison.Ordinal);
    }

    [Fact]
    public void OneDocument_ShowsTheRepairsTheStructureTheSdgsOfEachGoal_AndABarChart()
    {
        var notebook = Executed("one-document.ipynb");
        var texts = notebook.Cells.SelectMany(c => c.Texts).ToList();

        // "Perstorp: Kommunövergripande mål (mandatperioden 2023-2026), 5 pages, 4 goals"
        var summary = Assert.Single(texts, t => t.StartsWith("Perstorp: ", StringComparison.Ordinal));
        var goals = int.Parse(Regex.Match(summary, @"(\d+) goals$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(4, goals);

        var repaired = Assert.Single(texts, t => t.EndsWith(" words repaired", StringComparison.Ordinal));
        Assert.True(int.Parse(repaired.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) > 0);
        // The repairs in context: "Original → Replacement (confidence, reason): …context…".
        Assert.Contains(texts, t => RepairInContext().IsMatch(t));

        // One line per goal with the SDGs it serves, each named as the catalogue names it, or none.
        var goalLines = texts.Where(t => t.Contains(": ", StringComparison.Ordinal)
            && (SdgCatalogue.Goals.Any(g => t.Contains(g.Label + " (", StringComparison.Ordinal)) || t.EndsWith("no SDG reaches the threshold", StringComparison.Ordinal))).ToList();
        Assert.Equal(goals, goalLines.Count);

        var chart = Assert.Single(notebook.Cells.SelectMany(c => c.Pngs));
        Assert.Equal(ChartsTests.PngSignature, chart[..8]);
    }

    [Fact]
    public void Agenda2030Coverage_ShowsTheTableWith17SdgColumns_TheHeatmap_AndTheBarsOfEachMunicipality()
    {
        var notebook = Executed("agenda2030-coverage.ipynb");
        var texts = notebook.Cells.SelectMany(c => c.Texts).ToList();

        var shape = Assert.Single(texts, t => t.EndsWith(" municipalities × 17 SDGs", StringComparison.Ordinal));
        var municipalities = int.Parse(shape.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(3, municipalities);

        // The table: a header cell per SDG in its official colour, and a row per municipality.
        var table = Assert.Single(notebook.Cells.SelectMany(c => c.Html), h => h.StartsWith("<table><tr><th>municipality</th>", StringComparison.Ordinal));
        Assert.All(SdgCatalogue.Goals, g => Assert.Contains($"<th style=\"background:{g.Colour};", table, StringComparison.Ordinal));
        Assert.Equal(17, Count(table, "<th style=\"background:"));
        Assert.Equal(municipalities + 1, Count(table, "<tr>"));

        // "every municipality has at least one goal serving SDG 8"; "Several SDGs are served by no goal at all".
        var everywhere = Assert.Single(texts, t => t.StartsWith("Served in every municipality: ", StringComparison.Ordinal));
        Assert.Contains(SdgCatalogue.Get(8).Label, everywhere, StringComparison.Ordinal);
        var nowhere = Assert.Single(texts, t => t.StartsWith("Served by no goal: ", StringComparison.Ordinal));
        Assert.True(nowhere["Served by no goal: ".Length..].Split("; ").Length >= 2, nowhere);

        // The heatmap, then one bar chart per municipality.
        var charts = notebook.Cells.SelectMany(c => c.Pngs).ToList();
        Assert.Equal(1 + municipalities, charts.Count);
        Assert.All(charts, png => Assert.Equal(ChartsTests.PngSignature, png[..8]));
    }

    [Fact]
    public void SearchSimilar_FindsCompoundsByTheirParts_AndSimilarGoalsOfOtherMunicipalities()
    {
        var notebook = Executed("search-similar.ipynb");
        var texts = notebook.Cells.SelectMany(c => c.Texts).ToList();
        Assert.Contains(texts, t => IndexedThree().IsMatch(t));

        // "försörjning" finds "kompetensförsörjning": the first hit, with the matched word marked in its snippet.
        var hits = Summaries(notebook.Cells[2]);
        Assert.NotEmpty(hits);
        Assert.Contains("Kompetensförsörjning", hits[0], StringComparison.OrdinalIgnoreCase);
        Assert.Matches("«[^»]*försörjning[^»]*»", hits[0].ToLowerInvariant());
        Assert.All(hits, h => Assert.Contains("«", h, StringComparison.Ordinal));

        // Each goal's most similar goal comes from another municipality.
        var pairs = Summaries(notebook.Cells[4]);
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p =>
        {
            var match = Pair().Match(p);
            Assert.True(match.Success, p);
            Assert.NotEqual(match.Groups["goal"].Value, match.Groups["alike"].Value);
        });

        Assert.NotEmpty(Summaries(notebook.Cells[5]));
    }

    // The one-line summaries ("{ Municipality = …, ShortName = … }") of the items of a list the kernel displayed.
    private static List<string> Summaries(NotebookCell cell) =>
        [.. cell.Html.SelectMany(h => CodeHint().Matches(h)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"nuget:\s*MalAnalys[A-Za-z.]*,\s*\d")]
    private static partial Regex PinnedVersion();

    [GeneratedRegex(@"(?<![\w.~-])(/tmp/|/root/|/home/|/usr/|/var/|[A-Za-z]:\\)")]
    private static partial Regex MachinePath();

    [GeneratedRegex(@"^\S+ → \S+ \(\d\.\d\d, \w+\): …")]
    private static partial Regex RepairInContext();

    [GeneratedRegex(@"^indexed \d+ documents, \d+ goals from 3 municipalities$")]
    private static partial Regex IndexedThree();

    [GeneratedRegex(@"<span class=""dni-code-hint""><code>\{ (.*?) \}</code></span>", RegexOptions.Singleline)]
    private static partial Regex CodeHint();

    [GeneratedRegex(@"^Goal = (?<goal>[^:]+): .*, Alike = (?<alike>[^:]+): .*, Score = [\d.]+$", RegexOptions.Singleline)]
    private static partial Regex Pair();
}
