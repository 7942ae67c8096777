using System.Text;
using MalAnalys.Documents;
using MalAnalys.Swedish;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace MalAnalys.Reading;

/// <summary>A line of a PDF page in reading order, before its role is known.</summary>
internal readonly record struct PdfLine(string Text, int Page, LineBounds Bounds, bool StartsParagraph);

/// <summary>A page's vertical extent in PDF points and the range of its lines in <see cref="PdfLayout.Lines"/>.</summary>
internal readonly record struct PdfPageExtent(double Top, double Bottom, int FirstLine, int LineCount);

/// <summary>The lines and pages of a PDF as the layout analysis found them, collected page by page.</summary>
internal sealed class PdfLayout(int pageCount)
{
    private readonly List<PdfLine> _lines = new(pageCount * 48);
    private readonly List<DocumentPage> _pages = new(pageCount);
    private readonly List<PdfPageExtent> _extents = new(pageCount);

    public IReadOnlyList<PdfLine> Lines => _lines;

    public IReadOnlyList<DocumentPage> Pages => _pages;

    public IReadOnlyList<PdfPageExtent> Extents => _extents;

    public int LineCount => _lines.Count;

    /// <summary>Adds a line of the page being read: its words joined by single spaces, NFC-normalised.</summary>
    public void AddLine(TextLine line, int page, bool startsBlock)
    {
        // TextLine.Text is the words joined by the segmenter's word separator, a single space.
        var text = line.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        // Some PDF producers draw å as a + combining ring; later stages expect the composed letter.
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        var box = line.BoundingBox;
        var bounds = new LineBounds(box.Left, box.Bottom, box.Right, box.Top);
        var startsParagraph = startsBlock && !ContinuesAcrossColumns(text, page, bounds);
        _lines.Add(new PdfLine(text, page, bounds, startsParagraph));
    }

    /// <summary>
    /// Puts list markers back in front of their items. A PDF list is often drawn with its numbers or bullets in a
    /// column of their own ("1." "2." beside the item texts), which layout analysis reads as a separate block: each
    /// line of the page added since <paramref name="firstLine"/> that is only a marker is joined to the line at the
    /// same height just to its right.
    /// </summary>
    public void AttachListMarkers(int firstLine)
    {
        List<int>? removed = null;
        for (var i = firstLine; i < _lines.Count; i++)
        {
            var marker = _lines[i];
            if (!IsListMarker(marker.Text))
            {
                continue;
            }

            var height = Math.Max(1, marker.Bounds.Top - marker.Bounds.Bottom);
            var middle = (marker.Bounds.Top + marker.Bounds.Bottom) / 2;
            var best = -1;
            var bestGap = double.MaxValue;
            for (var j = firstLine; j < _lines.Count; j++)
            {
                var line = _lines[j];
                var gap = line.Bounds.Left - marker.Bounds.Right;
                // A dash or bullet is much lower than the text beside it: the text line's height sets the tolerance.
                var tolerance = Math.Max(height, line.Bounds.Top - line.Bounds.Bottom) / 2;
                if (j == i || IsListMarker(line.Text) || gap < -1 || gap > 6 * tolerance * 2
                    || Math.Abs((line.Bounds.Top + line.Bounds.Bottom) / 2 - middle) > tolerance)
                {
                    continue;
                }

                if (gap < bestGap)
                {
                    (best, bestGap) = (j, gap);
                }
            }

            if (best >= 0)
            {
                var item = _lines[best];
                var bounds = new LineBounds(marker.Bounds.Left, Math.Min(marker.Bounds.Bottom, item.Bounds.Bottom), item.Bounds.Right, Math.Max(marker.Bounds.Top, item.Bounds.Top));
                _lines[best] = new PdfLine(marker.Text.Trim() + " " + item.Text, item.Page, bounds, true);
                (removed ??= []).Add(i);
            }
        }

        if (removed is not null)
        {
            for (var k = removed.Count - 1; k >= 0; k--)
            {
                _lines.RemoveAt(removed[k]);
            }
        }
    }

    /// <summary>
    /// Whether layout analysis found hardly any paragraphs on the page (one start per eight lines or fewer): a page
    /// printed as a single block, whose paragraphs only its line gaps show.
    /// </summary>
    public bool FewParagraphStarts(int firstLine)
    {
        var lines = _lines.Count - firstLine;
        var starts = 0;
        for (var i = firstLine + 1; i < _lines.Count; i++)
        {
            starts += _lines[i].StartsParagraph ? 1 : 0;
        }

        return lines >= 8 && starts * 8 < lines;
    }

    /// <summary>
    /// Marks an empty line between paragraphs inside one block, as a blank line is in a text file: layout analysis keeps
    /// paragraphs that share a margin in one block. A line whose baseline is lower than the one before by more than
    /// 1.8 times the page's usual line height (ascender to descender; single spacing is about 1.2 times it) starts a
    /// paragraph, unless the line before ends in a word broken by a hyphen that this line completes. Used on scanned
    /// pages, whose OCR text layer has no blocks of its own to tell paragraphs apart, and on pages laid out as one block.
    /// </summary>
    public void MarkParagraphGaps(int firstLine)
    {
        if (_lines.Count - firstLine < 3)
        {
            return;
        }

        var heights = new List<double>(_lines.Count - firstLine);
        for (var i = firstLine; i < _lines.Count; i++)
        {
            heights.Add(_lines[i].Bounds.Top - _lines[i].Bounds.Bottom);
        }

        heights.Sort();
        var usual = heights[heights.Count / 2];
        if (usual <= 0)
        {
            return;
        }

        for (var i = firstLine + 1; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var d = _lines[i - 1].Bounds.Bottom - line.Bounds.Bottom;
            if (!line.StartsParagraph && d > 1.8 * usual && !Hyphenation.JoinsNext(_lines[i - 1].Text.AsSpan().Trim(), line.Text.AsSpan().Trim()))
            {
                _lines[i] = line with { StartsParagraph = true };
            }
        }
    }

    private static bool IsListMarker(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.Length is 0 or > 4)
        {
            return false;
        }

        if (t.Length == 1)
        {
            return "•●▪◦·∙*–—−‣⁃○■□\uF0B7\uF0A7".Contains(t[0], StringComparison.Ordinal);
        }

        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && digits == t.Length - 1 && t[^1] is '.' or ')';
    }

    /// <summary>Records a page whose lines are those added since <paramref name="firstLine"/>.</summary>
    public void AddPage(DocumentPage page, double top, double bottom, int firstLine)
    {
        _pages.Add(page);
        _extents.Add(new PdfPageExtent(top, bottom, firstLine, _lines.Count - firstLine));
    }

    /// <summary>Drops the lines of a page that failed half-way.</summary>
    public void RemoveLinesFrom(int firstLine) => _lines.RemoveRange(firstLine, _lines.Count - firstLine);

    // A block that starts higher on the page than the previous line ended is the top of the next column. When the
    // previous line ends in a word broken by a hyphen that this line completes, the block continues that paragraph,
    // so the word is joined like any other line-end hyphenation.
    private bool ContinuesAcrossColumns(string text, int page, LineBounds bounds)
    {
        if (_lines.Count == 0)
        {
            return false;
        }

        var previous = _lines[^1];
        return previous.Page == page
            && bounds.Top > previous.Bounds.Top
            && bounds.Left > previous.Bounds.Left
            && Hyphenation.JoinsNext(previous.Text.AsSpan().Trim(), text.AsSpan().Trim());
    }
}
