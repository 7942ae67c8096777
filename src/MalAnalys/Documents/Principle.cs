namespace MalAnalys.Documents;

/// <summary>A principle of goal governance stated beside the goals (e.g. "Tidiga insatser …").</summary>
/// <param name="Text">The principle, with line breaks folded to spaces.</param>
/// <param name="Span">Where it is in the source.</param>
public sealed record Principle(string Text, SourceSpan Span);
