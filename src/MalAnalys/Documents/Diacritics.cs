namespace MalAnalys.Documents;

/// <summary>
/// The one folding of Latin diacritics to their base letters (å/ä→a, ö→o, é→e, …) that every stage uses to match
/// text whose marks OCR lost: the parser's pull-quote matching, repair's context cues, the SDG features and the
/// search index's folded field.
/// </summary>
internal static class Diacritics
{
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
}
