namespace MalAnalys.Reporting;

/// <summary>What goes into an HTML report; the defaults suit a reader who wants the whole picture.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The defaults.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>The report's title (default: <c>MalAnalys report</c>).</summary>
    public string Title { get; init; } = "MalAnalys report";

    /// <summary>How many SDGs are listed per goal, highest score first, among those served (default 3).</summary>
    public int SdgsPerGoal { get; init; } = 3;

    /// <summary>How many pieces of evidence are shown per SDG (default 4).</summary>
    public int EvidencePerSdg { get; init; } = 4;

    /// <summary>Whether each document page shows the document's text with the OCR corrections marked (default: yes).</summary>
    public bool IncludeText { get; init; } = true;

    /// <summary>
    /// Whether every copy of a document (the same goals read from a text, a PDF, a scan; see
    /// <see cref="Documents.DocumentCopies"/>) gets a page and counts in the coverage (default: no). By default a document's
    /// copies share one page, of the copy with the fewest OCR corrections, which lists the other files, and count once.
    /// </summary>
    public bool AllCopies { get; init; }
}
