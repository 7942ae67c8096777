using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MalAnalys.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace MalAnalys.Benchmarks;

/// <summary>
/// Our PDF reader against PdfPig's layout pipeline alone (words, Docstrum blocks, reading order, no post-processing)
/// on the same in-memory bytes. Target: our reader costs at most 1.5x the baseline.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PdfReadingBenchmarks
{
    private byte[] _bytes = [];

    /// <summary>The three born-digital seed PDFs, and the scanned one with its invisible OCR layer.</summary>
    [Params(
        "perstorp-kommunovergripande-mal-2023-2026.pdf",
        "ostersund-budget-2024-mal-ocr.pdf",
        "ystad-overgripande-mal-2023.pdf",
        "perstorp-kommunovergripande-mal-2023-2026-scanned.pdf")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _bytes = Inputs.Bytes(Seed);

    [Benchmark(Baseline = true)]
    public int PdfPigLayoutPipeline()
    {
        var lines = 0;
        using var document = PdfDocument.Open(_bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        foreach (var page in document.GetPages())
        {
            var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters);
            var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
            foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks))
            {
                lines += block.TextLines.Count;
            }
        }

        return lines;
    }

    [Benchmark]
    public int MalAnalysPdfReader() => new PdfDocumentReader().Read(_bytes, Seed).Lines.Count;
}

/// <summary>
/// Our text reader (encoding detection, NFC, lines, furniture, body text and offset map) against decoding the same
/// bytes with Encoding.UTF8 alone, on the seed texts and on about 10 MB of them repeated.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TextReadingBenchmarks
{
    private byte[] _bytes = [];

    [Params(
        "perstorp-kommunovergripande-mal-2023-2026.txt",
        "ostersund-budget-2024-mal-ocr.txt",
        "ystad-overgripande-mal-2023.txt",
        Inputs.Generated10MB)]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _bytes = Inputs.Bytes(Seed);

    [Benchmark(Baseline = true)]
    public int Utf8Decode() => Encoding.UTF8.GetString(_bytes).Length;

    [Benchmark]
    public int MalAnalysTextReader() => new TextDocumentReader().Read(_bytes, Seed).Body.Length;
}

/// <summary>The benchmark inputs: seed files copied to the output folder, and a large generated text.</summary>
public static class Inputs
{
    /// <summary>The name of the generated input: the seed texts repeated up to 10 MB.</summary>
    public const string Generated10MB = "generated-10MB.txt";

    /// <summary>The name of a generated OCR-damaged text: seed paragraphs recombined, about 2 MB, with marks lost and stand-ins as OCR makes them.</summary>
    public const string GeneratedOcr2MB = "generated-ocr-2MB.txt";

    private static readonly Dictionary<string, long> Sizes = new(StringComparer.Ordinal);

    /// <summary>The bytes of an input.</summary>
    public static byte[] Bytes(string name)
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        if (name == GeneratedOcr2MB)
        {
            return Encoding.UTF8.GetBytes(GenerateOcrText(seeds, 2_000_000));
        }

        if (name != Generated10MB)
        {
            return File.ReadAllBytes(Path.Combine(seeds, name));
        }

        // The seed texts in ordinal order, repeated: a large, realistic mix of clean and OCR-damaged Swedish.
        var texts = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var text = new StringBuilder(10_100_000);
        for (long bytes = 0, i = 0; bytes < 10_000_000 && texts.Length > 0; i++)
        {
            var next = texts[i % texts.Length];
            text.Append(next).Append("\n\n");
            bytes += Encoding.UTF8.GetByteCount(next) + 2;
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// Seed paragraphs in random order (fixed seed), each word damaged as OCR without a Swedish model damages it:
    /// marks lost (most often), or å/ä/ö read as é, 6, &amp; or d.
    /// </summary>
    private static string GenerateOcrText(string seeds, int bytes)
    {
        var paragraphs = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        var random = new Random(2030);
        var text = new StringBuilder(bytes + 10_000);
        while (text.Length < bytes)
        {
            foreach (var c in paragraphs[random.Next(paragraphs.Length)])
            {
                var roll = random.NextDouble();
                text.Append(c switch
                {
                    'å' or 'ä' when roll < 0.7 => 'a',
                    'å' or 'ä' when roll < 0.85 => 'é',
                    'ä' when roll < 0.95 => '&',
                    'ö' when roll < 0.7 => 'o',
                    'ö' when roll < 0.85 => '6',
                    'ö' when roll < 0.95 => 'é',
                    _ => c,
                });
            }

            text.Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>The size of an input in bytes, measured once.</summary>
    public static long Size(string name)
    {
        lock (Sizes)
        {
            if (!Sizes.TryGetValue(name, out var size))
            {
                size = name is Generated10MB or GeneratedOcr2MB ? Bytes(name).LongLength : new FileInfo(Path.Combine(AppContext.BaseDirectory, "seeds", name)).Length;
                Sizes[name] = size;
            }

            return size;
        }
    }
}

/// <summary>Adds the input size and the throughput (MB/s, 10^6 bytes) to the summary.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new InputColumn(throughput: false), new InputColumn(throughput: true));
    }

    private sealed class InputColumn(bool throughput) : IColumn
    {
        public string Id => throughput ? "MBps" : "InputKB";

        public string ColumnName => throughput ? "MB/s" : "Input KB";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => throughput ? 1 : 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => throughput ? "Input megabytes (10^6 bytes) read per second, from the mean" : "Input size in kilobytes (10^3 bytes)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (benchmarkCase.Parameters["Seed"] is not string seed)
            {
                return "-";
            }

            var bytes = Inputs.Size(seed);
            if (!throughput)
            {
                return (bytes / 1e3).ToString("N1", CultureInfo.InvariantCulture);
            }

            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (bytes / 1e6 / (mean.Value / 1e9)).ToString("N1", CultureInfo.InvariantCulture) : "-";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
