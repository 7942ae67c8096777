namespace MalAnalys.Repair;

/// <summary>How much repair does.</summary>
public enum RepairMode
{
    /// <summary>The full pass on text that may be OCR output (plain text files, PDF pages with an OCR text layer); the light pass on born-digital PDF pages.</summary>
    Auto,

    /// <summary>Nothing is changed.</summary>
    Off,

    /// <summary>Only encoding damage (<c>Ã¤</c>) and ligatures.</summary>
    Light,

    /// <summary>The light pass plus OCR damage to Swedish words, everywhere.</summary>
    Full,
}
