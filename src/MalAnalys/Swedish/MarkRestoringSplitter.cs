using System.Collections.Frozen;

namespace MalAnalys.Swedish;

/// <summary>
/// Reads a compound that lost its å/ä/ö (<c>halsotal</c>, <c>folkhalsarbetet</c>) by splitting it into parts that are
/// known only with their marks back: the curated goal vocabulary (<see cref="CompoundParts"/>) matched on folded
/// letters, with the lexicon's words for the other parts: as written, or with their marks back where exactly one
/// reading with marks is a word or a part. The compound rules are those of
/// <see cref="WordListCompoundSplitter"/> (a linking <c>-s-</c>, a head dropping its <c>-e</c> before it, an
/// inflected last part), and a head dropping its final <c>-a</c> (<c>folkhälsa</c> → <c>folkhäls|arbete</c>).
/// Immutable and thread-safe.
/// </summary>
internal sealed class MarkRestoringSplitter
{
    private const int MinPart = 3;

    private readonly SwedishLexicon _lexicon;

    // Folded form → the listed word with its marks; null where two listed words fold alike.
    private readonly FrozenDictionary<string, string?> _words;

    // Folded head without its final -e (only before the linking -s-) → that head with its marks (arbete → arbet).
    private readonly FrozenDictionary<string, string?> _eStems;

    // Folded head without its final -a → that head with its marks (folkhälsa → folkhäls).
    private readonly FrozenDictionary<string, string?> _aStems;

    /// <summary>Creates a splitter over <paramref name="words"/> (lower case, with marks) and the lexicon.</summary>
    public MarkRestoringSplitter(IEnumerable<string> words, SwedishLexicon lexicon)
    {
        _lexicon = lexicon;
        var list = words.Where(w => w.Length >= MinPart).Distinct(StringComparer.Ordinal).ToList();
        _words = Ambiguous(list.Select(w => (Diacritics.Fold(w), w)));
        _eStems = Ambiguous(list.Where(w => w.Length > MinPart && w[^1] == 'e').Select(w => (Diacritics.Fold(w[..^1]), w[..^1])));
        _aStems = Ambiguous(list.Where(w => w.Length > MinPart && w[^1] == 'a').Select(w => (Diacritics.Fold(w[..^1]), w[..^1])));
    }

    /// <summary>
    /// The reading of <paramref name="plain"/> (lower case, letters only) with the marks its listed parts need, when
    /// some part needs them; the fewest parts win.
    /// </summary>
    /// <param name="plain">The observed word.</param>
    /// <param name="restored">The word with its marks restored (as long as <paramref name="plain"/>).</param>
    /// <param name="parts">How many parts it has.</param>
    /// <param name="cuts">Where its parts after the first begin, as a bit set (bit <c>i</c>: at character <c>i</c>).</param>
    /// <returns>Whether a reading with restored marks was found.</returns>
    public bool TryRestore(string plain, out string restored, out int parts, out ulong cuts)
    {
        restored = plain;
        parts = 0;
        cuts = 0;
        if (plain.Length < 2 * MinPart || plain.Length > 48 || !plain.AsSpan().ContainsAny('a', 'o'))
        {
            return false;
        }

        var best = new Split?[plain.Length + 1];
        var visited = new bool[plain.Length + 1];
        // A part guessed from the lexicon's marks only counts beside a part of the curated list (nämnd|s|mål), so that
        // foreign words (Transkript) are not read as compounds of marked words (trän|skript).
        if (Read(plain, 0, best, visited) is not { Parts: >= 2, Marks: true } split || (split.Guessed && !split.Listed))
        {
            return false;
        }

        var chars = plain.ToCharArray();
        for (var node = split; node is not null; node = node.Rest)
        {
            node.Written.CopyTo(chars.AsSpan(node.Start));
            cuts |= node.Start > 0 ? 1UL << node.Start : 0;
        }

        restored = new string(chars);
        parts = split.Parts;
        return true;
    }

    // The fewest-parts reading of word[start..], preferring one that restores marks; null when there is none.
    private Split? Read(string word, int start, Split?[] best, bool[] visited)
    {
        if (visited[start])
        {
            return best[start];
        }

        visited[start] = true;
        Split? found = start > 0 ? Last(word, start) : null;
        for (var end = word.Length - MinPart; end >= start + MinPart; end--)
        {
            var head = Head(word, start, end);
            if (head is null)
            {
                continue;
            }

            foreach (var next in (ReadOnlySpan<int>)[end, end + 1])
            {
                var linked = next > end;
                if ((linked && word[end] != 's') || (!linked && head.Value.DropsE) || next > word.Length - MinPart)
                {
                    continue;
                }

                if (Read(word, next, best, visited) is { } rest)
                {
                    var candidate = new Split(start, head.Value.Written, rest.Parts + 1, rest.Marks || head.Value.Marks, rest)
                    {
                        Listed = rest.Listed || head.Value.Listed,
                        Guessed = rest.Guessed || head.Value.Guessed,
                    };
                    found = Better(candidate, found) ? candidate : found;
                }
            }
        }

        best[start] = found;
        return found;
    }

    private static bool Better(Split candidate, Split? than) =>
        than is null || candidate.Parts < than.Parts || (candidate.Parts == than.Parts && candidate.Marks && !than.Marks);

    // A head word[start..end]: a listed word or a listed head's stem by its folded letters, or a lexicon word as written.
    private (string Written, bool Marks, bool DropsE, bool Listed, bool Guessed)? Head(string word, int start, int end)
    {
        var span = word.AsSpan(start, end - start);
        if (_words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var listed) && listed is not null)
        {
            return (listed, !span.SequenceEqual(listed), false, true, false);
        }

        if (end < word.Length && word[end] == 's' && _eStems.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var eStem) && eStem is not null)
        {
            return (eStem, !span.SequenceEqual(eStem), true, true, false);
        }

        if (_aStems.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var aStem) && aStem is not null)
        {
            return (aStem, !span.SequenceEqual(aStem), false, true, false);
        }

        var use = _lexicon.LookupLower(span);
        if ((use & HeadUses) != 0 && (use & WordUse.ProperNoun) == 0)
        {
            return (span.ToString(), false, false, false, false);
        }

        // A lexicon part that lost its marks, when exactly one reading with marks is one (namnd|s|mal → nämnd|s|mål).
        return use == WordUse.None && MarkVariants.Unique(_lexicon, span, HeadUses, MaxPlainInPart) is { } restored
            ? (restored, true, false, false, true)
            : null;
    }

    private const WordUse HeadUses = WordUse.Word | WordUse.CompoundBegin | WordUse.CompoundMiddle;

    /// <summary>The most plain letters of a part whose marks the splitter tries outside the curated list.</summary>
    private const int MaxPlainInPart = 3;

    // The last part word[start..]: a listed word, possibly inflected, by its folded letters, or a lexicon word as written.
    private Split? Last(string word, int start)
    {
        var rest = word.AsSpan(start);
        if (rest.Length < MinPart)
        {
            return null;
        }

        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var ending in WordListCompoundSplitter.LastPartEndings)
        {
            if (rest.Length - ending.Length >= MinPart && rest.EndsWith(ending, StringComparison.Ordinal)
                && lookup.TryGetValue(rest[..^ending.Length], out var listed) && listed is not null)
            {
                return new Split(start, listed, 1, !rest[..^ending.Length].SequenceEqual(listed), null) { Listed = true };
            }
        }

        var use = _lexicon.LookupLower(rest);
        return (use & (WordUse.Word | WordUse.CompoundEnd)) != 0 && (use & WordUse.ProperNoun) == 0
            ? new Split(start, rest.ToString(), 1, false, null)
            : null;
    }

    private static FrozenDictionary<string, string?> Ambiguous(IEnumerable<(string Folded, string Written)> pairs)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (folded, written) in pairs)
        {
            map[folded] = map.TryGetValue(folded, out var other) && other != written ? null : written;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A reading of the word from <paramref name="Start"/>: its first part as written with marks, and the rest.</summary>
    private sealed record Split(int Start, string Written, int Parts, bool Marks, Split? Rest)
    {
        /// <summary>Whether a part of this reading is of the curated list.</summary>
        public bool Listed { get; init; }

        /// <summary>Whether a part of this reading got its marks from the lexicon alone.</summary>
        public bool Guessed { get; init; }
    }
}
