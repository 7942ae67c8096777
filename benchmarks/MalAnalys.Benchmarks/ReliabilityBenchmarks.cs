using BenchmarkDotNet.Attributes;
using MalAnalys.Reading;

namespace MalAnalys.Benchmarks;

/// <summary>
/// What the decompression-bomb guard (every compressed non-image stream inflated once more, counting bytes) adds to
/// reading a PDF. Target: at most 5% of the whole read.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PdfInflateGuardBenchmarks
{
    private byte[] _bytes = [];

    /// <summary>A born-digital seed PDF (compressed content streams) and the scanned one (images, skipped).</summary>
    [Params("perstorp-kommunovergripande-mal-2023-2026.pdf", "perstorp-kommunovergripande-mal-2023-2026-scanned.pdf")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _bytes = Inputs.Bytes(Seed);

    [Benchmark(Baseline = true)]
    public int WholeRead() => new PdfDocumentReader().Read(_bytes, Seed).Lines.Count;

    [Benchmark]
    public int GuardOnly()
    {
        PdfInflateGuard.Check(_bytes, ReaderOptions.Default.MaxDecodedBytes, Seed, CancellationToken.None);
        return _bytes.Length;
    }
}
