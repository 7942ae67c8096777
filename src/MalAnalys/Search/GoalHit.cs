namespace MalAnalys.Search;

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

    /// <summary>The file the document was read from: its real path (absolute, symbolic links resolved; see <see cref="GoalIndex.DocumentIdOf"/>).</summary>
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

    /// <summary>
    /// The same goal in the other copies of its document (the same document read from a text, a PDF, a scan; see
    /// <see cref="Documents.DocumentCopies"/>), whose hits were folded into this one, ordered by path; empty when there
    /// are none or when every copy was asked for (<see cref="GoalQuery.AllCopies"/>).
    /// </summary>
    public IReadOnlyList<GoalCopy> Copies { get; init; } = [];
}
