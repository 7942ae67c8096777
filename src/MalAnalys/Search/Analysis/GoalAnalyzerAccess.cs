using Lucene.Net.Analysis;

namespace MalAnalys.Search.Analysis;

/// <summary>For benchmarks and tests: the index-time analyzer (per field) the goal index uses.</summary>
internal static class GoalAnalyzerAccess
{
    public static Analyzer Index() => GoalAnalyzers.CreateIndexAnalyzer();
}
