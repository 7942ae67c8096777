namespace MalAnalys.Documents;

/// <summary>A goal area (målområde) grouping goals.</summary>
/// <param name="Name">The area's name as printed.</param>
/// <param name="GoalOrdinals">The <see cref="Goal.Ordinal"/> of each goal in the area, in order.</param>
/// <param name="Span">Where the area's heading is in the source.</param>
public sealed record GoalArea(string Name, IReadOnlyList<int> GoalOrdinals, SourceSpan Span);
