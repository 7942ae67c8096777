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
