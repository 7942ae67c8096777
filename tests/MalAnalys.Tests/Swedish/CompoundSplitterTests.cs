using MalAnalys.Swedish;

namespace MalAnalys.Tests.Swedish;

/// <summary>The compound word list (<c>Swedish/Data/compound-parts.txt</c>) and the splitters over it and the lexicon.</summary>
public class CompoundSplitterTests
{
    private static string DataFile => Path.Combine(Architecture.LayerTests.RepositoryRoot(), "src", "MalAnalys", "Swedish", "Data", "compound-parts.txt");

    [Fact]
    public void The_word_list_is_sorted_lower_case_unique_words_of_three_letters_or_more()
    {
        using var reader = new StreamReader(DataFile);
        var words = CompoundParts.Parse(reader);
        Assert.Equal(269, words.Count);
        Assert.Equal(words.Order(StringComparer.Ordinal), words);
        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
        Assert.All(words, w => Assert.True(w.Length >= 3 && w.All(char.IsLower), w));
    }

    [Fact]
    public void The_embedded_word_list_is_the_data_file()
    {
        using var reader = new StreamReader(DataFile);
        Assert.Equal(CompoundParts.Parse(reader), CompoundParts.Words);
        Assert.Same(CompoundParts.Words, CompoundParts.Words);
    }

    [Fact]
    public void Parsing_skips_comments_and_blank_lines()
    {
        using var reader = new StringReader("# a comment\n\nbarn\r\n  omsorg \n#skola\n");
        Assert.Equal(["barn", "omsorg"], CompoundParts.Parse(reader));
    }

    [Theory]
    [InlineData("kompetensförsörjning", "kompetens", "försörjning")]
    [InlineData("kompetensförsörjningen", "kompetens", "försörjningen")]
    [InlineData("omsorgsbehov", "omsorg", "behov")]
    [InlineData("arbetsmarknad", "arbet", "marknad")] // arbete drops its -e before the linking -s-
    [InlineData("skolutveckling", "skol", "utveckling")]
    public void The_word_list_splits_goal_compounds(string word, params string[] parts)
    {
        Assert.True(WordListCompoundSplitter.Default.TrySplit(word, out var split));
        Assert.Equal(parts, split);
    }

    [Theory]
    [InlineData("näringsliv")] // listed whole: read as one word
    [InlineData("näringslivet")]
    [InlineData("tillväxt")]
    [InlineData("kommun")]
    [InlineData("pendlarparkeringar")] // not goal vocabulary: the lexicon's
    public void The_word_list_leaves_listed_and_unknown_words_whole(string word) =>
        Assert.False(WordListCompoundSplitter.Default.TrySplit(word, out _));

    [Fact]
    public void The_combined_splitter_asks_the_lexicon_only_for_words_the_list_does_not_know()
    {
        var combined = new CombinedCompoundSplitter(WordListCompoundSplitter.Default, LexiconCompoundSplitter.Default);
        Assert.True(combined.TrySplit("pendlarparkeringar", out var parts));
        Assert.Equal(parts, LexiconCompoundSplitter.Default.TrySplit("pendlarparkeringar", out var lexicon) ? lexicon : []);
        Assert.True(LexiconCompoundSplitter.Default.TrySplit("näringslivet", out _));
        Assert.False(combined.TrySplit("näringslivet", out _));
    }

    [Fact]
    public void The_folding_splitter_splits_words_that_lost_their_diacritics_with_the_folded_list()
    {
        var folding = new FoldingCompoundSplitter(WordListCompoundSplitter.Default, WordListCompoundSplitter.Folded);
        Assert.True(folding.TrySplit("kompetensforsorjningen", out var parts));
        Assert.Equal(["kompetens", "forsorjningen"], parts);
        Assert.True(folding.TrySplit("kompetensförsörjningen", out parts));
        Assert.Equal(["kompetens", "försörjningen"], parts);
    }

    [Fact]
    public void The_cache_answers_as_its_splitter_does()
    {
        var cached = new CachingCompoundSplitter(LexiconCompoundSplitter.Default);
        foreach (var word in new[] { "kommunövergripande", "folkhälsoarbetet", "hållbarhetsmål", "kommun", "xqzwv", "kommunövergripande" })
        {
            var expected = LexiconCompoundSplitter.Default.TrySplit(word, out var parts);
            Assert.Equal(expected, cached.TrySplit(word, out var fromCache));
            Assert.Equal(expected ? parts : [], fromCache);
            Assert.Equal(expected, cached.TrySplit(word.AsSpan(), out fromCache));
            Assert.Equal(expected ? parts : [], fromCache);
        }
    }
}
