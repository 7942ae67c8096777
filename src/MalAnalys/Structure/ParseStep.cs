using MalAnalys.Documents;

namespace MalAnalys.Structure;

/// <summary>One decision the goal parser made: a goal section, list, label or heading it took as goals or passed over, and why.</summary>
/// <param name="What">What was looked at: <c>layout</c>, <c>list</c>, <c>label</c>, <c>heading</c>, <c>section</c>.</param>
/// <param name="Taken">Whether it gave goals.</param>
/// <param name="Reason">Why, in a few words ("announced by 'Kommunfullmäktiges mål'", "introduced as indicators").</param>
/// <param name="Text">The beginning of the text concerned.</param>
/// <param name="Span">Where it is in the source (an empty span for decisions about the whole document).</param>
public sealed record ParseStep(string What, bool Taken, string Reason, string Text, SourceSpan Span);
