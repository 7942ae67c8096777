namespace MalAnalys.Search;

/// <summary>Options for <see cref="GoalIndex.IndexAsync"/>.</summary>
public sealed record IndexBatchOptions
{
    /// <summary>The defaults.</summary>
    public static IndexBatchOptions Default { get; } = new();

    /// <summary>How many documents are read, repaired and parsed at once (default: the number of processors).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Commit after this many documents, so a crash loses at most this many (default 500).</summary>
    public int CommitEvery { get; init; } = 500;

    /// <summary>Commit at least this often while documents are coming in (default 30 s).</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many analysed documents may wait for the writer; bounds memory (default 32).</summary>
    public int QueueCapacity { get; init; } = 32;

    /// <summary>Skip files whose path and content hash are already in the last commit (default <see langword="true"/>), so a re-run after a crash completes the rest.</summary>
    public bool SkipUnchanged { get; init; } = true;

    /// <summary>
    /// Index only this part of the files (<see cref="IndexShard.Contains"/>), or <see langword="null"/> for all (the default):
    /// run the batch once per shard, on as many machines, and merge the shard indexes with <see cref="GoalIndex.Merge"/>.
    /// Files of other shards are left out before anything else and are not counted in <see cref="IndexBatchResult.Total"/>.
    /// Each file's content is hashed to find its shard; one that cannot be read goes to the shard of its path with an empty
    /// hash, so exactly one shard reports it.
    /// </summary>
    public IndexShard? Shard { get; init; }
}
