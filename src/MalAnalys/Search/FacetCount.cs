namespace MalAnalys.Search;

/// <summary>How many hits have a value.</summary>
/// <param name="Value">The value (a municipality name; <c>(unknown)</c> when the parser found none).</param>
/// <param name="Count">The number of goals.</param>
public sealed record FacetCount(string Value, int Count);
