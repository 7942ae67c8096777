namespace MalAnalys.Search;

/// <summary>Options for a <see cref="GoalIndex"/>.</summary>
public sealed record GoalIndexOptions
{
    /// <summary>The defaults.</summary>
    public static GoalIndexOptions Default { get; } = new();

    /// <summary>Memory the writer buffers before it flushes a segment, in MiB; bounds the writer's memory during a batch.</summary>
    public double RamBufferSizeMB { get; init; } = 16;
}
