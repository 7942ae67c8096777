namespace MalAnalys.Tests.Export;

/// <summary>Every seed (text, born-digital PDF and the scanned PDF), analysed once for the export tests.</summary>
internal static class ExportedSeeds
{
    private static readonly Lazy<IReadOnlyList<AnalyzedDocument>> Analysed = new(() =>
        [.. MalAnalyzer.FindDocuments(["seeds"]).Select(p => MalAnalyzer.CreateDefault().Analyze(p))]);

    public static IReadOnlyList<AnalyzedDocument> All => Analysed.Value;
}
