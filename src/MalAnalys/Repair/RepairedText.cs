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
        _starts = new Lazy<(int[], int[])>(ComputeStarts);
    }

    private readonly Lazy<(int[] Original, int[] Repaired)> _starts;

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
        if (Corrections.IsEmpty)
        {
            return offset;
        }

        // The last correction starting before the offset (binary search); between corrections both texts advance together.
        var (originalStarts, repairedStarts) = _starts.Value;
        var starts = fromRepaired ? repairedStarts : originalStarts;
        var lo = 0;
        var hi = starts.Length - 1;
        var index = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (starts[mid] < offset)
            {
                index = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (index < 0)
        {
            return offset;
        }

        var c = Corrections[index];
        var startHere = starts[index];
        var lengthHere = fromRepaired ? c.Replacement.Length : c.Length;
        var otherStart = fromRepaired ? originalStarts[index] : repairedStarts[index];
        var otherLength = fromRepaired ? c.Length : c.Replacement.Length;
        if (offset < startHere + lengthHere)
        {
            // Inside a correction: same-length replacements map character by character, others snap to a boundary.
            if (lengthHere == otherLength)
            {
                return otherStart + (offset - startHere);
            }

            return towardsEnd ? otherStart + otherLength : otherStart;
        }

        return otherStart + otherLength + (offset - startHere - lengthHere);
    }

    /// <summary>Where each correction starts in the original and in the repaired text.</summary>
    private (int[] Original, int[] Repaired) ComputeStarts()
    {
        var original = new int[Corrections.Length];
        var repaired = new int[Corrections.Length];
        var delta = 0;
        for (var i = 0; i < Corrections.Length; i++)
        {
            var c = Corrections[i];
            original[i] = c.Start;
            repaired[i] = c.Start + delta;
            delta += c.Replacement.Length - c.Length;
        }

        return (original, repaired);
    }
}
