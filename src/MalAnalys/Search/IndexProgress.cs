namespace MalAnalys.Search;

/// <summary>How far a batch has come.</summary>
/// <param name="Done">Files finished: indexed, skipped or failed.</param>
/// <param name="Indexed">Files indexed.</param>
/// <param name="Skipped">Files skipped because the index already held them unchanged.</param>
/// <param name="Failed">Files that could not be read or parsed.</param>
/// <param name="Total">Files in the batch.</param>
/// <param name="Goals">Goals indexed so far.</param>
/// <param name="Elapsed">Time since the batch started.</param>
public sealed record IndexProgress(int Done, int Indexed, int Skipped, int Failed, int Total, long Goals, TimeSpan Elapsed)
{
    /// <summary>Files finished per second so far.</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;
}
