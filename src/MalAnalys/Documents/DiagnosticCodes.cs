namespace MalAnalys.Documents;

/// <summary>
/// Every <see cref="Diagnostic.Code"/> the library reports, in one place: compare a diagnostic's code with these
/// rather than with a literal. The README's table of diagnostics lists the same codes (a test keeps the two equal).
/// The first digit names the stage: 1 reading, 2 structure, 3 repair, 5 Agenda 2030.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>Warning: a PDF page has no text.</summary>
    public const string PageWithoutText = "MA1001";

    /// <summary>Warning: the PDF has no text layer at all (images only); run OCR first.</summary>
    public const string NoTextLayer = "MA1002";

    /// <summary>Info: a page's text is an invisible OCR layer and may be damaged.</summary>
    public const string OcrTextLayer = "MA1003";

    /// <summary>Warning: a PDF page could not be read (damaged); the rest of the document is returned without it.</summary>
    public const string PageUnreadable = "MA1004";

    /// <summary>Warning: the PDF is truncated or its trailer is damaged; the pages that could be recovered are read.</summary>
    public const string PdfTruncated = "MA1005";

    /// <summary>Warning: no goals were recognised.</summary>
    public const string NoGoals = "MA2001";

    /// <summary>Warning: the text states a number of goals or goal areas that differs from what was found.</summary>
    public const string GoalCountMismatch = "MA2003";

    /// <summary>Info: no Swedish municipality or region is named in the text as a council.</summary>
    public const string NoCouncilNamed = "MA2004";

    /// <summary>Info: OCR damage was repaired (how many words, and the estimated share that had lost å/ä/ö).</summary>
    public const string Repaired = "MA3001";

    /// <summary>Info: pages of a born-digital PDF whose text lost its marks got the full repair pass.</summary>
    public const string LooksDamaged = "MA3002";

    /// <summary>Warning: an SDG text is empty or has no words (only numbers or stop words).</summary>
    public const string SdgTextEmpty = "MA5001";

    /// <summary>Warning: an SDG text looks English; the model is trained on Swedish.</summary>
    public const string SdgTextEnglish = "MA5002";

    /// <summary>Info: no SDG reaches the threshold: the text says little the model links to Agenda 2030.</summary>
    public const string SdgNoneReached = "MA5003";
}
