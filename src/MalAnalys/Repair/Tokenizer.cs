using System.Collections.Frozen;
using System.Text;
using MalAnalys.Swedish;

namespace MalAnalys.Repair;

/// <summary>A piece of a token in the original text and what replaces it.</summary>
internal readonly record struct TokenPiece(int Start, int Length, string Replacement);

/// <summary>
/// A word-like run of the raw text: letters, and the digits and symbols OCR puts inside words (<c>6ka</c>,
/// <c>&amp;r</c>). Encoding damage (<c>Ã¤</c>) and ligatures are decoded into <see cref="Decoded"/>; each decoded
/// character remembers where it came from, so a replacement can be located in the original exactly. A word
/// hyphenated across a line break is one token of two pieces.
/// </summary>
internal sealed class Token
{
    // A token is one piece (most) or several (a word hyphenated across lines); the arrays exist only for several.
    private int[]? _pieceEnds; // decoded-character index where each piece ends
    private int[]? _pieceStarts; // offset of each piece in the original
    private int[]? _pieceOriginalEnds; // offset just past each piece in the original
    private int _start;
    private int _end;
    private bool _hasUpper;
    private string? _lower;
    private string? _cacheKey;
    private string? _folded;
    private bool[]? _upper;

    // A plain token is a span of the text; its string is made only when asked for (most tokens never are).
    private string? _decoded;
    private string _source = string.Empty;
    private int _decodedStart;
    private int _decodedLength;

    public Token(string decoded, int start, int end, CorrectionReason? lightReason, string? lightRule, bool repairable)
    {
        Init(decoded, start, end, lightReason, lightRule, repairable);
    }

    private Token(string decoded, int[] pieceEnds, int[] pieceStarts, int[] pieceOriginalEnds, CorrectionReason? lightReason, string? lightRule, bool repairable)
    {
        _ = Init(decoded, 0, 0, lightReason, lightRule, repairable);
        _pieceEnds = pieceEnds;
        _pieceStarts = pieceStarts;
        _pieceOriginalEnds = pieceOriginalEnds;
    }

    /// <summary>Makes this token another one (<see cref="Tokenizer"/> reuses a thread's tokens from text to text); returns it.</summary>
    internal Token Init(string decoded, int start, int end, CorrectionReason? lightReason, string? lightRule, bool repairable)
    {
        _decoded = decoded;
        _source = decoded;
        _decodedStart = 0;
        _decodedLength = decoded.Length;
        Reset(start, end, lightReason, lightRule, repairable);
        return this;
    }

    /// <summary>Makes this token the plain span <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/>; returns it.</summary>
    internal Token InitSpan(string text, int start, int end, bool repairable)
    {
        _decoded = null;
        _source = text;
        _decodedStart = start;
        _decodedLength = end - start;
        Reset(start, end, null, null, repairable);
        return this;
    }

    private void Reset(int start, int end, CorrectionReason? lightReason, string? lightRule, bool repairable)
    {
        var decoded = DecodedSpan;
        _pieceEnds = null;
        _pieceStarts = null;
        _pieceOriginalEnds = null;
        _start = start;
        _end = end;
        _lower = null;
        _cacheKey = null;
        _folded = null;
        _upper = null;
        LightReason = lightReason;
        LightRule = lightRule;
        Repairable = repairable;
        var letters = 0;
        var uppers = 0;
        var garbage = false;
        for (var i = 0; i < decoded.Length; i++)
        {
            var upper = char.IsUpper(decoded[i]);
            if (char.IsLetter(decoded[i]))
            {
                letters++;
                uppers += upper ? 1 : 0;
                if (i > 0 && upper && char.IsLower(decoded[i - 1]))
                {
                    garbage = true; // a capital after a small letter: "avgOrande"
                }
            }
            else
            {
                garbage = true;
            }
        }

        HasGarbage = garbage;
        _hasUpper = uppers > 0;
        AllCaps = letters >= 2 && uppers == letters;
    }

    public int Start => _pieceStarts?[0] ?? _start;

    public int End => _pieceOriginalEnds?[^1] ?? _end;

    /// <summary>The token's characters, decoded (encoding damage and ligatures resolved).</summary>
    public string Decoded => _decoded ??= _source.Substring(_decodedStart, _decodedLength);

    /// <summary>The decoded characters, without making a string.</summary>
    public ReadOnlySpan<char> DecodedSpan => _source.AsSpan(_decodedStart, _decodedLength);

    /// <summary>How many decoded characters the token has.</summary>
    public int Length => _decodedLength;

    /// <summary>Lower case (made when first asked for: most tokens are found in the analysis cache by <see cref="WriteCacheKey"/> alone).</summary>
    public string Lower => _lower ??= Diacritics.Lower(Decoded);

    /// <summary>Which decoded characters are upper case (computed when a search needs it).</summary>
    public bool[] Upper => _upper ??= UpperOf(DecodedSpan);

    private static bool[] UpperOf(ReadOnlySpan<char> decoded)
    {
        var upper = new bool[decoded.Length];
        for (var i = 0; i < decoded.Length; i++)
        {
            upper[i] = char.IsUpper(decoded[i]);
        }

        return upper;
    }

    public bool AllCaps { get; private set; }

    public bool HasGarbage { get; private set; }

    /// <summary>Whether any letter is upper case.</summary>
    public bool HasUpper => _hasUpper;

    /// <summary>The token's key in the analysis cache: its lower case, and where it has capitals, which letters are capitals (case changes readings: a capital G may be a misread Ö).</summary>
    public string CacheKey => _cacheKey ??= _hasUpper ? new string(WriteCacheKey(CacheKeyLength <= 256 ? stackalloc char[CacheKeyLength] : new char[CacheKeyLength])) : Lower;

    /// <summary>The length of <see cref="CacheKey"/>.</summary>
    public int CacheKeyLength => _hasUpper ? (_decodedLength * 2) + 1 : _decodedLength;

    /// <summary>Writes <see cref="CacheKey"/> into <paramref name="destination"/> (of <see cref="CacheKeyLength"/> characters) without making a string.</summary>
    public ReadOnlySpan<char> WriteCacheKey(Span<char> destination)
    {
        var d = DecodedSpan;
        Diacritics.Lower(d, destination);
        if (!_hasUpper)
        {
            return destination[..d.Length];
        }

        destination[d.Length] = '|';
        for (var i = 0; i < d.Length; i++)
        {
            destination[d.Length + 1 + i] = char.IsUpper(d[i]) ? 'U' : 'l';
        }

        return destination[..((d.Length * 2) + 1)];
    }

    /// <summary>Lower case with å/ä→a, ö→o and OCR stand-ins folded, for matching context cues.</summary>
    public string Folded => _folded ??= Diacritics.FoldWithStandIns(Lower);

    public int PieceCount => _pieceEnds?.Length ?? 1;

    private int PieceEnd(int p) => _pieceEnds?[p] ?? _decodedLength;

    private int PieceStart(int p) => _pieceStarts?[p] ?? _start;

    private int PieceOriginalEnd(int p) => _pieceOriginalEnds?[p] ?? _end;

    public CorrectionReason? LightReason { get; private set; }

    public string? LightRule { get; private set; }

    public bool Repairable { get; private set; }

    /// <summary>A lone <c>|</c> before a capitalised word: OCR's reading of the preposition <c>I</c>.</summary>
    public bool IsPipeForI => _decodedLength == 1 && DecodedSpan[0] == '|';

    /// <summary>Splits <paramref name="replacement"/> (whose characters come from the decoded characters named by <paramref name="sourceIndex"/>, or one to one) into pieces located in the original.</summary>
    public IEnumerable<TokenPiece> Pieces(string replacement, int[]? sourceIndex)
    {
        var from = 0;
        var count = PieceCount;
        for (var p = 0; p < count; p++)
        {
            var pieceEnd = PieceEnd(p);
            var to = from;
            if (sourceIndex is null)
            {
                to = p == count - 1 ? replacement.Length : Math.Min(pieceEnd, replacement.Length);
            }
            else
            {
                while (to < sourceIndex.Length && sourceIndex[to] < pieceEnd)
                {
                    to++;
                }

                if (p == count - 1)
                {
                    to = replacement.Length;
                }
            }

            yield return new TokenPiece(PieceStart(p), PieceOriginalEnd(p) - PieceStart(p), replacement[from..to]);
            from = to;
        }
    }

    /// <summary>Joins a token hyphenated at a line end with its continuation on the next line.</summary>
    public Token JoinWith(Token next)
    {
        var decoded = Decoded + next.Decoded;
        int[] Ends(Token t, int offset) => [.. Enumerable.Range(0, t.PieceCount).Select(p => offset + t.PieceEnd(p))];
        int[] Starts(Token t) => [.. Enumerable.Range(0, t.PieceCount).Select(t.PieceStart)];
        int[] OriginalEnds(Token t) => [.. Enumerable.Range(0, t.PieceCount).Select(t.PieceOriginalEnd)];

        return new Token(
            decoded,
            [.. Ends(this, 0), .. Ends(next, _decodedLength)],
            [.. Starts(this), .. Starts(next)],
            [.. OriginalEnds(this), .. OriginalEnds(next)],
            LightReason ?? next.LightReason,
            LightRule ?? next.LightRule,
            Repairable && next.Repairable);
    }
}

/// <summary>Splits raw text into <see cref="Token"/>s in one left-to-right scan.</summary>
internal static class Tokenizer
{
    /// <summary>UTF-8 bytes of Swedish letters read as Windows-1252/Latin-1: the second character after 'Ã'.</summary>
    private static readonly FrozenDictionary<char, char> Mojibake = new Dictionary<char, char>
    {
        ['¥'] = 'å', ['¤'] = 'ä', ['¶'] = 'ö', ['…'] = 'Å', ['„'] = 'Ä', ['–'] = 'Ö', ['©'] = 'é', ['¼'] = 'ü',
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, string> Ligatures = new Dictionary<char, string>
    {
        ['ﬀ'] = "ff", ['ﬁ'] = "fi", ['ﬂ'] = "fl", ['ﬃ'] = "ffi", ['ﬄ'] = "ffl", ['ﬅ'] = "st", ['ﬆ'] = "st",
    }.ToFrozenDictionary();

    /// <summary>
    /// The tokens of the last text tokenised on this thread, reused for the next: a token lives only while its text is
    /// repaired, and a new object per word was a quarter of everything the pipeline allocated. Bounded, so a huge
    /// text does not keep its tokens alive. Measured with RepairBenchmarks (warm cache, two runs each): without the
    /// pool the Ystad seed takes 51–52 µs instead of 48 µs and allocates 87 KB instead of 8 KB, the Östersund OCR seed
    /// 936–950 µs instead of 888 µs and 1135 KB instead of 598 KB.
    /// </summary>
    [ThreadStatic]
    private static List<Token>? s_pool;

    private const int MaxPooled = 20_000;

    [ThreadStatic]
    private static List<Token>? s_tokens;

    /// <summary>
    /// The tokens of <paramref name="text"/>. The result belongs to the calling thread's pool: it is valid until the
    /// thread tokenises another text.
    /// </summary>
    public static List<Token> Tokens(string text)
    {
        var pool = s_pool ??= [];
        var used = 0;
        var tokens = s_tokens ??= [];
        tokens.Clear();
        var decoded = new StringBuilder();
        var i = 0;
        var chunkStart = 0;
        var chunkSkip = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                chunkStart = i;
                chunkSkip = false;
                continue;
            }

            if (i == chunkStart)
            {
                chunkSkip = IsAddress(text, i);
            }

            if (IsLonePipe(text, i))
            {
                tokens.Add(Take(pool, ref used).Init("|", i, i + 1, null, null, repairable: false));
                i++;
                continue;
            }

            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }

            // One token: a run of word characters, decoding encoding damage and ligatures as it goes.
            var start = i;
            var plain = i;
            while (plain < text.Length && IsWordChar(text, plain) && text[plain] != 'Ã' && !IsLigature(text[plain]))
            {
                plain++;
            }

            if (plain == text.Length || !IsWordChar(text, plain))
            {
                // Nothing to decode: the token is the text itself.
                tokens.Add(Take(pool, ref used).InitSpan(text, start, plain, !chunkSkip && IsRepairable(text.AsSpan(start, plain - start))));
                i = plain;
                continue;
            }

            var word = Decode(text, ref i, decoded, out var light, out var lightRule);
            tokens.Add(Take(pool, ref used).Init(word, start, i, light, lightRule, !chunkSkip && IsRepairable(word)));
        }

        return tokens;
    }

    /// <summary>The thread's next pooled token, or a new one (kept in the pool while it has room).</summary>
    private static Token Take(List<Token> pool, ref int used)
    {
        if (used < pool.Count)
        {
            return pool[used++];
        }

        var fresh = new Token(string.Empty, 0, 0, null, null, repairable: false);
        if (pool.Count < MaxPooled)
        {
            pool.Add(fresh);
            used++;
        }

        return fresh;
    }

    /// <summary>A "|" standing alone before a word, as OCR reads the pronoun "I": "| Ystad".</summary>
    private static bool IsLonePipe(string text, int i) =>
        text[i] == '|' && (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 2 < text.Length && char.IsWhiteSpace(text[i + 1]) && char.IsLetter(NextNonSpace(text, i + 1));

    /// <summary>
    /// Reads the word at <paramref name="i"/> (moving past it), decoding UTF-8 read as Latin-1 ("Ã¤" → "ä") and
    /// ligatures ("ﬁ" → "fi"), and says which light repair that was.
    /// </summary>
    private static string Decode(string text, ref int i, StringBuilder decoded, out CorrectionReason? light, out string? lightRule)
    {
        decoded.Clear();
        light = null;
        lightRule = null;
        while (i < text.Length && IsWordChar(text, i))
        {
            var ch = text[i];
            if (ch == 'Ã' && i + 1 < text.Length && Mojibake.TryGetValue(text[i + 1], out var fixedChar))
            {
                decoded.Append(fixedChar);
                light = CorrectionReason.Encoding;
                lightRule = $"UTF-8 read as Latin-1: Ã{text[i + 1]}→{fixedChar}";
                i += 2;
            }
            else if (Ligatures.TryGetValue(ch, out var expanded))
            {
                decoded.Append(expanded);
                light ??= CorrectionReason.Ligature;
                lightRule ??= $"ligature {ch}→{expanded}";
                i++;
            }
            else
            {
                decoded.Append(ch);
                i++;
            }
        }

        return decoded.ToString();
    }

    /// <summary>Whether the text between two tokens is a line-end hyphen: <c>-</c>, optional spaces, a line break, optional spaces.</summary>
    public static bool HyphenatedBetween(string text, Token first, Token second)
    {
        var i = first.End;
        if (i >= text.Length || text[i] != '-')
        {
            return false;
        }

        i++;
        while (i < second.Start && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= second.Start || text[i] != '\n')
        {
            return false;
        }

        i++;
        while (i < second.Start && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i == second.Start && second.Length > 0 && char.IsLower(second.DecodedSpan[0]);
    }

    private static bool IsLigature(char c) => c is >= '\uFB00' and <= '\uFB06';

    /// <summary>A character in upper case, without the culture tables for ASCII and Swedish letters.</summary>
    public static char UpperChar(char c) => c switch
    {
        >= 'a' and <= 'z' => (char)(c - 32),
        < '\u0080' => c,
        'å' => 'Å',
        'ä' => 'Ä',
        'ö' => 'Ö',
        'é' => 'É',
        _ => char.IsLower(c) ? char.ToUpperInvariant(c) : c,
    };

    private static char NextNonSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length ? text[i] : '\0';
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetter(c) || char.IsAsciiDigit(c))
        {
            return true;
        }

        // '&' only inside a word ("&r", "&ldre"), never the conjunction standing alone.
        return c == '&' && ((i + 1 < text.Length && char.IsLetter(text[i + 1])) || (i > 0 && char.IsLetter(text[i - 1])));
    }

    private static bool IsRepairable(ReadOnlySpan<char> word)
    {
        if (word.Length > CandidateSearch.MaxTokenLength)
        {
            return false;
        }

        var letters = 0;
        var digits = 0;
        var uppers = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                uppers += char.IsUpper(c) ? 1 : 0;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits++;
                if (c is not ('6' or '0' or '1'))
                {
                    return false; // 2024, SDG11, 3:e
                }
            }
        }

        // Numbers, and digits that outnumber letters (10kr, 60-talet) are not OCR damage; short capitals are abbreviations.
        return letters > 0 && digits <= 1 && (digits == 0 || letters >= 2) && !(uppers == letters && letters <= 3);
    }

    /// <summary>Whether the whitespace-separated chunk starting at <paramref name="start"/> is a URL or an e-mail address.</summary>
    private static bool IsAddress(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var chunk = text.AsSpan(start, end - start);
        return chunk.Contains("://", StringComparison.Ordinal)
            || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (chunk.IndexOf('@') > 0 && chunk.IndexOf('.') > 0);
    }
}
