namespace MalAnalys.Repair;

/// <summary>One change made by repair, located in the original text.</summary>
/// <param name="Start">Offset of the changed text in the original.</param>
/// <param name="Length">Length of the changed text in the original.</param>
/// <param name="Original">The original text (<c>Original.Length == Length</c>).</param>
/// <param name="Replacement">What it was replaced with.</param>
/// <param name="Confidence">How sure repair is, from 0 to 1 (the share of the evidence for this reading among all readings considered).</param>
/// <param name="Reason">The kind of damage.</param>
/// <param name="Rule">What was done, in words (<c>a→å; o→ö</c>, <c>é→ä</c>, <c>context: varje _</c>).</param>
public sealed record Correction(int Start, int Length, string Original, string Replacement, double Confidence, CorrectionReason Reason, string Rule)
{
    /// <summary>Offset just past the changed text in the original.</summary>
    public int End => Start + Length;
}
