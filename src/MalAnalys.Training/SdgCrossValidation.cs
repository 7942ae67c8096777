using System.Collections.Immutable;
using System.Globalization;

namespace MalAnalys.Training;

/// <summary>
/// Quality by grouped cross-validation: every text is scored by a model trained without its fold (the catalogue's
/// training-only texts are never scored), and an SDG counts as served by the model's decision rule.
/// </summary>
/// <param name="Nested">
/// Whether the recalibration and the decision rule were chosen by nested cross-validation (for each fold, on an inner
/// cross-validation of the other folds only: the honest estimate), rather than on all cross-validated scores.
/// </param>
/// <param name="Folds">The number of folds.</param>
/// <param name="Texts">How many texts were scored.</param>
/// <param name="Threshold">The threshold of the decision rule; <see langword="null"/> when nested (each fold has its own).</param>
/// <param name="TopThreshold">The threshold of the highest-scoring SDG; <see langword="null"/> when nested.</param>
/// <param name="MicroPrecision">Precision over all (text, SDG) pairs.</param>
/// <param name="MicroRecall">Recall over all (text, SDG) pairs.</param>
/// <param name="MicroF1">F1 over all (text, SDG) pairs.</param>
/// <param name="MacroF1">The mean of the 17 SDGs' F1.</param>
/// <param name="PerSdg">Each SDG's figures, SDG 1 first.</param>
/// <param name="NoneTexts">How many scored texts serve no SDG.</param>
/// <param name="NoneGivenSdg">How many of those were given one.</param>
/// <param name="NoneMeanTopScore">Their mean highest score.</param>
public sealed record SdgCrossValidation(
    bool Nested,
    int Folds,
    int Texts,
    double? Threshold,
    double? TopThreshold,
    double MicroPrecision,
    double MicroRecall,
    double MicroF1,
    double MacroF1,
    ImmutableArray<SdgQuality> PerSdg,
    int NoneTexts,
    int NoneGivenSdg,
    double NoneMeanTopScore)
{
    internal static SdgCrossValidation From(SdgEvaluation evaluation, bool nested, int folds, IReadOnlyList<SdgExample> examples, float[][] scores)
    {
        var scored = examples.Where((_, i) => scores[i] is not null).ToList();
        return new SdgCrossValidation(
            nested,
            folds,
            scored.Count,
            nested ? null : evaluation.Threshold,
            nested ? null : float.IsNaN(evaluation.TopThreshold) ? evaluation.Threshold : evaluation.TopThreshold,
            evaluation.MicroPrecision,
            evaluation.MicroRecall,
            evaluation.MicroF1,
            evaluation.MacroF1,
            [.. evaluation.PerSdg.Select(s => new SdgQuality(s.Sdg, s.Support, s.Precision, s.Recall, s.F1))],
            scored.Count(e => e.Labels.Length == 0),
            evaluation.NegativesWithLabel,
            evaluation.NegativeMaxScoreMean);
    }

    /// <summary>The overall figures on one line.</summary>
    /// <returns>E.g. <c>5-fold cross-validation of 1680 texts: micro P 0.870 R 0.837 F1 0.853; macro F1 0.865</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(Nested ? "nested " : "")}{Folds}-fold cross-validation of {Texts} texts: micro P {MicroPrecision:0.000} R {MicroRecall:0.000} F1 {MicroF1:0.000}; macro F1 {MacroF1:0.000}");
}
