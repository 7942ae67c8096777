using System.Text;
using BenchmarkDotNet.Attributes;
using MalAnalys.Repair;
using MalAnalys.Swedish;

namespace MalAnalys.Benchmarks;

/// <summary>
/// OCR repair against plain lexicon lookup of every token (lower-cased, one exact lookup each) on the same text:
/// the OCR'd Östersund seed (every å/ä/ö damaged), the clean Ystad seed and about 2 MB of generated OCR-damaged text.
/// Target: at least 5 MB/s per core. Repair is measured with a fresh repairer (cold: every distinct word searched) and
/// with the shared one (warm: the words were seen before, as in a batch).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class RepairBenchmarks
{
    private string _text = "";

    [Params("ostersund-budget-2024-mal-ocr.txt", "ystad-overgripande-mal-2023.txt", Inputs.GeneratedOcr2MB)]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = Encoding.UTF8.GetString(Inputs.Bytes(Seed));
        _ = SwedishLexicon.Default; // loading is measured in LexiconLoadBenchmarks
    }

    [Benchmark(Baseline = true)]
    public int LexiconLookupEveryToken()
    {
        var lexicon = SwedishLexicon.Default;
        var known = 0;
        var text = _text.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > start && lexicon.Lookup(text[start..i]) != WordUse.None)
            {
                known++;
            }
        }

        return known;
    }

    /// <summary>A fresh repairer each time: nothing is known of the text's words beforehand (the first document a program repairs).</summary>
    [Benchmark]
    public int RepairColdCache() => new SwedishRepairer(RepairOptions.Default).Repair(_text).Corrections.Length;

    /// <summary>The shared default repairer, which keeps the analyses of words it has seen (a batch of documents with a common vocabulary).</summary>
    [Benchmark]
    public int RepairWarmCache() => SwedishRepairer.Default.Repair(_text).Corrections.Length;
}

/// <summary>Loading the embedded lexicon, against copying its compressed bytes out of the assembly. Target: under 500 ms, under 50 MB.</summary>
[MemoryDiagnoser]
public class LexiconLoadBenchmarks
{
    private const string Resource = "MalAnalys.Swedish.Data.sv-lexicon.bin";

    [Benchmark(Baseline = true)]
    public long CopyResourceBytes()
    {
        using var stream = typeof(SwedishLexicon).Assembly.GetManifestResourceStream(Resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.Length;
    }

    [Benchmark]
    public WordUse LoadLexicon()
    {
        using var stream = typeof(SwedishLexicon).Assembly.GetManifestResourceStream(Resource)!;
        return SwedishLexicon.Load(stream).Lookup("kommunen");
    }
}
