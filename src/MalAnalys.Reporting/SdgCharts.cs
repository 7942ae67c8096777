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

    /// <summary>
    /// Draws the coverage matrix as a heatmap: a row per municipality, a column per SDG under a header in the SDG's
    /// official colour, one sequential scale (share of goals, 0 to 1) with a colour bar. Every cell is one column wide and
    /// one row high, centred under its SDG's header and axis tick; white lines separate the cells.
    /// </summary>
    /// <param name="coverage">The matrix.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="options">Size, title and whether cells show their value, or <see langword="null"/> for the defaults.</param>
    /// <returns>The image bytes (SVG as UTF-8).</returns>
    public static byte[] Heatmap(SdgCoverage coverage, ChartFormat format = ChartFormat.Png, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        options ??= ChartOptions.Default;
        var rows = Math.Max(1, coverage.Rows.Length);
        const int Columns = SdgCoverage.Columns;
        var plot = new Plot();
        try
        {
            // The data occupy x 0..17 and y 0..rows (row 0 of the matrix on top); the header is the band rows..rows+1.
            var matrix = coverage.Rows.IsEmpty ? new double[1, Columns] : coverage.ToMatrix();
            var heatmap = plot.Add.Heatmap(matrix);
            heatmap.Colormap = Scale;
            heatmap.ManualRange = new ScottPlot.Range(0, 1);
            // Rectangle sets the edges of the cells (Extent would set their centres and draw one cell more).
            heatmap.Rectangle = new CoordinateRect(0, Columns, 0, rows);
            heatmap.Smooth = false;
            heatmap.RenderStrategy = new ScottPlot.Plottables.Heatmap.RenderStrategies.Rectangles();

            for (var x = 1; x < Columns; x++)
            {
                Separator(plot.Add.Line(x, 0, x, rows));
            }

            for (var y = 1; y < rows; y++)
            {
                Separator(plot.Add.Line(0, y, Columns, y));
            }

            AddHeader(plot, rows);

            if (options.ShowValues)
            {
                AddValues(plot, coverage, rows);
            }

            StyleAxes(plot, heatmap, coverage, rows);
            plot.Title(options.Title ?? "Agenda 2030 coverage: share of each municipality's goals serving each SDG");
            plot.Axes.Title.Label.FontSize = 16;

            var width = options.Width > 0 ? options.Width : 300 + (52 * Columns);
            var height = options.Height > 0 ? options.Height : 150 + (48 * (rows + 1));
            return Render(plot, format, width, height);
        }
        finally
        {
            plot.Dispose();
        }
    }

    /// <summary>The header band: one cell in each SDG's colour with its number, above the columns.</summary>
    private static void AddHeader(Plot plot, int rows)
    {
        const int Columns = SdgCoverage.Columns;
    for (var c = 0; c < Columns; c++)
    {
        var goal = SdgCatalogue.Goals[c];
        var header = plot.Add.Rectangle(c + 0.04, c + 0.96, rows + 0.1, rows + 0.9);
        header.FillStyle.Color = Color.FromHex(goal.Colour);
        header.LineStyle.Width = 0;
        var number = plot.Add.Text(goal.Number.ToString(CultureInfo.InvariantCulture), c + 0.5, rows + 0.5);
        number.LabelFontColor = Colors.White;
        number.LabelBold = true;
        number.LabelFontSize = 16;
        number.LabelAlignment = Alignment.MiddleCenter;
    }
    }

    /// <summary>Each non-zero share written in its cell, white on the dark cells.</summary>
    private static void AddValues(Plot plot, SdgCoverage coverage, int rows)
    {
        const int Columns = SdgCoverage.Columns;
        for (var r = 0; r < coverage.Rows.Length; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                var share = coverage.Rows[r].Share(c + 1);
                if (share > 0)
                {
                    var value = plot.Add.Text(share.ToString("0.00", CultureInfo.InvariantCulture), c + 0.5, rows - r - 0.5);
                    value.LabelFontSize = 14;
                    value.LabelAlignment = Alignment.MiddleCenter;
                    value.LabelFontColor = share > 0.5 ? Colors.White : Colors.Black;
                }
            }
    }
    }

    /// <summary>The colour bar with its title, and the axes: municipalities on the left, SDG numbers at the bottom.</summary>
    private static void StyleAxes(Plot plot, ScottPlot.Plottables.Heatmap heatmap, SdgCoverage coverage, int rows)
    {
        const int Columns = SdgCoverage.Columns;
    var colorBar = plot.Add.ColorBar(heatmap);
    colorBar.Label = "share of goals serving the SDG";
    colorBar.LabelStyle.FontSize = 14;
    colorBar.LabelStyle.Bold = false;
    colorBar.Axis.TickLabelStyle.FontSize = 13;
    colorBar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
        [0, 0.25, 0.5, 0.75, 1], ["0", "0.25", "0.50", "0.75", "1"]);
    // Room for the colour bar's title between its ticks and the edge of the image.
    if (colorBar.Axis is ScottPlot.AxisPanels.AxisBase axis)
    {
        axis.PaddingOutsideAxisLabels = new PixelPadding(12, 12, 12, 12);
    }

    plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
        [.. Enumerable.Range(0, coverage.Rows.Length).Select(r => rows - r - 0.5)],
        [.. coverage.Rows.Select(r => Shorten(r.Label))]);
    plot.Axes.Left.TickLabelStyle.FontSize = 14;
    plot.Axes.Left.MajorTickStyle.Length = 0;
    plot.Axes.Left.MinorTickStyle.Length = 0;
    plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
        [.. Enumerable.Range(0, Columns).Select(c => c + 0.5)],
        [.. SdgCatalogue.Goals.Select(g => g.Number.ToString(CultureInfo.InvariantCulture))]);
    plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
    plot.Axes.Bottom.MinorTickStyle.Length = 0;
    plot.Axes.Bottom.Label.Text = "Agenda 2030 goal (SDG)";
    plot.Axes.Bottom.Label.FontSize = 15;
    plot.Axes.SetLimits(0, Columns, 0, rows + 1);
    plot.Grid.IsVisible = false;
    }

    /// <summary>Draws one document's SDG coverage as bars: for each SDG, how many of its goals serve it, each bar in the SDG's official colour, centred on its SDG's tick.</summary>
    /// <param name="document">An analysed document.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="options">Size, title and whether bars show their value, or <see langword="null"/> for the defaults.</param>
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
                if (served == 0)
                {
                    continue;      // no bar, not a flat outline on the axis
                }

                bars.Add(new Bar
                {
                    Position = goal.Number,
                    Value = served,
                    Size = 0.8,
                    FillColor = Color.FromHex(goal.Colour),
                    LineWidth = 0,
                    Label = options.ShowValues ? served.ToString(CultureInfo.InvariantCulture) : string.Empty,
                });
            }

            if (bars.Count > 0)
            {
                var plottable = plot.Add.Bars(bars);
                plottable.ValueLabelStyle.FontSize = 14;
            }

            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                [.. SdgCatalogue.Goals.Select(g => (double)g.Number)],
                [.. SdgCatalogue.Goals.Select(g => g.Number.ToString(CultureInfo.InvariantCulture))]);
            plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
            plot.Axes.Bottom.MinorTickStyle.Length = 0;
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, MinorTickGenerator = new ScottPlot.TickGenerators.EvenlySpacedMinorTickGenerator(1) };
            plot.Axes.Left.TickLabelStyle.FontSize = 13;
            plot.Axes.Left.MinorTickStyle.Length = 0;
            plot.Axes.Bottom.Label.Text = "Agenda 2030 goal (SDG)";
            plot.Axes.Bottom.Label.FontSize = 15;
            plot.Axes.Left.Label.Text = "goals serving it";
            plot.Axes.Left.Label.FontSize = 15;
            plot.Grid.XAxisStyle.IsVisible = false;
            plot.Axes.SetLimits(0.4, SdgCatalogue.Count + 0.6, 0, most * 1.15);
            plot.Title(options.Title ?? $"{SdgCoverage.RowLabel(document)}: SDG coverage of {document.Goals.Count} goals");
            plot.Axes.Title.Label.FontSize = 16;

            return Render(plot, format, options.Width > 0 ? options.Width : 900, options.Height > 0 ? options.Height : 400);
        }
        finally
        {
            plot.Dispose();
        }
    }

    private static void Separator(ScottPlot.Plottables.LinePlot line)
    {
        line.LineColor = Colors.White;
        line.LineWidth = 2;
        line.MarkerSize = 0;
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
