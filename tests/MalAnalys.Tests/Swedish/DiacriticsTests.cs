using MalAnalys.Swedish;

namespace MalAnalys.Tests.Swedish;

/// <summary>The forms of <see cref="Diacritics"/> and how they differ.</summary>
public class DiacriticsTests
{
    [Theory]
    [InlineData("hållbar tillväxt", "hallbar tillvaxt")]
    [InlineData("östersund", "ostersund")]
    [InlineData("kvalité, café, naïve, señor, garçon, smørrebrød, über", "kvalite, cafe, naive, senor, garcon, smorrebrod, uber")]
    [InlineData("Östersund", "Östersund")] // a capital is left as it is: Fold is for lower-case text
    public void Fold_folds_marks_and_keeps_case(string text, string expected) => Assert.Equal(expected, Diacritics.Fold(text));

    [Fact]
    public void Fold_returns_the_same_string_when_nothing_folds()
    {
        var text = "kommunen 2024 & Co";
        Assert.Same(text, Diacritics.Fold(text));
        var word = "kommunen";
        Assert.Same(word, Diacritics.FoldWithStandIns(word));
    }

    [Theory]
    [InlineData("Östersunds KOMMUN", "ostersunds kommun")]
    [InlineData("Hållbar Tillväxt", "hallbar tillvaxt")]
    [InlineData("6ka &r", "6ka &r")] // stand-ins are left alone
    public void FoldLower_lower_cases_then_folds_character_for_character(string text, string expected)
    {
        Assert.Equal(expected, Diacritics.FoldLower(text));
        var span = new char[text.Length];
        Diacritics.FoldLower(text, span);
        Assert.Equal(expected, new string(span));
        Assert.Equal(text.Length, Diacritics.FoldLower(text).Length);
    }

    [Fact]
    public void Every_Latin_character_lower_cases_as_the_runtime_does()
    {
        for (var c = '\0'; c < '\u0250'; c++)
        {
            Assert.Equal(char.ToLowerInvariant(c), Diacritics.Lower(c));
            Assert.Equal(Diacritics.Fold(char.ToLowerInvariant(c)), Diacritics.FoldLower(c));
        }
    }

    [Theory]
    [InlineData("  Östersund ", "ostersund")]
    [InlineData("OSTERSUND", "ostersund")]
    [InlineData("Malmö", "malmo")]
    public void Key_is_trimmed_lower_case_and_folded(string name, string expected) => Assert.Equal(expected, Diacritics.Key(name));

    [Theory]
    [InlineData("&r", "ar")]
    [InlineData("6ka", "oka")]
    [InlineData("f0r", "for")]
    [InlineData("år", "ar")]
    [InlineData("i1", "i1")] // 1 for l is not one of these stand-ins
    public void FoldWithStandIns_also_folds_what_OCR_reads_for_Swedish_letters(string lower, string expected) =>
        Assert.Equal(expected, Diacritics.FoldWithStandIns(lower));

    [Fact]
    public void Span_forms_fold_in_place()
    {
        var buffer = "fördjupad förståelse".ToCharArray();
        Diacritics.Fold(buffer, buffer);
        Assert.Equal("fordjupad forstaelse", new string(buffer));
    }
}
