using System.Collections.Concurrent;

namespace MalAnalys.Swedish;

/// <summary>
/// Remembers a splitter's answers: goal documents repeat the same words many times, so most tokens are answered by one
/// lookup without allocating. Bounded: past <see cref="MaxEntries"/> words new ones are split but not remembered.
/// Thread-safe.
/// </summary>
internal sealed class CachingCompoundSplitter : ICompoundSplitter
{
    private const int MaxEntries = 200_000;

    private readonly ICompoundSplitter _inner;
    private readonly ConcurrentDictionary<string, string[]> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CachingCompoundSplitter(ICompoundSplitter inner)
    {
        _inner = inner;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TrySplit(string lowerWord, out IReadOnlyList<string> parts) => TrySplit(lowerWord.AsSpan(), out parts);

    /// <summary>Splits a word given as characters, allocating only the first time a word is seen.</summary>
    public bool TrySplit(ReadOnlySpan<char> lowerWord, out IReadOnlyList<string> parts)
    {
        if (!_lookup.TryGetValue(lowerWord, out var cached))
        {
            var word = lowerWord.ToString();
            cached = _inner.TrySplit(word, out var found) ? [.. found] : [];
            if (_cache.Count < MaxEntries)
            {
                _cache.TryAdd(word, cached);
            }
        }

        parts = cached;
        return cached.Length > 0;
    }
}
