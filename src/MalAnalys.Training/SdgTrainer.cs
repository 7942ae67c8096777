using System.Collections.Immutable;
using MalAnalys.Agenda2030;

namespace MalAnalys.Training;

/// <summary>
/// Trains the SDG classifier of MalAnalys on your own labelled texts, with or without the shipped corpus, by the very
/// procedure that made the embedded model: one L-BFGS logistic regression per SDG (Microsoft.ML, deterministic), a
/// per-SDG recalibration and a decision rule chosen by grouped cross-validation. Also cross-validates and evaluates
/// a classifier on labelled texts. Immutable and thread-safe; training takes seconds to minutes, on one thread.
/// </summary>
/// <example>
/// <code>
/// var trainer = new SdgTrainer();
/// var result = trainer.Train(SdgTrainer.LoadTexts("my-goals.tsv"));
/// result.Save("my-model.bin.gz");
/// using var file = File.OpenRead("my-model.bin.gz");
/// var classifier = SdgClassifier.Load(file);
/// </code>
/// </example>
public sealed class SdgTrainer
{
    private static readonly Lazy<ImmutableArray<SdgLabelledText>> LazyShipped = new(() => [.. SdgCorpus.Shipped().Select(SdgLabelledText.From)]);

    private readonly Lazy<SdgTerms?> _terms;

    /// <summary>Creates a trainer.</summary>
    /// <param name="options">Settings; <see cref="SdgTrainerOptions.Default"/> (those of the embedded model) when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public SdgTrainer(SdgTrainerOptions? options = null)
    {
        Options = options ?? SdgTrainerOptions.Default;
        Options.Validate();
        _terms = new(() => Options.UseTermLists ? SdgCorpus.ShippedTerms() : null, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The settings.</summary>
    public SdgTrainerOptions Options { get; }

    /// <summary>
    /// The shipped corpus: the hand-written Swedish texts (goal statements, sub-goals, policy sentences, and texts that
    /// serve no SDG) the embedded model was trained on, embedded in this package; see its data card, <c>DATA.md</c>.
    /// </summary>
    public static ImmutableArray<SdgLabelledText> ShippedCorpus => LazyShipped.Value;

    /// <summary>
    /// Loads labelled texts in the corpus format: UTF-8, tab-separated, three columns <c>group</c>, <c>labels</c>,
    /// <c>text</c>, no header; <c>labels</c> is a comma-separated list of SDG numbers, most important first
    /// (<c>3,11</c>), or <c>-</c> for none; empty lines and lines starting with <c>#</c> are skipped.
    /// </summary>
    /// <param name="path">A <c>.tsv</c> file, or a folder whose <c>*.tsv</c> files are read in name order.</param>
    /// <returns>The texts, in file order.</returns>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static ImmutableArray<SdgLabelledText> LoadTexts(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var examples = Directory.Exists(path) ? SdgCorpus.Load(path) : SdgCorpus.LoadFile(path);
        return [.. examples.Select(SdgLabelledText.From)];
    }

    /// <summary>
    /// Trains a model: cross-validates the per-SDG logistic regressions, fits each SDG's recalibration on their
    /// out-of-fold scores, chooses the decision rule on those scores, trains on every text and folds the recalibration
    /// into the weights. With the default options and no texts, this makes the model embedded in MalAnalys.
    /// </summary>
    /// <param name="texts">Your labelled texts, trained on together with the shipped corpus (or instead of it, see <see cref="SdgTrainerOptions.IncludeShippedCorpus"/>); <see langword="null"/> for none.</param>
    /// <param name="progress">Told after each cross-validation fold.</param>
    /// <param name="cancellationToken">Stops the training between two logistic regressions.</param>
    /// <returns>The model and its cross-validated figures.</returns>
    /// <exception cref="ArgumentException">
    /// A text is invalid, or the texts cannot be trained on: every SDG needs a text with it and one without, and there
    /// must be at least as many paraphrase groups as folds.
    /// </exception>
    /// <exception cref="OperationCanceledException">The training was cancelled.</exception>
    public SdgTrainingResult Train(IEnumerable<SdgLabelledText>? texts = null, IProgress<SdgTrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var examples = TrainingSet(texts);
        var options = Options.Engine;
        var build = SdgTraining.Build(examples, Terms(), options, progress, cancellationToken);
        return new SdgTrainingResult(build, examples.Count, SdgCrossValidation.From(build.Evaluation, false, options.Folds, examples, build.Calibrated));
    }

    /// <summary>
    /// Measures by grouped cross-validation how well the training procedure does on these texts, without making a
    /// model. Without <paramref name="nested"/>, the figures are those of <see cref="SdgTrainingResult.CrossValidation"/>
    /// (the decision rule chosen on the same scores, slightly optimistic); with it, the recalibration and the rule are
    /// chosen for each fold on an inner cross-validation of the other folds only, the honest estimate, at about five
    /// times the cost.
    /// </summary>
    /// <param name="texts">Your labelled texts, as for <see cref="Train"/>.</param>
    /// <param name="nested">Whether to choose the recalibration and the rule by nested cross-validation.</param>
    /// <param name="progress">Told after each fold (and, when nested, after each outer fold of the second step).</param>
    /// <param name="cancellationToken">Stops between two logistic regressions.</param>
    /// <returns>Micro and macro F1, per-SDG figures and how texts without an SDG fared.</returns>
    /// <exception cref="ArgumentException">A text is invalid, or the texts cannot train every SDG.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public SdgCrossValidation CrossValidate(IEnumerable<SdgLabelledText>? texts = null, bool nested = false, IProgress<SdgTrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var examples = TrainingSet(texts);
        var options = Options.Engine;
        if (nested && options.Folds < 3)
        {
            throw new ArgumentException("Nested cross-validation needs at least 3 folds.", nameof(nested));
        }

        var terms = Terms();
        var firstStage = SdgTraining.CrossValidate(examples, terms, options, progress, cancellationToken);
        if (nested)
        {
            var (scores, rules) = SdgTraining.Nested(examples, terms, options, firstStage, progress, cancellationToken);
            return SdgCrossValidation.From(SdgTraining.Evaluate(examples, scores, rules), true, options.Folds, examples, scores);
        }

        // As SdgTraining.Build chooses the shipped rule.
        var calibrated = SdgTraining.CrossCalibrate(examples, firstStage, SdgTraining.Folds(examples, options), options.Folds);
        var (top, threshold) = SdgTraining.BestRule(examples, calibrated);
        return SdgCrossValidation.From(SdgTraining.Evaluate(examples, calibrated, top, threshold), false, options.Folds, examples, calibrated);
    }

    /// <summary>
    /// Classifies labelled texts read from a file and compares the result with the labels. The file is UTF-8,
    /// tab-separated, lines starting with <c>#</c> skipped; the last two columns are the labels (comma-separated SDG
    /// numbers, most important first, or <c>-</c>) and the text, and a first column, when there are three or more,
    /// names the text. Corpus files qualify.
    /// </summary>
    /// <param name="classifier">The classifier, e.g. <see cref="SdgClassifier.Default"/> or <see cref="SdgTrainingResult.CreateClassifier"/>.</param>
    /// <param name="labelledFile">The file.</param>
    /// <returns>The figures and every text's outcome.</returns>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    public static SdgLabelledEvaluation Evaluate(SdgClassifier classifier, string labelledFile)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentException.ThrowIfNullOrEmpty(labelledFile);
        var gold = SdgSeedEvaluation.LoadLabelled(labelledFile);
        return new SdgLabelledEvaluation([.. SdgSeedEvaluation.Classify(classifier, gold).Select(o => new SdgLabelledOutcome(new SdgLabelledText(o.Gold.Seed, [.. o.Gold.Labels], o.Text), o.Result))]);
    }

    /// <summary>Classifies labelled texts and compares the result with the labels.</summary>
    /// <param name="classifier">The classifier.</param>
    /// <param name="texts">The texts; <see cref="SdgLabelledText.Group"/> serves as their name.</param>
    /// <returns>The figures and every text's outcome.</returns>
    /// <exception cref="ArgumentException">A text is null or lacks its labels or its text.</exception>
    public static SdgLabelledEvaluation Evaluate(SdgClassifier classifier, IEnumerable<SdgLabelledText> texts)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(texts);
        return new SdgLabelledEvaluation([.. texts.Select(t => t is null || t.Labels.IsDefault || t.Text is null
            ? throw new ArgumentException("Every labelled text needs its labels (an empty list for none) and its text.", nameof(texts))
            : new SdgLabelledOutcome(t, classifier.Predict(t.Text)))]);
    }

    /// <summary>
    /// The texts a run trains on, in order: the shipped corpus (unless left out), the given texts, and the catalogue's
    /// training-only texts (unless left out). Every SDG needs a text with it and one without, and there must be at
    /// least as many paraphrase groups as folds.
    /// </summary>
    internal IReadOnlyList<SdgExample> TrainingSet(IEnumerable<SdgLabelledText>? texts)
    {
        var examples = new List<SdgExample>();
        if (Options.IncludeShippedCorpus)
        {
            examples.AddRange(SdgCorpus.Shipped());
        }

        if (texts is not null)
        {
            examples.AddRange(texts.Select(t => (t ?? throw new ArgumentException("A labelled text is null.", nameof(texts))).ToExample()));
        }

        if (Options.IncludeCatalogue)
        {
            examples.AddRange(SdgCorpus.Catalogue());
        }

        for (var sdg = 1; sdg <= SdgCatalogue.Count; sdg++)
        {
            if (!examples.Any(e => e.Labels.Contains(sdg)) || examples.All(e => e.Labels.Contains(sdg)))
            {
                throw new ArgumentException($"Cannot train SDG {sdg}: the training texts need at least one text labelled with it and one without.", nameof(texts));
            }
        }

        var groups = examples.Where(e => !e.TrainOnly).Select(e => e.Group).Distinct(StringComparer.Ordinal).Count();
        if (groups < Options.Folds)
        {
            throw new ArgumentException($"Cross-validation in {Options.Folds} folds needs at least {Options.Folds} paraphrase groups; the texts have {groups}.", nameof(texts));
        }

        return examples;
    }

    /// <summary>The term lists a run featurizes with: the shipped ones, or none.</summary>
    internal SdgTerms? Terms() => _terms.Value;

    // The engine with this trainer's term lists, for the training command's comparisons: they never hold the term
    // lists themselves, whose type is internal to MalAnalys.

    /// <summary><see cref="SdgTraining.CrossValidate"/> with this trainer's term lists.</summary>
    internal float[][] CrossValidateScores(IReadOnlyList<SdgExample> examples, SdgTrainingOptions options) =>
        SdgTraining.CrossValidate(examples, Terms(), options);

    /// <summary><see cref="SdgTraining.NestedThresholds"/> with this trainer's term lists.</summary>
    internal float[][] NestedThresholds(IReadOnlyList<SdgExample> examples, SdgTrainingOptions options, bool perSdg) =>
        SdgTraining.NestedThresholds(examples, Terms(), options, perSdg);

    /// <summary><see cref="SdgTraining.Nested"/> with this trainer's term lists.</summary>
    internal (float[][] Scores, (float Top, float Threshold)[] Rules) Nested(IReadOnlyList<SdgExample> examples, SdgTrainingOptions options, float[][] firstStage) =>
        SdgTraining.Nested(examples, Terms(), options, firstStage);
}
