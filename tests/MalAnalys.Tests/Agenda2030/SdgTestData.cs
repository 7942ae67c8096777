using MalAnalys.Agenda2030;

namespace MalAnalys.Tests.Agenda2030;

/// <summary>The checked-in SDG corpus, term lists and evaluation set, read from the source tree.</summary>
internal static class SdgTestData
{
    public const string FinanceGoal = "Det ekonomiska resultatet bör över tid uppgå till minst två procent av skatteintäkterna";

    public static string DataFolder => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Seeds.SourceFolder()))!, "src", "MalAnalys", "Agenda2030", "Data");

    public static IReadOnlyList<SdgExample> Corpus() => SdgCorpus.Load(Path.Combine(DataFolder, "corpus"));

    /// <summary>The training set exactly as the training command builds it.</summary>
    public static IReadOnlyList<SdgExample> TrainingSet() => [.. Corpus(), .. SdgCorpus.Catalogue()];

    public static SdgTerms Terms() => SdgTerms.Parse(File.ReadAllText(Path.Combine(DataFolder, "terms.tsv")).ReplaceLineEndings("\n"));

    public static IReadOnlyList<SdgGoldGoal> Gold() => SdgSeedEvaluation.Load(Path.Combine(DataFolder, "evaluation", "seed-goals.tsv"));

    /// <summary>Text as OCR without diacritics would give it: å, ä → a; ö → o; é → e.</summary>
    public static string StripDiacritics(string text) =>
        new(text.Select(c => c switch { 'å' or 'ä' => 'a', 'Å' or 'Ä' => 'A', 'ö' => 'o', 'Ö' => 'O', 'é' => 'e', 'É' => 'E', _ => c }).ToArray());
}

/// <summary>One model trained from the checked-in data, shared by the tests that need the ML.NET models too.</summary>
public sealed class TrainedSdgModelFixture
{
    /// <summary>The whole training as the training command runs it: cross-validation, recalibration, decision rule, final model.</summary>
    internal SdgBuild Built { get; } = SdgTraining.Build(SdgTestData.TrainingSet(), SdgTestData.Terms(), new SdgTrainingOptions());

    /// <summary>The first stage alone (the ML.NET logistic regressions, before recalibration).</summary>
    internal SdgTrainedModel Trained => Built.Trained;
}
