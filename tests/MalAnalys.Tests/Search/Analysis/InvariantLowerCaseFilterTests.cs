using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using MalAnalys.Search.Analysis;
using static MalAnalys.Tests.Search.Analysis.AnalysisAssert;

namespace MalAnalys.Tests.Search.Analysis;

public class InvariantLowerCaseFilterTests
{
    [Fact]
    public void Lower_cases_Swedish_and_other_Latin_letters_in_place()
    {
        using var stream = new InvariantLowerCaseFilter(AnalysisStreams.Words("Östersunds KOMMUN Hållbar TILLVÄXT Café"));
        AssertTokenStreamContents(
            stream,
            ["östersunds", "kommun", "hållbar", "tillväxt", "café"],
            [0, 11, 18, 26, 35],
            [10, 17, 25, 34, 39],
            [1, 1, 1, 1, 1],
            finalOffset: 39);
    }

    [Theory]
    [InlineData(Seeds.Perstorp)]
    [InlineData(Seeds.Ostersund)]
    [InlineData(Seeds.Ystad)]
    public void Gives_the_terms_Lucene_LowerCaseFilter_gives(string seed)
    {
        var text = File.ReadAllText(seed);
        Assert.Equal(
            Terms(new LowerCaseFilter(SwedishGoalAnalyzer.Version, new StandardTokenizer(SwedishGoalAnalyzer.Version, new StringReader(text)))),
            Terms(new InvariantLowerCaseFilter(new StandardTokenizer(SwedishGoalAnalyzer.Version, new StringReader(text)))));
    }

    private static List<string> Terms(TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var terms = new List<string>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms.Add(term.ToString());
            }

            stream.End();
            Assert.NotEmpty(terms);
            return terms;
        }
    }
}
