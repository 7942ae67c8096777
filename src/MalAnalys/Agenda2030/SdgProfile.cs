using System.Collections.Immutable;

namespace MalAnalys.Agenda2030;

/// <summary>A document's Agenda 2030 profile: for each SDG, how many goals serve it and how strongly.</summary>
/// <param name="GoalCount">How many goals were classified.</param>
/// <param name="Entries">One entry per SDG, in SDG order.</param>
public sealed record SdgProfile(int GoalCount, ImmutableArray<SdgProfileEntry> Entries)
{
    /// <summary>The profile of some classified goals.</summary>
    /// <param name="results">The goals' classifications.</param>
    /// <returns>The profile.</returns>
    public static SdgProfile Create(IReadOnlyList<SdgResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var entries = ImmutableArray.CreateBuilder<SdgProfileEntry>(SdgCatalogue.Count);
        // Plain loops: this runs once per analysed document, and the LINQ it replaces allocated per goal and SDG.
        for (var sdg = 1; sdg <= SdgCatalogue.Count; sdg++)
        {
            var served = 0;
            var sum = 0.0;
            var max = double.NegativeInfinity;
            foreach (var result in results)
            {
                foreach (var p in result.Predictions)
                {
                    if (p.Sdg != sdg)
                    {
                        continue;
                    }

                    served += result.IsServed(p) ? 1 : 0;
                    sum += p.Score;
                    max = Math.Max(max, p.Score);
                    break;
                }
            }

            entries.Add(new SdgProfileEntry(sdg, served, results.Count == 0 ? 0 : sum / results.Count, results.Count == 0 ? 0 : max));
        }

        return new SdgProfile(results.Count, entries.MoveToImmutable());
    }

    /// <summary>The entry of one SDG.</summary>
    /// <param name="sdg">1 to 17.</param>
    /// <returns>The entry.</returns>
    public SdgProfileEntry this[int sdg] => Entries[SdgCatalogue.Get(sdg).Number - 1];
}
