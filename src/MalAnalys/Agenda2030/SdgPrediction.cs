using System.Collections.Immutable;

namespace MalAnalys.Agenda2030;

/// <summary>How strongly a text serves one SDG.</summary>
/// <param name="Sdg">The SDG, 1 to 17.</param>
/// <param name="Score">A calibrated probability from 0 to 1 that the text serves the SDG.</param>
/// <param name="Evidence">The words and phrases that pushed the score, strongest first; empty for SDGs outside the top few (see <see cref="SdgClassifierOptions.EvidenceFor"/>).</param>
public sealed record SdgPrediction(int Sdg, double Score, ImmutableArray<SdgEvidence> Evidence)
{
    /// <summary>The SDG's catalogue entry.</summary>
    public SdgGoal Goal => SdgCatalogue.Get(Sdg);

    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Sdg}:{Score:0.00}");
}
