namespace MalAnalys.Swedish;

/// <summary>
/// The one folding of Latin diacritics to their base letters (å/ä→a, ö→o, é→e, …) that every stage uses to match
/// text whose marks OCR lost: the parser's pull-quote matching, repair's context cues, the SDG features and the
/// search index's folded field; and the one invariant lower-casing they share.
/// </summary>
/// <remarks>
/// Lower-casing goes through a table for the Latin blocks (U+0000–U+024F), which hold nearly every letter of Swedish
/// text: <see cref="char.ToLowerInvariant(char)"/> and <see cref="string.ToLowerInvariant"/> call into ICU for every
/// non-ASCII letter, which made case folding the largest single cost of indexing. The table is filled from
/// <see cref="char.ToLowerInvariant(char)"/>, so the results are the same; other characters still go to it.
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

    /// <summary>A character in lower case, as <see cref="char.ToLowerInvariant(char)"/> gives it.</summary>
    public static char Lower(char c) => c < TableSize ? LowerTable[c] : char.ToLowerInvariant(c);

    /// <summary>A character lower-cased and folded: <c>Ö</c> → <c>o</c>.</summary>
    public static char FoldLower(char c) => Fold(Lower(c));

    /// <summary>A text lower-cased and folded character for character: offsets stay the same.</summary>
    public static string FoldLower(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = FoldLower(source[i]);
        }
    });

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
