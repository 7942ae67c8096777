using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MalAnalys.Agenda2030;

namespace MalAnalys.Reporting;

/// <summary>
/// The municipality × SDG coverage matrix of analysed documents: one row per municipality, 17 columns (SDG 1 to 17),
/// each cell the share of that municipality's goals that serve the SDG (score at or above the classifier's threshold).
/// Immutable and thread-safe.
/// </summary>
/// <param name="Rows">The rows, ordered by label (ordinal, case-insensitive).</param>
public sealed record SdgCoverage(ImmutableArray<SdgCoverageRow> Rows)
{
    /// <summary>How many columns every row has: one per SDG.</summary>
    public const int Columns = SdgCatalogue.Count;

    /// <summary>Builds the matrix from analysed documents, bringing together documents of the same municipality.</summary>
    /// <param name="documents">Analysed documents; documents whose goals were not classified count with no goals.</param>
    /// <returns>The matrix.</returns>
    /// <remarks>
    /// Copies of a document (<see cref="Documents.DocumentCopies"/>: the same goals read from a text, a PDF, a scan) count
    /// once: the one with the fewest OCR corrections. A share, not a count, is kept per cell so that municipalities with
    /// many goals compare fairly with those with few.
    /// </remarks>
    public static SdgCoverage FromDocuments(IEnumerable<AnalyzedDocument> documents) => FromDocuments(documents, allCopies: false);

    /// <summary>Builds the matrix from analysed documents, bringing together documents of the same municipality.</summary>
    /// <param name="documents">Analysed documents; documents whose goals were not classified count with no goals.</param>
    /// <param name="allCopies">Whether every copy of a document counts (its goals as many times as it was read); by default copies count once.</param>
    /// <returns>The matrix.</returns>
    public static SdgCoverage FromDocuments(IEnumerable<AnalyzedDocument> documents, bool allCopies)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var rows = CopyGroups.Of(documents, allCopies).Select(g => g.Shown)
            .GroupBy(d => Fold(RowLabel(d)), StringComparer.OrdinalIgnoreCase)
            .Select(group =>
            {
                var counts = new int[Columns];
                var goals = 0;
                foreach (var document in group)
                {
                    goals += document.Sdgs.Length;
                    foreach (var sdgs in document.Sdgs)
                    {
                        foreach (var served in sdgs.Result.Served)
                        {
                            counts[served.Sdg - 1]++;
                        }
                    }
                }

                // A municipality read from a PDF whose marks were lost ("Ostersund") joins its row ("Östersund"),
                // which is labelled with the most marks any of its documents kept.
                var label = group.Select(RowLabel).OrderByDescending(l => l.Count(c => c > '\u007f')).ThenBy(l => l, StringComparer.Ordinal).First();
                return new SdgCoverageRow(label, group.Count(), goals, [.. counts]);
            })
            .OrderBy(r => r.Label, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToImmutableArray();
        return new SdgCoverage(rows);
    }

    /// <summary>The label a document gets as a row: its municipality, or its file name when it names none.</summary>
    /// <param name="document">An analysed document.</param>
    /// <returns>The label.</returns>
    public static string RowLabel(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Document.Municipality ?? Path.GetFileName(document.Document.Source.Path) ?? "document";
    }

    /// <summary>The key rows are brought together by: the label without its combining marks, compared ignoring case.</summary>
    internal static string RowKey(string label) => Fold(label);

    // Not the core's Diacritics folding (internal to it, and Swedish and Latin letters only): any label, a file name
    // included, loses every combining mark Unicode decomposition gives it, and keeps its case (rows group ignoring case).
    private static string Fold(string label)
    {
        var decomposed = label.Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
    }

    /// <summary>The shares as a matrix: rows in <see cref="Rows"/> order, 17 columns.</summary>
    /// <returns>A new array the caller owns.</returns>
    public double[,] ToMatrix()
    {
        var matrix = new double[Rows.Length, Columns];
        for (var r = 0; r < Rows.Length; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                matrix[r, c] = Rows[r].Share(c + 1);
            }
        }

        return matrix;
    }

    /// <summary>The matrix as tab-separated values: a header (<c>municipality</c>, <c>goals</c>, <c>sdg1</c> … <c>sdg17</c>), then one line per row with shares to two decimals.</summary>
    /// <returns>The TSV text, lines ending in <c>\n</c>.</returns>
    public string ToTsv()
    {
        var text = new StringBuilder("municipality\tgoals");
        for (var sdg = 1; sdg <= Columns; sdg++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\tsdg{sdg}");
        }

        text.Append('\n');
        foreach (var row in Rows)
        {
            // A tab or line break inside a label would shift every later column.
            text.Append(row.Label.Replace('\t', ' ').ReplaceLineEndings(" ")).Append(CultureInfo.InvariantCulture, $"\t{row.GoalCount}");
            for (var sdg = 1; sdg <= Columns; sdg++)
            {
                text.Append(CultureInfo.InvariantCulture, $"\t{row.Share(sdg):0.00}");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToTsv();
}
