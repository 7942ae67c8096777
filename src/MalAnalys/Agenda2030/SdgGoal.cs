using System.Collections.Immutable;

namespace MalAnalys.Agenda2030;

/// <summary>One of the 17 global goals (Sustainable Development Goals) of Agenda 2030.</summary>
/// <param name="Number">The goal's number, 1 to 17.</param>
/// <param name="SwedishName">The official Swedish short name, e.g. <c>Hälsa och välbefinnande</c>.</param>
/// <param name="SwedishVariants">Other Swedish names in common use for the same goal.</param>
/// <param name="EnglishName">The official English short name, e.g. <c>Good Health and Well-being</c>.</param>
/// <param name="Colour">The goal's official colour as <c>#RRGGBB</c>.</param>
/// <param name="Description">What the goal and its targets cover, in Swedish, written for MalAnalys.</param>
public sealed record SdgGoal(int Number, string SwedishName, ImmutableArray<string> SwedishVariants, string EnglishName, string Colour, string Description)
{
    /// <summary>The goal as it is usually written in Swedish documents: number and name, e.g. <c>3 Hälsa och välbefinnande</c>.</summary>
    public string Label => $"{Number} {SwedishName}";

    /// <inheritdoc />
    public override string ToString() => Label;
}
