using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using MalAnalys.Swedish;

namespace MalAnalys.Search.Analysis;

/// <summary>
/// Lower-cases terms in place, as Lucene's <see cref="Lucene.Net.Analysis.Core.LowerCaseFilter"/> does, but through the
/// shared Latin table (<see cref="Diacritics.Lower(ReadOnlySpan{char}, Span{char})"/>): the stock filter calls ICU for
/// every term with å, ä or ö, which made lower-casing the largest cost of the whole chain.
/// </summary>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        Diacritics.Lower(_term.Buffer.AsSpan(0, _term.Length), _term.Buffer);
        return true;
    }
}
