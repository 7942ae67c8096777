namespace MalAnalys.Documents;

/// <summary>An indicator or target value a document gives beside a goal ("Andelen elever som … ska öka till 85 % 2026").</summary>
/// <param name="Text">The indicator as printed, with line breaks folded to spaces.</param>
/// <param name="Target">The target value as printed ("85 %", "minst 2 procent", "≥ 4,5"), when the indicator states one.</param>
/// <param name="Year">The year the target is for, when stated.</param>
/// <param name="Span">Where the indicator is in the source.</param>
public sealed record GoalIndicator(string Text, string? Target, int? Year, SourceSpan Span);
