using MalAnalys.Swedish;

namespace MalAnalys.Search;

/// <summary>
/// Folds Swedish letters to their bare forms (å/ä→a, ö→o, é→e, …) for the folded field, so that text whose diacritics
/// OCR lost beyond repair (<c>Ostersund</c>, <c>hallbar</c>) and queries typed without them still meet.
/// </summary>
internal static class SwedishFolding
{
    /// <summary>The folded form of one lower-case letter.</summary>
    public static char Fold(char c) => Diacritics.Fold(c);

    /// <summary>Whether folding would change the letter.</summary>
    public static bool Folds(char c) => c > 127 && Fold(c) != c;

    /// <summary>The folded form of a lower-case string.</summary>
    public static string Fold(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (!s.Any(Folds))
        {
            return s;
        }

        return string.Create(s.Length, s, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>A lower-case, folded key for comparing names (<c>Östersund</c> and <c>Ostersund</c> give the same key).</summary>
    public static string Key(string name) => Fold(Diacritics.Lower(name.Trim()));
}
