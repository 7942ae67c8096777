namespace MalAnalys.Documents;

/// <summary>
/// A measure a document gives for following a goal up: an indicator ("Andel invånare som känner sig trygga"), its target
/// value when one is stated ("minst 75 %"), and the year the target is for.
/// </summary>
/// <param name="Text">What is measured; <see langword="null"/> when the document states only a target value for the goal itself.</param>
/// <param name="Target">The target value as printed ("2 %", "minst 15 procent"); <see langword="null"/> when none is stated.</param>
/// <param name="Year">The year the target is for, when the document says ("år 2025", "Målvärde 2026").</param>
/// <param name="Span">Where the indicator or target stands in the source.</param>
public sealed record GoalIndicator(string? Text, string? Target, int? Year, SourceSpan Span);
