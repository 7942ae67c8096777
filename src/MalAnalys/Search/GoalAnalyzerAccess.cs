using Lucene.Net.Analysis;

namespace MalAnalys.Search;

/// <summary>For benchmarks and tests: the index-time analyzer (per field) the goal index uses.</summary>
internal static class GoalAnalyzerAccess
{
    public static Analyzer Index() => GoalAnalyzers.CreateIndexAnalyzer();
}
