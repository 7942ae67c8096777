namespace MalAnalys.Search;

/// <summary>Another copy of a hit's goal: the same goal in a copy of its document (see <see cref="Documents.DocumentCopies"/>).</summary>
/// <param name="GoalId">The copy's goal id.</param>
/// <param name="DocumentId">The copy's document id.</param>
/// <param name="Path">The file the copy was read from, when known.</param>
public sealed record GoalCopy(string GoalId, string DocumentId, string? Path);
