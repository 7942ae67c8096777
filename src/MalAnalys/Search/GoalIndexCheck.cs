namespace MalAnalys.Search;

/// <summary>What <see cref="GoalIndex.Check"/> found sound.</summary>
/// <param name="Segments">The index's segments, each read in full.</param>
/// <param name="Entries">The Lucene entries checked: one per goal and one per document.</param>
/// <param name="Elapsed">How long the check took.</param>
public sealed record GoalIndexCheck(int Segments, int Entries, TimeSpan Elapsed);
