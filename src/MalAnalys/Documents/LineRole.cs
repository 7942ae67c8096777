namespace MalAnalys.Documents;

/// <summary>What a line of a document is: part of the running text, or page furniture.</summary>
public enum LineRole
{
    /// <summary>Running text of the document.</summary>
    Body,

    /// <summary>An empty line; it separates paragraphs.</summary>
    Blank,

    /// <summary>A header repeated at the top of pages.</summary>
    RunningHeader,

    /// <summary>A footer repeated at the bottom of pages.</summary>
    RunningFooter,

    /// <summary>A page number such as <c>6 (10)</c> or <c>Sida 3 av 8</c>.</summary>
    PageNumber,
}
