using System.Collections.Immutable;
using System.Globalization;
using MalAnalys.Agenda2030;

namespace MalAnalys.Training;

/// <summary>One labelled text for training or evaluation: typically a goal statement, and the SDGs it serves.</summary>
/// <param name="Group">
/// The paraphrase group: paraphrases and close variants of one statement share a group, and cross-validation never
/// puts one group on both sides. Give your own texts groups of their own (a prefix such as <c>mine-</c>), unless they
/// paraphrase a text of the shipped corpus. In a labelled file for evaluation, the name of the text.
/// </param>
/// <param name="Labels">The SDGs (1 to 17) the text serves, most important first; empty for a text that serves none.</param>
/// <param name="Text">The text.</param>
public sealed record SdgLabelledText(string Group, ImmutableArray<int> Labels, string Text)
{
    /// <summary>The engine's form of the text, after checking it.</summary>
    internal SdgExample ToExample()
    {
        if (string.IsNullOrWhiteSpace(Group))
        {
            throw new ArgumentException("Every labelled text needs a group.", nameof(Group));
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            throw new ArgumentException($"The text of group '{Group}' is empty.", nameof(Text));
        }

        if (Labels.IsDefault || Labels.Any(l => l is < 1 or > SdgCatalogue.Count))
        {
            throw new ArgumentException($"The labels of group '{Group}' must be SDG numbers from 1 to 17 (an empty list for none).", nameof(Labels));
        }

        return new SdgExample(Group, [.. Labels], Text);
    }

    internal static SdgLabelledText From(SdgExample example) => new(example.Group, [.. example.Labels], example.Text);
}

/// <summary>How far a training or cross-validation run has come: reported after each cross-validation fold.</summary>
/// <param name="Completed">Folds done.</param>
/// <param name="Total">Folds in all.</param>
/// <param name="Message">What was done, e.g. <c>fold 2/5 done</c>.</param>
public sealed record SdgTrainingProgress(int Completed, int Total, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>
/// A trained SDG model, with the cross-validated figures its decision rule was chosen by. <see cref="Save(Stream)"/>
/// writes it in the format of the model embedded in MalAnalys, which <see cref="SdgClassifier.Load"/> reads.
/// Immutable.
/// </summary>
public sealed class SdgTrainingResult
{
    internal SdgTrainingResult(SdgBuild build, int textCount, SdgCrossValidation crossValidation)
    {
        Build = build;
        TextCount = textCount;
        CrossValidation = crossValidation;
    }

    /// <summary>How the model was made (learner, settings, corpus size, decision rule and its cross-validated micro-F1); <see cref="SdgClassifier.ModelDescription"/> of a classifier over it.</summary>
    public string Description => Build.Model.Description;

    /// <summary>The score from which an SDG counts as served, chosen by cross-validation.</summary>
    public double Threshold => Build.Model.Threshold;

    /// <summary>The score from which the highest-scoring SDG of a text counts as served (at most <see cref="Threshold"/>), chosen with it.</summary>
    public double TopThreshold => Build.Model.TopThreshold;

    /// <summary>How many texts the model was trained on, the catalogue's training-only texts included.</summary>
    public int TextCount { get; }

    /// <summary>How many features have a weight in the model.</summary>
    public int FeatureCount => Build.Model.FeatureCount;

    /// <summary>
    /// Quality by cross-validation at the chosen decision rule: the recalibration is cross-validated, but the rule is
    /// chosen on these same scores, so the figures are slightly optimistic (see <see cref="SdgTrainer.CrossValidate"/>
    /// with <c>nested: true</c> for the honest estimate).
    /// </summary>
    public SdgCrossValidation CrossValidation { get; }

    /// <summary>The engine's output: the first stage, the shipped model and the cross-validated scores.</summary>
    internal SdgBuild Build { get; }

    /// <summary>A classifier over this model.</summary>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The classifier.</returns>
    public SdgClassifier CreateClassifier(SdgClassifierOptions? options = null) => new(Build.Model, options);

    /// <summary>Writes the model (gzip-compressed, a few hundred KiB to a few MiB); the stream is left open.</summary>
    /// <param name="stream">Where to write.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Build.Model.Save(stream);
    }

    /// <summary>Writes the model to a file, replacing it if it exists.</summary>
    /// <param name="path">The file, conventionally <c>*.bin.gz</c>.</param>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = File.Create(path);
        Save(file);
    }
}

/// <summary>One SDG's quality in cross-validation.</summary>
/// <param name="Sdg">The SDG, 1 to 17.</param>
/// <param name="Texts">How many scored texts are labelled with it.</param>
/// <param name="Precision">Of the texts it was given to, the share labelled with it.</param>
/// <param name="Recall">Of the texts labelled with it, the share it was given to.</param>
/// <param name="F1">The harmonic mean of precision and recall.</param>
public sealed record SdgQuality(int Sdg, int Texts, double Precision, double Recall, double F1);

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

/// <summary>A labelled text as classified.</summary>
/// <param name="Text">The labelled text.</param>
/// <param name="Result">What the classifier made of it.</param>
public sealed record SdgLabelledOutcome(SdgLabelledText Text, SdgResult Result)
{
    /// <summary>Whether the highest-scoring SDG is one of the labels (never for a text without labels).</summary>
    public bool Top1Correct => Text.Labels.Contains(Result.Predictions[0].Sdg);

    /// <summary>Whether every label is among the three highest-scoring SDGs (always for a text without labels).</summary>
    public bool AllInTop3 => Text.Labels.All(l => Result.Top(3).Any(p => p.Sdg == l));
}

/// <summary>Top-1 and recall@3 of the texts with a given number of labels.</summary>
/// <param name="LabelCount">The number of labels: 1, 2, or 3 for three or more.</param>
/// <param name="Texts">How many texts have that many labels.</param>
/// <param name="Top1Correct">How many of them have a labelled SDG first.</param>
/// <param name="AllInTop3">How many of them have every labelled SDG in the top three.</param>
public sealed record SdgLabelCountFigures(int LabelCount, int Texts, int Top1Correct, int AllInTop3)
{
    /// <summary><see cref="Top1Correct"/> as a share of <see cref="Texts"/>.</summary>
    public double Top1Accuracy => Texts == 0 ? 0 : Top1Correct / (double)Texts;

    /// <summary><see cref="AllInTop3"/> as a share of <see cref="Texts"/>.</summary>
    public double RecallAt3 => Texts == 0 ? 0 : AllInTop3 / (double)Texts;
}

/// <summary>
/// A classifier on a set of labelled texts: top-1 accuracy and recall@3 over the texts with labels (overall and by
/// number of labels), the served SDGs' micro precision, recall and F1 against the labels, and how many texts without
/// an SDG were given one. <see cref="Summary"/> is what the training command's <c>--evaluate FILE</c> prints.
/// </summary>
/// <param name="Outcomes">Each text as classified, in input order.</param>
public sealed record SdgLabelledEvaluation(ImmutableArray<SdgLabelledOutcome> Outcomes)
{
    /// <summary>How many texts were classified.</summary>
    public int Texts => Outcomes.Length;

    /// <summary>How many of them have labels.</summary>
    public int Labelled => Outcomes.Count(o => o.Text.Labels.Length > 0);

    /// <summary>How many of them serve no SDG.</summary>
    public int WithoutSdg => Texts - Labelled;

    /// <summary>How many labelled texts have a labelled SDG first.</summary>
    public int Top1Correct => Outcomes.Count(o => o.Text.Labels.Length > 0 && o.Top1Correct);

    /// <summary>How many labelled texts have every labelled SDG in the top three.</summary>
    public int AllInTop3 => Outcomes.Count(o => o.Text.Labels.Length > 0 && o.AllInTop3);

    /// <summary><see cref="Top1Correct"/> as a share of <see cref="Labelled"/>.</summary>
    public double Top1Accuracy => Labelled == 0 ? 0 : Top1Correct / (double)Labelled;

    /// <summary><see cref="AllInTop3"/> as a share of <see cref="Labelled"/>.</summary>
    public double RecallAt3 => Labelled == 0 ? 0 : AllInTop3 / (double)Labelled;

    /// <summary>Top-1 and recall@3 by number of labels (1, 2, 3 or more), for the numbers that occur.</summary>
    public ImmutableArray<SdgLabelCountFigures> ByLabelCount =>
    [
        .. Outcomes.Where(o => o.Text.Labels.Length > 0)
            .GroupBy(o => Math.Min(o.Text.Labels.Length, 3))
            .OrderBy(g => g.Key)
            .Select(g => new SdgLabelCountFigures(g.Key, g.Count(), g.Count(o => o.Top1Correct), g.Count(o => o.AllInTop3))),
    ];

    /// <summary>Of the SDGs served (by the classifier's decision rule), the share that are labels.</summary>
    public double ServedPrecision => Served().Precision;

    /// <summary>Of the labels, the share that were served.</summary>
    public double ServedRecall => Served().Recall;

    /// <summary>The harmonic mean of <see cref="ServedPrecision"/> and <see cref="ServedRecall"/>.</summary>
    public double ServedF1
    {
        get
        {
            var (p, r) = Served();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /// <summary>How many texts without an SDG were served one.</summary>
    public int WithoutSdgServed => Outcomes.Count(o => o.Text.Labels.Length == 0 && o.Result.Served.Any());

    /// <summary>The figures as the training command's <c>--evaluate FILE</c> prints them, one per line.</summary>
    public string Summary => SdgSeedEvaluation.Summary(
        [.. Outcomes.Select((o, i) => new SdgGoldOutcome(new SdgGoldGoal(o.Text.Group, i + 1, [.. o.Text.Labels], o.Text.Text), o.Text.Text, o.Result))]);

    /// <inheritdoc cref="Summary" />
    public override string ToString() => Summary;

    private (double Precision, double Recall) Served()
    {
        int truePositives = 0, predicted = 0, gold = 0;
        foreach (var o in Outcomes)
        {
            var served = o.Result.Served.Select(p => p.Sdg).ToList();
            predicted += served.Count;
            gold += o.Text.Labels.Length;
            truePositives += served.Count(o.Text.Labels.Contains);
        }

        return (predicted == 0 ? 0 : truePositives / (double)predicted, gold == 0 ? 0 : truePositives / (double)gold);
    }
}
