using System.Collections.Immutable;

namespace MalAnalys.Reporting;

/// <summary>The files a report was written to.</summary>
/// <param name="Folder">The output folder (full path).</param>
/// <param name="Index">The overview page: the coverage heatmap and table, and a link to each document's page.</param>
/// <param name="Documents">One page per document, in input order.</param>
public sealed record HtmlReportFiles(string Folder, string Index, ImmutableArray<string> Documents);
