namespace MalAnalys.Search;

/// <summary>Filters and paging for <see cref="GoalIndex.Search(string, GoalQuery?)"/>; every filter is optional.</summary>
public sealed record GoalQuery
{
    /// <summary>No filters, the first ten hits.</summary>
    public static GoalQuery Default { get; } = new();

    /// <summary>Only goals predicted to serve this SDG (1–17).</summary>
    public int? Sdg { get; init; }

    /// <summary>Only goals of this municipality; compared without case and diacritics (<c>Ostersund</c> matches <c>Östersund</c>).</summary>
    public string? Municipality { get; init; }

    /// <summary>Only goals whose document's period includes this year.</summary>
    public int? Year { get; init; }

    /// <summary>How many hits to skip (for paging).</summary>
    public int Skip { get; init; }

    /// <summary>How many hits to return.</summary>
    public int Take { get; init; } = 10;

    /// <summary>
    /// Whether every copy of a document is a hit of its own (default: no). By default the hits of a goal's copies
    /// (<see cref="Documents.DocumentCopies"/>) are folded into the best-scored one, which lists the others in
    /// <see cref="GoalHit.Copies"/>, and the total and the counts per municipality and SDG count the goal once.
    /// </summary>
    public bool AllCopies { get; init; }
}
