using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace MalAnalys.Search.Analysis;

/// <summary>Stems each term with <see cref="GoalStemmer"/> (the light Swedish stemmer to a fixed point); terms marked as keywords (by the stem override) are left alone.</summary>
internal sealed class GoalStemFilter : TokenFilter
{
    private readonly GoalStemmer _stemmer = new();
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public GoalStemFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_keyword.IsKeyword)
        {
            _term.SetLength(_stemmer.Stem(_term.Buffer, _term.Length));
        }

        return true;
    }
}
