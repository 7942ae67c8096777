using MalAnalys.Documents;

namespace MalAnalys.Agenda2030;

/// <summary>Options for <see cref="SdgClassifier"/>; the defaults suit goal statements.</summary>
public sealed record SdgClassifierOptions
{
    /// <summary>The defaults.</summary>
    public static SdgClassifierOptions Default { get; } = new();

    /// <summary>
    /// The score from which an SDG counts as served, for every SDG; <see langword="null"/> (the default) uses the
    /// thresholds chosen by cross-validation when the model was trained, where the highest-scoring SDG may count from a
    /// lower score than the others (see <see cref="SdgResult.Served"/>).
    /// </summary>
    public double? Threshold { get; init; }

    /// <summary>For how many of the highest-scoring SDGs evidence is collected (default 3).</summary>
    public int EvidenceFor { get; init; } = 3;

    /// <summary>At most this many words or phrases of evidence per SDG (default 5).</summary>
    public int MaxEvidence { get; init; } = 5;

    /// <summary>Whether <see cref="SdgClassifier.Predict(Goal)"/> reads the goal's body paragraphs too, not only its short name and statement (default: no; the model was trained on statements).</summary>
    public bool IncludeBody { get; init; }
}
