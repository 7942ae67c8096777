namespace MalAnalys.Search;

/// <summary>The result of a search: one page of hits, the total, and counts per municipality and SDG over all hits.</summary>
/// <param name="Hits">The requested page of hits, best first.</param>
/// <param name="TotalHits">How many goals matched in all.</param>
/// <param name="Municipalities">Goals per municipality over all hits, most first, then by name.</param>
/// <param name="Sdgs">Goals per SDG over all hits, most first, then by number.</param>
public sealed record GoalSearchResults(IReadOnlyList<GoalHit> Hits, int TotalHits, IReadOnlyList<FacetCount> Municipalities, IReadOnlyList<SdgCount> Sdgs);
