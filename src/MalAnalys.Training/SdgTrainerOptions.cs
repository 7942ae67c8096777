namespace MalAnalys.Training;

/// <summary>
/// Settings of <see cref="SdgTrainer"/>. The defaults are the settings the model embedded in MalAnalys was trained with:
/// the shipped corpus, the catalogue's texts and the term lists, 5-fold grouped cross-validation, seed 2030.
/// </summary>
public sealed record SdgTrainerOptions
{
    /// <summary>The defaults.</summary>
    public static SdgTrainerOptions Default { get; } = new();

    /// <summary>
    /// Whether the shipped corpus (<see cref="SdgTrainer.ShippedCorpus"/>) is trained on together with the given texts
    /// (default: yes). <see langword="false"/> trains on the given texts instead of it.
    /// </summary>
    public bool IncludeShippedCorpus { get; init; } = true;

    /// <summary>
    /// Whether the Swedish names and description clauses of the 17 goals (from <c>SdgCatalogue</c>) are added as
    /// training-only texts, never scored in cross-validation (default: yes). They give every SDG some training texts.
    /// </summary>
    public bool IncludeCatalogue { get; init; } = true;

    /// <summary>
    /// Whether the shipped per-SDG Swedish term lists are model features (default: yes). The lists travel inside the
    /// saved model, so a loaded model featurizes with the lists it was trained with.
    /// </summary>
    public bool UseTermLists { get; init; } = true;

    /// <summary>
    /// The number of cross-validation folds (default 5, at least 2; at least 3 for nested cross-validation, whose inner
    /// cross-validation uses one fold fewer).
    /// Folds are made of whole paraphrase groups (<see cref="SdgLabelledText.Group"/>).
    /// </summary>
    public int Folds { get; init; } = 5;

    /// <summary>The seed that deals paraphrase groups to folds and seeds Microsoft.ML (default 2030); training is deterministic.</summary>
    public int Seed { get; init; } = 2030;

    /// <summary>A feature is kept when at least this many training texts have it (default 2).</summary>
    public int MinDocumentFrequency { get; init; } = 2;

    /// <summary>The L2 regularisation of each SDG's logistic regression (default 0.1).</summary>
    public double L2 { get; init; } = 0.1;

    /// <summary>The L1 regularisation of each SDG's logistic regression (default 0).</summary>
    public double L1 { get; init; }

    /// <summary>The binary learner per SDG: <c>lbfgs</c> (the shipped one), or, for the training command's comparisons, <c>sdca</c>, <c>svm</c>, <c>perceptron</c>, <c>avg</c>.</summary>
    internal string Learner { get; init; } = "lbfgs";

    /// <summary>The engine's settings.</summary>
    internal SdgTrainingOptions Engine => new()
    {
        Seed = Seed,
        MinDocumentFrequency = MinDocumentFrequency,
        L2 = (float)L2,
        L1 = (float)L1,
        Folds = Folds,
        Learner = Learner,
    };

    /// <summary>Throws when a setting is out of range.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Folds, 2, nameof(Folds));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinDocumentFrequency, 1, nameof(MinDocumentFrequency));
        if (!(L2 >= 0) || !double.IsFinite(L2))
        {
            throw new ArgumentOutOfRangeException(nameof(L2), L2, "L2 must be a finite number of at least 0.");
        }

        if (!(L1 >= 0) || !double.IsFinite(L1))
        {
            throw new ArgumentOutOfRangeException(nameof(L1), L1, "L1 must be a finite number of at least 0.");
        }
    }
}
