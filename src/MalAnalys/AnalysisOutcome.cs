namespace MalAnalys;

/// <summary>The outcome for one file of a batch: a document, or the error that stopped it.</summary>
/// <param name="Path">The file.</param>
/// <param name="Document">The analysed document, or <see langword="null"/> when it failed.</param>
/// <param name="Error">Why it failed, or <see langword="null"/>.</param>
public sealed record AnalysisOutcome(string Path, AnalyzedDocument? Document, MalAnalysException? Error)
{
    /// <summary>Whether the document was analysed.</summary>
    public bool Succeeded => Document is not null;
}
