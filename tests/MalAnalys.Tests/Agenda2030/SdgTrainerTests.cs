using System.Collections.Immutable;
using System.Globalization;
using MalAnalys.Agenda2030;
using MalAnalys.Tests.Samples;
using MalAnalys.Training;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MalAnalys.Tests.Agenda2030;

/// <summary>A user's own labelled texts, trained on together with the shipped corpus once, through the public API.</summary>
public sealed class UserTextsTrainingFixture
{
    public static readonly ImmutableArray<SdgLabelledText> UserTexts =
    [
        new("mine-01", [13], "Kommunens egna verksamheter ska vara fossilfria och klimatanpassade senast 2030."),
        new("mine-01", [13], "Senast 2030 ska kommunens verksamheter vara fria från fossila bränslen och anpassade till ett förändrat klimat."),
        new("mine-02", [7, 13], "Solceller på kommunens tak ska ge en fjärdedel av den el kommunen använder."),
        new("mine-03", [4], "Alla barn ska kunna läsa och skriva när de lämnar årskurs tre."),
        new("mine-04", [], "Nämnden ska lämna delårsrapporten till kommunstyrelsen i augusti."),
    ];

    public UserTextsTrainingFixture()
    {
        Result = new SdgTrainer().Train(UserTexts, Progress);
    }

    public SynchronousProgress Progress { get; } = new();

    public SdgTrainingResult Result { get; }
}

/// <summary>Collects progress reports as they are made (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
public sealed class SynchronousProgress : IProgress<SdgTrainingProgress>
{
    public List<SdgTrainingProgress> Reports { get; } = [];

    public void Report(SdgTrainingProgress value) => Reports.Add(value);
}

/// <summary>The public training API of MalAnalys.Training on real data: the shipped corpus, a user's texts and the seed-goal labels.</summary>
public sealed class SdgTrainerTests(UserTextsTrainingFixture fixture) : IClassFixture<UserTextsTrainingFixture>
{
    private static string SeedGoalsFile => Path.Combine(SdgTestData.DataFolder, "evaluation", "seed-goals.tsv");

    [Fact]
    public void Shipped_corpus_and_term_lists_are_the_checked_in_data()
    {
        // The training command and SdgTrainer read the embedded copies; the reproducibility test relies on them being the files.
        var files = SdgTestData.Corpus();
        var shipped = SdgTrainer.ShippedCorpus;

        Assert.Equal(files.Count, shipped.Length);
        Assert.Equal(files.Select(e => $"{e.Group}\t{string.Join(",", e.Labels)}\t{e.Text}"), shipped.Select(t => $"{t.Group}\t{string.Join(",", t.Labels)}\t{t.Text}"));
        Assert.Equal(File.ReadAllText(Path.Combine(SdgTestData.DataFolder, "terms.tsv")).ReplaceLineEndings("\n"), SdgCorpus.ShippedTermsSource());
    }

    [Fact]
    public void A_model_trained_on_the_shipped_corpus_and_user_texts_saves_and_loads_with_SdgClassifier_Load()
    {
        var result = fixture.Result;
        using var stream = new MemoryStream();
        result.Save(stream);
        stream.Position = 0;
        var loaded = SdgClassifier.Load(stream);

        var climate = loaded.Predict("Utsläppen av växthusgaser inom kommunen ska minska med hälften till 2030.");
        Assert.Equal(13, climate.Predictions[0].Sdg);
        Assert.Equal(13, climate.Served.First().Sdg);
        Assert.Equal(result.Description, loaded.ModelDescription);
        Assert.Equal(result.Threshold, loaded.Threshold);
        var fresh = result.CreateClassifier();
        Assert.All(UserTextsTrainingFixture.UserTexts, t => Assert.Equal(fresh.Scores(t.Text), loaded.Scores(t.Text)));

        // The shipped corpus, the user's texts and the catalogue's training-only texts, in that order.
        Assert.Equal(SdgTrainer.ShippedCorpus.Length + UserTextsTrainingFixture.UserTexts.Length + SdgCorpus.Catalogue().Count, result.TextCount);
        Assert.Contains($"{result.TextCount} texts", result.Description, StringComparison.Ordinal);
        Assert.True(result.FeatureCount > 10_000, $"{result.FeatureCount} features");
        Assert.InRange(result.TopThreshold, 0.05, result.Threshold);
    }

    [Fact]
    public void Training_reports_each_fold_and_cross_validated_figures()
    {
        Assert.Equal(["fold 1/5 done", "fold 2/5 done", "fold 3/5 done", "fold 4/5 done", "fold 5/5 done"], fixture.Progress.Reports.Select(p => p.Message));
        Assert.All(fixture.Progress.Reports, p => Assert.Equal(5, p.Total));

        var cv = fixture.Result.CrossValidation;
        Assert.False(cv.Nested);
        Assert.Equal(5, cv.Folds);
        Assert.Equal(SdgTrainer.ShippedCorpus.Length + UserTextsTrainingFixture.UserTexts.Length, cv.Texts);
        Assert.Equal(SdgTrainer.ShippedCorpus.Count(t => t.Labels.IsEmpty) + 1, cv.NoneTexts);
        Assert.Equal(fixture.Result.Threshold, cv.Threshold!.Value, 6);
        Assert.Equal(fixture.Result.TopThreshold, cv.TopThreshold!.Value, 6);
        Assert.Equal(Enumerable.Range(1, 17), cv.PerSdg.Select(s => s.Sdg));
        Assert.True(cv.MicroF1 >= 0.84, cv.ToString());
        Assert.True(cv.MacroF1 >= 0.84, cv.ToString());
        Assert.Equal(2 * cv.MicroPrecision * cv.MicroRecall / (cv.MicroPrecision + cv.MicroRecall), cv.MicroF1, 9);
        Assert.Equal(cv.PerSdg.Average(s => s.F1), cv.MacroF1, 9);
    }

    [Fact]
    public void CrossValidate_gives_the_figures_the_training_chose_its_rule_by()
    {
        var cv = new SdgTrainer().CrossValidate(UserTextsTrainingFixture.UserTexts);

        Assert.Equal(fixture.Result.CrossValidation with { PerSdg = default }, cv with { PerSdg = default });
        Assert.Equal(fixture.Result.CrossValidation.PerSdg.ToArray(), cv.PerSdg.ToArray());
    }

    [Fact]
    public void Nested_cross_validation_runs_on_a_small_set_of_the_users_texts_alone()
    {
        // 120 paraphrase groups of the shipped corpus stand in for a user's corpus; the catalogue gives every SDG texts.
        var groups = SdgTrainer.ShippedCorpus.Select(t => t.Group).Distinct().Where((_, i) => i % 11 == 0).ToHashSet();
        var texts = SdgTrainer.ShippedCorpus.Where(t => groups.Contains(t.Group)).ToList();
        var progress = new SynchronousProgress();

        var cv = new SdgTrainer(new SdgTrainerOptions { IncludeShippedCorpus = false, Folds = 3 }).CrossValidate(texts, nested: true, progress);

        Assert.True(cv.Nested);
        Assert.Null(cv.Threshold);
        Assert.Equal(texts.Count, cv.Texts);
        Assert.InRange(cv.MicroF1, 0.3, 1);
        Assert.Equal(["fold 1/3 done", "fold 2/3 done", "fold 3/3 done", "nested fold 1/3 done", "nested fold 2/3 done", "nested fold 3/3 done"], progress.Reports.Select(p => p.Message));
    }

    [Fact]
    public void Evaluate_on_the_seed_goal_labels_gives_the_figures_of_the_evaluation_harness()
    {
        var classifier = SdgClassifier.Default;
        var evaluation = SdgTrainer.Evaluate(classifier, SeedGoalsFile);

        // What the training command's --evaluate printed before it used the public API.
        var harness = SdgSeedEvaluation.Classify(classifier, SdgSeedEvaluation.LoadLabelled(SeedGoalsFile));
        var summary = SdgSeedEvaluation.Summary(harness);

        Assert.Equal(summary, evaluation.Summary);
        Assert.Equal(19, evaluation.Texts);
        Assert.Equal(19, evaluation.Labelled);
        Assert.Equal(0, evaluation.WithoutSdg);
        Assert.Equal(harness.Count(o => o.Top1Correct), evaluation.Top1Correct);
        Assert.Equal(harness.Count(o => o.AllInTop3), evaluation.AllInTop3);
        Assert.Equal(harness.Select(o => o.Result.Predictions[0].Sdg), evaluation.Outcomes.Select(o => o.Result.Predictions[0].Sdg));
        Assert.Equal(harness.Select(o => o.Gold.Seed), evaluation.Outcomes.Select(o => o.Text.Group));
        var c = CultureInfo.InvariantCulture;
        Assert.Contains(string.Create(c, $"top-1 accuracy {evaluation.Top1Accuracy:0.000} ({evaluation.Top1Correct}/19), recall@3 {evaluation.RecallAt3:0.000} ({evaluation.AllInTop3}/19)"), summary, StringComparison.Ordinal);
        Assert.Contains(string.Create(c, $"served SDGs: micro P {evaluation.ServedPrecision:0.000} R {evaluation.ServedRecall:0.000} F1 {evaluation.ServedF1:0.000}"), summary, StringComparison.Ordinal);
        Assert.All(evaluation.ByLabelCount, g => Assert.Contains(
            string.Create(c, $"with {(g.LabelCount == 3 ? "3 or more" : g.LabelCount.ToString(c))} gold SDGs: top-1 {g.Top1Accuracy:0.000} ({g.Top1Correct}/{g.Texts}), recall@3 {g.RecallAt3:0.000} ({g.AllInTop3}/{g.Texts})"),
            summary,
            StringComparison.Ordinal));
        Assert.Equal(19, evaluation.ByLabelCount.Sum(g => g.Texts));
        Assert.Equal(0, evaluation.WithoutSdgServed);

        // The same texts given as objects score the same.
        var texts = evaluation.Outcomes.Select(o => o.Text);
        Assert.Equal(summary, SdgTrainer.Evaluate(classifier, texts).Summary);
    }

    [Fact]
    public void A_freshly_trained_model_is_evaluated_like_the_shipped_one()
    {
        var evaluation = SdgTrainer.Evaluate(fixture.Result.CreateClassifier(), SeedGoalsFile);

        Assert.Equal(19, evaluation.Labelled);
        Assert.True(evaluation.Top1Accuracy >= 0.75, evaluation.Summary);
    }

    [Fact]
    public void LoadTexts_reads_the_corpus_format_from_a_file_or_a_folder_and_names_a_bad_line()
    {
        var folder = Directory.CreateTempSubdirectory("malanalys-texts-").FullName;
        try
        {
            var file = Path.Combine(folder, "b-mine.tsv");
            File.WriteAllLines(file, ["# group\tlabels\ttext", "mine-01\t13\tKommunen ska vara klimatneutral.", "", "mine-02\t3, 11\tFler ska röra sig i vardagen.", "mine-03\t-\tBudgeten ska vara i balans."]);
            File.WriteAllLines(Path.Combine(folder, "a-more.tsv"), ["more-01\t6\tAvloppen ska åtgärdas."]);

            var texts = SdgTrainer.LoadTexts(file);
            Assert.Equal(["mine-01", "mine-02", "mine-03"], texts.Select(t => t.Group));
            Assert.Equal(new[] { 13 }, texts[0].Labels.ToArray());
            Assert.Equal(new[] { 3, 11 }, texts[1].Labels.ToArray());
            Assert.Empty(texts[2].Labels);
            Assert.Equal("Fler ska röra sig i vardagen.", texts[1].Text);
            Assert.Equal(["more-01", "mine-01", "mine-02", "mine-03"], SdgTrainer.LoadTexts(folder).Select(t => t.Group));

            File.AppendAllLines(file, ["mine-04\t18\tEtt mål som inte finns."]);
            var error = Assert.Throws<InvalidDataException>(() => SdgTrainer.LoadTexts(file));
            Assert.Contains("b-mine.tsv:6:", error.Message, StringComparison.Ordinal);
            File.WriteAllLines(file, ["mine-05\tBara två kolumner."]);
            Assert.Contains("b-mine.tsv:1:", Assert.Throws<InvalidDataException>(() => SdgTrainer.LoadTexts(file)).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Texts_that_cannot_train_every_SDG_are_refused_before_training()
    {
        var alone = new SdgTrainer(new SdgTrainerOptions { IncludeShippedCorpus = false, IncludeCatalogue = false });

        var error = Assert.Throws<ArgumentException>(() => alone.Train(UserTextsTrainingFixture.UserTexts));
        Assert.Contains("SDG 1:", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new SdgTrainer().Train([new SdgLabelledText("bad-01", [18], "Ett mål som inte finns.")]));
        Assert.Throws<ArgumentException>(() => new SdgTrainer().Train([new SdgLabelledText("bad-02", [3], " ")]));
        Assert.Throws<ArgumentException>(() => new SdgTrainer().Train([new SdgLabelledText("bad-03", default, "Ingen etikettlista.")]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SdgTrainer(new SdgTrainerOptions { Folds = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SdgTrainer(new SdgTrainerOptions { L2 = double.NaN }));
        Assert.Throws<ArgumentException>(() => new SdgTrainer(new SdgTrainerOptions { Folds = 2 }).CrossValidate(nested: true));
    }

    [Fact]
    public void A_cancelled_training_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new SdgTrainer().Train(cancellationToken: cancelled.Token));
    }

    [Fact]
    public void The_package_readme_example_compiles()
    {
        // It trains and reads files of the reader's, so it is compiled, not run.
        var readme = Path.Combine(SdgTestData.DataFolder, "..", "README.md");
        var code = ReadmeSnippetTests.Snippets(readme)[0];
        string[] usings = ["global using System;", "global using System.Collections.Generic;", "global using System.IO;", "global using System.Linq;", "global using System.Threading;", "global using System.Threading.Tasks;"];
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(SdgClassifier).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(SdgTrainer).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "TrainingReadme",
            [CSharpSyntaxTree.ParseText(string.Join("\n", usings)), CSharpSyntaxTree.ParseText(code)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);

        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)) + "\n---\n" + code);
        Assert.Contains("SdgClassifier.Load", code, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_options_are_those_of_the_embedded_model()
    {
        var options = SdgTrainerOptions.Default;
        var engine = options.Engine;

        Assert.Equal(new SdgTrainingOptions(), engine);
        Assert.True(options.IncludeShippedCorpus && options.IncludeCatalogue && options.UseTermLists);
        Assert.Contains("seed 2030, L2 0.1, L1 0, min df 2", SdgClassifier.Default.ModelDescription, StringComparison.Ordinal);
    }
}
