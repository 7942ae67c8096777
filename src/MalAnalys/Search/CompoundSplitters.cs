using MalAnalys.Swedish;

namespace MalAnalys.Search;

/// <summary>Splits with the repair lexicon (<see cref="SwedishLexicon"/>, from hunspell-sv): every compound hunspell's compound flags allow.</summary>
internal sealed class LexiconCompoundSplitter(SwedishLexicon lexicon) : ICompoundSplitter
{
    public static LexiconCompoundSplitter Default { get; } = new(SwedishLexicon.Default);

    public bool TrySplit(string lowerWord, out IReadOnlyList<string> parts) => lexicon.TrySplitCompound(lowerWord, out parts);
}

/// <summary>
/// The curated word list first (it knows goal vocabulary and which compounds read as one word, <c>näringsliv</c>), then
/// the lexicon for every other compound.
/// </summary>
internal sealed class CombinedCompoundSplitter(WordListCompoundSplitter wordList, ICompoundSplitter fallback) : ICompoundSplitter
{
    public bool TrySplit(string lowerWord, out IReadOnlyList<string> parts)
    {
        if (wordList.TrySplit(lowerWord, out parts))
        {
            return true;
        }

        return !wordList.IsListed(lowerWord) && fallback.TrySplit(lowerWord, out parts);
    }
}

/// <summary>
/// For the folded field, which splits before folding: the exact splitter on the word as written (clean text), else the
/// folded word list on its folded form (text whose diacritics OCR lost: <c>kompetensforsorjningen</c>).
/// The parts are folded by the filter after the split.
/// </summary>
internal sealed class FoldingCompoundSplitter(ICompoundSplitter exact, WordListCompoundSplitter foldedWordList) : ICompoundSplitter
{
    public bool TrySplit(string lowerWord, out IReadOnlyList<string> parts) =>
        exact.TrySplit(lowerWord, out parts) || foldedWordList.TrySplit(Diacritics.Fold(lowerWord), out parts);
}

/// <summary>The splitters of the index's two chains.</summary>
/// <param name="Exact">For the exact fields.</param>
/// <param name="Folded">For the folded fields (applied before folding).</param>
internal sealed record CompoundSplitters(ICompoundSplitter Exact, ICompoundSplitter Folded)
{
    /// <summary>Word list, then lexicon: what the index uses (the query set's choice, see ANALYSIS.md).</summary>
    public static CompoundSplitters Default { get; } = Create(new CombinedCompoundSplitter(WordListCompoundSplitter.Default, LexiconCompoundSplitter.Default));

    /// <summary>The curated word list alone.</summary>
    public static CompoundSplitters WordListOnly { get; } = Create(WordListCompoundSplitter.Default);

    /// <summary>The repair lexicon alone.</summary>
    public static CompoundSplitters LexiconOnly { get; } = Create(LexiconCompoundSplitter.Default);

    private static CompoundSplitters Create(ICompoundSplitter exact)
    {
        var cachedExact = new CachingCompoundSplitter(exact);
        return new(cachedExact, new CachingCompoundSplitter(new FoldingCompoundSplitter(cachedExact, WordListCompoundSplitter.Folded)));
    }
}
