using MalAnalys.Search.Analysis;
using static MalAnalys.Tests.Search.Analysis.AnalysisAssert;

namespace MalAnalys.Tests.Search.Analysis;

public class SwedishFoldingFilterTests
{
    [Fact]
    public void Folds_diacritics_keeping_offsets_and_positions()
    {
        using var stream = new SwedishFoldingFilter(AnalysisStreams.Words("östersund hållbar tillväxt kvalité förskola"));
        AssertTokenStreamContents(
            stream,
            ["ostersund", "hallbar", "tillvaxt", "kvalite", "forskola"],
            [0, 10, 18, 27, 35],
            [9, 17, 26, 34, 43],
            [1, 1, 1, 1, 1],
            finalOffset: 43);
    }

    [Fact]
    public void Expects_lower_case_terms_and_leaves_capitals_alone()
    {
        // The chain lower-cases first (InvariantLowerCaseFilter); a capital Ö is not folded.
        using var stream = new SwedishFoldingFilter(AnalysisStreams.Words("Östersund Ystad"));
        AssertTokenStreamContents(stream, ["Östersund", "Ystad"], [0, 10], [9, 15], [1, 1]);
    }
}
