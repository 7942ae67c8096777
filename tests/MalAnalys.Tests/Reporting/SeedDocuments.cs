namespace MalAnalys.Tests.Reporting;

/// <summary>The three text seeds, analysed once for all reporting tests (analysis is deterministic and the results immutable).</summary>
internal static class SeedDocuments
{
    private static readonly Lazy<IReadOnlyList<AnalyzedDocument>> Analysed = new(() =>
        [.. Seeds.Texts.Select(p => MalAnalyzer.CreateDefault().Analyze(p))]);

    public static IReadOnlyList<AnalyzedDocument> All => Analysed.Value;

    public static AnalyzedDocument Ostersund => All[1];
}
