using Lucene.Net.Analysis.Sv;
using MalAnalys.Swedish;

namespace MalAnalys.Agenda2030;

/// <summary>A word of the input as the featurizer saw it.</summary>
/// <param name="Start">Offset of the word in the input text.</param>
/// <param name="Length">Length of the word in the input text.</param>
/// <param name="IsContent">Whether the word produced features (stop words and numbers do not).</param>
internal readonly record struct SdgToken(int Start, int Length, bool IsContent);

/// <summary>The features of one text: unique feature hashes with their values, and which words produced each.</summary>
internal sealed class SdgFeatures
{
    public List<SdgToken> Tokens { get; } = [];

    public int Count { get; internal set; }

    // Parallel arrays of length >= Count, sorted by hash.
    public ulong[] Hashes { get; internal set; } = [];

    public float[] Values { get; internal set; } = [];

    // Occurrences of feature i are TokenRefs[OccurrenceStart[i] .. OccurrenceStart[i + 1]); a bigram refers to both its words.
    public int[] OccurrenceStart { get; internal set; } = [];

    public int[] TokenRefs { get; internal set; } = [];

    /// <summary>Each feature's row in the model that scored it (−1 if unknown), resolved once so that scoring and evidence share the lookups.</summary>
    public int[]? ModelRows { get; internal set; }

    public int EnglishStopWords { get; internal set; }

    public int SwedishStopWords { get; internal set; }
}

/// <summary>
/// Turns Swedish text into the classifier's features. The same code featurizes training and input text, so what the
/// model learnt is what it sees. Words are lower-cased and diacritics folded (å, ä → a; ö → o; é → e), so OCR that
/// dropped the marks ("hallbar", "tillvaxt") yields the same features as clean text; typical OCR digits inside words
/// (<c>6ka</c>, <c>&amp;r</c>) are read as the letters they stand for. Each content word gives its stem (Lucene's Swedish
/// light stemmer), a bigram with the previous content word, its character 3–5-grams, so a damaged or unseen
/// compound still shares most of its features with the words it is made of, and, when the embedded Swedish lexicon
/// can split it, the stems of its compound parts (kompetensförsörjning → kompetens, försörjning). The word and the character features are
/// L2-normalised separately over everything in the text, known to the model or not, so unknown text dilutes rather
/// than amplifies the few features the model knows.
/// </summary>
internal static class SdgFeaturizer
{
    internal const int MinGram = 3;
    internal const int MaxGram = 5;

    // Weights of the three feature groups after normalisation (a grid of 0.7–3 changed cross-validated micro-F1 by at most 0.004).
    internal const float WordGroupWeight = 1f;
    internal const float CharGroupWeight = 1f;
    internal const float TermGroupWeight = 1f;

    /// <summary>Whether compounds add the stems of their parts (see <see cref="AddCompoundPartStems"/>).</summary>
    internal const bool UseCompoundParts = true;

    private const ulong WordKind = 0x9E3779B97F4A7C15;
    private const ulong BigramKind = 0xC2B2AE3D27D4EB4F;
    private const ulong CharKind = 0x165667B19E3779F9;
    private const ulong TermKind = 0x27D4EB2F165667C5;

    private static readonly HashSet<string> SwedishStopWords = new(StringComparer.Ordinal)
    {
        "och", "i", "att", "det", "som", "en", "pa", "ar", "for", "med", "till", "av", "den", "har", "de", "inte", "om",
        "ett", "kan", "sa", "men", "vi", "var", "vart", "ska", "skall", "alla", "ha", "under", "eller", "fran", "sin",
        "sitt", "sina", "nar", "dar", "genom", "ocksa", "samt", "mot", "efter", "vid", "utan", "hos", "nagon", "nagot",
        "vara", "blir", "bli", "varje", "sig", "dess", "deras", "man", "mer", "mest", "bade", "aven", "finns", "ge",
        "ges", "mycket", "hur", "vad", "vilka", "vilket", "vilken", "sadan", "sadana", "dessa", "denna", "detta", "han",
        "hon", "oss", "vara", "varit", "blev", "bor", "kunna", "maste", "da", "nu", "sedan", "an", "sa", "inom", "mellan",
        "over", "ur", "at", "per", "dem", "dig", "jag", "mig", "min", "mitt", "mina", "er", "ert", "era", "ni", "vars",
        "annat", "andra", "annan", "sjalv", "sjalva", "egen", "eget", "egna", "olika", "hela", "helt", "redan", "ocksa",
        "samma", "sadant", "ju", "dock", "bland", "enligt", "pa", "sasom", "saval", "utifran", "gentemot", "ifran",
    };

    private static readonly HashSet<string> EnglishStopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "is", "are", "shall", "will", "be", "with", "our", "this", "that", "by", "on",
        "it", "we", "has", "have", "should", "all", "its", "their", "which", "from", "was", "were", "been",
    };

    [ThreadStatic]
    private static Scratch? s_scratch;

    /// <summary>Featurizes a text. Thread-safe: scratch space is per thread, the result is new.</summary>
    public static SdgFeatures Featurize(string text, SdgTerms? terms)
    {
        var result = new SdgFeatures();
        Featurize(text, terms, result);
        return result;
    }

    internal static bool IsStopWord(string folded) => SwedishStopWords.Contains(folded);

    /// <summary>The stem feature of a single word, as a content word of a text would give it.</summary>
    internal static ulong StemFeature(string word)
    {
        var folded = new char[word.Length];
        Diacritics.FoldLower(word, folded);
        var length = new SwedishLightStemmer().Stem(folded, folded.Length);
        return Hash(WordKind, folded.AsSpan(0, length));
    }

    /// <summary>The feature of "some term of this SDG's list occurs": one per SDG.</summary>
    internal static ulong TermFeature(int sdg) => Mix(TermKind, (ulong)sdg);

    public static void Featurize(string text, SdgTerms? terms, SdgFeatures result)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = s_scratch ??= new Scratch();
        scratch.Raw.Clear();
        scratch.ContentWords.Clear();
        scratch.ContentTokens.Clear();
        result.Tokens.Clear();
        int english = 0, swedish = 0;
        ulong previousStem = 0;
        var previousToken = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text, i))
            {
                i++;
            }

            var length = i - start;
            var folded = scratch.Word(length + 2);
            var letters = FoldWord(text.AsSpan(start, length), folded);
            if (letters == 0)
            {
                result.Tokens.Add(new SdgToken(start, length, false));
                continue;
            }

            var word = folded.AsSpan(1, length);
            var lookup = scratch.StopLookup;
            if (lookup.Contains(word) || EnglishStopWordsLookup.Contains(word))
            {
                english += EnglishStopWordsLookup.Contains(word) ? 1 : 0;
                swedish += lookup.Contains(word) ? 1 : 0;
                result.Tokens.Add(new SdgToken(start, length, false));
                continue;
            }

            AddContentWord(text, start, length, letters, folded, terms is not null, scratch, result, ref previousStem, ref previousToken);
        }

        if (terms is not null)
        {
            AddTermFeatures(terms, scratch);
        }

        result.EnglishStopWords = english;
        result.SwedishStopWords = swedish;
        Aggregate(scratch.Raw, result);
    }

    /// <summary>A feature for each SDG term list whose term occurs among the content words, over the tokens it spans.</summary>
    private static void AddTermFeatures(SdgTerms terms, Scratch scratch)
    {
        var raw = scratch.Raw;
        var tokens = scratch.ContentTokens;
        terms.Match(scratch.ContentWords, (sdg, first, last) =>
            raw.Add(new RawFeature(TermFeature(sdg), tokens[first], last > first ? tokens[last] : -1, 2)));
    }

    /// <summary>
    /// A content word's features: its stem, the bigram with the content word before it, its compound parts' stems and
    /// its character n-grams; with <paramref name="collectWords"/>, the word is kept for the SDG term lists too.
    /// </summary>
    private static void AddContentWord(string text, int start, int length, int letters, char[] folded, bool collectWords, Scratch scratch, SdgFeatures result, ref ulong previousStem, ref int previousToken)
    {
        var word = folded.AsSpan(1, length);
        var token = result.Tokens.Count;
        result.Tokens.Add(new SdgToken(start, length, true));
        if (collectWords)
        {
            scratch.ContentWords.Add(new string(word));
            scratch.ContentTokens.Add(token);
        }

        var stem = AddStem(word, token, scratch);
        if (previousToken >= 0)
        {
            scratch.Raw.Add(new RawFeature(Mix(BigramKind ^ previousStem, stem), previousToken, token, 0));
        }

        previousStem = stem;
        previousToken = token;

        if (UseCompoundParts && letters == length && length >= 2 * SwedishLexicon.MinCompoundPart)
        {
            // A compound also counts as the words it is made of (kompetensförsörjning → kompetens, försörjning), so
            // it shares their stems with texts that write them apart or in other compounds.
            AddCompoundPartStems(text.AsSpan(start, length), token, scratch);
        }

        AddCharGrams(folded, length, token, scratch.Raw);
    }

    /// <summary>
    /// Folds and lower-cases a word into <paramref name="folded"/> from index 1 (index 0 and the one after the word are
    /// left for boundary marks) and returns how many of its characters are letters. In a word of two letters or more,
    /// the digits and symbols OCR reads for letters are letters: ö as 6 or 0, l as 1, ä as &amp; ("6ka", "&amp;r", "I1:s").
    /// </summary>
    private static int FoldWord(ReadOnlySpan<char> text, char[] folded)
    {
        var letters = 0;
        for (var k = 0; k < text.Length; k++)
        {
            var c = Diacritics.FoldLower(text[k]);
            folded[k + 1] = c;
            letters += char.IsLetter(c) ? 1 : 0;
        }

        if (letters >= 2)
        {
            for (var k = 1; k <= text.Length; k++)
            {
                folded[k] = folded[k] switch { '6' or '0' => 'o', '1' => 'l', '&' => 'a', _ => folded[k] };
            }
        }

        return letters;
    }

    /// <summary>Adds a content word's stem feature and returns its hash (the next word's bigram starts from it).</summary>
    private static ulong AddStem(ReadOnlySpan<char> word, int token, Scratch scratch)
    {
        var stemBuffer = scratch.Stem(word.Length);
        word.CopyTo(stemBuffer);
        var stemLength = scratch.Stemmer.Stem(stemBuffer, word.Length);
        var stem = Hash(WordKind, stemBuffer.AsSpan(0, stemLength));
        scratch.Raw.Add(new RawFeature(stem, token, -1, 0));
        return stem;
    }

    /// <summary>Adds the character n-grams of a folded word (at index 1 of <paramref name="folded"/>), with boundary marks.</summary>
    private static void AddCharGrams(char[] folded, int length, int token, List<RawFeature> raw)
    {
        folded[0] = '<';
        folded[length + 1] = '>';
        var padded = folded.AsSpan(0, length + 2);
        for (var n = MinGram; n <= MaxGram; n++)
        {
            for (var s = 0; s + n <= padded.Length; s++)
            {
                raw.Add(new RawFeature(Hash(CharKind + (ulong)n, padded.Slice(s, n)), token, -1, 1));
            }
        }
    }

    /// <summary>
    /// Adds the stem features of a compound's parts, split by the Swedish lexicon (which needs the diacritics: OCR text
    /// that lost them gets no parts, only its character n-grams).
    /// </summary>
    /// <remarks>
    /// The splits come from the lexicon's shared cache (<see cref="LexiconCompoundSplitter.Cached"/>), looked up with
    /// the lower-cased word in scratch space; the stems of the parts are not cached, since folding, stemming and hashing
    /// a few short parts costs less than the character n-grams every word gets anyway.
    /// </remarks>
    private static void AddCompoundPartStems(ReadOnlySpan<char> word, int token, Scratch scratch)
    {
        var lower = scratch.Lower(word.Length);
        Diacritics.Lower(word, lower);
        if (!LexiconCompoundSplitter.Cached.TrySplit(lower.AsSpan(0, word.Length), out var parts))
        {
            return;
        }

        for (var p = 0; p < parts.Count; p++)
        {
            var folded = scratch.Stem(parts[p].Length);
            Diacritics.FoldLower(parts[p], folded);
            var stemLength = scratch.Stemmer.Stem(folded, parts[p].Length);
            scratch.Raw.Add(new RawFeature(Hash(WordKind, folded.AsSpan(0, stemLength)), token, -1, 0));
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishStopWordsLookup = EnglishStopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static void Aggregate(List<RawFeature> raw, SdgFeatures result)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(raw);
        span.Sort(static (a, b) => a.Hash != b.Hash ? a.Hash.CompareTo(b.Hash) : a.Token.CompareTo(b.Token));
        var unique = 0;
        for (var k = 0; k < span.Length; k++)
        {
            unique += k == 0 || span[k].Hash != span[k - 1].Hash ? 1 : 0;
        }

        if (result.Hashes.Length < unique || result.OccurrenceStart.Length < unique + 1)
        {
            result.Hashes = new ulong[unique];
            result.Values = new float[unique];
            result.OccurrenceStart = new int[unique + 1];
        }

        var refs = 0;
        foreach (var f in span)
        {
            refs += f.Token2 >= 0 ? 2 : 1;
        }

        if (result.TokenRefs.Length < refs)
        {
            result.TokenRefs = new int[refs];
        }

        var u = -1;
        var r = 0;
        Span<byte> groups = unique <= 4096 ? stackalloc byte[unique] : new byte[unique];
        for (var k = 0; k < span.Length; k++)
        {
            var f = span[k];
            if (k == 0 || f.Hash != span[k - 1].Hash)
            {
                u++;
                result.Hashes[u] = f.Hash;
                result.Values[u] = 0;
                result.OccurrenceStart[u] = r;
                groups[u] = f.Group;
            }

            result.Values[u] += 1;
            result.TokenRefs[r++] = f.Token;
            if (f.Token2 >= 0)
            {
                result.TokenRefs[r++] = f.Token2;
            }
        }

        result.OccurrenceStart[unique] = r;
        Scale(result.Values, groups[..unique]);
        result.Count = unique;
    }

    /// <summary>Scales each group of features (words, character n-grams, SDG terms) to unit length times the group's weight.</summary>
    private static void Scale(float[] values, ReadOnlySpan<byte> groups)
    {
        double wordNorm = 0, charNorm = 0, termNorm = 0;
        for (var k = 0; k < groups.Length; k++)
        {
            var v = (double)values[k];
            switch (groups[k])
            {
                case 0: wordNorm += v * v; break;
                case 1: charNorm += v * v; break;
                default: termNorm += v * v; break;
            }
        }

        var wordScale = wordNorm > 0 ? WordGroupWeight / Math.Sqrt(wordNorm) : 0;
        var charScale = charNorm > 0 ? CharGroupWeight / Math.Sqrt(charNorm) : 0;
        var termScale = termNorm > 0 ? TermGroupWeight / Math.Sqrt(termNorm) : 0;
        for (var k = 0; k < groups.Length; k++)
        {
            values[k] = (float)(values[k] * groups[k] switch { 0 => wordScale, 1 => charScale, _ => termScale });
        }
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        // '&' is OCR for 'ä' when a letter follows ("&r", "&ldre"); otherwise it means "och" and separates words.
        return c == '&' && i + 1 < text.Length && char.IsLetter(text[i + 1]);
    }

    private static ulong Hash(ulong seed, ReadOnlySpan<char> chars)
    {
        // FNV-1a over the UTF-16 units, then a final mix: stable across processes and platforms, unlike string.GetHashCode.
        var h = 14695981039346656037UL ^ seed;
        foreach (var c in chars)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(h, (ulong)chars.Length);
    }

    private static ulong Mix(ulong a, ulong b)
    {
        var h = a ^ (b * 0x9E3779B97F4A7C15UL);
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }

    private readonly record struct RawFeature(ulong Hash, int Token, int Token2, byte Group);

    private sealed class Scratch
    {
        private char[] _word = new char[64];
        private char[] _stem = new char[64];
        private char[] _lower = new char[64];

        public List<RawFeature> Raw { get; } = new(1024);

        public List<string> ContentWords { get; } = [];

        public List<int> ContentTokens { get; } = [];

        public SwedishLightStemmer Stemmer { get; } = new();

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup { get; } = SwedishStopWords.GetAlternateLookup<ReadOnlySpan<char>>();

        public char[] Word(int length) => _word.Length >= length ? _word : _word = new char[length * 2];

        public char[] Stem(int length) => _stem.Length >= length ? _stem : _stem = new char[length * 2];

        public char[] Lower(int length) => _lower.Length >= length ? _lower : _lower = new char[length * 2];
    }
}
