using System.Buffers.Binary;
using System.Text;
using MalAnalys.Agenda2030;
using MalAnalys.Reporting;

namespace MalAnalys.Tests.Reporting;

public sealed class ChartsTests
{
    public static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static (int Width, int Height) PngSize(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

    [Fact]
    public void Heatmap_IsAPng_SizedToItsRows()
    {
        var coverage = SdgCoverage.FromDocuments(SeedDocuments.All);

        var three = SdgCharts.Heatmap(coverage);
        var one = SdgCharts.Heatmap(SdgCoverage.FromDocuments([SeedDocuments.Ostersund]));

        Assert.Equal(PngSignature, three[..8]);
        Assert.Equal(PngSize(one).Width, PngSize(three).Width);
        Assert.True(PngSize(three).Height > PngSize(one).Height);
        Assert.Equal((640, 300), PngSize(SdgCharts.Heatmap(coverage, options: new ChartOptions { Width = 640, Height = 300 })));
    }

    [Fact]
    public void HeatmapSvg_HasTheSeventeenOfficialColoursInItsHeader_AndTheMunicipalities()
    {
        var svg = Encoding.UTF8.GetString(SdgCharts.Heatmap(SdgCoverage.FromDocuments(SeedDocuments.All), ChartFormat.Svg));

        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.All(SdgCatalogue.Goals, g => Assert.Contains(g.Colour, svg, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Perstorp", svg, StringComparison.Ordinal);
        Assert.Contains("Ystad", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void CoverageBars_ColourEachServedSdgInItsOfficialColour()
    {
        var document = SeedDocuments.Ostersund;
        var svg = Encoding.UTF8.GetString(SdgCharts.CoverageBars(document, ChartFormat.Svg));

        foreach (var entry in document.SdgProfile!.Entries.Where(e => e.Goals > 0))
        {
            Assert.Contains(SdgCatalogue.Get(entry.Sdg).Colour, svg, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(PngSignature, SdgCharts.CoverageBars(document)[..8]);
    }

    [Fact]
    public void Save_PicksTheFormatFromTheExtension_AndRefusesOthers()
    {
        var folder = Directory.CreateTempSubdirectory("malanalys-charts-").FullName;
        try
        {
            var coverage = SdgCoverage.FromDocuments(SeedDocuments.All);
            var png = SdgCharts.Save(Path.Combine(folder, "h.png"), f => SdgCharts.Heatmap(coverage, f));
            var svg = SdgCharts.Save(Path.Combine(folder, "h.SVG"), f => SdgCharts.Heatmap(coverage, f));

            Assert.Equal(PngSignature, File.ReadAllBytes(png)[..8]);
            Assert.Contains("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
            var error = Assert.Throws<ReportException>(() => SdgCharts.Save(Path.Combine(folder, "h.jpg"), f => SdgCharts.Heatmap(coverage, f)));
            Assert.Contains(".png or .svg", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void DataUri_NamesTheFormat()
    {
        Assert.StartsWith("data:image/png;base64,iVBORw0KGgo", SdgCharts.ToDataUri(SdgCharts.CoverageBars(SeedDocuments.Ostersund)), StringComparison.Ordinal);
        Assert.StartsWith("data:image/svg+xml;base64,", SdgCharts.ToDataUri([1, 2], ChartFormat.Svg), StringComparison.Ordinal);
    }
}
