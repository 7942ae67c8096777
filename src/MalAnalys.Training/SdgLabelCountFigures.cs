namespace MalAnalys.Training;

/// <summary>Top-1 and recall@3 of the texts with a given number of labels.</summary>
/// <param name="LabelCount">The number of labels: 1, 2, or 3 for three or more.</param>
/// <param name="Texts">How many texts have that many labels.</param>
/// <param name="Top1Correct">How many of them have a labelled SDG first.</param>
/// <param name="AllInTop3">How many of them have every labelled SDG in the top three.</param>
public sealed record SdgLabelCountFigures(int LabelCount, int Texts, int Top1Correct, int AllInTop3)
{
    /// <summary><see cref="Top1Correct"/> as a share of <see cref="Texts"/>.</summary>
    public double Top1Accuracy => Texts == 0 ? 0 : Top1Correct / (double)Texts;

    /// <summary><see cref="AllInTop3"/> as a share of <see cref="Texts"/>.</summary>
    public double RecallAt3 => Texts == 0 ? 0 : AllInTop3 / (double)Texts;
}
