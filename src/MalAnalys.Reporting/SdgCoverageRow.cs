using System.Collections.Immutable;
using MalAnalys.Agenda2030;

namespace MalAnalys.Reporting;

/// <summary>One row of an <see cref="SdgCoverage"/> matrix: a municipality (or a document without one) and how its goals serve each SDG.</summary>
/// <param name="Label">The municipality as written, or the file name of a document that names none.</param>
/// <param name="Documents">How many documents the row brings together.</param>
/// <param name="GoalCount">How many classified goals those documents have.</param>
/// <param name="Goals">For each SDG (index 0 holds SDG 1), how many of those goals serve it.</param>
public sealed record SdgCoverageRow(string Label, int Documents, int GoalCount, ImmutableArray<int> Goals)
{
    /// <summary>The share (0 to 1) of the row's goals that serve an SDG.</summary>
    /// <param name="sdg">1 to 17.</param>
    /// <returns>Goals serving <paramref name="sdg"/> divided by <see cref="GoalCount"/>; 0 when there are no goals.</returns>
    public double Share(int sdg) => GoalCount == 0 ? 0 : (double)Goals[SdgCatalogue.Get(sdg).Number - 1] / GoalCount;
}
