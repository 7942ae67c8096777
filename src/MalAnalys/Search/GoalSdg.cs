namespace MalAnalys.Search;

/// <summary>A predicted UN Sustainable Development Goal for a goal, with the classifier's score.</summary>
/// <param name="Sdg">The SDG number, 1–17.</param>
/// <param name="Score">The score, 0–1.</param>
public sealed record GoalSdg(int Sdg, float Score);
