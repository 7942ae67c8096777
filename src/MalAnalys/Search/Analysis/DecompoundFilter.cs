using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using MalAnalys.Swedish;

namespace MalAnalys.Search.Analysis;

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
