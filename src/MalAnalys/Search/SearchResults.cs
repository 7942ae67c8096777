namespace MalAnalys.Search;

/// <summary>A predicted UN Sustainable Development Goal for a goal, with the classifier's score.</summary>
/// <param name="Sdg">The SDG number, 1–17.</param>
/// <param name="Score">The score, 0–1.</param>
public sealed record GoalSdg(int Sdg, float Score);

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
}

/// <summary>One goal found by a search or a similarity query.</summary>
public sealed record GoalHit
{
    /// <summary>The goal's id, <c>&lt;documentId&gt;#&lt;ordinal&gt;</c> (see <see cref="GoalIndex.GoalIdOf"/>); pass it to <see cref="GoalIndex.SimilarGoals(string, int)"/>.</summary>
    public required string GoalId { get; init; }

    /// <summary>The id of the source document (see <see cref="GoalIndex.DocumentIdOf"/>).</summary>
    public required string DocumentId { get; init; }

    /// <summary>The municipality, as written in the document; <see langword="null"/> when the parser found none.</summary>
    public string? Municipality { get; init; }

    /// <summary>The document's title.</summary>
    public string? Title { get; init; }

    /// <summary>The file the document was read from, as it was given to the index.</summary>
    public string? Path { get; init; }

    /// <summary>The goal's 1-based position in its document.</summary>
    public int Ordinal { get; init; }

    /// <summary>The goal's number as printed (<c>1.3</c>), when the document numbers its goals.</summary>
    public string? Number { get; init; }

    /// <summary>The goal's short name, when it has one.</summary>
    public string? ShortName { get; init; }

    /// <summary>The goal statement.</summary>
    public required string Statement { get; init; }

    /// <summary>The goal area, when the document groups goals.</summary>
    public string? Area { get; init; }

    /// <summary>The page the goal starts on.</summary>
    public int Page { get; init; }

    /// <summary>The document's period as written (<c>mandatperioden 2023-2026</c>), when it states one.</summary>
    public string? Period { get; init; }

    /// <summary>The goal's predicted SDGs, best first; empty until classification is wired in.</summary>
    public IReadOnlyList<GoalSdg> Sdgs { get; init; } = [];

    /// <summary>The Lucene score; only comparable within one result list.</summary>
    public float Score { get; init; }

    /// <summary>
    /// A passage of the statement or body with the matched words marked as <c>«word»</c> (guillemets: they do not occur in
    /// the seeds, survive JSON and terminals unescaped, and are not Markdown); cut passages start or end with <c>…</c>.
    /// </summary>
    public required string Snippet { get; init; }
}

/// <summary>How many hits have a value.</summary>
/// <param name="Value">The value (a municipality name; <c>(unknown)</c> when the parser found none).</param>
/// <param name="Count">The number of goals.</param>
public sealed record FacetCount(string Value, int Count);

/// <summary>How many hits are predicted to serve an SDG.</summary>
/// <param name="Sdg">The SDG number.</param>
/// <param name="Count">The number of goals.</param>
public sealed record SdgCount(int Sdg, int Count);

/// <summary>The result of a search: one page of hits, the total, and counts per municipality and SDG over all hits.</summary>
/// <param name="Hits">The requested page of hits, best first.</param>
/// <param name="TotalHits">How many goals matched in all.</param>
/// <param name="Municipalities">Goals per municipality over all hits, most first, then by name.</param>
/// <param name="Sdgs">Goals per SDG over all hits, most first, then by number.</param>
public sealed record GoalSearchResults(IReadOnlyList<GoalHit> Hits, int TotalHits, IReadOnlyList<FacetCount> Municipalities, IReadOnlyList<SdgCount> Sdgs);

/// <summary>What an index holds.</summary>
/// <param name="Documents">Source documents.</param>
/// <param name="Goals">Goals.</param>
/// <param name="Municipalities">Goals per municipality, most first.</param>
/// <param name="Sdgs">Goals per predicted SDG, most first.</param>
public sealed record GoalIndexStats(int Documents, int Goals, IReadOnlyList<FacetCount> Municipalities, IReadOnlyList<SdgCount> Sdgs);

/// <summary>Options for a <see cref="GoalIndex"/>.</summary>
public sealed record GoalIndexOptions
{
    /// <summary>The defaults.</summary>
    public static GoalIndexOptions Default { get; } = new();

    /// <summary>Memory the writer buffers before it flushes a segment, in MiB; bounds the writer's memory during a batch.</summary>
    public double RamBufferSizeMB { get; init; } = 16;
}
