using System.Collections.Frozen;
using System.Text;

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
    private readonly int[]? _pieceEnds; // decoded-character index where each piece ends
    private readonly int[]? _pieceStarts; // offset of each piece in the original
    private readonly int[]? _pieceOriginalEnds; // offset just past each piece in the original
    private readonly int _start;
    private readonly int _end;
    private string? _folded;
    private bool[]? _upper;

    public Token(string decoded, int start, int end, CorrectionReason? lightReason, string? lightRule, bool repairable)
        : this(decoded, null, null, null, lightReason, lightRule, repairable)
    {
        _start = start;
        _end = end;
    }

    private Token(string decoded, int[]? pieceEnds, int[]? pieceStarts, int[]? pieceOriginalEnds, CorrectionReason? lightReason, string? lightRule, bool repairable)
    {
        Decoded = decoded;
        _pieceEnds = pieceEnds;
        _pieceStarts = pieceStarts;
        _pieceOriginalEnds = pieceOriginalEnds;
        LightReason = lightReason;
        LightRule = lightRule;
        Repairable = repairable;
        Lower = Documents.Diacritics.Lower(decoded);
        var letters = 0;
        var uppers = 0;
        for (var i = 0; i < decoded.Length; i++)
        {
            var upper = char.IsUpper(decoded[i]);
            if (char.IsLetter(decoded[i]))
            {
                letters++;
                uppers += upper ? 1 : 0;
                if (i > 0 && upper && char.IsLower(decoded[i - 1]))
                {
                    HasGarbage = true; // a capital after a small letter: "avgOrande"
                }
            }
            else
            {
                HasGarbage = true;
            }
        }

        // Case changes readings (a capital G may be a misread Ö), so it is part of the cache key when present.
        CacheKey = uppers == 0 ? Lower : string.Create(decoded.Length * 2 + 1, decoded, static (span, d) =>
        {
            Documents.Diacritics.Lower(d, span);
            span[d.Length] = '|';
            for (var i = 0; i < d.Length; i++)
            {
                span[d.Length + 1 + i] = char.IsUpper(d[i]) ? 'U' : 'l';
            }
        });
        AllCaps = letters >= 2 && uppers == letters;
    }

    public int Start => _pieceStarts?[0] ?? _start;

    public int End => _pieceOriginalEnds?[^1] ?? _end;

    public string Decoded { get; }

    public string Lower { get; }

    /// <summary>Which decoded characters are upper case (computed when a search needs it).</summary>
    public bool[] Upper => _upper ??= [.. Decoded.Select(char.IsUpper)];

    public bool AllCaps { get; }

    public bool HasGarbage { get; }

    public string CacheKey { get; }

    /// <summary>Lower case with å/ä→a, ö→o and OCR stand-ins folded, for matching context cues.</summary>
    public string Folded => _folded ??= Fold(Lower);

    private int PieceCount => _pieceEnds?.Length ?? 1;

    private int PieceEnd(int p) => _pieceEnds?[p] ?? Decoded.Length;

    private int PieceStart(int p) => _pieceStarts?[p] ?? _start;

    private int PieceOriginalEnd(int p) => _pieceOriginalEnds?[p] ?? _end;

    public CorrectionReason? LightReason { get; }

    public string? LightRule { get; }

    public bool Repairable { get; }

    /// <summary>A lone <c>|</c> before a capitalised word: OCR's reading of the preposition <c>I</c>.</summary>
    public bool IsPipeForI => Decoded == "|";

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
            [.. Ends(this, 0), .. Ends(next, Decoded.Length)],
            [.. Starts(this), .. Starts(next)],
            [.. OriginalEnds(this), .. OriginalEnds(next)],
            LightReason ?? next.LightReason,
            LightRule ?? next.LightRule,
            Repairable && next.Repairable);
    }

    public static string Fold(string lower)
    {
        // Most words have nothing to fold: they are returned as they are.
        var i = 0;
        while (i < lower.Length && FoldChar(lower[i]) == lower[i])
        {
            i++;
        }

        return i == lower.Length ? lower : string.Create(lower.Length, lower, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                span[k] = FoldChar(source[k]);
            }
        });
    }

    // OCR's stand-ins fold with the letters they stand for.
    private static char FoldChar(char c) => c switch
    {
        '&' => 'a',
        '6' or '0' => 'o',
        _ => Documents.Diacritics.Fold(c),
    };
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

    public static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>(text.Length / 6);
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

            if (c == '|' && (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 2 < text.Length && char.IsWhiteSpace(text[i + 1]) && char.IsLetter(NextNonSpace(text, i + 1)))
            {
                tokens.Add(new Token("|", i, i + 1, null, null, repairable: false));
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
                var simple = text.Substring(start, plain - start);
                tokens.Add(new Token(simple, start, plain, null, null, !chunkSkip && IsRepairable(simple)));
                i = plain;
                continue;
            }

            decoded.Clear();
            CorrectionReason? light = null;
            string? lightRule = null;
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

            var word = decoded.ToString();
            tokens.Add(new Token(word, start, i, light, lightRule, !chunkSkip && IsRepairable(word)));
        }

        return tokens;
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

        return i == second.Start && second.Decoded.Length > 0 && char.IsLower(second.Decoded[0]);
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

    private static bool IsRepairable(string word)
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
