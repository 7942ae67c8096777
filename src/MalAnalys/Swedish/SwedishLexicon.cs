using System.Collections.Frozen;

namespace MalAnalys.Swedish;

/// <summary>
/// The Swedish word list that repair and search check words against: every inflected form of Debian's
/// <c>hunspell-sv</c> dictionary (about a million forms), with how each may be used in compounds, so that
/// <c>kommun</c>+<c>övergripande</c> and <c>kompetens</c>+<c>försörjning</c> are recognised as words.
/// </summary>
/// <remarks>
/// The forms are stored as a minimal automaton (built with Lucene.Net's FST builder) embedded in the assembly (see <c>Swedish/Data/LEXICON.md</c> for
/// source, license and the command that rebuilds it). Instances are immutable and thread-safe.
/// </remarks>
public sealed class SwedishLexicon
{
    /// <summary>Shortest compound part considered, so that short fragments don't make damage look like a compound.</summary>
    internal const int MinCompoundPart = 3;

    private const string ResourceName = "MalAnalys.Swedish.Data.sv-lexicon.bin";
    private static readonly Lazy<SwedishLexicon> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, WordUse> _userWords;

    private SwedishLexicon(LexiconAutomaton automaton, FrozenDictionary<string, WordUse> userWords)
    {
        _userWords = userWords;
        Automaton = automaton;
    }

    /// <summary>The embedded lexicon, loaded on first use.</summary>
    public static SwedishLexicon Default => Embedded.Value;

    /// <summary>Words added with <see cref="WithWords"/>, lower-cased.</summary>
    public IReadOnlyCollection<string> UserWords => _userWords.Keys;

    internal LexiconAutomaton Automaton { get; }

    internal FrozenDictionary<string, WordUse> UserWordUses => _userWords;

    /// <summary>
    /// Returns a lexicon that also knows <paramref name="words"/> (place names, local terms), each as a word of
    /// its own and as a compound part. A word written with a capital initial is treated as a name.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    public SwedishLexicon WithWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var merged = new Dictionary<string, WordUse>(_userWords, StringComparer.Ordinal);
        foreach (var raw in words)
        {
            var word = raw?.Trim();
            if (string.IsNullOrEmpty(word))
            {
                continue;
            }

            var use = WordUse.Word | WordUse.CompoundBegin | WordUse.CompoundEnd;
            if (char.IsUpper(word[0]))
            {
                use |= WordUse.ProperNoun;
            }

            var key = Diacritics.Lower(word);
            merged[key] = merged.TryGetValue(key, out var old) ? old | use : use;
        }

        return new SwedishLexicon(Automaton, merged.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>How <paramref name="word"/> (any case) may be used, as a single dictionary form; <see cref="WordUse.None"/> if it is not one.</summary>
    public WordUse Lookup(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        Diacritics.Lower(word, lower);
        var use = LookupLower(lower);
        if (_userWords.Count > 0 && _userWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var user))
        {
            use |= user;
        }

        return use;
    }

    /// <summary>Whether <paramref name="word"/> is a Swedish word form or a valid compound of such forms.</summary>
    public bool Contains(ReadOnlySpan<char> word) => (Lookup(word) & WordUse.Word) != 0 || TrySplitCompound(word, out _);

    /// <summary>
    /// Splits a compound into dictionary forms (<c>kompetensförsörjningen</c> → <c>kompetens</c>, <c>försörjningen</c>),
    /// preferring the split with the fewest parts; false if the word is not a valid compound of two or more parts.
    /// </summary>
    public bool TrySplitCompound(ReadOnlySpan<char> word, out IReadOnlyList<string> parts)
    {
        parts = [];
        if (word.Length < 2 * MinCompoundPart || word.Length > 64)
        {
            return false;
        }

        var lower = Diacritics.Lower(word);

        // Fewest parts first: breadth over the number of parts, depth-first within.
        for (var maxParts = 2; maxParts <= 4; maxParts++)
        {
            var found = new List<string>();
            if (Split(lower, 0, maxParts, found))
            {
                parts = found;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="lower"/> is two words of its own written together (<c>vandring</c>+<c>leder</c>), each of at least four letters.</summary>
    internal bool IsLooseCompound(string lower) => LooseCompoundCuts(lower) != 0;

    /// <summary>Where <paramref name="lower"/> divides into two words of its own written together, as a bit set (bit <c>i</c>: the second word begins at character <c>i</c>).</summary>
    internal ulong LooseCompoundCuts(string lower)
    {
        var cuts = 0UL;
        for (var cut = 4; cut <= lower.Length - 4 && cut < 64; cut++)
        {
            var first = UseOf(lower.AsSpan(0, cut));
            var second = UseOf(lower.AsSpan(cut));
            if ((first & (WordUse.Word | WordUse.CompoundBegin)) != 0 && (second & WordUse.Word) != 0
                && ((first | second) & WordUse.ProperNoun) == 0)
            {
                cuts |= 1UL << cut;
            }
        }

        return cuts;
    }

    private bool Split(string word, int start, int partsLeft, List<string> found)
    {
        var first = found.Count == 0;
        for (var end = word.Length - MinCompoundPart; end >= start + MinCompoundPart; end--)
        {
            var use = UseOf(word.AsSpan(start, end - start));
            if ((use & (first ? WordUse.CompoundBegin : WordUse.CompoundMiddle)) == 0)
            {
                continue;
            }

            found.Add(word[start..end]);
            if ((UseOf(word.AsSpan(end)) & WordUse.CompoundEnd) != 0)
            {
                found.Add(word[end..]);
                return true;
            }

            if (partsLeft > 2 && Split(word, end, partsLeft - 1, found))
            {
                return true;
            }

            found.RemoveAt(found.Count - 1);
        }

        return false;
    }

    private WordUse UseOf(ReadOnlySpan<char> lower)
    {
        var use = LookupLower(lower);
        if (_userWords.Count > 0 && _userWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var user))
        {
            use |= user;
        }

        return use;
    }

    /// <summary>Exact lookup of a lower-case form in the FST.</summary>
    internal WordUse LookupLower(ReadOnlySpan<char> lower)
    {
        if (_userWords.Count > 0 && _userWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var user))
        {
            return user | LookupAutomaton(lower);
        }

        return LookupAutomaton(lower);
    }

    private WordUse LookupAutomaton(ReadOnlySpan<char> lower)
    {
        var node = LexiconAutomaton.Root;
        var arc = -1;
        var output = 0;
        foreach (var c in lower)
        {
            arc = Automaton.FindArc(node, c);
            if (arc < 0)
            {
                return WordUse.None;
            }

            output += Automaton.Output(arc);
            node = Automaton.Target(arc);
        }

        return arc >= 0 && Automaton.IsFinal(arc) ? (WordUse)(output + Automaton.FinalOutput(arc)) : WordUse.None;
    }

    /// <summary>Loads a lexicon written by <c>tools/build-lexicon.cs</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stream does not hold a lexicon.</exception>
    public static SwedishLexicon Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new SwedishLexicon(LexiconAutomaton.Read(stream), FrozenDictionary<string, WordUse>.Empty);
    }

    private static SwedishLexicon LoadEmbedded()
    {
        using var stream = typeof(SwedishLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded lexicon '{ResourceName}' is missing from the MalAnalys assembly.");
        return Load(stream);
    }
}
