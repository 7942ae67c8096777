using MalAnalys.Agenda2030;
using MalAnalys.Reporting;
using SkiaSharp;
using Xunit.Abstractions;

namespace MalAnalys.Tests.Reporting;

/// <summary>
/// The charts as drawn, measured on the rendered pixels of the seeds' charts: every heatmap cell sits under its SDG's
/// header, rows are equally high and no cell runs under the header; bars stand only where goals serve an SDG.
/// </summary>
public sealed class ChartGeometryTests(ITestOutputHelper output)
{
    private readonly record struct Box(int Left, int Top, int Right, int Bottom)
    {
        public double CentreX => (Left + Right) / 2.0;

        public int Width => Right - Left + 1;
    }

    // Heatmap cells are drawn on a white-to-blue scale: blue exceeds red in every cell, even the lightest (no goal);
    // the white separators, the black frame and black text do not.
    private static bool IsCell(SKColor pixel) => pixel.Blue > pixel.Red;

    private static SKBitmap Draw(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");

    // The pixels of exactly one colour (a header's or a bar's fill), as a box.
    private static Box? BoxOf(SKBitmap bitmap, SKColor colour, int maxX)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < maxX; x++)
            {
                if (bitmap.GetPixel(x, y) == colour)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
                }
            }
        }

        return right < 0 ? null : new Box(left, top, right, bottom);
    }

    // Runs of cell pixels along a line: (start, end) pairs, inclusive.
    private static List<(int Start, int End)> Runs(int from, int to, Func<int, SKColor> pixelAt)
    {
        var runs = new List<(int, int)>();
        var start = -1;
        for (var i = from; i <= to; i++)
        {
            var cell = i < to && IsCell(pixelAt(i));
            if (cell && start < 0)
            {
                start = i;
            }
            else if (!cell && start >= 0)
            {
                runs.Add((start, i - 1));
                start = -1;
            }
        }

        return runs;
    }

    [Fact]
    public void Heatmap_EachCellIsCentredUnderItsSdgHeader_RowsAreEqual_AndNoCellRunsUnderTheHeader()
    {
        var coverage = SdgCoverage.FromDocuments(SeedDocuments.All);
        var rows = coverage.Rows.Length;
        Assert.Equal(3, rows);
        using var bitmap = Draw(SdgCharts.Heatmap(coverage, options: new ChartOptions { ShowValues = false }));

        // The headers: each SDG's official colour, one box per column, side by side at one height.
        var headers = SdgCatalogue.Goals.Select(g => BoxOf(bitmap, SKColor.Parse(g.Colour), bitmap.Width) ?? throw new InvalidOperationException($"no header for SDG {g.Number}")).ToList();
        Assert.All(headers, h => Assert.InRange(h.Top, headers[0].Top - 1, headers[0].Top + 1));
        Assert.All(headers, h => Assert.InRange(h.Bottom, headers[0].Bottom - 1, headers[0].Bottom + 1));
        var pitch = (headers[16].CentreX - headers[0].CentreX) / 16;
        output.WriteLine($"header {headers[0].Width} px wide, columns {pitch:0.0} px apart, top {headers[0].Top}, bottom {headers[0].Bottom}");

        // The rows, down the middle of SDG 8's column (every seed municipality has a goal serving SDG 8, so each row has
        // a cell there): a white gap below the header, then one cell per row, all equally high.
        var eight = (int)Math.Round(headers[7].CentreX);
        Assert.All(coverage.Rows, r => Assert.True(r.Share(8) > 0, r.Label));
        // (Two pixels below the header's own colour, past its anti-aliased edge.)
        var gap = headers[7].Bottom + 3;
        Assert.False(IsCell(bitmap.GetPixel(eight, gap)), "a cell runs under the header");
        var bands = Runs(gap, bitmap.Height, y => bitmap.GetPixel(eight, y));
        Assert.Equal(rows, bands.Count);
        var heights = bands.Select(b => b.End - b.Start + 1).ToList();
        output.WriteLine($"row heights {string.Join(", ", heights)} px");
        Assert.InRange(heights.Max() - heights.Min(), 0, 1);
        Assert.InRange(heights[0], (int)(pitch * 0.6), (int)(pitch * 1.4));

        var plotRight = headers[16].Right + (int)(pitch / 4);
        for (var c = 0; c < SdgCoverage.Columns; c++)
        {
            // Down each column: a cell exactly in the band of each row whose municipality has a goal serving the SDG.
            var x = (int)Math.Round(headers[c].CentreX);
            Assert.False(IsCell(bitmap.GetPixel(x, headers[c].Bottom + 3)), $"SDG {c + 1}: a cell runs under the header");
            var down = Runs(headers[c].Bottom + 3, bitmap.Height, y => bitmap.GetPixel(x, y));
            var expected = Enumerable.Range(0, rows).Where(r => coverage.Rows[r].Share(c + 1) > 0).Select(r => bands[r]).ToList();
            Assert.Equal(expected.Count, down.Count);
            Assert.All(down.Zip(expected), p => Assert.True(Math.Abs(p.First.Start - p.Second.Start) <= 1 && Math.Abs(p.First.End - p.Second.End) <= 1, $"SDG {c + 1}: a cell from {p.First.Start} to {p.First.End}, its row from {p.Second.Start} to {p.Second.End}"));
        }

        for (var r = 0; r < rows; r++)
        {
            // Across each row: a cell under the header of each SDG one of the municipality's goals serves, centred under it
            // and as wide as its column.
            var y = (bands[r].Start + bands[r].End) / 2;
            var across = Runs(0, plotRight, x => bitmap.GetPixel(x, y));
            var columns = Enumerable.Range(0, SdgCoverage.Columns).Where(c => coverage.Rows[r].Share(c + 1) > 0).ToList();
            Assert.Equal(columns.Count, across.Count);
            foreach (var (cell, c) in across.Zip(columns))
            {
                var centre = (cell.Start + cell.End) / 2.0;
                Assert.True(Math.Abs(centre - headers[c].CentreX) <= 1.5, $"{coverage.Rows[r].Label}, SDG {c + 1}: the cell's centre is at {centre}, its header's at {headers[c].CentreX}");
                Assert.InRange(cell.End - cell.Start + 1, headers[c].Width, (int)Math.Ceiling(pitch));
            }
        }
    }

    [Fact]
    public void Heatmap_WritesTheShareInEachServedCell_UnlessToldNotTo()
    {
        var coverage = SdgCoverage.FromDocuments(SeedDocuments.All);
        var served = coverage.Rows.Sum(r => Enumerable.Range(1, SdgCoverage.Columns).Count(s => r.Share(s) > 0));

        static int DarkPixels(SKBitmap bitmap, Box header)
        {
            // Text pixels (dark, not blue) in the cell area: between the header and the bottom of the plot.
            var dark = 0;
            for (var y = header.Bottom + 1; y < bitmap.Height; y++)
            {
                for (var x = 0; x <= header.Right; x++)
                {
                    var p = bitmap.GetPixel(x, y);
                    if (p.Red < 90 && p.Green < 90 && p.Blue < 90 && IsCell(bitmap.GetPixel(x, y - 1)) && IsCell(bitmap.GetPixel(x, y + 1 < bitmap.Height ? y + 1 : y)))
                    {
                        dark++;
                    }
                }
            }

            return dark;
        }

        using var withValues = Draw(SdgCharts.Heatmap(coverage));
        using var withoutValues = Draw(SdgCharts.Heatmap(coverage, options: new ChartOptions { ShowValues = false }));
        var last = SKColor.Parse(SdgCatalogue.Get(17).Colour);
        var textPixels = DarkPixels(withValues, BoxOf(withValues, last, withValues.Width)!.Value);
        output.WriteLine($"{served} served cells, {textPixels} text pixels in them");
        // Every served cell has its number: at 14 px, "0.25" leaves over 20 dark pixels between blue ones (10 px: about 12).
        Assert.True(textPixels > 20 * served, $"{textPixels} text pixels for {served} numbers");
        Assert.Equal(0, DarkPixels(withoutValues, BoxOf(withoutValues, last, withoutValues.Width)!.Value));
    }

    [Fact]
    public void CoverageBars_StandOnlyWhereGoalsServeTheSdg_AsHighAsTheirCounts_OnEvenlySpacedTicks()
    {
        var document = SeedDocuments.Ostersund;
        using var bitmap = Draw(SdgCharts.CoverageBars(document, options: new ChartOptions { ShowValues = false }));

        var bars = SdgCatalogue.Goals.ToDictionary(g => g.Number, g => BoxOf(bitmap, SKColor.Parse(g.Colour), bitmap.Width));
        var counts = document.SdgProfile!.Entries.ToDictionary(e => e.Sdg, e => e.Goals);
        foreach (var (sdg, box) in bars)
        {
            Assert.Equal(counts.GetValueOrDefault(sdg) > 0, box is not null);
        }

        var drawn = bars.Where(b => b.Value is not null).Select(b => (Sdg: b.Key, Box: b.Value!.Value, Goals: counts[b.Key])).ToList();
        Assert.True(drawn.Count >= 2);
        // One baseline; height proportional to the count; centres on a grid of one pitch per SDG.
        Assert.All(drawn, d => Assert.InRange(d.Box.Bottom, drawn[0].Box.Bottom - 1, drawn[0].Box.Bottom + 1));
        var perGoal = (drawn[0].Box.Bottom - drawn[0].Box.Top + 1) / (double)drawn[0].Goals;
        Assert.All(drawn, d => Assert.InRange((d.Box.Bottom - d.Box.Top + 1) / (double)d.Goals, perGoal - 2, perGoal + 2));
        var pitch = (drawn[^1].Box.CentreX - drawn[0].Box.CentreX) / (drawn[^1].Sdg - drawn[0].Sdg);
        Assert.All(drawn, d => Assert.InRange(d.Box.CentreX, drawn[0].Box.CentreX + (pitch * (d.Sdg - drawn[0].Sdg)) - 1.5, drawn[0].Box.CentreX + (pitch * (d.Sdg - drawn[0].Sdg)) + 1.5));
    }
}
