using System.Globalization;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace MalAnalys.Agenda2030;

/// <summary>One labelled text of the training corpus.</summary>
/// <param name="Group">Paraphrases of one statement share a group; cross-validation never splits a group.</param>
/// <param name="Labels">The SDGs (1–17) the text serves; empty for a text that serves none.</param>
/// <param name="Text">The text.</param>
/// <param name="TrainOnly">Whether the text is only for training and never scored in cross-validation (the catalogue's own names and descriptions).</param>
internal sealed record SdgExample(string Group, int[] Labels, string Text, bool TrainOnly = false);

/// <summary>The checked-in corpus: tab-separated files of <c>group, labels, text</c> (labels <c>3,11</c> or <c>-</c>).</summary>
internal static class SdgCorpus
{
    public static IReadOnlyList<SdgExample> Load(string directory)
    {
        var examples = new List<SdgExample>();
        foreach (var file in Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file, Encoding.UTF8))
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var parts = line.Split('\t');
                if (parts.Length != 3)
                {
                    throw new InvalidDataException($"{file}:{lineNumber}: expected 3 tab-separated columns.");
                }

                var labels = parts[1] == "-" ? [] : parts[1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                if (labels.Any(l => l is < 1 or > SdgCatalogue.Count))
                {
                    throw new InvalidDataException($"{file}:{lineNumber}: labels must be 1 to 17.");
                }

                examples.Add(new SdgExample(parts[0], labels, parts[2]));
            }
        }

        return examples;
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

/// <summary>Per-SDG and overall quality from cross-validation.</summary>
internal sealed record SdgEvaluation(float Threshold, double MicroPrecision, double MicroRecall, double MicroF1, double MacroF1, IReadOnlyList<(int Sdg, int Support, double Precision, double Recall, double F1)> PerSdg, double NegativeMaxScoreMean)
{
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"threshold {Threshold:0.00}: micro P {MicroPrecision:0.000} R {MicroRecall:0.000} F1 {MicroF1:0.000}; macro F1 {MacroF1:0.000}; mean top score of no-SDG texts {NegativeMaxScoreMean:0.000}");
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
    public static SdgTrainedModel Train(IReadOnlyList<SdgExample> examples, SdgTerms? terms, SdgTrainingOptions options, float threshold = 0.5f, string description = "")
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
            var transformer = trainer.Fit(data);
            transformers.Add(transformer);
            var linear = transformer.Model.SubModel;
            var w = linear.Weights;
            for (var f = 0; f < vocabulary.Length; f++)
            {
                weights[f * SdgCatalogue.Count + l] = w[f];
            }

            bias[l] = linear.Bias;
            slope[l] = transformer.Model.Calibrator.Slope;
            offset[l] = transformer.Model.Calibrator.Offset;
        }

        return new SdgTrainedModel
        {
            Model = Compact(vocabulary, weights, bias, slope, offset, threshold, description, terms),
            Context = context,
            Vocabulary = vocabulary,
            Transformers = transformers,
        };
    }

    /// <summary>Cross-validates with folds made of whole paraphrase groups, scoring held-out texts with the compact model.</summary>
    /// <returns>Per text, the 17 scores (indexed by SDG − 1), in corpus order.</returns>
    public static float[][] CrossValidate(IReadOnlyList<SdgExample> examples, SdgTerms? terms, SdgTrainingOptions options, IProgress<string>? progress = null)
    {
        var foldOf = Folds(examples, options);
        var scores = new float[examples.Count][];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var train = examples.Where(e => e.TrainOnly || foldOf[e.Group] != fold).ToList();
            var model = Train(train, terms, options).Model;
            var classifier = new SdgClassifier(model);
            for (var i = 0; i < examples.Count; i++)
            {
                if (!examples[i].TrainOnly && foldOf[examples[i].Group] == fold)
                {
                    scores[i] = classifier.Scores(examples[i].Text);
                }
            }

            progress?.Report($"fold {fold + 1}/{options.Folds} done");
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
        return new SdgEvaluation(threshold, mp, mr, mp + mr == 0 ? 0 : 2 * mp * mr / (mp + mr), macro / SdgCatalogue.Count, perSdg, negatives);
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
