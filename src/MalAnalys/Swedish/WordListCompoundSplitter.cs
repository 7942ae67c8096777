using System.Collections.Frozen;

namespace MalAnalys.Swedish;

/// <summary>
/// Splits compounds into parts from a word list: every part must be a listed word (at least three letters), parts may be
/// joined by the linking <c>-s-</c> (<c>kompetens|försörjning</c>, <c>omsorg|s|behov</c>), and the last part may carry an
/// inflection (<c>…försörjningen</c>). Fewest parts wins; a word that is itself listed (<c>näringsliv</c>) is never split,
/// so lexicalised compounds stay whole. Immutable and thread-safe.
/// </summary>
internal sealed class WordListCompoundSplitter : ICompoundSplitter
{
    private const int MinPart = 3;

    // The endings an inflected last part may carry; longest first so "erna" is tried before "er".
    internal static readonly string[] LastPartEndings =
        ["", "ernas", "arnas", "ornas", "erna", "arna", "orna", "ens", "ets", "ers", "ars", "ors", "ns", "en", "et", "er", "ar", "or", "na", "n", "t", "s", "a", "e"];

    private readonly FrozenSet<string> _words;

    /// <summary>Creates a splitter over a word list.</summary>
    /// <param name="words">The parts, lower case.</param>
    public WordListCompoundSplitter(IEnumerable<string> words)
    {
        _words = words.Where(w => w.Length >= MinPart).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The splitter over <see cref="CompoundParts.Words"/>.</summary>
    public static WordListCompoundSplitter Default { get; } = new(CompoundParts.Words);

    /// <summary>The splitter over <see cref="CompoundParts.Words"/> folded, for the folded field.</summary>
    public static WordListCompoundSplitter Folded { get; } = new(CompoundParts.Words.Select(Diacritics.Fold));

    /// <summary>The number of words in the list.</summary>
    public int Count => _words.Count;

    /// <summary>Whether the word (possibly inflected) is in the list as a whole, and so is never split.</summary>
    public bool IsListed(string lowerWord) => IsWord(lowerWord, 0, last: true);

    /// <inheritdoc/>
    public bool TrySplit(string lowerWord, out IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        parts = [];
        if (lowerWord.Length < 2 * MinPart || IsWord(lowerWord, 0, last: true))
        {
            return false;
        }

        var memo = new List<string>?[lowerWord.Length + 1];
        var visited = new bool[lowerWord.Length + 1];
        var best = Split(lowerWord, 0, memo, visited);
        if (best is null || best.Count < 2)
        {
            return false;
        }

        parts = best;
        return true;
    }

    // The fewest-parts split of word[start..], or null when there is none.
    private List<string>? Split(string word, int start, List<string>?[] memo, bool[] visited)
    {
        if (visited[start])
        {
            return memo[start];
        }

        visited[start] = true;
        List<string>? best = null;
        if (start > 0 && IsWord(word, start, last: true))
        {
            best = [word[start..]];
        }

        // Longest head first: with the fewest-parts rule this prefers "kompetens|försörjning" over shorter heads.
        for (var end = word.Length - MinPart; end >= start + MinPart; end--)
        {
            var listed = _words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.AsSpan(start, end - start));

            // A head ending in -e drops it before the linking -s- (arbete → arbets|marknad, samhälle → samhälls|planering).
            var dropsE = !listed && word[end] == 's' && _words.Contains(string.Concat(word.AsSpan(start, end - start), "e"));
            if (!listed && !dropsE)
            {
                continue;
            }

            foreach (var link in (ReadOnlySpan<int>)[0, 1])
            {
                var next = end + link;
                if ((link == 0 && dropsE) || (link == 1 && (next > word.Length || word[end] != 's')))
                {
                    continue;
                }

                if (next > word.Length - MinPart)
                {
                    continue;
                }

                var rest = Split(word, next, memo, visited);
                if (rest is not null && (best is null || rest.Count + 1 < best.Count))
                {
                    best = [word[start..end], .. rest];
                }
            }
        }

        memo[start] = best;
        return best;
    }

    // Whether word[start..] is a listed word, allowing an inflection ending when it is the last part.
    private bool IsWord(string word, int start, bool last)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = word.AsSpan(start);
        if (!last)
        {
            return lookup.Contains(rest);
        }

        foreach (var ending in LastPartEndings)
        {
            if (rest.Length - ending.Length >= MinPart && rest.EndsWith(ending, StringComparison.Ordinal) && lookup.Contains(rest[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
