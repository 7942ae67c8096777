using MalAnalys.Agenda2030;

namespace MalAnalys.Training;

/// <summary>A labelled text as classified.</summary>
/// <param name="Text">The labelled text.</param>
/// <param name="Result">What the classifier made of it.</param>
public sealed record SdgLabelledOutcome(SdgLabelledText Text, SdgResult Result)
{
    /// <summary>Whether the highest-scoring SDG is one of the labels (never for a text without labels).</summary>
    public bool Top1Correct => Text.Labels.Contains(Result.Predictions[0].Sdg);

    /// <summary>Whether every label is among the three highest-scoring SDGs (always for a text without labels).</summary>
    public bool AllInTop3 => Text.Labels.All(l => Result.Top(3).Any(p => p.Sdg == l));
}
