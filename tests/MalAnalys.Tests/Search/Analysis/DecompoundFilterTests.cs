using MalAnalys.Search.Analysis;
using MalAnalys.Swedish;
using static MalAnalys.Tests.Search.Analysis.AnalysisAssert;

namespace MalAnalys.Tests.Search.Analysis;

public class DecompoundFilterTests
{
    /// <summary>Splits every word it is asked about in two halves, and remembers the words.</summary>
    private sealed class HalvingSplitter : ICompoundSplitter
    {
        public List<string> Asked { get; } = [];

        public bool TrySplit(string lowerWord, out IReadOnlyList<string> parts)
        {
            Asked.Add(lowerWord);
            parts = [lowerWord[..(lowerWord.Length / 2)], lowerWord[(lowerWord.Length / 2)..]];
            return true;
        }
    }

    [Fact]
    public void Parts_follow_the_compound_at_its_position_with_its_offsets()
    {
        using var stream = new DecompoundFilter(AnalysisStreams.Words("egenförsörjning och omsorgsbehov"), CompoundSplitters.Default.Exact);
        AssertTokenStreamContents(
            stream,
            ["egenförsörjning", "egen", "försörjning", "och", "omsorgsbehov", "omsorg", "behov"],
            [0, 0, 0, 16, 20, 20, 20],
            [15, 15, 15, 19, 32, 32, 32],
            [1, 0, 0, 1, 1, 0, 0],
            finalOffset: 32);
    }

    [Fact]
    public void Words_the_splitter_does_not_split_pass_unchanged()
    {
        using var stream = new DecompoundFilter(AnalysisStreams.Words("näringslivet tillväxt kommunen"), CompoundSplitters.Default.Exact);
        AssertTokenStreamContents(stream, ["näringslivet", "tillväxt", "kommunen"], [0, 13, 22], [12, 21, 30], [1, 1, 1]);
    }

    [Fact]
    public void Only_words_of_seven_letters_or_more_that_are_not_keywords_are_split()
    {
        var splitter = new HalvingSplitter();
        using var stream = new DecompoundFilter(AnalysisStreams.Words("skolor vindkraft omsorgsbehov", "omsorgsbehov"), splitter);
        AssertTokenStreamContents(stream, ["skolor", "vindkraft", "vind", "kraft", "omsorgsbehov"], [0, 7, 7, 7, 17], [6, 16, 16, 16, 29], [1, 1, 0, 0, 1]);
        Assert.Equal(["vindkraft"], splitter.Asked);
    }

    [Fact]
    public void The_folded_splitter_splits_words_that_lost_their_diacritics()
    {
        using var stream = new DecompoundFilter(AnalysisStreams.Words("kompetensforsorjningen"), CompoundSplitters.Default.Folded);
        AssertTokenStreamContents(stream, ["kompetensforsorjningen", "kompetens", "forsorjningen"], [0, 0, 0], [22, 22, 22], [1, 0, 0]);
        using var exact = new DecompoundFilter(AnalysisStreams.Words("kompetensforsorjningen"), CompoundSplitters.Default.Exact);
        AssertTokenStreamContents(exact, ["kompetensforsorjningen"]);
    }

    [Fact]
    public void Reset_drops_the_parts_of_a_compound_left_unread()
    {
        var analyzer = GoalAnalyzers.CreateIndexAnalyzer();
        using (var stream = analyzer.GetTokenStream("statement", new StringReader("kompetensförsörjning")))
        {
            stream.Reset();
            Assert.True(stream.IncrementToken()); // the compound; its parts are still to come
            stream.End();
        }

        AssertAnalyzesTo(analyzer, "skolor", ["skol"], [0], [6], [1]);
    }
}
