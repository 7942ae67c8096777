using MalAnalys.Documents;

namespace MalAnalys.Reading;

/// <summary>
/// Tells running headers, footers and page numbers of a PDF from its body text, by where a line stands on its page
/// and whether its shape (digits folded) repeats across pages.
/// </summary>
internal static class PdfFurniture
{
    /// <summary>The share of the page height at the top and at the bottom where headers and footers stand.</summary>
    internal const double Band = 0.08;

    /// <summary>How far from the edge a first or last line set off by a clear gap may still be furniture.</summary>
    internal const double OuterZone = 0.20;

    /// <summary>A gap of this many median line heights sets a first or last line apart from the body.</summary>
    internal const double ClearGap = 2.5;

    private enum Zone : byte
    {
        None,
        Top,
        Bottom,
    }

    /// <summary>Gives every line its role, keeping reading order.</summary>
    public static RawLine[] Classify(PdfLayout layout, bool detectFurniture)
    {
        var lines = layout.Lines;
        var raw = new RawLine[lines.Count];
        if (!detectFurniture)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                raw[i] = new RawLine(line.Text, line.Page, LineRole.Body, line.StartsParagraph, line.Bounds);
            }

            return raw;
        }

        var zones = new Zone[lines.Count];
        var shapes = new string?[lines.Count];
        var (pagesByShape, pagesWithText) = CountShapes(layout, zones, shapes);

        // Repeated on at least half of the pages with text, and on two pages at the least.
        var minPages = Math.Max(2, (pagesWithText + 1) / 2);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            raw[i] = new RawLine(line.Text, line.Page, RoleOf(line.Text, zones[i], shapes[i], pagesByShape, minPages), line.StartsParagraph, line.Bounds);
        }

        return raw;
    }

    /// <summary>
    /// Marks each line's zone (top, bottom or neither of its page) and, for lines in a zone, its shape (the text with
    /// digits generalised), and counts on how many pages each shape stands in each zone.
    /// </summary>
    private static (Dictionary<(Zone, string), (int Pages, int LastPage)> PagesByShape, int PagesWithText) CountShapes(PdfLayout layout, Zone[] zones, string?[] shapes)
    {
        var lines = layout.Lines;
        var pagesByShape = new Dictionary<(Zone, string), (int Pages, int LastPage)>();
        var pagesWithText = 0;
        foreach (var extent in layout.Extents)
        {
            if (extent.LineCount == 0)
            {
                continue;
            }

            pagesWithText++;
            MarkZones(lines, extent, zones);
            for (var i = extent.FirstLine; i < extent.FirstLine + extent.LineCount; i++)
            {
                if (zones[i] == Zone.None)
                {
                    continue;
                }

                var shape = PageFurniture.Shape(lines[i].Text);
                shapes[i] = shape;
                var key = (zones[i], shape);
                var seen = pagesByShape.GetValueOrDefault(key);
                if (seen.LastPage != lines[i].Page)
                {
                    pagesByShape[key] = (seen.Pages + 1, lines[i].Page);
                }
            }
        }

        return (pagesByShape, pagesWithText);
    }

    /// <summary>A line's role: a page number anywhere, a running header or footer when its shape repeats in its zone on enough pages, else body text.</summary>
    private static LineRole RoleOf(string text, Zone zone, string? shape, Dictionary<(Zone, string), (int Pages, int LastPage)> pagesByShape, int minPages)
    {
        if (IsShort(text) && PageFurniture.IsPageNumber(text))
        {
            return LineRole.PageNumber;
        }

        if (zone == Zone.None)
        {
            return LineRole.Body;
        }

        if (IsShort(text) && PageFurniture.IsBarePageNumber(text))
        {
            return LineRole.PageNumber;
        }

        return pagesByShape[(zone, shape!)].Pages >= minPages ? (zone == Zone.Top ? LineRole.RunningHeader : LineRole.RunningFooter) : LineRole.Body;
    }

    // Page numbers are short; the length and digit checks keep the regular expressions off ordinary lines.
    private static bool IsShort(string text) => text.Length <= 24 && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    // A line is in the top or bottom zone when it lies wholly in the outer band of the page, or when it is the
    // page's first or last line, near the edge and set off from the rest by a clear gap (a header placed lower).
    private static void MarkZones(IReadOnlyList<PdfLine> lines, PdfPageExtent extent, Zone[] zones)
    {
        var height = extent.Top - extent.Bottom;
        if (height <= 0)
        {
            return;
        }

        var end = extent.FirstLine + extent.LineCount;
        int highest = -1, lowest = -1;
        for (var i = extent.FirstLine; i < end; i++)
        {
            var b = lines[i].Bounds;
            zones[i] = b.Bottom >= extent.Top - (Band * height) ? Zone.Top
                : b.Top <= extent.Bottom + (Band * height) ? Zone.Bottom
                : Zone.None;
            if (highest < 0 || b.Top > lines[highest].Bounds.Top)
            {
                highest = i;
            }

            if (lowest < 0 || b.Bottom < lines[lowest].Bounds.Bottom)
            {
                lowest = i;
            }
        }

        if (extent.LineCount < 3 || (zones[highest] != Zone.None && zones[lowest] != Zone.None))
        {
            return;
        }

        var gap = ClearGap * MedianHeight(lines, extent.FirstLine, end);
        if (zones[highest] == Zone.None && lines[highest].Bounds.Bottom >= extent.Top - (OuterZone * height)
            && GapBelow(lines, extent.FirstLine, end, highest) >= gap)
        {
            zones[highest] = Zone.Top;
        }

        if (zones[lowest] == Zone.None && lines[lowest].Bounds.Top <= extent.Bottom + (OuterZone * height)
            && GapAbove(lines, extent.FirstLine, end, lowest) >= gap)
        {
            zones[lowest] = Zone.Bottom;
        }
    }

    private static double GapBelow(IReadOnlyList<PdfLine> lines, int start, int end, int index)
    {
        var bottom = lines[index].Bounds.Bottom;
        var nearest = double.NegativeInfinity;
        for (var i = start; i < end; i++)
        {
            if (i != index)
            {
                nearest = Math.Max(nearest, lines[i].Bounds.Top);
            }
        }

        return bottom - nearest;
    }

    private static double GapAbove(IReadOnlyList<PdfLine> lines, int start, int end, int index)
    {
        var top = lines[index].Bounds.Top;
        var nearest = double.PositiveInfinity;
        for (var i = start; i < end; i++)
        {
            if (i != index)
            {
                nearest = Math.Min(nearest, lines[i].Bounds.Bottom);
            }
        }

        return nearest - top;
    }

    private static double MedianHeight(IReadOnlyList<PdfLine> lines, int start, int end)
    {
        var heights = new double[end - start];
        for (var i = start; i < end; i++)
        {
            heights[i - start] = lines[i].Bounds.Top - lines[i].Bounds.Bottom;
        }

        Array.Sort(heights);
        return heights[heights.Length / 2];
    }
}
