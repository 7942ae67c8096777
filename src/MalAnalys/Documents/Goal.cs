namespace MalAnalys.Documents;

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
    SourceSpan Span)
{
    /// <summary>Whether the goal is an operational or a financial goal.</summary>
    public GoalKind Kind { get; init; } = GoalKind.Operational;

    /// <summary>The indicators and target values the document gives for the goal, in order; empty when it gives none.</summary>
    public IReadOnlyList<GoalIndicator> Indicators { get; init; } = [];
}
