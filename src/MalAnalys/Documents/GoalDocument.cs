namespace MalAnalys.Documents;

/// <summary>The layout family a goal document was recognised as.</summary>
public enum LayoutFamily
{
    /// <summary>No goals were recognised.</summary>
    None,

    /// <summary>Each goal has a heading, a one-sentence goal statement ("I Perstorp ska …") and body text.</summary>
    HeadedStatements,

    /// <summary>Goals are numbered ("1.3 …", "Mål 2: …"), possibly with short names in parentheses listed in an overview.</summary>
    Numbered,

    /// <summary>Goal areas (målområden) each holding a bullet list of goals.</summary>
    AreaBullets,

    /// <summary>A list of goal statements with short names in parentheses, or a plain bullet list, with no further structure.</summary>
    GoalList,
}

/// <summary>What kind of period a document states.</summary>
public enum PeriodKind
{
    /// <summary>A term of office (mandatperiod), e.g. 2023–2026.</summary>
    Mandate,

    /// <summary>A budget year, e.g. budget 2024.</summary>
    Budget,

    /// <summary>A range of years stated without further qualification.</summary>
    Years,
}

/// <summary>The period a goal document covers, as stated in it.</summary>
/// <param name="Kind">What kind of period it is.</param>
/// <param name="StartYear">The first year.</param>
/// <param name="EndYear">The last year (equal to <paramref name="StartYear"/> for a single year).</param>
/// <param name="Text">The words that state it, as written.</param>
public sealed record Period(PeriodKind Kind, int StartYear, int EndYear, string Text);

/// <summary>A goal area (målområde) grouping goals.</summary>
/// <param name="Name">The area's name as printed.</param>
/// <param name="GoalOrdinals">The <see cref="Goal.Ordinal"/> of each goal in the area, in order.</param>
/// <param name="Span">Where the area's heading is in the source.</param>
public sealed record GoalArea(string Name, IReadOnlyList<int> GoalOrdinals, SourceSpan Span);

/// <summary>One goal of a goal document.</summary>
/// <param name="Ordinal">The 1-based position of the goal in the document; stable for the same input.</param>
/// <param name="Number">The goal's number as printed (<c>1.3</c>, <c>2</c>); <see langword="null"/> when the goals are not numbered.</param>
/// <param name="ShortName">The goal's short name as printed (<c>Kompetensförsörjning</c>); <see langword="null"/> when it has none.</param>
/// <param name="Statement">The goal statement, the sentence(s) the council adopted, with line breaks folded to spaces.</param>
/// <param name="Body">The paragraphs that explain the goal, in order, without page furniture or repeated pull quotes.</param>
/// <param name="Area">The name of the goal area the goal belongs to, when the document groups goals.</param>
/// <param name="Span">Where the goal, from its heading or statement to its last body paragraph, is in the source.</param>
public sealed record Goal(
    int Ordinal,
    string? Number,
    string? ShortName,
    string Statement,
    IReadOnlyList<string> Body,
    string? Area,
    SourceSpan Span);

/// <summary>A principle of goal governance stated beside the goals (e.g. "Tidiga insatser …").</summary>
/// <param name="Text">The principle, with line breaks folded to spaces.</param>
/// <param name="Span">Where it is in the source.</param>
public sealed record Principle(string Text, SourceSpan Span);

/// <summary>
/// The structure of a goal document: who adopted it, for which period, its goal areas, goals and principles,
/// and what could not be recognised. Immutable; spans point into the <see cref="DocumentText.Original"/> it was parsed from.
/// </summary>
public sealed record GoalDocument
{
    /// <summary>Where the document came from.</summary>
    public required SourceInfo Source { get; init; }

    /// <summary>The municipality or region the goals belong to, as written in the document; <see langword="null"/> when not found.</summary>
    public string? Municipality { get; init; }

    /// <summary>The document's title (its first heading); <see langword="null"/> when it has none.</summary>
    public string? Title { get; init; }

    /// <summary>The period or budget year the goals apply to, when the document states one.</summary>
    public Period? Period { get; init; }

    /// <summary>The date the goals were adopted, when the document states it ("antog Kommunfullmäktige den 15 juni 2023").</summary>
    public DateOnly? Adopted { get; init; }

    /// <summary>The layout family the parser recognised.</summary>
    public LayoutFamily Layout { get; init; }

    /// <summary>The goal areas, in document order; empty when goals are not grouped.</summary>
    public IReadOnlyList<GoalArea> Areas { get; init; } = [];

    /// <summary>The goals, in document order.</summary>
    public IReadOnlyList<Goal> Goals { get; init; } = [];

    /// <summary>Principles of goal governance stated beside the goals; empty when there are none.</summary>
    public IReadOnlyList<Principle> Principles { get; init; } = [];

    /// <summary>Problems found while reading and parsing.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
