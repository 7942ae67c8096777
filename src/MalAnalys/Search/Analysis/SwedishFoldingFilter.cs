using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using MalAnalys.Swedish;

namespace MalAnalys.Search.Analysis;

/// <summary>Folds å/ä→a, ö→o, é→e, … in each lower-case term, in place (<see cref="Diacritics.Fold(ReadOnlySpan{char}, Span{char})"/>).</summary>
internal sealed class SwedishFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public SwedishFoldingFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        Diacritics.Fold(_term.Buffer.AsSpan(0, _term.Length), _term.Buffer);
        return true;
    }
}
