namespace MalAnalys.Swedish;

/// <summary>Whether a council is a municipality (kommun) or a region (region, formerly landsting).</summary>
public enum CouncilKind
{
    /// <summary>One of Sweden's 290 municipalities; its code is SCB's four-digit kommunkod.</summary>
    Municipality,

    /// <summary>One of Sweden's 21 regions; its code is SCB's two-digit länskod.</summary>
    Region,
}
