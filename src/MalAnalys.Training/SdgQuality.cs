namespace MalAnalys.Training;

/// <summary>One SDG's quality in cross-validation.</summary>
/// <param name="Sdg">The SDG, 1 to 17.</param>
/// <param name="Texts">How many scored texts are labelled with it.</param>
/// <param name="Precision">Of the texts it was given to, the share labelled with it.</param>
/// <param name="Recall">Of the texts labelled with it, the share it was given to.</param>
/// <param name="F1">The harmonic mean of precision and recall.</param>
public sealed record SdgQuality(int Sdg, int Texts, double Precision, double Recall, double F1);
