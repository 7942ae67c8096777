namespace MalAnalys.Search;

/// <summary>What an index holds.</summary>
/// <param name="Documents">Documents, the copies of a document (the same goals read from several files) counted once unless every copy was asked for.</param>
/// <param name="Goals">Goals, a goal's copies counted once unless every copy was asked for.</param>
/// <param name="Municipalities">Goals per municipality, most first.</param>
/// <param name="Sdgs">Goals per predicted SDG, most first.</param>
public sealed record GoalIndexStats(int Documents, int Goals, IReadOnlyList<FacetCount> Municipalities, IReadOnlyList<SdgCount> Sdgs)
{
    /// <summary>Source files indexed: every copy of a document counts.</summary>
    public int Files { get; init; }
}
