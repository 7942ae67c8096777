using System.Globalization;
using System.Text;
using MalAnalys.Agenda2030;

namespace MalAnalys.Training.Tool;

/// <summary>
/// Trains the embedded SDG model from the checked-in corpus, deterministically:
/// <c>dotnet run -c Release --project tools/MalAnalys.Training</c>. A command line over the MalAnalys.Training package
/// (<see cref="SdgTrainer"/>), which embeds the corpus and term lists of <c>src/MalAnalys.Training/Data</c>.
/// Cross-validates with paraphrase-grouped folds to fit the per-SDG recalibration, choose the decision rule and report
/// quality (also by nested cross-validation), trains on the whole corpus, writes
/// <c>src/MalAnalys/Agenda2030/sdg-model.bin.gz</c> and <c>src/MalAnalys.Training/Data/training-report.md</c>, and
/// evaluates the new model on the hand-labelled seed goals. <c>--grid</c>, <c>--nested</c>, <c>--errors</c> and
/// <c>--experiments</c> measure by cross-validation only and write nothing (see the data card); <c>--evaluate FILE</c>
/// scores the shipped model on a labelled set of real goals kept outside the repository.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--evaluate"))
        {
            // The shipped model on a labelled set of real goals kept outside the repository (see the data card); writes nothing.
            var evaluation = SdgTrainer.Evaluate(SdgClassifier.Default, args[Array.IndexOf(args, "--evaluate") + 1]);
            foreach (var o in evaluation.Outcomes)
            {
                var labels = o.Text.Labels.Length == 0 ? "-" : string.Join(",", o.Text.Labels);
                Console.WriteLine($"{o.Text.Group}\tgold {labels}\ttop {string.Join(" ", o.Result.Top(3))}\tserved {string.Join(",", o.Result.Served.Select(p => p.Sdg))}");
            }

            Console.WriteLine();
            Console.Write(evaluation.Summary);
            return 0;
        }

        var root = RepositoryRoot();
        var data = Path.Combine(root, "src", "MalAnalys.Training", "Data");
        var trainerOptions = new SdgTrainerOptions { UseTermLists = !args.Contains("--no-terms"), IncludeCatalogue = !args.Contains("--no-catalogue") };
        if (args.Contains("--learner"))
        {
            trainerOptions = trainerOptions with { Learner = args[Array.IndexOf(args, "--learner") + 1] };
        }

        if (args.Contains("--l2"))
        {
            trainerOptions = trainerOptions with { L2 = float.Parse(args[Array.IndexOf(args, "--l2") + 1], CultureInfo.InvariantCulture) };
        }

        // The package's training set (the embedded corpus, then the catalogue's texts): what Train uses. The comparisons
        // below run the engine with the trainer's term lists.
        var trainer = new SdgTrainer(trainerOptions);
        var examples = trainer.TrainingSet(null);
        var options = trainerOptions.Engine;
        Console.WriteLine($"corpus: {examples.Count} texts, {examples.Select(e => e.Group).Distinct().Count()} paraphrase groups");

        if (args.Contains("--grid"))
        {
            var at = Array.IndexOf(args, "--grid");
            var l2s = at + 1 < args.Length ? args[at + 1].Split(',').Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray() : [0.1f, 0.3f, 1f];
            var l1s = at + 2 < args.Length ? args[at + 2].Split(',').Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray() : [0f, 0.05f, 0.2f];
            foreach (var l2 in l2s)
            {
                foreach (var l1 in l1s)
                {
                    var o = options with { L2 = l2, L1 = l1 };
                    var s = trainer.CrossValidateScores(examples, o);
                    var t = SdgTraining.BestThreshold(examples, s);
                    var e = SdgTraining.Evaluate(examples, s, t);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"L2 {l2} L1 {l1}: t {t:0.00} micro-F1 {e.MicroF1:0.000} macro-F1 {e.MacroF1:0.000} P {e.MicroPrecision:0.000} R {e.MicroRecall:0.000} neg {e.NegativeMaxScoreMean:0.000}"));
                }
            }

            return 0;
        }

        if (args.Contains("--experiments"))
        {
            // Decision rules and stacking, measured by cross-validation only (never the seed goals); writes nothing.
            Experiments.Run(examples, options, trainer.CrossValidateScores, args);
            return 0;
        }

        if (args.Contains("--nested"))
        {
            var s = trainer.CrossValidateScores(examples, options);
            var common = SdgTraining.Evaluate(examples, s, trainer.NestedThresholds(examples, options, perSdg: false));
            var per = SdgTraining.Evaluate(examples, s, trainer.NestedThresholds(examples, options, perSdg: true));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nested common threshold: micro-F1 {common.MicroF1:0.000} macro-F1 {common.MacroF1:0.000} P {common.MicroPrecision:0.000} R {common.MicroRecall:0.000}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nested per-SDG thresholds: micro-F1 {per.MicroF1:0.000} macro-F1 {per.MacroF1:0.000} P {per.MicroPrecision:0.000} R {per.MicroRecall:0.000}"));
            var (rs, rr) = trainer.Nested(examples, options, s);
            var rule = SdgTraining.Evaluate(examples, rs, rr);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nested recalibration + top/other thresholds (shipped): micro-F1 {rule.MicroF1:0.000} macro-F1 {rule.MacroF1:0.000} P {rule.MicroPrecision:0.000} R {rule.MicroRecall:0.000} no-SDG texts given an SDG {rule.NegativesWithLabel}"));
            var all = SdgTraining.BestThresholds(examples, s);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"per-SDG thresholds on all CV scores: {string.Join(" ", all.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))} micro-F1 {SdgTraining.Evaluate(examples, s, all).MicroF1:0.000}"));
            return 0;
        }

        var result = trainer.Train(progress: new Progress<SdgTrainingProgress>(p => Console.WriteLine(p.Message)));
        var build = result.Build;
        var scores = build.Calibrated;
        var (top, threshold) = (result.TopThreshold, result.Threshold);
        if (args.Contains("--errors"))
        {
            // Cross-validation mistakes, for improving the corpus and the term lists; writes nothing.
            for (var i = 0; i < examples.Count; i++)
            {
                if (scores[i] is null)
                {
                    continue;
                }

                var first = SdgTraining.Top(scores[i]);
                var predicted = Enumerable.Range(1, 17).Where(l => scores[i][l - 1] >= threshold || (l - 1 == first && scores[i][l - 1] >= top)).ToArray();
                if (!predicted.Order().SequenceEqual(examples[i].Labels.Order()))
                {
                    Console.WriteLine($"{examples[i].Group}\tgold {string.Join(",", examples[i].Labels)}\tpred {string.Join(",", predicted.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l}:{scores[i][l - 1]:0.00}")))}\t{examples[i].Text}");
                }
            }

            return 0;
        }

        var chosen = build.Evaluation;
        var (nestedScores, nestedRules) = trainer.Nested(examples, options, build.FirstStage);
        var nested = SdgTraining.Evaluate(examples, nestedScores, nestedRules);
        var firstThreshold = SdgTraining.BestThreshold(examples, build.FirstStage);
        var firstStage = SdgTraining.Evaluate(examples, build.FirstStage, firstThreshold);
        var firstNested = SdgTraining.Evaluate(examples, build.FirstStage, trainer.NestedThresholds(examples, options, perSdg: false));
        var description = result.Description;
        var modelPath = Path.Combine(root, "src", "MalAnalys", "Agenda2030", "sdg-model.bin.gz");
        result.Save(modelPath);
        var classifier = result.CreateClassifier();
        var gold = SdgSeedEvaluation.Run(classifier, SdgSeedEvaluation.Load(Path.Combine(data, "evaluation", "seed-goals.tsv")), Path.Combine(root, "seeds"));
        var report = new StringBuilder();
        report.AppendLine("# SDG model: training report");
        report.AppendLine();
        report.AppendLine("Written by `dotnet run -c Release --project tools/MalAnalys.Training`; do not edit by hand.");
        report.AppendLine();
        report.AppendLine(description);
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Model: {result.FeatureCount} features with a non-zero weight (of {build.Trained.Vocabulary.Length} in the vocabulary), {new FileInfo(modelPath).Length / 1024.0:0} KiB compressed.");
        report.AppendLine();
        report.AppendLine("Two steps after the logistic regressions, both fitted on their out-of-fold cross-validated scores: each SDG's logit is recalibrated (`A · logit + C`, folded into the weights), and the highest-scoring SDG counts as served from a lower threshold than the others.");
        report.AppendLine();
        report.AppendLine("Recalibration per SDG (A, C): " + string.Join(", ", build.Calibration.Select((c, l) => string.Create(CultureInfo.InvariantCulture, $"{l + 1}: {c.A:0.00} {c.C:+0.00;-0.00}"))));
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"## Cross-validation ({options.Folds} folds, paraphrase groups never split)");
        report.AppendLine();
        report.AppendLine("With the rule chosen by nested cross-validation (for each fold, the recalibration and the rule are chosen by an inner 4-fold cross-validation on the other folds only; the honest estimate):");
        report.AppendLine();
        report.AppendLine(nested.ToMarkdown().Replace("threshold NaN", "nested rule", StringComparison.Ordinal));
        report.AppendLine("At the chosen rule (recalibration cross-validated, rule chosen on these same scores, so slightly optimistic):");
        report.AppendLine();
        report.AppendLine(chosen.ToMarkdown());
        report.AppendLine("For comparison, the first stage alone with one common threshold (the previous model): chosen on all cross-validated scores, then by nested cross-validation:");
        report.AppendLine();
        report.AppendLine(firstStage.ToMarkdown());
        report.AppendLine(firstNested.ToMarkdown().Replace("threshold NaN", "nested threshold", StringComparison.Ordinal));
        report.AppendLine("## Real goals (seed documents, hand-labelled, not in training)");
        report.AppendLine();
        report.AppendLine(SdgSeedEvaluation.Report(gold));
        File.WriteAllText(Path.Combine(data, "training-report.md"), report.ToString().ReplaceLineEndings("\n"), new UTF8Encoding(false));
        Console.WriteLine(report);
        Console.WriteLine($"model written to {Path.GetRelativePath(root, modelPath)}");
        return 0;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MalAnalys.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run the trainer inside the MalAnalys repository.");
    }
}
