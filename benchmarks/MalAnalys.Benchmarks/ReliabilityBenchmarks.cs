using BenchmarkDotNet.Attributes;
using MalAnalys.Reading;

namespace MalAnalys.Benchmarks;

/// <summary>
/// What the decoded-bytes budget costs a PDF read. With the default budget every stream's output is bounded from its
/// length and decoded once; with a budget of 4 MiB the bound of any deflate stream over 4 KB does not fit, so each of
/// them is inflated once more to measure it first (the worst case for a document that fits). Target: at most 5% of
/// the whole read at the default.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PdfDecodeBudgetBenchmarks
{
    private static readonly PdfDocumentReader Tight = new(ReaderOptions.Default with { MaxDecodedBytes = 4L * 1024 * 1024 });
    private byte[] _bytes = [];

    /// <summary>A born-digital seed PDF (compressed content streams) and the scanned one (images, never decoded).</summary>
    [Params("perstorp-kommunovergripande-mal-2023-2026.pdf", "perstorp-kommunovergripande-mal-2023-2026-scanned.pdf")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _bytes = Inputs.Bytes(Seed);

    [Benchmark(Baseline = true)]
    public int WholeRead() => new PdfDocumentReader().Read(_bytes, Seed).Lines.Count;

    [Benchmark]
    public int WholeReadMeasuringEveryLargeStream() => Tight.Read(_bytes, Seed).Lines.Count;
}
