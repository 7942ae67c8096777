namespace MalAnalys.Search;

/// <summary>How many hits are predicted to serve an SDG.</summary>
/// <param name="Sdg">The SDG number.</param>
/// <param name="Count">The number of goals.</param>
public sealed record SdgCount(int Sdg, int Count);
