using System.Text;
using BenchmarkDotNet.Attributes;
using MalAnalys.Documents;
using MalAnalys.Reading;
using MalAnalys.Structure;

namespace MalAnalys.Benchmarks;

/// <summary>
/// The goal parser on the seed texts and on long "Mål och budget" documents (the 65-page fixture, and it repeated to
/// about 130 and 260 pages, to show that the time grows with the length and not faster), against reading the same
/// text (encoding, lines, body text and offset map), which every parse needs first. One thread.
/// </summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    /// <summary>The long fixture document, copied to the output folder.</summary>
    public const string LongDocument = "mal-och-budget.txt";

    private byte[] _bytes = [];
    private DocumentText _text = null!;

    [Params(
        "perstorp-kommunovergripande-mal-2023-2026.txt",
        "ostersund-budget-2024-mal-ocr.txt",
        "ystad-overgripande-mal-2023.txt",
        LongDocument,
        LongDocument + " x2",
        LongDocument + " x4")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var (name, times) = Document.Contains(" x", StringComparison.Ordinal)
            ? (Document[..Document.IndexOf(' ', StringComparison.Ordinal)], int.Parse(Document[(Document.LastIndexOf('x') + 1)..], System.Globalization.CultureInfo.InvariantCulture))
            : (Document, 1);
        var path = name == LongDocument ? Path.Combine(AppContext.BaseDirectory, "fixtures", LongDocument) : Path.Combine(AppContext.BaseDirectory, "seeds", name);
        var one = File.ReadAllText(path);
        _bytes = Encoding.UTF8.GetBytes(string.Join("\n\n", Enumerable.Repeat(one, times)));
        _text = new TextDocumentReader().Read(_bytes, name);
    }

    [Benchmark(Baseline = true)]
    public int ReadText() => new TextDocumentReader().Read(_bytes, Document).Body.Length;

    [Benchmark]
    public int Parse() => GoalDocumentParser.Default.Parse(_text).Goals.Count;
}
