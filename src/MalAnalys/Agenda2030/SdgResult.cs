using System.Collections.Immutable;
using MalAnalys.Documents;

namespace MalAnalys.Agenda2030;

/// <summary>The classification of one text: all 17 SDGs ranked by score, and what was odd about the text.</summary>
/// <param name="Text">The text that was classified; evidence offsets point into it.</param>
/// <param name="Predictions">All 17 SDGs, highest score first (ties by number).</param>
/// <param name="Threshold">The score from which an SDG counts as served; the highest-scoring SDG may count from a lower score (see <see cref="Served"/>).</param>
/// <param name="Diagnostics">Why the scores may mean little: empty text, English text, nothing linked to Agenda 2030.</param>
public sealed record SdgResult(string Text, ImmutableArray<SdgPrediction> Predictions, double Threshold, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The SDGs the text serves, highest first: those whose score reaches <see cref="Threshold"/>, and the
    /// highest-scoring SDG already from the model's lower threshold for the first SDG (both chosen by cross-validation
    /// when the model was trained; one and the same when <see cref="SdgClassifierOptions.Threshold"/> is set).
    /// </summary>
    public IEnumerable<SdgPrediction> Served => Predictions.Where(IsServed);

    /// <summary>The score from which the highest-scoring SDG counts as served (NaN: <see cref="Threshold"/>).</summary>
    internal double TopThreshold { get; init; } = double.NaN;

    internal bool IsServed(SdgPrediction prediction) =>
        prediction.Score >= Threshold
            || (!Predictions.IsDefaultOrEmpty && ReferenceEquals(prediction, Predictions[0]) && !double.IsNaN(TopThreshold) && prediction.Score >= TopThreshold);

    /// <summary>The <paramref name="count"/> highest-scoring SDGs.</summary>
    /// <param name="count">How many.</param>
    /// <returns>The predictions, highest first.</returns>
    public IEnumerable<SdgPrediction> Top(int count) => Predictions.Take(count);

    /// <summary>The score of one SDG.</summary>
    /// <param name="sdg">1 to 17.</param>
    /// <returns>Its score.</returns>
    public double ScoreOf(int sdg) => Predictions.First(p => p.Sdg == sdg).Score;
}
