using MalAnalys.Search;

namespace MalAnalys.Tests.Search;

/// <summary>An in-memory index of the three seed texts, built once and shared (GoalIndex is thread-safe).</summary>
internal static class SeedIndex
{
    private static readonly Lazy<(GoalIndex Index, IReadOnlyDictionary<string, AnalyzedDocument> Documents)> Built = new(Build);

    public static GoalIndex Index => Built.Value.Index;

    /// <summary>The analysed seeds by short name: perstorp, ostersund, ystad.</summary>
    public static IReadOnlyDictionary<string, AnalyzedDocument> Documents => Built.Value.Documents;

    public static string DocumentId(string seed) => GoalIndex.DocumentIdOf(Documents[seed].Document.Source);

    public static string GoalId(string seed, int ordinal) => $"{DocumentId(seed)}#{ordinal}";

    /// <summary>The seed a document id belongs to.</summary>
    public static string SeedOf(string documentId) => Documents.Single(d => GoalIndex.DocumentIdOf(d.Value.Document.Source) == documentId).Key;

    private static (GoalIndex, IReadOnlyDictionary<string, AnalyzedDocument>) Build()
    {
        var analyzer = MalAnalyzer.CreateDefault();
        var documents = new Dictionary<string, AnalyzedDocument>(StringComparer.Ordinal)
        {
            ["perstorp"] = analyzer.Analyze(Seeds.Perstorp),
            ["ostersund"] = analyzer.Analyze(Seeds.Ostersund),
            ["ystad"] = analyzer.Analyze(Seeds.Ystad),
        };
        var index = GoalIndex.InMemory();
        foreach (var document in documents.Values)
        {
            index.Add(document);
        }

        index.Commit();
        return (index, documents);
    }
}
