namespace MalAnalys.Documents;

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

    /// <summary>
    /// The official code of <see cref="Municipality"/>: SCB's four-digit kommunkod for a municipality ("2380"), the two-digit
    /// länskod for a region ("23"); <see langword="null"/> when the council is not known.
    /// </summary>
    public string? MunicipalityCode { get; init; }

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
