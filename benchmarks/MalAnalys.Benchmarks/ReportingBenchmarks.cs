using BenchmarkDotNet.Attributes;
using MalAnalys.Reporting;

namespace MalAnalys.Benchmarks;

/// <summary>
/// Reporting the three text seeds (already analysed): the coverage matrix alone (baseline), the heatmap as PNG and as
/// SVG, one document's SDG bars as PNG, and one document's HTML page (bars and heatmap as PNG, marked text). The charts
/// dominate: a report of N documents costs about N pages plus one heatmap.
/// </summary>
[MemoryDiagnoser]
public class ReportingBenchmarks
{
    private AnalyzedDocument[] _documents = [];
    private SdgCoverage _coverage = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var analyzer = MalAnalyzer.CreateDefault();
        _documents = [.. Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(f => analyzer.Analyze(f))];
        _coverage = SdgCoverage.FromDocuments(_documents);
    }

    [Benchmark(Baseline = true)]
    public int CoverageMatrix() => SdgCoverage.FromDocuments(_documents).Rows.Length;

    [Benchmark]
    public int HeatmapPng() => SdgCharts.Heatmap(_coverage).Length;

    [Benchmark]
    public int HeatmapSvg() => SdgCharts.Heatmap(_coverage, ChartFormat.Svg).Length;

    [Benchmark]
    public int CoverageBarsPng() => SdgCharts.CoverageBars(_documents[0]).Length;

    [Benchmark]
    public int DocumentPage() => HtmlReport.Document(_documents[0], _coverage).Length;
}
