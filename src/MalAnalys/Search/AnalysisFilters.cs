using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.TokenAttributes;
using MalAnalys.Swedish;

namespace MalAnalys.Search;

/// <summary>
/// Emits a compound's parts after the compound itself, at the same position and with the same offsets, so that
/// <c>försörjning</c> finds <c>kompetensförsörjning</c> and phrases over the compound still match.
/// Used at index time only: a query for the whole compound then matches the compound, not every text with one of its parts.
/// </summary>
internal sealed class DecompoundFilter : TokenFilter
{
    private const int MinWordLength = 7;

    private readonly ICompoundSplitter _splitter;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IKeywordAttribute _keyword;
    private readonly IOffsetAttribute _offset;
    private readonly Queue<string> _pending = new();
    private int _start;
    private int _end;

    public DecompoundFilter(TokenStream input, ICompoundSplitter splitter)
        : base(input)
    {
        _splitter = splitter;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            // A fresh token rather than a captured state: no allocation per compound, and the filters after this one
            // (which may have marked the compound a keyword) see each part as new.
            ClearAttributes();
            _term.Append(_pending.Dequeue());
            _offset.SetOffset(_start, _end);
            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_keyword.IsKeyword && _term.Length >= MinWordLength && Split(out var parts))
        {
            // By index: a foreach over the interface allocated an enumerator per compound.
            for (var i = 0; i < parts.Count; i++)
            {
                _pending.Enqueue(parts[i]);
            }

            _start = _offset.StartOffset;
            _end = _offset.EndOffset;
        }

        return true;
    }

    private bool Split(out IReadOnlyList<string> parts) => _splitter is CachingCompoundSplitter cached
        ? cached.TrySplit(_term.Buffer.AsSpan(0, _term.Length), out parts)
        : _splitter.TrySplit(_term.ToString(), out parts);

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
    }
}

/// <summary>Folds å/ä→a, ö→o, é→e (see <see cref="Diacritics.Fold(char)"/>) in each lower-case token.</summary>
internal sealed class SwedishFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public SwedishFoldingFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

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

/// <summary>
/// Lucene's <see cref="SwedishLightStemmer"/> applied until the word stops changing (while it is longer than four letters).
/// One pass of the light stemmer leaves inflected forms one step short of the base form's stem
/// (<c>hållbar</c>→<c>hållb</c> but <c>hållbara</c>→<c>hållbar</c>; <c>tillväxt</c>→<c>tillväx</c> but <c>tillväxten</c>→<c>tillväxt</c>);
/// repeating it makes them meet. Tokens marked as keywords (by the stem override) are left alone.
/// </summary>
internal sealed class GoalStemFilter : TokenFilter
{
    private const int MinStemLength = 4;

    private readonly SwedishLightStemmer _stemmer = new();
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

        if (_keyword.IsKeyword)
        {
            return true;
        }

        var buffer = _term.Buffer;
        var length = _stemmer.Stem(buffer, _term.Length);
        while (length > MinStemLength)
        {
            var next = _stemmer.Stem(buffer, length);
            if (next == length)
            {
                break;
            }

            length = next;
        }

        _term.SetLength(length);
        return true;
    }
}

/// <summary>
/// Lower-cases terms in place, as Lucene's <see cref="Lucene.Net.Analysis.Core.LowerCaseFilter"/> does, but through the
/// shared Latin table (<see cref="Diacritics.Lower(char)"/>): the stock filter calls ICU for every term with
/// å, ä or ö, which made lower-casing the largest cost of the whole chain.
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

        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            buffer[i] = Diacritics.Lower(buffer[i]);
        }

        return true;
    }
}
