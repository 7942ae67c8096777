namespace MalAnalys.Search;

/// <summary>What a batch did.</summary>
/// <param name="Total">Files in the batch.</param>
/// <param name="Indexed">Files indexed.</param>
/// <param name="Skipped">Files skipped because the index already held them unchanged.</param>
/// <param name="Goals">Goals indexed.</param>
/// <param name="Failures">The files that failed, in the order they failed.</param>
/// <param name="Commits">How many commits the batch made.</param>
/// <param name="Elapsed">How long it took.</param>
public sealed record IndexBatchResult(int Total, int Indexed, int Skipped, long Goals, IReadOnlyList<IndexFailure> Failures, int Commits, TimeSpan Elapsed);
