namespace MalAnalys.Repair;

/// <summary>Why a correction was made.</summary>
public enum CorrectionReason
{
    /// <summary>Letters that lost their marks got them back (<c>hallbar</c> → <c>hållbar</c>).</summary>
    MarksRestored,

    /// <summary>A symbol that OCR put for å, ä or ö (<c>&amp;r</c>, <c>6ka</c>, <c>héllbar</c>) was replaced.</summary>
    OcrSymbol,

    /// <summary>A letter OCR misread (<c>Uthildning</c> → <c>Utbildning</c>, <c>tillvdxt</c> → <c>tillväxt</c>).</summary>
    OcrLetter,

    /// <summary>A word valid both ways (<c>for</c>/<c>för</c>) was decided from the document's damage and the context.</summary>
    Ambiguous,

    /// <summary>UTF-8 read as Latin-1 (<c>Ã¤</c> → <c>ä</c>).</summary>
    Encoding,

    /// <summary>A typographic ligature (<c>ﬁ</c>) was written out.</summary>
    Ligature,

    /// <summary>A letter OCR dropped was put back (<c>kad</c> → <c>ökad</c>, <c>mjlig</c> → <c>möjlig</c>); the rule reads <c>+ö</c>.</summary>
    DroppedLetter,

    /// <summary>Two words OCR read as one were split (<c>kommunensmål</c> → <c>kommunens mål</c>); not under <see cref="RepairOptions.KeepLayout"/>.</summary>
    WordSplit,

    /// <summary>A word OCR read as two was joined (<c>utveck lingen</c> → <c>utvecklingen</c>); not under <see cref="RepairOptions.KeepLayout"/>.</summary>
    WordsJoined,
}
