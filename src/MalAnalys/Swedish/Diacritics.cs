namespace MalAnalys.Swedish;

/// <summary>
/// The one folding of Latin diacritics to their base letters (å/ä→a, ö→o, é→e, …) that every stage uses to match
/// text whose marks OCR lost: the parser's pull-quote matching, repair's context cues, the SDG features and the
/// search index's folded field; and the one invariant lower-casing they share.
/// </summary>
/// <remarks>
/// <para>
/// The forms differ in what they do besides folding; each caller uses the one its matching needs:
/// </para>
/// <list type="bullet">
/// <item><see cref="Fold(char)"/>, <see cref="Fold(string)"/>, <see cref="Fold(ReadOnlySpan{char}, Span{char})"/>: the marks only,
/// case kept, so an upper-case letter with a mark (<c>Ö</c>) stays as it is: for text already lower-cased (the index's
/// folded field, the compound word list).</item>
/// <item><see cref="FoldLower(char)"/>, <see cref="FoldLower(string)"/>, <see cref="FoldLower(ReadOnlySpan{char}, Span{char})"/>:
/// lower-cased, then folded, character for character, so offsets stay the same (the parser, the SDG features, the
/// council gazetteer).</item>
/// <item><see cref="Key"/>: trimmed, lower-cased and folded, for comparing names (<c>Östersund</c> = <c>ostersund</c>).</item>
/// <item><see cref="FoldWithStandIns"/>: <see cref="Fold(string)"/> that also folds the symbols OCR reads for Swedish
/// letters (<c>&amp;</c>→a, <c>6</c> and <c>0</c>→o), for repair's context cues (<c>&amp;r</c> = <c>år</c> = <c>ar</c>).</item>
/// </list>
/// <para>
/// Lower-casing goes through a table for the Latin blocks (U+0000–U+024F), which hold nearly every letter of Swedish
/// text: <see cref="char.ToLowerInvariant(char)"/> and <see cref="string.ToLowerInvariant"/> call into ICU for every
/// non-ASCII letter, which made case folding the largest single cost of indexing. The table is filled from
/// <see cref="char.ToLowerInvariant(char)"/>, so the results are the same; other characters still go to it.
/// </para>
/// </remarks>
internal static class Diacritics
{
    private const int TableSize = 0x250;

    private static readonly char[] LowerTable = BuildLowerTable();

    /// <summary>The folded form of one lower-case letter; other characters are returned as they are.</summary>
    public static char Fold(char c) => c switch
    {
        < '\u0080' => c,
        'å' or 'ä' or 'á' or 'à' or 'â' or 'ã' or 'æ' => 'a',
        'ö' or 'ó' or 'ò' or 'ô' or 'õ' or 'ø' => 'o',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'ü' or 'ú' or 'ù' or 'û' => 'u',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ç' => 'c',
        'ñ' => 'n',
        _ => c,
    };

    /// <summary>A text folded character for character (<see cref="Fold(char)"/>: case kept); the same instance when nothing folds.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && Fold(text[i]) == text[i])
        {
            i++;
        }

        return i == text.Length ? text : string.Create(text.Length, text, static (span, source) => Fold(source, span));
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/> (at least as long; it may be the same memory, to fold in place).</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Fold(source[i]);
        }
    }

    /// <summary>
    /// A lower-case text folded as <see cref="Fold(string)"/> does, and the symbols OCR reads for Swedish letters folded
    /// with the letters they stand for: <c>&amp;</c>→a (<c>&amp;r</c> for <c>år</c>), <c>6</c> and <c>0</c>→o
    /// (<c>6ka</c> for <c>öka</c>). The same instance when nothing folds.
    /// </summary>
    public static string FoldWithStandIns(string lower)
    {
        ArgumentNullException.ThrowIfNull(lower);

        // Most words have nothing to fold: they are returned as they are.
        var i = 0;
        while (i < lower.Length && FoldWithStandIn(lower[i]) == lower[i])
        {
            i++;
        }

        return i == lower.Length ? lower : string.Create(lower.Length, lower, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                span[k] = FoldWithStandIn(source[k]);
            }
        });
    }

    private static char FoldWithStandIn(char c) => c switch
    {
        '&' => 'a',
        '6' or '0' => 'o',
        _ => Fold(c),
    };

    /// <summary>A character in lower case, as <see cref="char.ToLowerInvariant(char)"/> gives it.</summary>
    public static char Lower(char c) => c < TableSize ? LowerTable[c] : char.ToLowerInvariant(c);

    /// <summary>A character lower-cased and folded: <c>Ö</c> → <c>o</c>.</summary>
    public static char FoldLower(char c) => Fold(Lower(c));

    /// <summary>A text lower-cased and folded character for character: offsets stay the same.</summary>
    public static string FoldLower(string text) => string.Create(text.Length, text, static (span, source) => FoldLower(source, span));

    /// <summary>Lower-cases and folds <paramref name="source"/> into <paramref name="destination"/> (at least as long; it may be the same memory).</summary>
    public static void FoldLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = FoldLower(source[i]);
        }
    }

    /// <summary>A key for comparing names: trimmed, lower-cased and folded (<c>Östersund</c> and <c>Ostersund</c> give the same key).</summary>
    public static string Key(string name) => Fold(Lower(name.Trim()));

    /// <summary>Lower-cases <paramref name="source"/> into <paramref name="destination"/> (at least as long), as <see cref="MemoryExtensions.ToLowerInvariant"/> does for these texts.</summary>
    public static void Lower(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Lower(source[i]);
        }
    }

    /// <summary>A string in lower case; the same instance when it has no capitals.</summary>
    public static string Lower(string text)
    {
        var i = 0;
        while (i < text.Length && Lower(text[i]) == text[i])
        {
            i++;
        }

        return i == text.Length ? text : string.Create(text.Length, text, static (span, s) => Lower(s, span));
    }

    /// <summary>A span in lower case, as a new string.</summary>
    public static string Lower(ReadOnlySpan<char> text) =>
        text.Length == 0 ? string.Empty : string.Create(text.Length, text, static (span, s) => Lower(s, span));

    private static char[] BuildLowerTable()
    {
        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
