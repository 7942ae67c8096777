using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace MalAnalys.Search.Analysis;

/// <summary>The analyzers of the goal index, per field: one set for indexing (with decompounding) and one for queries.</summary>
internal static class GoalAnalyzers
{
    public static Analyzer CreateIndexAnalyzer() => CreateIndexAnalyzer(CompoundSplitters.Default);

    public static Analyzer CreateIndexAnalyzer(CompoundSplitters splitters)
    {
        var (exact, folded) = splitters;
        var foldedAnalyzer = new SwedishGoalAnalyzer(folded: true, folded);
        var fields = new Dictionary<string, Analyzer>
        {
            [GoalFields.Folded] = foldedAnalyzer,
            [GoalFields.Core] = foldedAnalyzer,
            [GoalFields.Municipality] = new SwedishGoalAnalyzer(folded: true, null),
        };
        var keyword = new KeywordAnalyzer();
        foreach (var field in GoalDocuments.KeywordFields)
        {
            fields[field] = keyword;
        }

        return new PerFieldAnalyzerWrapper(new SwedishGoalAnalyzer(folded: false, exact), fields);
    }

    public static Analyzer CreateQueryAnalyzer() => new PerFieldAnalyzerWrapper(new SwedishGoalAnalyzer(folded: false, null), new Dictionary<string, Analyzer>
    {
        [GoalFields.Folded] = new SwedishGoalAnalyzer(folded: true, null),
        [GoalFields.Municipality] = new SwedishGoalAnalyzer(folded: true, null),
    });
}
