namespace MalAnalys.Search;

/// <summary>A file a batch could not index, and why.</summary>
/// <param name="Path">The file.</param>
/// <param name="Message">What went wrong.</param>
public sealed record IndexFailure(string Path, string Message);
