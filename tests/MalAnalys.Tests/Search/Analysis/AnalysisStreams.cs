using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;
using MalAnalys.Search.Analysis;

namespace MalAnalys.Tests.Search.Analysis;

/// <summary>Token streams to put a single filter on: the words of a text split at white space, optionally some marked as keywords.</summary>
internal static class AnalysisStreams
{
    public static TokenStream Words(string text) => new WhitespaceTokenizer(SwedishGoalAnalyzer.Version, new StringReader(text));

    public static TokenStream Words(string text, params string[] keywords) =>
        new SetKeywordMarkerFilter(Words(text), new CharArraySet(SwedishGoalAnalyzer.Version, keywords, false));
}
