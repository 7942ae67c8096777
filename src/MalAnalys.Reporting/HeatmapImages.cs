using System.Collections.Immutable;
using System.Globalization;

namespace MalAnalys.Reporting;

/// <summary>
/// The collection's coverage heatmap as PNG files beside the report's pages, each written once and linked from every
/// page that shows it: embedded in each page, it made a report grow with the square of its documents. A heatmap holds
/// at most <see cref="RowsPerImage"/> rows, so that no image is taller than a browser shows well or costs more than
/// about 20 MB to draw; a larger collection gets one image per block of rows, and each document's page shows the block
/// holding its own row.
/// </summary>
internal sealed class HeatmapImages
{
    /// <summary>The most rows one image holds.</summary>
    public const int RowsPerImage = 100;

    private readonly Dictionary<string, int> _imageOfRow;

    private HeatmapImages(ImmutableArray<(string Name, string Alt)> images, Dictionary<string, int> imageOfRow)
    {
        Images = images;
        _imageOfRow = imageOfRow;
    }

    /// <summary>The images in row order: file name (in the report's folder) and alternative text.</summary>
    public ImmutableArray<(string Name, string Alt)> Images { get; }

    /// <summary>Draws the heatmap of <paramref name="coverage"/> into <paramref name="folder"/>, one image per block of rows.</summary>
    public static async Task<HeatmapImages> WriteAsync(string folder, SdgCoverage coverage, Func<string, string> inside, CancellationToken cancellationToken)
    {
        var rows = coverage.Rows;
        var count = Math.Max(1, (rows.Length + RowsPerImage - 1) / RowsPerImage);
        var images = ImmutableArray.CreateBuilder<(string, string)>(count);
        var imageOfRow = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = i * RowsPerImage;
            var block = rows.IsEmpty ? coverage : new SdgCoverage(rows.Slice(first, Math.Min(RowsPerImage, rows.Length - first)));
            var what = count == 1
                ? "Agenda 2030 coverage: share of each municipality's goals serving each SDG"
                : string.Create(CultureInfo.InvariantCulture, $"Agenda 2030 coverage, rows {first + 1}–{first + block.Rows.Length} of {rows.Length}: share of each municipality's goals serving each SDG");
            var name = i == 0 ? HtmlReport.HeatmapFileName : string.Create(CultureInfo.InvariantCulture, $"sdg-heatmap-{i + 1}.png");
            var png = SdgCharts.Heatmap(block, options: count == 1 ? null : new ChartOptions { Title = what });
            await File.WriteAllBytesAsync(inside(name), png, cancellationToken).ConfigureAwait(false);
            images.Add((name, "Coverage heatmap" + what["Agenda 2030 coverage".Length..]));
            foreach (var row in block.Rows)
            {
                imageOfRow[SdgCoverage.RowKey(row.Label)] = i;
            }
        }

        return new HeatmapImages(images.MoveToImmutable(), imageOfRow);
    }

    /// <summary>The image that holds <paramref name="document"/>'s row.</summary>
    public (string Name, string Alt) ImageOf(AnalyzedDocument document) =>
        Images[_imageOfRow.GetValueOrDefault(SdgCoverage.RowKey(SdgCoverage.RowLabel(document)))];
}
