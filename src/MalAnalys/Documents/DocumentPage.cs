namespace MalAnalys.Documents;

/// <summary>One page of a document.</summary>
/// <param name="Number">The 1-based page number.</param>
/// <param name="Width">The page width in PDF points; 0 for text sources.</param>
/// <param name="Height">The page height in PDF points; 0 for text sources.</param>
/// <param name="IsOcrTextLayer">
/// Whether the page's text is an invisible OCR layer drawn over a scanned image, which makes OCR damage likely.
/// </param>
/// <param name="HasText">Whether any text was found on the page.</param>
public sealed record DocumentPage(int Number, double Width, double Height, bool IsOcrTextLayer, bool HasText);
