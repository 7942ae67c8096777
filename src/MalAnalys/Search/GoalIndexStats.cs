namespace MalAnalys.Search;

/// <summary>What an index holds.</summary>
/// <param name="Documents">Source documents.</param>
/// <param name="Goals">Goals.</param>
/// <param name="Municipalities">Goals per municipality, most first.</param>
/// <param name="Sdgs">Goals per predicted SDG, most first.</param>
public sealed record GoalIndexStats(int Documents, int Goals, IReadOnlyList<FacetCount> Municipalities, IReadOnlyList<SdgCount> Sdgs);
