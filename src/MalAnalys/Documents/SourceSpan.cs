namespace MalAnalys.Documents;

/// <summary>
/// A range of characters in <see cref="DocumentText.Original"/>, the text exactly as it was read,
/// with the page it starts on.
/// </summary>
/// <param name="Page">The 1-based page on which the span starts.</param>
/// <param name="Start">The offset of the first character in <see cref="DocumentText.Original"/>.</param>
/// <param name="Length">The number of characters covered.</param>
public readonly record struct SourceSpan(int Page, int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;
}
