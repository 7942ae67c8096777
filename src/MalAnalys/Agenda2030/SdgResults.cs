using System.Collections.Immutable;
using MalAnalys.Documents;

namespace MalAnalys.Agenda2030;

/// <summary>
/// A word or phrase of the input that pushed an SDG's score up, with the sentence it came from. The weights of all
/// words of a text, plus the SDG's bias, add up to the score's logit: the evidence is the computation, not a gloss on it.
/// </summary>
/// <param name="Text">The word or phrase as written in the input.</param>
/// <param name="Weight">Its contribution to the SDG's logit (model weight × feature value, summed over the word's stem, bigrams and character n-grams).</param>
/// <param name="Sentence">The sentence of the input that holds it.</param>
/// <param name="Start">Offset of <paramref name="Text"/> in <see cref="SdgResult.Text"/>.</param>
/// <param name="Length">Length of <paramref name="Text"/> in <see cref="SdgResult.Text"/>.</param>
public sealed record SdgEvidence(string Text, double Weight, string Sentence, int Start, int Length);

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

/// <summary>The SDGs of one goal of a document.</summary>
/// <param name="Goal">The goal.</param>
/// <param name="Result">Its classification.</param>
public sealed record GoalSdgs(Goal Goal, SdgResult Result);

/// <summary>How a document's goals serve one SDG.</summary>
/// <param name="Sdg">The SDG, 1 to 17.</param>
/// <param name="Goals">How many goals serve it (see <see cref="SdgResult.Served"/>).</param>
/// <param name="MeanScore">The mean score over all goals.</param>
/// <param name="MaxScore">The highest score of any goal.</param>
public sealed record SdgProfileEntry(int Sdg, int Goals, double MeanScore, double MaxScore);

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
