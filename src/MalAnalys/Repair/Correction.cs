namespace MalAnalys.Repair;

/// <summary>Why a correction was made.</summary>
public enum CorrectionReason
{
    /// <summary>Letters that lost their marks got them back (<c>hallbar</c> → <c>hållbar</c>).</summary>
    MarksRestored,

    /// <summary>A symbol that OCR put for å, ä or ö (<c>&amp;r</c>, <c>6ka</c>, <c>héllbar</c>) was replaced.</summary>
    OcrSymbol,

    /// <summary>A letter OCR misread (<c>Uthildning</c> → <c>Utbildning</c>, <c>tillvdxt</c> → <c>tillväxt</c>).</summary>
    OcrLetter,

    /// <summary>A word valid both ways (<c>for</c>/<c>för</c>) was decided from the document's damage and the context.</summary>
    Ambiguous,

    /// <summary>UTF-8 read as Latin-1 (<c>Ã¤</c> → <c>ä</c>).</summary>
    Encoding,

    /// <summary>A typographic ligature (<c>ﬁ</c>) was written out.</summary>
    Ligature,
}

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
