using System.Globalization;

namespace MalAnalys.Search;

/// <summary>
/// One of <see cref="Count"/> deterministic parts of a collection, for indexing it on several machines at once
/// (<see cref="IndexBatchOptions.Shard"/>) and merging the parts afterwards (<see cref="GoalIndex.Merge"/>).
/// </summary>
/// <remarks>
/// A document belongs to shard <c>(value % Count) + 1</c>, where <c>value</c> is its document id
/// (<see cref="GoalIndex.DocumentIdOf"/>: 16 hex digits) read as an unsigned 64-bit number. The id depends only on the
/// file's content and real path, so every machine that sees the same files at the same paths puts each in the same
/// shard, and the shards of one <see cref="Count"/> are disjoint and together hold every document.
/// </remarks>
public sealed record IndexShard
{
    /// <summary>Creates a shard.</summary>
    /// <param name="number">Which part, from 1 to <paramref name="count"/>.</param>
    /// <param name="count">How many parts, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1, or <paramref name="number"/> is not from 1 to <paramref name="count"/>.</exception>
    public IndexShard(int number, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (number < 1 || number > count)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, string.Create(CultureInfo.InvariantCulture, $"The shard number must be from 1 to {count}."));
        }

        Number = number;
        Count = count;
    }

    /// <summary>Which part, 1-based.</summary>
    public int Number { get; }

    /// <summary>How many parts.</summary>
    public int Count { get; }

    /// <summary>Parses <c>K/N</c> (as in <c>--shard 2/8</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="shard">The shard, when the text is valid.</param>
    /// <returns>Whether the text is <c>K/N</c> with whole numbers 1 ≤ K ≤ N.</returns>
    public static bool TryParse(string? text, out IndexShard? shard)
    {
        shard = null;
        var parts = text?.Split('/') ?? [];
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || number < 1 || number > count)
        {
            return false;
        }

        shard = new IndexShard(number, count);
        return true;
    }

    /// <summary>Whether a document belongs to this shard.</summary>
    /// <param name="documentId">The document's id (<see cref="GoalIndex.DocumentIdOf"/>).</param>
    /// <returns>Whether it does.</returns>
    /// <exception cref="ArgumentException">The id is not hex digits.</exception>
    public bool Contains(string documentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        if (!ulong.TryParse(documentId, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw new ArgumentException($"'{documentId}' is not a document id (hex digits).", nameof(documentId));
        }

        return (int)(value % (ulong)Count) + 1 == Number;
    }

    /// <summary>The shard as <c>K/N</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number}/{Count}");
}
