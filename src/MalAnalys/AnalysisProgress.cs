namespace MalAnalys;

/// <summary>How far a batch has come.</summary>
/// <param name="Done">Files finished, failed ones included.</param>
/// <param name="Failed">Files that failed.</param>
/// <param name="Total">Files in the batch.</param>
public sealed record AnalysisProgress(int Done, int Failed, int Total);
