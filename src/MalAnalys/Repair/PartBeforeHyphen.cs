using MalAnalys.Swedish;

namespace MalAnalys.Repair;

/// <summary>
/// The first part of a compound written before a hyphen, its head given later or elsewhere (<c>hälso- och
/// sjukvård</c>, <c>arbets- och miljöfrågor</c>, <c>Hälso-och</c>): such a part is no word of its own, so it is read
/// against the lexicon's compound parts, not its words. Written as a part, it stays (<c>hälso</c>, never the island
/// <c>hälsö</c>); a part that lost its marks gets them back when exactly one reading with marks is a part (<c>halso</c>
/// → <c>hälso</c>).
/// </summary>
internal static class PartBeforeHyphen
{
    /// <summary>What the rule reads, in the corrections.</summary>
    public const string RuleNote = " (compound part before a hyphen)";

    /// <summary>How sure repair is of the one reading with marks that is a compound part.</summary>
    public const double Confidence = 0.9;

    /// <summary>Parts shorter than this (<c>e-post</c>, <c>A-lag</c>) are left to the other rules.</summary>
    private const int MinLength = 3;

    /// <summary>The most plain letters whose marks are tried (3 readings each for <c>a</c>, 2 for <c>o</c>).</summary>
    private const int MaxPlainLetters = 6;

    private const WordUse Part = WordUse.CompoundBegin | WordUse.CompoundMiddle;

    /// <summary>Whether <paramref name="token"/> stands right before a hyphen that is not a minus before a number.</summary>
    public static bool Applies(string text, Token token) =>
        token.Length >= MinLength && token.End + 1 < text.Length && text[token.End] == '-' && !char.IsAsciiDigit(text[token.End + 1]);

    /// <summary>Whether <paramref name="lower"/> as written may begin or stand inside a compound.</summary>
    public static bool IsPart(SwedishLexicon lexicon, string lower) => (lexicon.LookupLower(lower) & Part) != 0;

    /// <summary>
    /// The one reading of <paramref name="lower"/> with marks restored (<c>a</c> → <c>å</c>/<c>ä</c>, <c>o</c> →
    /// <c>ö</c>) that the lexicon has as a compound part (not a name's), or <see langword="null"/> when none or more than one is.
    /// </summary>
    public static string? Restore(SwedishLexicon lexicon, string lower) => MarkVariants.Unique(lexicon, lower, Part, MaxPlainLetters);
}
