using BenchmarkDotNet.Attributes;
using MalAnalys.Export;

namespace MalAnalys.Benchmarks;

/// <summary>
/// Exporting 1,000 generated goal documents against analysing them: analysing alone (baseline, as
/// <c>AnalyzeManyAsync</c> runs for <c>malanalys export</c>), analysing and exporting as Parquet and as CSV (the command's
/// work), and exporting the analysed documents alone. Target: analysing and exporting takes at most 1.2 times as long as
/// analysing. One launch, three iterations: each takes seconds.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ExportBenchmarks
{
    private const int Documents = 1_000;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "malanalys-bench-export-" + Environment.ProcessId);
    private IReadOnlyList<string> _files = [];
    private List<AnalyzedDocument> _analysed = [];

    [GlobalSetup]
    public void Setup()
    {
        _files = GoalCorpus.Write(Path.Combine(_root, "corpus"), Documents);
        _analysed = AnalyseAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true)]
    public async Task<int> Analyse() => (await AnalyseAsync()).Count;

    [Benchmark]
    public Task<int> AnalyseAndExportParquet() => AnalyseAndExportAsync(ExportFormat.Parquet);

    [Benchmark]
    public Task<int> AnalyseAndExportCsv() => AnalyseAndExportAsync(ExportFormat.Csv);

    [Benchmark]
    public async Task<int> ExportParquetOnly() => (await TableExporter.ExportAsync(_analysed, Path.Combine(_root, "parquet-only"))).Goals;

    private async Task<List<AnalyzedDocument>> AnalyseAsync()
    {
        var documents = new List<AnalyzedDocument>(_files.Count);
        await foreach (var outcome in MalAnalyzer.CreateDefault().AnalyzeManyAsync(_files))
        {
            documents.Add(outcome.Document!);
        }

        return documents;
    }

    private async Task<int> AnalyseAndExportAsync(ExportFormat format)
    {
        var exporter = TableExporter.Create(Path.Combine(_root, format.ToString()), new ExportOptions { Format = format });
        await using (exporter)
        {
            await foreach (var outcome in MalAnalyzer.CreateDefault().AnalyzeManyAsync(_files))
            {
                await exporter.AddAsync(outcome.Document!);
            }

            return (await exporter.CompleteAsync()).Goals;
        }
    }
}
