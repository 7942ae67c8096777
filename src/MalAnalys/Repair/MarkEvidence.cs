namespace MalAnalys.Repair;

/// <summary>
/// What the words of a text (or of one page of it) say about lost marks: words only valid with å/ä/ö restored against
/// words that carry their marks intact, and how many words are Swedish at all.
/// </summary>
/// <param name="Damaged">Words of four letters or more that are not valid as written but are with marks restored.</param>
/// <param name="Intact">Words of four letters or more that are valid and carry å/ä/ö.</param>
/// <param name="Swedish">Words that are Swedish, as written or repaired.</param>
/// <param name="Seen">Words looked at.</param>
internal readonly record struct MarkEvidence(int Damaged, int Intact, int Swedish, int Seen)
{
    private const double MinDamage = 0.002;
    private const double MaxDamage = 0.995;

    /// <summary>Below this share of words that are Swedish, a text is not treated as damaged Swedish.</summary>
    private const double MinSwedishShare = 0.6;

    /// <summary>
    /// The estimated share of words that lost their marks: (damaged + ½) / (damaged + intact + 1), kept within
    /// 0.002–0.995; a text that is mostly not Swedish (English, names, tables) gives no evidence of lost marks.
    /// </summary>
    public double Damage => Seen > 0 && (double)Swedish / Seen < MinSwedishShare
        ? MinDamage
        : Math.Clamp((Damaged + 0.5) / (Damaged + Intact + 1), MinDamage, MaxDamage);

    /// <summary>The evidence of two parts together.</summary>
    public static MarkEvidence operator +(MarkEvidence left, MarkEvidence right) =>
        new(left.Damaged + right.Damaged, left.Intact + right.Intact, left.Swedish + right.Swedish, left.Seen + right.Seen);
}
