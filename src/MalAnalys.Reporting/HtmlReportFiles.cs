using System.Collections.Immutable;

namespace MalAnalys.Reporting;

/// <summary>The files a report was written to.</summary>
/// <param name="Folder">The output folder (full path).</param>
/// <param name="Index">The overview page: the coverage heatmap and table, and a link to each document's page.</param>
/// <param name="Documents">
/// The page of each document, in input order; copies of a document share one page unless
/// <see cref="HtmlReportOptions.AllCopies"/> is set.
/// </param>
public sealed record HtmlReportFiles(string Folder, string Index, ImmutableArray<string> Documents)
{
    /// <summary>
    /// The images the pages share, written once: the coverage heatmap (<see cref="HtmlReport.HeatmapFileName"/>, one
    /// file per 100 municipalities).
    /// </summary>
    public ImmutableArray<string> Charts { get; init; } = [];
}
