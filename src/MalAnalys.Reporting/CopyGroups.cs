using MalAnalys.Documents;

namespace MalAnalys.Reporting;

/// <summary>
/// Analysed documents grouped with their copies (<see cref="DocumentCopies"/>: the same goals read from a text, a PDF, a
/// scan), for counting and showing each document once. The copy shown is the one with the fewest OCR corrections (a
/// born-digital file before its scan), the first given on a tie; groups are in the order their first copy was given.
/// </summary>
internal static class CopyGroups
{
    /// <summary>The groups: each with the copy shown and the others, in input order; with <paramref name="allCopies"/>, every document alone.</summary>
    public static List<(AnalyzedDocument Shown, List<AnalyzedDocument> Others)> Of(IEnumerable<AnalyzedDocument> documents, bool allCopies)
    {
        var list = documents.ToList();
        if (allCopies)
        {
            return [.. list.Select(d => (d, new List<AnalyzedDocument>()))];
        }

        return [.. list
            .GroupBy(d => DocumentCopies.KeyOf(d.Document), StringComparer.Ordinal)
            .Select(g =>
            {
                var shown = g.OrderBy(d => d.Repair.Corrections.Length).First();
                return (shown, g.Where(d => !ReferenceEquals(d, shown)).ToList());
            })];
    }
}
