using System.Collections.Immutable;

namespace MalAnalys.Repair;

/// <summary>
/// Text after repair: the repaired <see cref="Text"/>, the untouched <see cref="Original"/>, every
/// <see cref="Correction"/>, and a map between the two so that any span of the repaired text can be traced
/// back to the original. Immutable.
/// </summary>
public sealed class RepairedText
{
    internal RepairedText(string original, string text, ImmutableArray<Correction> corrections, double damage)
    {
        Original = original;
        Text = text;
        Corrections = corrections;
        Damage = damage;
    }

    /// <summary>The text as it was read.</summary>
    public string Original { get; }

    /// <summary>The repaired text.</summary>
    public string Text { get; }

    /// <summary>Every change, in order of position, never overlapping.</summary>
    public ImmutableArray<Correction> Corrections { get; }

    /// <summary>
    /// The estimated share of words that lost their å/ä/ö (0 for clean text, near 1 for text that lost them all),
    /// from the words that are only valid with marks restored against those that carry their marks intact.
    /// </summary>
    public double Damage { get; }

    /// <summary>Whether anything was changed.</summary>
    public bool Changed => !Corrections.IsEmpty;

    /// <summary>Maps an offset in <see cref="Text"/> to the offset in <see cref="Original"/> of the same character; an offset inside a replacement maps to the start of what it replaced (or to its end, for the end of a span).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is outside the repaired text.</exception>
    public int ToOriginal(int offset) => Map(offset, towardsEnd: false, fromRepaired: true);

    /// <summary>Maps an offset in <see cref="Original"/> to the offset in <see cref="Text"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is outside the original text.</exception>
    public int FromOriginal(int offset) => Map(offset, towardsEnd: false, fromRepaired: false);

    /// <summary>Maps a span of the repaired text to the span of the original it came from, widened to whole corrections.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is outside the repaired text.</exception>
    public (int Start, int Length) MapToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var s = Map(start, towardsEnd: false, fromRepaired: true);
        var e = Map(start + length, towardsEnd: true, fromRepaired: true);
        return (s, Math.Max(0, e - s));
    }

    private int Map(int offset, bool towardsEnd, bool fromRepaired)
    {
        var limit = fromRepaired ? Text.Length : Original.Length;
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, limit);

        // Walk the corrections; between them both texts advance together.
        var delta = 0; // repaired - original, before the current correction
        foreach (var c in Corrections)
        {
            var startHere = fromRepaired ? c.Start + delta : c.Start;
            var lengthHere = fromRepaired ? c.Replacement.Length : c.Length;
            if (offset <= startHere)
            {
                break;
            }

            if (offset < startHere + lengthHere)
            {
                // Inside a correction: same-length replacements map character by character, others snap to a boundary.
                var otherStart = fromRepaired ? c.Start : c.Start + delta;
                var otherLength = fromRepaired ? c.Length : c.Replacement.Length;
                if (lengthHere == otherLength)
                {
                    return otherStart + (offset - startHere);
                }

                return towardsEnd ? otherStart + otherLength : otherStart;
            }

            delta += c.Replacement.Length - c.Length;
        }

        return fromRepaired ? offset - delta : offset + delta;
    }
}
