using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MalAnalys.Agenda2030;
using MalAnalys.Documents;
using MalAnalys.Repair;

namespace MalAnalys.Reporting;

/// <summary>
/// An HTML report of analysed goal documents: no scripts, fonts or links to other sites; styles inline. A report
/// written to a folder keeps the collection's coverage heatmap in PNG files beside its pages, written once and linked
/// from the pages that show it, so that its size grows with the number of documents and not with its square; a page's
/// own chart is a PNG data URI, and a single page (<see cref="Document"/>) holds every chart it shows. Every string
/// taken from a document is HTML-escaped, because document text is untrusted input. Thread-safe.
/// </summary>
public static class HtmlReport
{
    /// <summary>The name of the overview page in the output folder.</summary>
    public const string IndexFileName = "index.html";

    /// <summary>
    /// The name of the coverage heatmap's image in the output folder; a collection of more than 100 municipalities gets
    /// one image per 100 rows, the others named <c>sdg-heatmap-2.png</c> and on.
    /// </summary>
    public const string HeatmapFileName = "sdg-heatmap.png";

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b;line-height:1.45}
        h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}h3{margin-bottom:.3rem}
        .facts{color:#444}.facts span{margin-right:1.2rem}
        img.chart{max-width:100%;height:auto;border:1px solid #ddd}
        ul.sdgs{list-style:none;padding:0;margin:.3rem 0}ul.sdgs li{margin:.25rem 0}
        .sdg{display:inline-block;color:#fff;font-weight:600;padding:.05rem .45rem;border-radius:3px;margin-right:.4rem}
        .evidence{color:#555;font-size:.9rem}.evidence q{font-style:italic}
        .goal{border-left:4px solid #ddd;padding-left:.8rem;margin:1rem 0}.statement{margin:.2rem 0}
        pre.text{white-space:pre-wrap;background:#fafafa;border:1px solid #ddd;padding:1rem;font-size:.9rem}
        mark.ocr{background:#ffe58a;border-bottom:2px solid #d4a000;cursor:help}
        table.coverage{border-collapse:collapse;font-size:.85rem}table.coverage td,table.coverage th{border:1px solid #ddd;padding:.2rem .35rem;text-align:right}
        table.coverage th.sdg-head{color:#fff}table.coverage td.label{text-align:left}
        .diagnostics{color:#7a4b00}
        """;

    /// <summary>Writes the report: <see cref="IndexFileName"/> and one page per document into a folder.</summary>
    /// <param name="documents">Analysed documents.</param>
    /// <param name="folder">The output folder; created when missing. Every file is written inside it.</param>
    /// <param name="options">What goes in, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="ReportException">The folder cannot be created or written to.</exception>
    public static async Task<HtmlReportFiles> WriteAsync(IReadOnlyList<AnalyzedDocument> documents, string folder, HtmlReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        options ??= HtmlReportOptions.Default;
        var full = Path.GetFullPath(folder);
        try
        {
            Directory.CreateDirectory(full);
            var groups = CopyGroups.Of(documents, options.AllCopies);
            var coverage = SdgCoverage.FromDocuments(groups.Select(g => g.Shown), allCopies: true);
            var heatmaps = await HeatmapImages.WriteAsync(full, coverage, name => Inside(full, name), cancellationToken).ConfigureAwait(false);
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { IndexFileName };
            var names = groups.Select(g => FileName(g.Shown, used)).ToList();
            var pageOf = new Dictionary<AnalyzedDocument, string>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < groups.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var path = Inside(full, names[i]);
                var (image, alt) = heatmaps.ImageOf(groups[i].Shown);
                var heatmap = Image(image, alt) + (heatmaps.Images.Length > 1 ? $"<p><a href=\"{IndexFileName}#coverage\">the coverage of the whole collection</a></p>\n" : string.Empty);
                await File.WriteAllTextAsync(path, DocumentPage(groups[i].Shown, groups[i].Others, heatmap, options, linksFiles: true), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                foreach (var copy in groups[i].Others.Prepend(groups[i].Shown))
                {
                    pageOf[copy] = path;
                }
            }

            var index = Inside(full, IndexFileName);
            await File.WriteAllTextAsync(index, IndexPage(groups, names, coverage, string.Concat(heatmaps.Images.Select(h => Image(h.Name, h.Alt))), options), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            return new HtmlReportFiles(full, index, [.. documents.Select(d => pageOf[d])]) { Charts = [.. heatmaps.Images.Select(h => Path.Combine(full, h.Name))] };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportException($"{full}: cannot write the report there: {e.Message}. Choose a folder you can write to.", e);
        }
    }

    /// <summary>The HTML page of one document: its facts, coverage, goals with their SDGs and evidence, and its text with the OCR corrections marked (original on hover).</summary>
    /// <param name="document">An analysed document.</param>
    /// <param name="coverage">The coverage of the collection it belongs to, drawn as a heatmap; <see langword="null"/> for the document alone.</param>
    /// <param name="options">What goes in, or <see langword="null"/> for the defaults.</param>
    /// <returns>A complete, self-contained HTML page.</returns>
    public static string Document(AnalyzedDocument document, SdgCoverage? coverage = null, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var heatmap = new StringBuilder();
        Image(heatmap, SdgCharts.Heatmap(coverage ?? SdgCoverage.FromDocuments([document])), HeatmapAlt);
        return DocumentPage(document, [], heatmap.ToString(), options ?? HtmlReportOptions.Default, linksFiles: false);
    }

    /// <summary>Escapes text for HTML element content and quoted attribute values.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The text with <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c> escaped.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }

    // Named after the input file only (never its content), with letters, digits, '-', '_' and '.' kept, so no document
    // can name a file outside the folder or overwrite the index.
    internal static string FileName(AnalyzedDocument document, HashSet<string> used)
    {
        var source = document.Document.Source.Path ?? SdgCoverage.RowLabel(document);
        var name = Path.GetFileName(source.Replace('\\', '/').TrimEnd('/'));
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]).Trim('.');
        safe = safe.Length == 0 ? "document" : safe[..Math.Min(safe.Length, 120)];
        var candidate = safe + ".html";
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{safe}-{i}.html");
        }

        return candidate;
    }

    private static string Inside(string folder, string name)
    {
        var path = Path.GetFullPath(Path.Combine(folder, name));
        if (!string.Equals(Path.GetDirectoryName(path), folder.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            throw new ReportException($"{name}: a report file would leave the output folder {folder}.");
        }

        return path;
    }

    // The heatmap comes as HTML: an image of its own in a single page, a link to a file beside the pages in a folder.
    private static string DocumentPage(AnalyzedDocument document, IReadOnlyList<AnalyzedDocument> copies, string heatmap, HtmlReportOptions options, bool linksFiles)
    {
        var doc = document.Document;
        var html = Begin($"{SdgCoverage.RowLabel(document)} · {options.Title}", linksFiles);
        html.Append("<p><a href=\"").Append(IndexFileName).Append("\">← all documents</a></p>\n");
        html.Append("<h1 class=\"municipality\">").Append(Escape(doc.Municipality ?? "(no municipality named)")).Append("</h1>\n");
        if (doc.Title is { } title)
        {
            html.Append("<p class=\"title\">").Append(Escape(title)).Append("</p>\n");
        }

        html.Append("<p class=\"facts\">")
            .Append("<span>file: <code>").Append(Escape(Path.GetFileName(doc.Source.Path) ?? "(stream)")).Append("</code></span>")
            .Append(doc.Period is { } period ? $"<span>period: {Escape(period.Text)}</span>" : string.Empty)
            .Append(CultureInfo.InvariantCulture, $"<span class=\"goal-count\" data-goals=\"{doc.Goals.Count}\">{doc.Goals.Count} goals</span>")
            .Append(CultureInfo.InvariantCulture, $"<span class=\"correction-count\">{document.Repair.Corrections.Length} OCR corrections</span>")
            .Append("<span>layout: ").Append(Escape(doc.Layout.ToString())).Append("</span></p>\n");
        Copies(html, copies);

        var diagnostics = doc.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).ToList();
        if (diagnostics.Count > 0)
        {
            html.Append("<ul class=\"diagnostics\">");
            foreach (var diagnostic in diagnostics)
            {
                html.Append("<li>").Append(Escape(diagnostic.ToString())).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h2>Agenda 2030 coverage</h2>\n");
        Image(html, SdgCharts.CoverageBars(document), $"SDG coverage of the {doc.Goals.Count} goals of {SdgCoverage.RowLabel(document)}");
        html.Append(heatmap);

        html.Append(CultureInfo.InvariantCulture, $"<h2>Goals ({doc.Goals.Count})</h2>\n");
        foreach (var goal in doc.Goals)
        {
            GoalSection(html, document, goal, options);
        }

        if (options.IncludeText)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>Text with OCR corrections ({document.Repair.Corrections.Length})</h2>\n");
            html.Append("<p>Corrected words are <mark class=\"ocr\">marked</mark>; hover over one to see what the source said.</p>\n<pre class=\"text\">");
            MarkedText(html, document.Text.Original, document.Repair.Corrections);
            html.Append("</pre>\n");
        }

        return End(html);
    }

    /// <summary>One goal's section of a document page: number, short name, area, statement, and its SDGs with their evidence.</summary>
    private static void GoalSection(StringBuilder html, AnalyzedDocument document, Goal goal, HtmlReportOptions options)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"goal\" id=\"goal-{goal.Ordinal}\">\n<h3>");
        html.Append(Escape(goal.Number ?? goal.Ordinal.ToString(CultureInfo.InvariantCulture)));
        if (goal.ShortName is { } shortName)
        {
            html.Append(' ').Append(Escape(shortName));
        }

        html.Append("</h3>\n");
        if (goal.Area is { } area)
        {
            html.Append("<p class=\"area\">area: ").Append(Escape(area)).Append("</p>\n");
        }

        html.Append("<p class=\"statement\">").Append(Escape(goal.Statement)).Append("</p>\n");
        if (document.SdgsOf(goal) is { } sdgs)
        {
            var served = sdgs.Served.Take(options.SdgsPerGoal).ToList();
            html.Append("<ul class=\"sdgs\">");
            if (served.Count == 0)
            {
                html.Append("<li class=\"none\">no SDG reaches the threshold</li>");
            }

            foreach (var prediction in served)
            {
                var sdg = prediction.Goal;
                html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"sdg\" style=\"background:{sdg.Colour}\">{Escape(sdg.Label)}</span>{prediction.Score:0.00}");
                var evidence = prediction.Evidence.Take(options.EvidencePerSdg).ToList();
                if (evidence.Count > 0)
                {
                    html.Append("<div class=\"evidence\">evidence: ");
                    // Several terms usually come from one sentence: the sentence is shown once, after its terms.
                    html.AppendJoin("; ", evidence.GroupBy(e => e.Sentence, StringComparer.Ordinal).Select(g =>
                        $"{string.Join(", ", g.Select(e => $"<b>{Escape(e.Text)}</b>"))} in <q>{Escape(g.Key)}</q>"));
                    html.Append("</div>");
                }

                html.Append("</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>The other files a document was read from, when its copies share its page.</summary>
    private static void Copies(StringBuilder html, IReadOnlyList<AnalyzedDocument> copies)
    {
        if (copies.Count > 0)
        {
            html.Append("<p class=\"copies\">also read from: ")
                .AppendJoin(", ", copies.Select(c => $"<code>{Escape(Path.GetFileName(c.Document.Source.Path) ?? "(stream)")}</code> ({c.Repair.Corrections.Length} OCR corrections)"))
                .Append("</p>\n");
        }
    }

    private static void MarkedText(StringBuilder html, string original, ImmutableArray<Correction> corrections)
    {
        var at = 0;
        foreach (var correction in corrections.OrderBy(c => c.Start))
        {
            if (correction.Start < at || correction.End > original.Length)
            {
                continue;
            }

            html.Append(Escape(original[at..correction.Start]));
            var was = Escape(correction.Original);
            html.Append(CultureInfo.InvariantCulture, $"<mark class=\"ocr\" title=\"original: {was} ({correction.Confidence:0.00})\" data-original=\"{was}\">")
                .Append(Escape(correction.Replacement)).Append("</mark>");
            at = correction.End;
        }

        html.Append(Escape(original[at..]));
    }

    private static string IndexPage(List<(AnalyzedDocument Shown, List<AnalyzedDocument> Others)> groups, List<string> names, SdgCoverage coverage, string heatmaps, HtmlReportOptions options)
    {
        var documents = groups.Select(g => g.Shown).ToList();
        var html = Begin(options.Title, linksFiles: true);
        html.Append("<h1>").Append(Escape(options.Title)).Append("</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"facts\"><span>{documents.Count} documents</span><span class=\"goal-count\" data-goals=\"{documents.Sum(d => d.Goals.Count)}\">{documents.Sum(d => d.Goals.Count)} goals</span><span>{coverage.Rows.Length} municipalities</span></p>\n");
        html.Append("<h2 id=\"coverage\">Agenda 2030 coverage</h2>\n").Append(heatmaps);
        html.Append("<table class=\"coverage\"><thead><tr><th>municipality</th><th>goals</th>");
        foreach (var sdg in SdgCatalogue.Goals)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"sdg-head\" style=\"background:{sdg.Colour}\" title=\"{Escape(sdg.Label)}\">{sdg.Number}</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (var row in coverage.Rows)
        {
            html.Append("<tr><td class=\"label\">").Append(Escape(row.Label)).Append(CultureInfo.InvariantCulture, $"</td><td>{row.GoalCount}</td>");
            for (var sdg = 1; sdg <= SdgCoverage.Columns; sdg++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td>{row.Share(sdg):0.00}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table>\n<h2>Documents</h2>\n<ul class=\"documents\">\n");
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i].Document;
            html.Append("<li><a href=\"").Append(Escape(Uri.EscapeDataString(names[i]))).Append("\">")
                .Append(Escape(SdgCoverage.RowLabel(documents[i]))).Append("</a> · <code>")
                .Append(Escape(Path.GetFileName(doc.Source.Path) ?? "(stream)")).Append("</code>")
                .Append(CultureInfo.InvariantCulture, $" · {doc.Goals.Count} goals · {documents[i].Repair.Corrections.Length} OCR corrections")
                .AppendJoin(string.Empty, groups[i].Others.Select((c, n) => (n == 0 ? " · also: " : ", ") + $"<code>{Escape(Path.GetFileName(c.Document.Source.Path) ?? "(stream)")}</code>"))
                .Append("</li>\n");
        }

        html.Append("</ul>\n<h2>Agenda 2030: the 17 goals</h2>\n<ul class=\"sdgs\">");
        foreach (var sdg in SdgCatalogue.Goals)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"sdg\" style=\"background:{sdg.Colour}\">{Escape(sdg.Label)}</span>{Escape(sdg.EnglishName)}</li>");
        }

        html.Append("</ul>\n");
        return End(html);
    }

    // linksFiles: the page shows images from its own folder (the report's heatmap files).
    private static StringBuilder Begin(string title, bool linksFiles)
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // Nothing may be loaded from elsewhere and nothing may run: the page holds untrusted document text.
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src ")
            .Append(linksFiles ? "'self' data:" : "data:").Append("; style-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(Escape(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        return html;
    }

    private static string End(StringBuilder html) =>
        html.Append("<footer><p>Made by MalAnalys. SDG scores are model estimates with their evidence; check them against the text.</p></footer>\n</body>\n</html>\n").ToString();

    private const string HeatmapAlt = "Coverage heatmap: share of each municipality's goals serving each SDG";

    private static string Image(string file, string alt) =>
        $"<p><img class=\"chart\" alt=\"{Escape(alt)}\" src=\"{Escape(Uri.EscapeDataString(file))}\"></p>\n";

    private static void Image(StringBuilder html, byte[] png, string alt) =>
        html.Append("<p><img class=\"chart\" alt=\"").Append(Escape(alt)).Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\"></p>\n");
}
