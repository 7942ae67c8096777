using MalAnalys.Agenda2030;
using MalAnalys.Training;

namespace MalAnalys.Tests.Agenda2030;

/// <summary>The checked-in SDG corpus, term lists and evaluation set, read from the source tree (<c>src/MalAnalys.Training/Data</c>).</summary>
internal static class SdgTestData
{
    public const string FinanceGoal = "Det ekonomiska resultatet bör över tid uppgå till minst två procent av skatteintäkterna";

    public static string DataFolder => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Seeds.SourceFolder()))!, "src", "MalAnalys.Training", "Data");

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
    /// <summary>
    /// The whole training as the training command runs it (<see cref="SdgTrainer.Train"/> with the default options on
    /// the shipped corpus, which <c>SdgTrainerTests</c> checks is the checked-in data): cross-validation, recalibration,
    /// decision rule, final model.
    /// </summary>
    internal SdgTrainingResult Result { get; } = new SdgTrainer().Train();

    /// <summary>What the engine produced for <see cref="Result"/>.</summary>
    internal SdgBuild Built => Result.Build;

    /// <summary>The first stage alone (the ML.NET logistic regressions, before recalibration).</summary>
    internal SdgTrainedModel Trained => Built.Trained;
}
