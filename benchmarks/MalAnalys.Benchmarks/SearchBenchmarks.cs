using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using MalAnalys.Search;
using MalAnalys.Search.Analysis;

namespace MalAnalys.Benchmarks;

/// <summary>
/// The corpus sizes: 1,000 generated documents always; 10,000 only with MALANALYS_BENCH_LARGE=1, so that CI's
/// <c>--job dry</c> run of every benchmark stays cheap.
/// </summary>
public static class CorpusSizes
{
    public static IEnumerable<int> Values() =>
        Environment.GetEnvironmentVariable("MALANALYS_BENCH_LARGE") == "1" ? [1_000, 10_000] : [1_000];

    private static readonly Dictionary<int, IReadOnlyList<string>> Corpora = [];

    /// <summary>The generated documents of a size, written once per process into a temporary folder.</summary>
    public static IReadOnlyList<string> Corpus(int count)
    {
        lock (Corpora)
        {
            if (!Corpora.TryGetValue(count, out var paths))
            {
                var folder = Path.Combine(Path.GetTempPath(), $"malanalys-bench-corpus-{count}-{Environment.ProcessId}");
                paths = GoalCorpus.Write(folder, count);
                Corpora[count] = paths;
            }

            return paths;
        }
    }

    public static void Delete(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"malanalys-bench-corpus-{count}-{Environment.ProcessId}");
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>
/// The baseline of the indexing benchmarks: each file's text as one Lucene document, with StandardAnalyzer, added to one
/// IndexWriter (which takes documents from several threads at once) from <c>threads</c> threads.
/// </summary>
public static class RawLucene
{
    public static int Index(Lucene.Net.Store.Directory directory, IReadOnlyList<string> paths, int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        using var analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer));
        Parallel.ForEach(paths, new ParallelOptions { MaxDegreeOfParallelism = threads }, path =>
            writer.AddDocument([new StringField("path", path, Field.Store.YES), new TextField("text", File.ReadAllText(path), Field.Store.YES)]));
        writer.Commit();
        return writer.NumDocs;
    }
}

/// <summary>
/// Batch indexing of N generated documents: our whole pipeline (read, repair, parse, Swedish analysis, one writer,
/// periodic commits) into an in-memory GoalIndex, against reading the same files and indexing their text with
/// Lucene's StandardAnalyzer (one Lucene document per file) as the baseline, from as many threads as the pipeline has
/// workers (<see cref="IndexBatchOptions.MaxParallelism"/>, the number of processors); the same two on one thread; and
/// the index stage alone (documents analysed beforehand). The CPU/doc column is the process's CPU time per document,
/// so costs compare whatever the threads. Targets: the whole pipeline at most 3 times raw Lucene's CPU per document at
/// equal threads, and on two cores at least 1.7 times its own one-worker throughput. No collection is forced between
/// iterations, so the CPU time of the measured iterations is that of the operations, their garbage collections included.
/// </summary>
[MemoryDiagnoser]
[GcForce(false)]
[Config(typeof(CpuTimeConfig))]
public class BatchIndexingBenchmarks
{
    private static readonly int Workers = IndexBatchOptions.Default.MaxParallelism;
    private static readonly IndexBatchOptions OneWorker = IndexBatchOptions.Default with { MaxParallelism = 1 };

    private IReadOnlyList<string> _paths = [];
    private List<AnalyzedDocument> _analyzed = [];

    [ParamsSource(typeof(CorpusSizes), nameof(CorpusSizes.Values))]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _paths = CorpusSizes.Corpus(Documents);
        var analyzer = MalAnalyzer.CreateDefault();
        _analyzed = _paths.Select(p => analyzer.Analyze(p)).ToList();
    }

    [GlobalCleanup]
    public void Cleanup() => CorpusSizes.Delete(Documents);

    /// <summary>Raw Lucene from as many threads as the pipeline has workers.</summary>
    [Benchmark(Baseline = true)]
    public int RawLuceneStandardAnalyzer()
    {
        using var directory = new RAMDirectory();
        return RawLucene.Index(directory, _paths, Workers);
    }

    [Benchmark]
    public int RawLuceneStandardAnalyzerOneThread()
    {
        using var directory = new RAMDirectory();
        return RawLucene.Index(directory, _paths, threads: 1);
    }

    [Benchmark]
    public long MalAnalysPipeline()
    {
        using var index = GoalIndex.InMemory();
        return index.IndexAsync(_paths).GetAwaiter().GetResult().Goals;
    }

    /// <summary>The whole pipeline on one worker: its own throughput on one core.</summary>
    [Benchmark]
    public long MalAnalysPipelineOneWorker()
    {
        using var index = GoalIndex.InMemory();
        return index.IndexAsync(_paths, options: OneWorker).GetAwaiter().GetResult().Goals;
    }

    /// <summary>The stages the target names (read, repair, parse, index), without Agenda 2030 classification.</summary>
    [Benchmark]
    public long MalAnalysPipelineWithoutClassification()
    {
        using var index = GoalIndex.InMemory();
        return index.IndexAsync(_paths, WithoutClassification).GetAwaiter().GetResult().Goals;
    }

    private static readonly MalAnalyzer WithoutClassification = new(new MalAnalyzerOptions { ClassifySdgs = false });

    /// <summary>The index stage alone: documents read, repaired and parsed beforehand, added and committed.</summary>
    [Benchmark]
    public int GoalIndexAddOnly()
    {
        using var index = GoalIndex.InMemory();
        foreach (var document in _analyzed)
        {
            index.Add(document);
        }

        index.Commit();
        return index.GetStats().Goals;
    }

    private sealed class CpuTimeConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public CpuTimeConfig()
        {
            var cpu = new CpuTimeDiagnoser();
            AddDiagnoser(cpu);
            AddColumn(cpu.Column);
        }
    }
}

/// <summary>
/// Peak memory of batch indexing into an index on disk, the way <c>malanalys index</c> runs: the whole pipeline
/// (<see cref="GoalIndex.IndexAsync"/> with classification) against raw Lucene indexing the same files with
/// StandardAnalyzer, each case in a process of its own. Target: the pipeline's peak the same at 10,000 documents as at
/// 1,000. Run with <c>MALANALYS_BENCH_LARGE=1 … --filter '*IndexingMemory*' --job short</c>; read the Peak RSS column.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PeakMemoryConfig))]
public class IndexingMemoryBenchmarks
{
    private IReadOnlyList<string> _paths = [];
    private string _index = string.Empty;

    [ParamsSource(typeof(CorpusSizes), nameof(CorpusSizes.Values))]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup() => _paths = CorpusSizes.Corpus(Documents);

    [GlobalCleanup]
    public void Cleanup() => CorpusSizes.Delete(Documents);

    [IterationSetup]
    public void NewIndexFolder() => _index = Path.Combine(Path.GetTempPath(), $"malanalys-bench-index-{Environment.ProcessId}-{Guid.NewGuid():N}");

    [IterationCleanup]
    public void DeleteIndexFolder()
    {
        if (System.IO.Directory.Exists(_index))
        {
            System.IO.Directory.Delete(_index, recursive: true);
        }
    }

    [Benchmark(Baseline = true)]
    public int RawLuceneStandardAnalyzerOnDisk()
    {
        using var directory = new NIOFSDirectory(new DirectoryInfo(_index));
        return RawLucene.Index(directory, _paths);
    }

    [Benchmark]
    public long MalAnalysPipelineOnDisk()
    {
        using var index = GoalIndex.Open(_index);
        return index.IndexAsync(_paths).GetAwaiter().GetResult().Goals;
    }

    private sealed class PeakMemoryConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public PeakMemoryConfig() => AddDiagnoser(new PeakMemoryDiagnoser());
    }
}

/// <summary>
/// The analysis chain alone on the goal text of the generated corpus (about 1.4 MB per 200 documents): our Swedish
/// chain (exact field with decompounding, and the folded field) against StandardAnalyzer. Target: within 2x.
/// </summary>
[MemoryDiagnoser]
public class AnalysisChainBenchmarks
{
    private string[] _texts = [];
    private Analyzer _standard = null!;
    private Analyzer _goal = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _texts = Enumerable.Range(0, 200).Select(_ => GoalCorpus.Document(random)).ToArray();
        _standard = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        _goal = GoalAnalyzerAccess.Index();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _standard.Dispose();
        _goal.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int StandardAnalyzer() => Consume(_standard, "text");

    [Benchmark]
    public int SwedishGoalChainExact() => Consume(_goal, "statement");

    [Benchmark]
    public int SwedishGoalChainFolded() => Consume(_goal, "folded");

    private int Consume(Analyzer analyzer, string field)
    {
        var tokens = 0;
        foreach (var text in _texts)
        {
            using var stream = analyzer.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens += term.Length > 0 ? 1 : 0;
            }

            stream.End();
        }

        return tokens;
    }
}

/// <summary>
/// Query latency on an index of N generated documents: GoalIndex.Search (Swedish parsing over six fields, filters,
/// facets over all hits, snippets for the top 10) against a plain QueryParser + StandardAnalyzer search of the same
/// documents' text. Target: median under 5 ms at N = 10,000.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class QueryLatencyBenchmarks
{
    private static readonly string[] Queries = ["försörjning", "hållbar tillväxt", "\"meningsfull fritid\"", "trygghet OR omsorg", "infrastruktur", "barn", "hallbar", "kompetens", "företagsklimat", "kärnkraft"];

    private GoalIndex _index = null!;
    private RAMDirectory _raw = null!;
    private DirectoryReader _rawReader = null!;
    private IndexSearcher _rawSearcher = null!;
    private StandardAnalyzer _standard = null!;
    private int _next;

    [ParamsSource(typeof(CorpusSizes), nameof(CorpusSizes.Values))]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var paths = CorpusSizes.Corpus(Documents);
        _index = GoalIndex.InMemory();
        _index.IndexAsync(paths).GetAwaiter().GetResult();
        _raw = new RAMDirectory();
        _standard = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        RawLucene.Index(_raw, paths);
        _rawReader = DirectoryReader.Open(_raw);
        _rawSearcher = new IndexSearcher(_rawReader);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index.Dispose();
        _rawReader.Dispose();
        _raw.Dispose();
        _standard.Dispose();
        CorpusSizes.Delete(Documents);
    }

    [Benchmark(Baseline = true)]
    public int RawLuceneQuery()
    {
        var query = new QueryParser(LuceneVersion.LUCENE_48, "text", _standard).Parse(Queries[_next++ % Queries.Length]);
        return _rawSearcher.Search(query, 10).TotalHits;
    }

    [Benchmark]
    public int GoalIndexSearch() => _index.Search(Queries[_next++ % Queries.Length]).TotalHits;

    [Benchmark]
    public int GoalIndexSimilarToText() => _index.SimilarToText("Kommunen ska arbeta för god kompetensförsörjning och ett starkt näringsliv", 5).Count;
}
