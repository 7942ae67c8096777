namespace MalAnalys.Agenda2030;

/// <summary>How a document's goals serve one SDG.</summary>
/// <param name="Sdg">The SDG, 1 to 17.</param>
/// <param name="Goals">How many goals serve it (see <see cref="SdgResult.Served"/>).</param>
/// <param name="MeanScore">The mean score over all goals.</param>
/// <param name="MaxScore">The highest score of any goal.</param>
public sealed record SdgProfileEntry(int Sdg, int Goals, double MeanScore, double MaxScore);
