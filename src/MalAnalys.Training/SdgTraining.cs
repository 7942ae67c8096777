using System.Globalization;
using System.Text;
using MalAnalys.Agenda2030;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace MalAnalys.Training;

/// <summary>One labelled text of the training corpus.</summary>
/// <param name="Group">Paraphrases of one statement share a group; cross-validation never splits a group.</param>
/// <param name="Labels">The SDGs (1–17) the text serves; empty for a text that serves none.</param>
/// <param name="Text">The text.</param>
/// <param name="TrainOnly">Whether the text is only for training and never scored in cross-validation (the catalogue's own names and descriptions).</param>
internal sealed record SdgExample(string Group, int[] Labels, string Text, bool TrainOnly = false);

/// <summary>
/// The corpus: tab-separated files of <c>group, labels, text</c> (labels <c>3,11</c> or <c>-</c>). The checked-in files
/// (<c>Data/corpus/*.tsv</c>, <c>Data/terms.tsv</c>) are embedded in this assembly, so the shipped corpus is read from
/// the resources, in file-name order as from the folder.
/// </summary>
internal static class SdgCorpus
{
    private const string ResourcePrefix = "MalAnalys.Training.Data.";
    private const string CorpusPrefix = ResourcePrefix + "corpus.";

    public static IReadOnlyList<SdgExample> Load(string directory)
    {
        var examples = new List<SdgExample>();
        foreach (var file in Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal))
        {
            examples.AddRange(LoadFile(file));
        }

        return examples;
    }

    /// <summary>One corpus file.</summary>
    public static IReadOnlyList<SdgExample> LoadFile(string file)
    {
        using var reader = new StreamReader(file, Encoding.UTF8);
        return Load(reader, file);
    }

    /// <summary>The checked-in corpus as embedded in this assembly: the same texts, in the same order, as <see cref="Load(string)"/> of <c>Data/corpus</c>.</summary>
    public static IReadOnlyList<SdgExample> Shipped()
    {
        var assembly = typeof(SdgCorpus).Assembly;
        var examples = new List<SdgExample>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(CorpusPrefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
            examples.AddRange(Load(reader, "corpus/" + name[CorpusPrefix.Length..]));
        }

        if (examples.Count == 0)
        {
            throw new InvalidOperationException("The shipped corpus is missing from the MalAnalys.Training assembly.");
        }

        return examples;
    }

    /// <summary>The checked-in term lists (<c>Data/terms.tsv</c>) as embedded in this assembly, with <c>\n</c> line ends.</summary>
    public static string ShippedTermsSource()
    {
        using var stream = typeof(SdgCorpus).Assembly.GetManifestResourceStream(ResourcePrefix + "terms.tsv")
            ?? throw new InvalidOperationException("The shipped term lists are missing from the MalAnalys.Training assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>The checked-in term lists, compiled.</summary>
    public static SdgTerms ShippedTerms() => SdgTerms.Parse(ShippedTermsSource());

    /// <summary>The rows of one corpus file; <paramref name="name"/> names it in errors.</summary>
    internal static List<SdgExample> Load(TextReader reader, string name)
    {
        var examples = new List<SdgExample>();
        foreach (var (lineNumber, parts) in Rows(reader))
        {
            if (parts.Length != 3)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: expected 3 tab-separated columns.");
            }

            examples.Add(new SdgExample(parts[0], Labels(parts[1], name, lineNumber), parts[2]));
        }

        return examples;
    }

    /// <summary>The lines of a UTF-8 tab-separated file that are neither empty nor comments ('#'), split into columns.</summary>
    internal static IEnumerable<(int LineNumber, string[] Columns)> Rows(string file)
    {
        using var reader = new StreamReader(file, Encoding.UTF8);
        foreach (var row in Rows(reader))
        {
            yield return row;
        }
    }

    /// <summary>The lines that are neither empty nor comments ('#'), split into columns.</summary>
    internal static IEnumerable<(int LineNumber, string[] Columns)> Rows(TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length > 0 && line[0] != '#')
            {
                yield return (lineNumber, line.Split('\t'));
            }
        }
    }

    /// <summary>A labels column: SDG numbers, comma-separated, most important first, or <c>-</c> for none.</summary>
    internal static int[] Labels(string column, string file, int lineNumber)
    {
        if (column.Trim() == "-")
        {
            return [];
        }

        var labels = column.Split(',');
        var result = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            if (!int.TryParse(labels[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out result[i]) || result[i] is < 1 or > SdgCatalogue.Count)
            {
                throw new InvalidDataException($"{file}:{lineNumber}: labels must be SDG numbers from 1 to 17, comma-separated, or '-'.");
            }
        }

        return result;
    }

    /// <summary>
    /// The catalogue's names and the clauses of its descriptions as extra training texts: our own Swedish summaries
    /// of each goal, which name its vocabulary more completely than any set of example goals can.
    /// </summary>
    public static IReadOnlyList<SdgExample> Catalogue()
    {
        var examples = new List<SdgExample>();
        foreach (var goal in SdgCatalogue.Goals)
        {
            var group = $"catalogue-{goal.Number:00}";
            examples.Add(new SdgExample(group, [goal.Number], goal.SwedishName, true));
            examples.AddRange(goal.SwedishVariants.Select(v => new SdgExample(group, [goal.Number], v, true)));
            examples.AddRange(goal.Description.Split([':', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(c => c.Split(' ').Length >= 3)
                .Select(c => new SdgExample(group, [goal.Number], c, true)));
        }

        return examples;
    }
}

/// <summary>Settings of a training run; the defaults made the embedded model.</summary>
internal sealed record SdgTrainingOptions
{
    public int Seed { get; init; } = 2030;

    /// <summary>A feature is kept when at least this many training texts have it.</summary>
    public int MinDocumentFrequency { get; init; } = 2;

    public float L2 { get; init; } = 0.1f;

    public float L1 { get; init; }

    public int Folds { get; init; } = 5;

    /// <summary>The binary learner per SDG: <c>lbfgs</c> (the shipped one), or, for experiments, <c>sdca</c>, <c>svm</c>, <c>perceptron</c>.</summary>
    public string Learner { get; init; } = "lbfgs";
}

/// <summary>What a training run produced: the compact model and, for checks and the baseline, the ML.NET models it was copied from.</summary>
internal sealed class SdgTrainedModel
{
    public required SdgModel Model { get; init; }

    public required MLContext Context { get; init; }

    /// <summary>The ML.NET vocabulary: feature hash → index in the ML.NET feature vector.</summary>
    public required ulong[] Vocabulary { get; init; }

    public required IReadOnlyList<BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>> Transformers { get; init; }

    /// <summary>The ML.NET input for a text: the same features, as a sparse vector over the ML.NET vocabulary.</summary>
    public SdgRow Row(string text) => SdgTraining.ToRow(SdgFeaturizer.Featurize(text, Model.Terms), Vocabulary, false);

    public SchemaDefinition Schema => SdgTraining.Schema(Vocabulary.Length);
}

/// <summary>An ML.NET input row.</summary>
internal sealed class SdgRow
{
    public VBuffer<float> Features { get; set; }

    public bool Label { get; set; }
}

/// <summary>An ML.NET output row.</summary>
internal sealed class SdgScoreRow
{
    public float Score { get; set; }

    public float Probability { get; set; }
}

/// <summary>What <see cref="SdgTraining.Build"/> produced: the first-stage training, the shipped model and the cross-validated figures it was chosen by.</summary>
internal sealed record SdgBuild(SdgTrainedModel Trained, SdgModel Model, float[][] FirstStage, float[][] Calibrated, (double A, double C)[] Calibration, SdgEvaluation Evaluation);

/// <summary>Per-SDG and overall quality from cross-validation.</summary>
internal sealed record SdgEvaluation(float Threshold, double MicroPrecision, double MicroRecall, double MicroF1, double MacroF1, IReadOnlyList<(int Sdg, int Support, double Precision, double Recall, double F1)> PerSdg, double NegativeMaxScoreMean)
{
    /// <summary>The threshold of the top SDG when the rule has one of its own (NaN otherwise).</summary>
    public float TopThreshold { get; init; } = float.NaN;

    /// <summary>How many texts with no SDG got one.</summary>
    public int NegativesWithLabel { get; init; }

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        var rule = float.IsNaN(TopThreshold) ? string.Create(CultureInfo.InvariantCulture, $"threshold {Threshold:0.00}") : string.Create(CultureInfo.InvariantCulture, $"top SDG from {TopThreshold:0.00}, others from {Threshold:0.00}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"{rule}: micro P {MicroPrecision:0.000} R {MicroRecall:0.000} F1 {MicroF1:0.000}; macro F1 {MacroF1:0.000}; mean top score of no-SDG texts {NegativeMaxScoreMean:0.000}; no-SDG texts given an SDG {NegativesWithLabel}");
        sb.AppendLine();
        sb.AppendLine("| SDG | texts | precision | recall | F1 |");
        sb.AppendLine("|---:|---:|---:|---:|---:|");
        foreach (var (sdg, support, p, r, f) in PerSdg)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {sdg} | {support} | {p:0.000} | {r:0.000} | {f:0.000} |");
        }

        return sb.ToString();
    }
}

/// <summary>
/// Trains the classifier with Microsoft.ML: one L-BFGS logistic regression per SDG (a calibrated, independent binary
/// classifier each, so a text can serve several SDGs or none) over <see cref="SdgFeaturizer"/> features, then copies
/// the weights into an <see cref="SdgModel"/>. Deterministic: fixed seed, one thread, ordered inputs.
/// </summary>
internal static class SdgTraining
{
    public static SdgTrainedModel Train(IReadOnlyList<SdgExample> examples, SdgTerms? terms, SdgTrainingOptions options, float threshold = 0.5f, string description = "", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var featurized = examples.Select(e => SdgFeaturizer.Featurize(e.Text, terms)).ToList();
        var vocabulary = Vocabulary(featurized, options.MinDocumentFrequency);
        var rows = featurized.Select(f => ToRow(f, vocabulary, false)).ToList();
        var context = new MLContext(seed: options.Seed);
        var schema = Schema(vocabulary.Length);
        var transformers = new List<BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>>();
        var weights = new float[vocabulary.Length * SdgCatalogue.Count];
        var bias = new float[SdgCatalogue.Count];
        var slope = new double[SdgCatalogue.Count];
        var offset = new double[SdgCatalogue.Count];
        for (var l = 0; l < SdgCatalogue.Count; l++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sdg = l + 1;
            var labelled = rows.Select((r, i) => new SdgRow { Features = r.Features, Label = examples[i].Labels.Contains(sdg) }).ToList();
            var data = context.Data.LoadFromEnumerable(labelled, schema);
            var trainer = context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                L2Regularization = options.L2,
                L1Regularization = options.L1,
                NumberOfThreads = 1,
                OptimizationTolerance = 1e-7f,
                MaximumNumberOfIterations = 1000,
            });
            LinearBinaryModelParameters linear;
            if (options.Learner == "lbfgs")
            {
                var transformer = trainer.Fit(data);
                transformers.Add(transformer);
                linear = transformer.Model.SubModel;
                slope[l] = transformer.Model.Calibrator.Slope;
                offset[l] = transformer.Model.Calibrator.Offset;
            }
            else if (options.Learner == "avg")
            {
                // Experiment: the mean logit of L-BFGS and SDCA logistic regressions (one linear model again).
                (bias[l], slope[l], offset[l]) = (FitAverage(context, trainer, data, l, vocabulary.Length, weights), -1, 0);
                continue;
            }
            else
            {
                linear = FitOther(context, data, options);
                (slope[l], offset[l]) = Platt(labelled.Select(r => Dot(linear, r.Features)).ToArray(), labelled.Select(r => r.Label).ToArray());
            }

            bias[l] = CopyWeights(linear, l, weights);
        }

        return new SdgTrainedModel
        {
            Model = Compact(vocabulary, weights, bias, slope, offset, threshold, description, terms),
            Context = context,
            Vocabulary = vocabulary,
            Transformers = transformers,
        };
    }

    /// <summary>Writes one SDG's linear weights into the model's feature-major weight table; returns its bias.</summary>
    private static float CopyWeights(LinearBinaryModelParameters linear, int l, float[] weights)
    {
        var w = linear.Weights;
        for (var f = 0; f < w.Count; f++)
        {
            weights[f * SdgCatalogue.Count + l] = w[f];
        }

        return linear.Bias;
    }

    /// <summary>The mean of an L-BFGS and an SDCA logistic regression for one SDG, written into <paramref name="weights"/>; returns the bias.</summary>
    private static float FitAverage(MLContext context, LbfgsLogisticRegressionBinaryTrainer trainer, IDataView data, int l, int features, float[] weights)
    {
        var a = trainer.Fit(data).Model.SubModel;
        var b = context.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = 3e-5f,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 200,
        }).Fit(data).Model.SubModel;
        for (var f = 0; f < features; f++)
        {
            weights[f * SdgCatalogue.Count + l] = (a.Weights[f] + b.Weights[f]) / 2;
        }

        return (a.Bias + b.Bias) / 2;
    }

    /// <summary>A linear model from one of the learners other than L-BFGS, for experiments (calibrated afterwards with Platt scaling).</summary>
    private static LinearBinaryModelParameters FitOther(MLContext context, IDataView data, SdgTrainingOptions options) => options.Learner switch
    {
        "sdca" => context.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = options.L2,
            L1Regularization = options.L1,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 200,
        }).Fit(data).Model.SubModel,
        "svm" => context.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
        {
            Lambda = options.L2,
            NumberOfIterations = 50,
        }).Fit(data).Model,
        "perceptron" => context.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
        {
            L2Regularization = options.L2,
            NumberOfIterations = 20,
        }).Fit(data).Model,
        _ => throw new ArgumentException($"Unknown learner {options.Learner}.", nameof(options)),
    };

    /// <summary>Cross-validates with folds made of whole paraphrase groups, scoring held-out texts with the compact model.</summary>
    /// <returns>Per text, the 17 scores (indexed by SDG − 1), in corpus order.</returns>
    public static float[][] CrossValidate(IReadOnlyList<SdgExample> examples, SdgTerms? terms, SdgTrainingOptions options, IProgress<SdgTrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var foldOf = Folds(examples, options);
        var scores = new float[examples.Count][];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var train = examples.Where(e => e.TrainOnly || foldOf[e.Group] != fold).ToList();
            var model = Train(train, terms, options, cancellationToken: cancellationToken).Model;
            var classifier = new SdgClassifier(model);
            for (var i = 0; i < examples.Count; i++)
            {
                if (!examples[i].TrainOnly && foldOf[examples[i].Group] == fold)
                {
                    scores[i] = classifier.Scores(examples[i].Text);
                }
            }

            progress?.Report(new SdgTrainingProgress(fold + 1, options.Folds, $"fold {fold + 1}/{options.Folds} done"));
        }

        return scores;
    }

    /// <summary>The fold of each paraphrase group: groups are shuffled with the seed and dealt round-robin, so a group is never split.</summary>
    public static Dictionary<string, int> Folds(IReadOnlyList<SdgExample> examples, SdgTrainingOptions options)
    {
        var groups = examples.Select(e => e.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(options.Seed).Shuffle(groups);
        return groups.Select((g, i) => (g, i % options.Folds)).ToDictionary(x => x.g, x => x.Item2, StringComparer.Ordinal);
    }

    public static SdgEvaluation Evaluate(IReadOnlyList<SdgExample> examples, float[][] scores, float threshold) =>
        Evaluate(examples, scores, threshold, (_, _) => threshold);

    /// <summary>Quality when each text is judged with its own per-SDG thresholds (those chosen without its fold, see <see cref="NestedThresholds"/>).</summary>
    public static SdgEvaluation Evaluate(IReadOnlyList<SdgExample> examples, float[][] scores, float[][] thresholdsOfText) =>
        Evaluate(examples, scores, float.NaN, (i, l) => thresholdsOfText[i][l]);

    /// <summary>Quality at per-SDG thresholds.</summary>
    public static SdgEvaluation Evaluate(IReadOnlyList<SdgExample> examples, float[][] scores, float[] thresholds) =>
        Evaluate(examples, scores, float.NaN, (_, l) => thresholds[l]);

    private static SdgEvaluation Evaluate(IReadOnlyList<SdgExample> examples, float[][] scores, float threshold, Func<int, int, float> thresholdOf)
    {
        var perSdg = new List<(int, int, double, double, double)>();
        long tpAll = 0, fpAll = 0, fnAll = 0;
        double macro = 0;
        for (var l = 0; l < SdgCatalogue.Count; l++)
        {
            int tp = 0, fp = 0, fn = 0, support = 0;
            for (var i = 0; i < examples.Count; i++)
            {
                if (scores[i] is null)
                {
                    continue;
                }

                var gold = examples[i].Labels.Contains(l + 1);
                var predicted = scores[i][l] >= thresholdOf(i, l);
                support += gold ? 1 : 0;
                tp += gold && predicted ? 1 : 0;
                fp += !gold && predicted ? 1 : 0;
                fn += gold && !predicted ? 1 : 0;
            }

            var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            macro += f1;
            perSdg.Add((l + 1, support, p, r, f1));
            tpAll += tp;
            fpAll += fp;
            fnAll += fn;
        }

        var mp = tpAll + fpAll == 0 ? 0 : (double)tpAll / (tpAll + fpAll);
        var mr = tpAll + fnAll == 0 ? 0 : (double)tpAll / (tpAll + fnAll);
        var negatives = examples.Select((e, i) => (e, i)).Where(x => x.e.Labels.Length == 0 && scores[x.i] is not null).Select(x => (double)scores[x.i].Max()).DefaultIfEmpty(0).Average();
        var negativesWithLabel = examples.Select((e, i) => (e, i)).Count(x => x.e.Labels.Length == 0 && scores[x.i] is not null && Enumerable.Range(0, SdgCatalogue.Count).Any(l => scores[x.i][l] >= thresholdOf(x.i, l)));
        return new SdgEvaluation(threshold, mp, mr, mp + mr == 0 ? 0 : 2 * mp * mr / (mp + mr), macro / SdgCatalogue.Count, perSdg, negatives) { NegativesWithLabel = negativesWithLabel };
    }

    /// <summary>The threshold (in steps of 0.05) that maximises micro-F1 on cross-validated scores.</summary>
    public static float BestThreshold(IReadOnlyList<SdgExample> examples, float[][] scores)
    {
        var best = 0.5f;
        var bestF1 = -1.0;
        for (var t = 0.05f; t <= 0.901f; t += 0.05f)
        {
            var rounded = MathF.Round(t, 2);
            var f1 = Evaluate(examples, scores, rounded).MicroF1;
            if (f1 > bestF1 + 1e-9)
            {
                (best, bestF1) = (rounded, f1);
            }
        }

        return best;
    }

    /// <summary>
    /// Per-SDG thresholds (steps of 0.05) that maximise micro-F1 on cross-validated scores: starting from the best
    /// common threshold, each SDG's threshold in turn is moved to where micro-F1 is highest, in two passes.
    /// </summary>
    public static float[] BestThresholds(IReadOnlyList<SdgExample> examples, float[][] scores)
    {
        var thresholds = Enumerable.Repeat(BestThreshold(examples, scores), SdgCatalogue.Count).ToArray();
        var best = Evaluate(examples, scores, thresholds).MicroF1;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var l = 0; l < SdgCatalogue.Count; l++)
            {
                var keep = thresholds[l];
                for (var t = 0.05f; t <= 0.901f; t += 0.05f)
                {
                    thresholds[l] = MathF.Round(t, 2);
                    var f1 = Evaluate(examples, scores, thresholds).MicroF1;
                    if (f1 > best + 1e-9)
                    {
                        (best, keep) = (f1, thresholds[l]);
                    }
                }

                thresholds[l] = keep;
            }
        }

        return thresholds;
    }

    /// <summary>
    /// Nested cross-validation of the threshold choice: for each outer fold, the thresholds are chosen by an inner
    /// cross-validation on the other folds only, so the held-out texts never influence the thresholds they are judged by.
    /// </summary>
    /// <param name="examples">The corpus.</param>
    /// <param name="terms">The term lists.</param>
    /// <param name="options">The settings; the inner cross-validation uses one fold fewer.</param>
    /// <param name="perSdg">Per-SDG thresholds (<see cref="BestThresholds"/>) or one common threshold (<see cref="BestThreshold"/>).</param>
    /// <returns>Per text, the 17 thresholds it is judged with (null for training-only texts).</returns>
    public static float[][] NestedThresholds(IReadOnlyList<SdgExample> examples, SdgTerms? terms, SdgTrainingOptions options, bool perSdg)
    {
        var foldOf = Folds(examples, options);
        var result = new float[examples.Count][];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var inner = examples.Where(e => e.TrainOnly || foldOf[e.Group] != fold).ToList();
            var innerScores = CrossValidate(inner, terms, options with { Folds = options.Folds - 1 });
            var thresholds = perSdg ? BestThresholds(inner, innerScores) : Enumerable.Repeat(BestThreshold(inner, innerScores), SdgCatalogue.Count).ToArray();
            for (var i = 0; i < examples.Count; i++)
            {
                if (!examples[i].TrainOnly && foldOf[examples[i].Group] == fold)
                {
                    result[i] = thresholds;
                }
            }
        }

        return result;
    }

    private static float Dot(LinearBinaryModelParameters linear, VBuffer<float> x)
    {
        var w = linear.Weights;
        var sum = linear.Bias;
        var values = x.GetValues();
        var indices = x.GetIndices();
        for (var i = 0; i < values.Length; i++)
        {
            sum += w[indices[i]] * values[i];
        }

        return sum;
    }

    /// <summary>Platt scaling, <c>p = 1 / (1 + exp(slope · s + offset))</c>, fitted on the training scores.</summary>
    private static (double Slope, double Offset) Platt(float[] scores, bool[] labels)
    {
        // Platt's smoothed targets keep the fit finite when the training scores separate the classes.
        var positives = labels.Count(x => x);
        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (labels.Length - positives + 2.0);
        var (a, c) = FitLogistic([.. scores.Select(x => (double)x)], [.. labels.Select(x => x ? high : low)], l2: 0);
        return (-a, -c);
    }

    /// <summary>
    /// Per-SDG recalibration of the first stage, fitted on its out-of-fold scores: the new logit is
    /// <c>A · logit + C</c> (a logistic regression on the logit; an L2 penalty pulls A towards 1, the first stage as is).
    /// Linear in the logit, so it folds into the weights and the evidence stays the computation itself.
    /// </summary>
    public static (double A, double C)[] FitCalibration(IReadOnlyList<SdgExample> examples, float[]?[] scores, double l2 = 3)
    {
        var result = new (double, double)[SdgCatalogue.Count];
        for (var l = 0; l < SdgCatalogue.Count; l++)
        {
            var z = new List<double>();
            var y = new List<double>();
            for (var i = 0; i < examples.Count; i++)
            {
                if (scores[i] is { } s)
                {
                    z.Add(Logit(s[l]));
                    y.Add(examples[i].Labels.Contains(l + 1) ? 1 : 0);
                }
            }

            result[l] = FitLogistic(z, y, l2);
        }

        return result;
    }

    /// <summary>
    /// Fits <c>p = 1 / (1 + exp(-(A · z + C)))</c> to targets in [0, 1] by penalised maximum likelihood (an L2 penalty
    /// pulls A towards 1), with Newton's method and step halving.
    /// </summary>
    private static (double A, double C) FitLogistic(List<double> z, List<double> y, double l2)
    {
        double Loss(double a, double c)
        {
            var loss = l2 * (a - 1) * (a - 1) / 2;
            for (var i = 0; i < z.Count; i++)
            {
                var u = a * z[i] + c;
                loss += Math.Max(u, 0) + Math.Log(1 + Math.Exp(-Math.Abs(u))) - y[i] * u;
            }

            return loss;
        }

        double a = 1, c = 0;
        var current = Loss(a, c);
        for (var iter = 0; iter < 100; iter++)
        {
            double ga = l2 * (a - 1), gc = 0, haa = l2, hac = 0, hcc = 1e-9;
            for (var i = 0; i < z.Count; i++)
            {
                var p = 1 / (1 + Math.Exp(-(a * z[i] + c)));
                var r = p * (1 - p);
                ga += (p - y[i]) * z[i];
                gc += p - y[i];
                haa += r * z[i] * z[i];
                hac += r * z[i];
                hcc += r;
            }

            var det = haa * hcc - hac * hac;
            var da = (hcc * ga - hac * gc) / det;
            var dc = (haa * gc - hac * ga) / det;
            var step = 1.0;
            while (step > 1e-6 && Loss(a - step * da, c - step * dc) > current)
            {
                step /= 2;
            }

            if (step <= 1e-6)
            {
                break;
            }

            a -= step * da;
            c -= step * dc;
            var next = Loss(a, c);
            var done = current - next < 1e-12;
            current = next;
            if (done)
            {
                break;
            }
        }

        return (a, c);
    }

    public static float[] Calibrate(float[] scores, (double A, double C)[] calibration) =>
        [.. scores.Select((s, l) => (float)(1 / (1 + Math.Exp(-(calibration[l].A * Logit(s) + calibration[l].C)))))];

    private static double Logit(float p)
    {
        var q = Math.Clamp((double)p, 1e-7, 1 - 1e-7);
        return Math.Log(q / (1 - q));
    }

    /// <summary>Recalibrated scores by cross-validation over the given folds: each text is recalibrated by a fit without its fold.</summary>
    public static float[][] CrossCalibrate(IReadOnlyList<SdgExample> examples, float[][] scores, Dictionary<string, int> foldOf, int folds)
    {
        var result = new float[examples.Count][];
        for (var k = 0; k < folds; k++)
        {
            var train = scores.Select((s, i) => s is not null && foldOf[examples[i].Group] != k ? s : null).ToArray();
            var calibration = FitCalibration(examples, train);
            for (var i = 0; i < examples.Count; i++)
            {
                if (scores[i] is { } s && foldOf[examples[i].Group] == k)
                {
                    result[i] = Calibrate(s, calibration);
                }
            }
        }

        return result;
    }

    /// <summary>The index of the highest score, the lowest SDG among ties (as the classifier ranks).</summary>
    internal static int Top(float[] scores)
    {
        var top = 0;
        for (var l = 1; l < scores.Length; l++)
        {
            if (scores[l] > scores[top])
            {
                top = l;
            }
        }

        return top;
    }

    /// <summary>Quality under the decision rule: the top SDG counts from <paramref name="top"/>, the others from <paramref name="threshold"/>.</summary>
    public static SdgEvaluation Evaluate(IReadOnlyList<SdgExample> examples, float[][] scores, float top, float threshold) =>
        Evaluate(examples, scores, threshold, (i, l) => l == Top(scores[i]) ? Math.Min(top, threshold) : threshold) with { TopThreshold = top };

    /// <summary>Quality when each text is judged with the rule chosen without its fold (see <see cref="Nested"/>).</summary>
    public static SdgEvaluation Evaluate(IReadOnlyList<SdgExample> examples, float[][] scores, (float Top, float Threshold)[] ruleOfText) =>
        Evaluate(examples, scores, float.NaN, (i, l) => l == Top(scores[i]) ? Math.Min(ruleOfText[i].Top, ruleOfText[i].Threshold) : ruleOfText[i].Threshold);

    /// <summary>The decision rule (steps of 0.05; top threshold at most the other one) that maximises micro-F1 on cross-validated scores.</summary>
    public static (float Top, float Threshold) BestRule(IReadOnlyList<SdgExample> examples, float[][] scores)
    {
        var best = (0.5f, 0.5f);
        var bestF1 = -1.0;
        for (var i = 1; i <= 18; i++)
        {
            for (var j = i; j <= 18; j++)
            {
                var (top, threshold) = (MathF.Round(i * 0.05f, 2), MathF.Round(j * 0.05f, 2));
                var f1 = Evaluate(examples, scores, top, threshold).MicroF1;
                if (f1 > bestF1 + 1e-9)
                {
                    (best, bestF1) = ((top, threshold), f1);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Nested cross-validation of the whole second step: for each outer fold, the recalibration is fitted on an inner
    /// cross-validation of the other folds only and applied to the outer fold's first-stage scores, and the decision
    /// rule is chosen on the inner scores recalibrated by cross-validation; the held-out texts influence neither.
    /// </summary>
    /// <returns>Per text, its recalibrated score and the rule it is judged with (null for training-only texts).</returns>
    public static (float[][] Scores, (float Top, float Threshold)[] Rules) Nested(IReadOnlyList<SdgExample> examples, SdgTerms? terms, SdgTrainingOptions options, float[][] firstStage, IProgress<SdgTrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var foldOf = Folds(examples, options);
        var scores = new float[examples.Count][];
        var rules = new (float, float)[examples.Count];
        var innerOptions = options with { Folds = options.Folds - 1 };
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var inner = examples.Where(e => e.TrainOnly || foldOf[e.Group] != fold).ToList();
            var innerScores = CrossValidate(inner, terms, innerOptions, cancellationToken: cancellationToken);
            var calibration = FitCalibration(inner, innerScores);
            var rule = BestRule(inner, CrossCalibrate(inner, innerScores, Folds(inner, innerOptions), innerOptions.Folds));
            for (var i = 0; i < examples.Count; i++)
            {
                if (!examples[i].TrainOnly && foldOf[examples[i].Group] == fold)
                {
                    scores[i] = Calibrate(firstStage[i], calibration);
                    rules[i] = rule;
                }
            }

            progress?.Report(new SdgTrainingProgress(fold + 1, options.Folds, $"nested fold {fold + 1}/{options.Folds} done"));
        }

        return (scores, rules);
    }

    /// <summary>
    /// The whole training of the shipped model: cross-validate the first stage, fit the recalibration on its
    /// out-of-fold scores, choose the decision rule on those scores recalibrated by cross-validation, train on
    /// everything and fold the recalibration into the weights.
    /// </summary>
    public static SdgBuild Build(IReadOnlyList<SdgExample> examples, SdgTerms? terms, SdgTrainingOptions options, IProgress<SdgTrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var firstStage = CrossValidate(examples, terms, options, progress, cancellationToken);
        var calibration = FitCalibration(examples, firstStage);
        var calibrated = CrossCalibrate(examples, firstStage, Folds(examples, options), options.Folds);
        var (top, threshold) = BestRule(examples, calibrated);
        var evaluation = Evaluate(examples, calibrated, top, threshold);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"L-BFGS logistic regression per SDG (Microsoft.ML, seed {options.Seed}, L2 {options.L2}, L1 {options.L1}, min df {options.MinDocumentFrequency}), recalibrated per SDG on out-of-fold scores; {examples.Count} texts; top SDG from {top:0.00}, others from {threshold:0.00}, chosen by {options.Folds}-fold grouped CV (micro-F1 {evaluation.MicroF1:0.000})");
        var trained = Train(examples, terms, options, cancellationToken: cancellationToken);
        var m = trained.Model;
        var weights = new float[m.Weights.Length];
        var bias = new float[SdgCatalogue.Count];
        for (var l = 0; l < SdgCatalogue.Count; l++)
        {
            // logit = −slope·(bias + w·x) − offset; recalibrated: A·logit + C, written as a plain logistic model again.
            var (a, c) = calibration[l];
            var scale = -a * m.Slope[l];
            for (var k = 0; k < m.FeatureCount; k++)
            {
                weights[k * SdgCatalogue.Count + l] = (float)(scale * m.Weights[k * SdgCatalogue.Count + l]);
            }

            bias[l] = (float)(scale * m.Bias[l] + c - a * m.Offset[l]);
        }

        var model = new SdgModel(m.Hashes, weights, bias, [.. Enumerable.Repeat(-1.0, SdgCatalogue.Count)], new double[SdgCatalogue.Count], threshold, description, m.Terms, top);
        return new SdgBuild(trained, model, firstStage, calibrated, calibration, evaluation);
    }

    internal static ulong[] Vocabulary(IEnumerable<SdgFeatures> featurized, int minDocumentFrequency)
    {
        var df = new Dictionary<ulong, int>();
        foreach (var f in featurized)
        {
            for (var i = 0; i < f.Count; i++)
            {
                df[f.Hashes[i]] = df.GetValueOrDefault(f.Hashes[i]) + 1;
            }
        }

        return df.Where(kv => kv.Value >= minDocumentFrequency).Select(kv => kv.Key).Order().ToArray();
    }

    internal static SdgRow ToRow(SdgFeatures features, ulong[] vocabulary, bool label)
    {
        var indices = new List<int>(features.Count);
        var values = new List<float>(features.Count);
        for (var i = 0; i < features.Count; i++)
        {
            var k = Array.BinarySearch(vocabulary, features.Hashes[i]);
            if (k >= 0)
            {
                indices.Add(k);
                values.Add(features.Values[i]);
            }
        }

        // Features are sorted by hash and the vocabulary too, so the indices ascend as VBuffer requires.
        return new SdgRow { Features = new VBuffer<float>(vocabulary.Length, indices.Count, values.ToArray(), indices.ToArray()), Label = label };
    }

    internal static SchemaDefinition Schema(int length)
    {
        var schema = SchemaDefinition.Create(typeof(SdgRow));
        schema[nameof(SdgRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        return schema;
    }

    private static SdgModel Compact(ulong[] vocabulary, float[] weights, float[] bias, double[] slope, double[] offset, float threshold, string description, SdgTerms? terms)
    {
        // Features whose weights are all zero (L1) change no score: leave them out of the shipped model.
        var keep = new List<int>();
        for (var f = 0; f < vocabulary.Length; f++)
        {
            for (var l = 0; l < SdgCatalogue.Count; l++)
            {
                if (weights[f * SdgCatalogue.Count + l] != 0)
                {
                    keep.Add(f);
                    break;
                }
            }
        }

        var hashes = new ulong[keep.Count];
        var compact = new float[keep.Count * SdgCatalogue.Count];
        for (var k = 0; k < keep.Count; k++)
        {
            hashes[k] = vocabulary[keep[k]];
            Array.Copy(weights, keep[k] * SdgCatalogue.Count, compact, k * SdgCatalogue.Count, SdgCatalogue.Count);
        }

        return new SdgModel(hashes, compact, bias, slope, offset, threshold, description, terms);
    }
}
