using MalAnalys.Swedish;

namespace MalAnalys.Tests.Swedish;

public class SwedishLexiconTests
{
    [Theory]
    [InlineData("kommun", WordUse.Word | WordUse.CompoundBegin | WordUse.CompoundEnd)]
    [InlineData("försörjnings", WordUse.Word | WordUse.CompoundBegin | WordUse.CompoundMiddle | WordUse.CompoundEnd)]
    [InlineData("Östersund", WordUse.Word | WordUse.ProperNoun)]
    [InlineData("hållbara", WordUse.Word | WordUse.CompoundEnd)]
    [InlineData("hallbar", WordUse.None)]
    public void Lookup_knows_forms_and_their_compound_use(string word, WordUse expected) =>
        Assert.Equal(expected, SwedishLexicon.Default.Lookup(word));

    [Theory]
    [InlineData("kommunövergripande", "kommun", "övergripande")]
    [InlineData("kompetensförsörjningen", "kompetens", "försörjningen")]
    [InlineData("Livsmedelsförsörjning", "livsmedels", "försörjning")]
    public void Compounds_split_into_dictionary_forms(string word, params string[] parts)
    {
        Assert.True(SwedishLexicon.Default.Contains(word));
        Assert.True(SwedishLexicon.Default.TrySplitCompound(word, out var split));
        Assert.Equal(parts, split);
    }

    [Theory]
    [InlineData("kommunovergripande")]
    [InlineData("tillvaxt")]
    [InlineData("xqzwv")]
    [InlineData("")]
    public void Damaged_or_foreign_words_are_not_in_the_lexicon(string word)
    {
        Assert.False(SwedishLexicon.Default.Contains(word));
        Assert.False(SwedishLexicon.Default.TrySplitCompound(word, out _));
    }

    [Fact]
    public void User_words_extend_a_copy()
    {
        var lexicon = SwedishLexicon.Default.WithWords(["Östberget", "  ", "frösöblomster"]);
        Assert.True(lexicon.Contains("östberget"));
        Assert.True(lexicon.TrySplitCompound("kommunöstberget", out var parts));
        Assert.Equal(["kommun", "östberget"], parts);
        Assert.Equal(WordUse.Word | WordUse.CompoundBegin | WordUse.CompoundEnd | WordUse.ProperNoun, lexicon.Lookup("Östberget"));
        Assert.False(SwedishLexicon.Default.Contains("östberget"));
        Assert.Equal(2, lexicon.UserWords.Count);
    }

    [Fact]
    public void A_stream_that_is_not_a_lexicon_is_refused()
    {
        using var garbage = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]);
        Assert.Throws<InvalidDataException>(() => SwedishLexicon.Load(garbage));
        Assert.Throws<ArgumentNullException>(() => SwedishLexicon.Load(null!));
    }

    [Fact]
    public void Embedded_lexicon_round_trips_through_load()
    {
        using var stream = typeof(SwedishLexicon).Assembly.GetManifestResourceStream("MalAnalys.Swedish.Data.sv-lexicon.bin")!;
        var loaded = SwedishLexicon.Load(stream);
        Assert.Equal(SwedishLexicon.Default.Lookup("kommunen"), loaded.Lookup("kommunen"));
        Assert.True(loaded.Contains("samhällsutmaningar"));
    }
}
