using FsCheck;
using FsCheck.Fluent;

namespace MalAnalys.Tests.Reliability;

/// <summary>A text for property tests: Swedish goal-document fragments, OCR damage and arbitrary characters, mixed.</summary>
/// <param name="Value">The text.</param>
public sealed record OcrText(string Value)
{
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Value);
}

/// <summary>FsCheck generators for <see cref="OcrText"/>.</summary>
public static class OcrTextGenerator
{
    // Fragments that reach every branch of repair and the parser: intact and damaged Swedish words, OCR stand-ins,
    // mojibake, ligatures, line-end hyphens, goal headings, numbering, bullets, periods and page furniture.
    private static readonly string[] Fragments =
    [
        "hållbar", "hallbar", "h&llbar", "héllbar", "tillväxt", "tillvdxt", "&r", "är", "6ka", "öka", "I1:s", "för", "for",
        "Uthildning", "utbildning", "ändamåls-\nenliga", "Kompetensfor-\nsorjning", "Ã¤ndamÃ¥l", "ﬁnansiering", "skall",
        "Mål 1:", "Mål 2.3", "1.1 Trygg uppväxt (Ledning)", "Målområde: Livskvalitet", "• ", "- ", "2023–2026", "2024",
        "Perstorps kommun", "Östersunds kommun", "Sida 3 av 12", "\f", "\t", "  ", " ", " ", " ", "\n", "\n", "\n\n", "\r\n",
        ".", ",", ":", "(", ")", "\"", "'", "…", "Vi ska", "skapa förutsättningar", "barn och unga", "kommunen",
        "ÅÄÖ", "åäö", "ê", "ß", "1", "42", "%", "&", "§", "\u00ad", "\u200b", "\ufeff", "😀", "\u0301",
    ];

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (30, Gen.Elements(Fragments)),
        (1, ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)));

    // Mostly spaces between fragments, so that damaged words stand alone as they do in documents; sometimes nothing.
    private static readonly Gen<string> Separator = Gen.Frequency((7, Gen.Constant(" ")), (2, Gen.Constant("\n")), (1, Gen.Constant(string.Empty)));

    /// <summary>Texts of up to a few hundred fragments.</summary>
    public static Arbitrary<OcrText> OcrText() =>
        Gen.ListOf(Gen.Zip(Fragment, Separator, (f, s) => f + s)).Select(parts => new OcrText(string.Concat(parts))).ToArbitrary();
}
