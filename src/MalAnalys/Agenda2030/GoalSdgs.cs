using MalAnalys.Documents;

namespace MalAnalys.Agenda2030;

/// <summary>The SDGs of one goal of a document.</summary>
/// <param name="Goal">The goal.</param>
/// <param name="Result">Its classification.</param>
public sealed record GoalSdgs(Goal Goal, SdgResult Result);
