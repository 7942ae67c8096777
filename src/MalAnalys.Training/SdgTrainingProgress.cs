namespace MalAnalys.Training;

/// <summary>How far a training or cross-validation run has come: reported after each cross-validation fold.</summary>
/// <param name="Completed">Folds done.</param>
/// <param name="Total">Folds in all.</param>
/// <param name="Message">What was done, e.g. <c>fold 2/5 done</c>.</param>
public sealed record SdgTrainingProgress(int Completed, int Total, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
