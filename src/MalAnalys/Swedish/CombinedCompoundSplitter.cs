namespace MalAnalys.Swedish;

/// <summary>
/// The curated word list first (it knows goal vocabulary and which compounds read as one word, <c>näringsliv</c>), then
/// the fallback (the lexicon) for every other compound.
/// </summary>
internal sealed class CombinedCompoundSplitter(WordListCompoundSplitter wordList, ICompoundSplitter fallback) : ICompoundSplitter
{
    /// <inheritdoc/>
    public bool TrySplit(string lowerWord, out IReadOnlyList<string> parts)
    {
        if (wordList.TrySplit(lowerWord, out parts))
        {
            return true;
        }

        return !wordList.IsListed(lowerWord) && fallback.TrySplit(lowerWord, out parts);
    }
}
