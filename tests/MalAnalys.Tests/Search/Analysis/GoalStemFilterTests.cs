using MalAnalys.Search.Analysis;
using static MalAnalys.Tests.Search.Analysis.AnalysisAssert;

namespace MalAnalys.Tests.Search.Analysis;

public class GoalStemFilterTests
{
    [Fact]
    public void Inflected_goal_words_meet_their_base_forms_stem()
    {
        using var stream = new GoalStemFilter(AnalysisStreams.Words("hållbar hållbara hållbart hållbarhet tillväxt tillväxten skola skolan skolor"));
        AssertTokenStreamContents(
            stream,
            ["hållb", "hållb", "hållb", "hållb", "tillväx", "tillväx", "skol", "skol", "skol"],
            [0, 8, 17, 26, 37, 46, 57, 63, 70],
            [7, 16, 25, 36, 45, 56, 62, 69, 76],
            [1, 1, 1, 1, 1, 1, 1, 1, 1]);
    }

    [Fact]
    public void Keywords_are_not_stemmed()
    {
        using var stream = new GoalStemFilter(AnalysisStreams.Words("barn barnen invånarna", "barn"));
        AssertTokenStreamContents(stream, ["barn", "barn", "invå"], [0, 5, 12], [4, 11, 21], [1, 1, 1]);
        using var unmarked = new GoalStemFilter(AnalysisStreams.Words("barn"));
        AssertTokenStreamContents(unmarked, ["bar"]);
    }

    [Theory]
    [InlineData("hållbara", "hållb")] // one light pass: hållbar
    [InlineData("tillväxten", "tillväx")] // one light pass: tillväxt
    [InlineData("invånarna", "invå")]
    [InlineData("invånare", "invå")]
    [InlineData("skolan", "skol")]
    [InlineData("miljön", "miljö")]
    [InlineData("näringslivet", "näringsliv")]
    [InlineData("kvalitet", "kvali")]
    public void The_stemmer_repeats_the_light_stemmer_until_the_word_stops_changing(string word, string stem)
    {
        var buffer = word.ToCharArray();
        Assert.Equal(stem, new string(buffer, 0, new GoalStemmer().Stem(buffer, buffer.Length)));
    }
}
