namespace MalAnalys.Documents;

/// <summary>The kind of source a document was read from.</summary>
public enum SourceKind
{
    /// <summary>A plain-text file or stream.</summary>
    Text,

    /// <summary>A PDF file or stream.</summary>
    Pdf,
}
