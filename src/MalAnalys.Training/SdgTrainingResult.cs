using MalAnalys.Agenda2030;

namespace MalAnalys.Training;

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
