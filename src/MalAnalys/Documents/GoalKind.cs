namespace MalAnalys.Documents;

/// <summary>What a goal is about: the council's operations and the community, or the organisation's finances.</summary>
public enum GoalKind
{
    /// <summary>A goal for the council's operations or the community (verksamhetsmål, inriktningsmål, effektmål).</summary>
    Operational,

    /// <summary>A goal for the organisation's finances (finansiella mål, god ekonomisk hushållning): result, solidity, debt, self-financing.</summary>
    Financial,
}
