using System.Globalization;
using System.Text;
using MalAnalys.Agenda2030;
using ScottPlot;

namespace MalAnalys.Reporting;

/// <summary>
/// Agenda 2030 charts drawn with ScottPlot, headless (no display needed): the municipality × SDG heatmap and a
/// document's SDG coverage bars. Every chart uses the 17 official SDG colours to name the goals. Thread-safe.
/// </summary>
public static class SdgCharts
{
    // One sequential scale (light to dark blue) for every value cell: the SDG colours are categories and are kept for
    // the column header, so a reader never mistakes a goal's colour for a value.
    private static readonly IColormap Scale = new ScottPlot.Colormaps.Blues().Reversed();

    /// <summary>Draws the coverage matrix as a heatmap: a row per municipality, a column per SDG under a header in the SDG's official colour, one sequential scale (share of goals, 0 to 1).</summary>
    /// <param name="coverage">The matrix.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="options">Size and title, or <see langword="null"/> for the defaults.</param>
    /// <returns>The image bytes (SVG as UTF-8).</returns>
    public static byte[] Heatmap(SdgCoverage coverage, ChartFormat format = ChartFormat.Png, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        options ??= ChartOptions.Default;
        var rows = Math.Max(1, coverage.Rows.Length);
        var plot = new Plot();
        try
        {
            var matrix = coverage.Rows.IsEmpty ? new double[1, SdgCoverage.Columns] : coverage.ToMatrix();
            var heatmap = plot.Add.Heatmap(matrix);
            heatmap.Colormap = Scale;
            heatmap.ManualRange = new ScottPlot.Range(0, 1);
            heatmap.Extent = new CoordinateRect(0, SdgCoverage.Columns, 0, rows);

            for (var c = 0; c < SdgCoverage.Columns; c++)
            {
                var goal = SdgCatalogue.Goals[c];
                var cell = plot.Add.Rectangle(c + 0.04, c + 0.96, rows + 0.08, rows + 0.92);
                cell.FillStyle.Color = Color.FromHex(goal.Colour);
                cell.LineStyle.Width = 0;
                var number = plot.Add.Text(goal.Number.ToString(CultureInfo.InvariantCulture), c + 0.5, rows + 0.5);
                number.LabelFontColor = Colors.White;
                number.LabelBold = true;
                number.LabelFontSize = 14;
                number.LabelAlignment = Alignment.MiddleCenter;
            }

            for (var r = 0; r < coverage.Rows.Length; r++)
            {
                for (var c = 0; c < SdgCoverage.Columns; c++)
                {
                    var share = coverage.Rows[r].Share(c + 1);
                    if (share > 0)
                    {
                        var value = plot.Add.Text(share.ToString("0.00", CultureInfo.InvariantCulture), c + 0.5, rows - r - 0.5);
                        value.LabelFontSize = 10;
                        value.LabelAlignment = Alignment.MiddleCenter;
                        value.LabelFontColor = share > 0.5 ? Colors.White : Colors.Black;
                    }
                }
            }

            var colorBar = plot.Add.ColorBar(heatmap);
            colorBar.Label = "share of goals serving the SDG";

            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                [.. Enumerable.Range(0, coverage.Rows.Length).Select(r => rows - r - 0.5)],
                [.. coverage.Rows.Select(r => Shorten(r.Label))]);
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                [.. Enumerable.Range(0, SdgCoverage.Columns).Select(c => c + 0.5)],
                [.. SdgCatalogue.Goals.Select(g => g.Number.ToString(CultureInfo.InvariantCulture))]);
            plot.Axes.Bottom.Label.Text = "Agenda 2030 goal (SDG)";
            plot.Axes.SetLimits(0, SdgCoverage.Columns, 0, rows + 1);
            plot.Grid.IsVisible = false;
            plot.Title(options.Title ?? "Agenda 2030 coverage: share of each municipality's goals serving each SDG");

            var width = options.Width > 0 ? options.Width : 260 + (46 * SdgCoverage.Columns);
            var height = options.Height > 0 ? options.Height : 150 + (40 * (rows + 1));
            return Render(plot, format, width, height);
        }
        finally
        {
            plot.Dispose();
        }
    }

    /// <summary>Draws one document's SDG coverage as bars: for each SDG, how many of its goals serve it, each bar in the SDG's official colour.</summary>
    /// <param name="document">An analysed document.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="options">Size and title, or <see langword="null"/> for the defaults.</param>
    /// <returns>The image bytes (SVG as UTF-8).</returns>
    public static byte[] CoverageBars(AnalyzedDocument document, ChartFormat format = ChartFormat.Png, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= ChartOptions.Default;
        var plot = new Plot();
        try
        {
            var bars = new List<Bar>(SdgCatalogue.Count);
            var most = 1;
            foreach (var goal in SdgCatalogue.Goals)
            {
                var served = document.SdgProfile?[goal.Number].Goals ?? 0;
                most = Math.Max(most, served);
                bars.Add(new Bar
                {
                    Position = goal.Number,
                    Value = served,
                    FillColor = Color.FromHex(goal.Colour),
                    Label = served > 0 ? served.ToString(CultureInfo.InvariantCulture) : string.Empty,
                });
            }

            var plottable = plot.Add.Bars(bars);
            plottable.ValueLabelStyle.FontSize = 12;
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                [.. SdgCatalogue.Goals.Select(g => (double)g.Number)],
                [.. SdgCatalogue.Goals.Select(g => g.Number.ToString(CultureInfo.InvariantCulture))]);
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
            plot.Axes.Bottom.Label.Text = "Agenda 2030 goal (SDG)";
            plot.Axes.Left.Label.Text = "goals serving it";
            plot.Axes.SetLimits(0.4, SdgCatalogue.Count + 0.6, 0, most * 1.15);
            plot.Title(options.Title ?? $"{SdgCoverage.RowLabel(document)}: SDG coverage of {document.Goals.Count} goals");

            return Render(plot, format, options.Width > 0 ? options.Width : 900, options.Height > 0 ? options.Height : 400);
        }
        finally
        {
            plot.Dispose();
        }
    }

    /// <summary>Writes a chart's bytes to a file whose extension matches its format.</summary>
    /// <param name="path">The file; <c>.png</c> or <c>.svg</c>.</param>
    /// <param name="draw">Draws the chart in the format the extension names, e.g. <c>f => SdgCharts.Heatmap(coverage, f)</c>.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ReportException">The extension is neither <c>.png</c> nor <c>.svg</c>.</exception>
    public static string Save(string path, Func<ChartFormat, byte[]> draw)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(draw);
        var format = Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".PNG" => ChartFormat.Png,
            ".SVG" => ChartFormat.Svg,
            _ => throw new ReportException($"{path}: charts are written as .png or .svg; name the file with one of those extensions."),
        };
        var full = Path.GetFullPath(path);
        File.WriteAllBytes(full, draw(format));
        return full;
    }

    /// <summary>A chart as a <c>data:</c> URI, to show it in HTML (a notebook, a report) without a separate file.</summary>
    /// <param name="image">The bytes <see cref="Heatmap"/> or <see cref="CoverageBars"/> returned.</param>
    /// <param name="format">Their format.</param>
    /// <returns><c>data:image/png;base64,…</c> or <c>data:image/svg+xml;base64,…</c>.</returns>
    public static string ToDataUri(byte[] image, ChartFormat format = ChartFormat.Png)
    {
        ArgumentNullException.ThrowIfNull(image);
        return (format == ChartFormat.Svg ? "data:image/svg+xml;base64," : "data:image/png;base64,") + Convert.ToBase64String(image);
    }

    private static byte[] Render(Plot plot, ChartFormat format, int width, int height) => format switch
    {
        ChartFormat.Png => plot.GetImageBytes(width, height, ImageFormat.Png),
        ChartFormat.Svg => Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown chart format."),
    };

    private static string Shorten(string label) => label.Length <= 28 ? label : string.Concat(label.AsSpan(0, 27), "…");
}
