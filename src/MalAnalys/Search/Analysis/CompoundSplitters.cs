using MalAnalys.Swedish;

namespace MalAnalys.Search.Analysis;

/// <summary>The compound splitters of the index's two chains, each behind a cache (<see cref="CachingCompoundSplitter"/>).</summary>
/// <param name="Exact">For the exact fields.</param>
/// <param name="Folded">For the folded fields (applied before folding).</param>
internal sealed record CompoundSplitters(ICompoundSplitter Exact, ICompoundSplitter Folded)
{
    /// <summary>Word list, then lexicon: what the index uses (the query set's choice, see ANALYSIS.md).</summary>
    public static CompoundSplitters Default { get; } = Create(new CombinedCompoundSplitter(WordListCompoundSplitter.Default, LexiconCompoundSplitter.Default));

    /// <summary>The curated word list alone.</summary>
    public static CompoundSplitters WordListOnly { get; } = Create(WordListCompoundSplitter.Default);

    /// <summary>The lexicon alone, through the lexicon's shared cache.</summary>
    public static CompoundSplitters LexiconOnly { get; } = Create(LexiconCompoundSplitter.Cached);

    private static CompoundSplitters Create(ICompoundSplitter exact)
    {
        var cachedExact = exact as CachingCompoundSplitter ?? new CachingCompoundSplitter(exact);
        return new(cachedExact, new CachingCompoundSplitter(new FoldingCompoundSplitter(cachedExact, WordListCompoundSplitter.Folded)));
    }
}
