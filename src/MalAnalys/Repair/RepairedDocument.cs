using MalAnalys.Documents;

namespace MalAnalys.Repair;

/// <summary>A document after repair: the repaired text with the same pages and lines, and the repair that maps it back to the text as read.</summary>
/// <param name="Text">The repaired document: lines, pages and body, with <see cref="DocumentText.Original"/> the repaired text.</param>
/// <param name="Repair">The corrections and the offset map from <see cref="Text"/>'s original to the document as read.</param>
public sealed record RepairedDocument(DocumentText Text, RepairedText Repair)
{
    /// <summary>Maps a span of the repaired document to the span of the document as read.</summary>
    /// <param name="span">A span into <see cref="Text"/>'s original.</param>
    /// <returns>The span in the text as read (page unchanged).</returns>
    public SourceSpan ToOriginal(SourceSpan span)
    {
        var (start, length) = Repair.MapToOriginal(span.Start, span.Length);
        return span with { Start = start, Length = length };
    }
}
