namespace MalAnalys.Swedish;

/// <summary>Splits with the embedded lexicon (<see cref="SwedishLexicon"/>, from hunspell-sv): every compound hunspell's compound flags allow.</summary>
internal sealed class LexiconCompoundSplitter(SwedishLexicon lexicon) : ICompoundSplitter
{
    /// <summary>The splitter over <see cref="SwedishLexicon.Default"/>, without a cache.</summary>
    public static LexiconCompoundSplitter Default { get; } = new(SwedishLexicon.Default);

    /// <summary>
    /// <see cref="Default"/> behind a cache: the one every user of the lexicon's splits shares (the SDG features, the
    /// goal index's lexicon-only chain), so a word is split once per process.
    /// </summary>
    public static CachingCompoundSplitter Cached { get; } = new(Default);

    /// <inheritdoc/>
    public bool TrySplit(string lowerWord, out IReadOnlyList<string> parts) => lexicon.TrySplitCompound(lowerWord, out parts);
}
