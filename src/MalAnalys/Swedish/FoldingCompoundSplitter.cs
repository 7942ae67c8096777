namespace MalAnalys.Swedish;

/// <summary>
/// For text that may have lost its diacritics: the exact splitter on the word as written (clean text), else the folded
/// word list on its folded form (<c>kompetensforsorjningen</c>). The parts come back as the splitter that found them
/// wrote them; the goal index's folded chain folds them after the split.
/// </summary>
internal sealed class FoldingCompoundSplitter(ICompoundSplitter exact, WordListCompoundSplitter foldedWordList) : ICompoundSplitter
{
    /// <inheritdoc/>
    public bool TrySplit(string lowerWord, out IReadOnlyList<string> parts) =>
        exact.TrySplit(lowerWord, out parts) || foldedWordList.TrySplit(Diacritics.Fold(lowerWord), out parts);
}
