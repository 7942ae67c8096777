namespace MalAnalys.Swedish;

/// <summary>
/// Splits a Swedish compound (<c>kompetensförsörjning</c>) into the words it is made of (<c>kompetens</c>, <c>försörjning</c>),
/// so that a query for a part finds the compound. Implementations must be thread-safe.
/// </summary>
internal interface ICompoundSplitter
{
    /// <summary>Splits a lower-case word.</summary>
    /// <param name="lowerWord">The word, lower case.</param>
    /// <param name="parts">The parts as they are written inside the word (inflected last part included), in order; empty when it returns <see langword="false"/>.</param>
    /// <returns>Whether the word is a compound of known parts.</returns>
    bool TrySplit(string lowerWord, out IReadOnlyList<string> parts);
}
