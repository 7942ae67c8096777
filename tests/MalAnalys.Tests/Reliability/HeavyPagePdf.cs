using System.Globalization;
using System.Text;
using static MalAnalys.Tests.Reliability.PdfSourceText;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// Writes one-page PDFs whose page draws far more letters than its file size suggests: drawing blocks (form XObjects)
/// each drawing the next block <c>fanOut</c> times, <c>depth</c> deep, the last one a line of text; or one page of
/// plain text with the given number of letters. Small numbers make ordinary PDFs.
/// </summary>
internal static class HeavyPagePdf
{
    public const string Line = "Alla ska ha ett arbete och en trygg uppvaxt i hela kommunen.";

    /// <summary>Letters drawn: <see cref="Line"/>'s length times <paramref name="fanOut"/> to the power <paramref name="depth"/>.</summary>
    public static byte[] FanOut(int fanOut, int depth)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /B 6 0 R >> >> /Contents 5 0 R >>",
            Stream(string.Empty, Draws(fanOut)),
        };
        for (var level = 1; level <= depth; level++)
        {
            var last = level == depth;
            var resources = last ? "/Font << /F1 3 0 R >>" : string.Create(CultureInfo.InvariantCulture, $"/Font << /F1 3 0 R >> /XObject << /B {6 + level} 0 R >>");
            objects.Add(Stream($"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << {resources} >>", last ? $"BT /F1 11 Tf 60 780 Td ({Line}) Tj ET" : Draws(fanOut)));
        }

        return Serialise(objects);
    }

    /// <summary>One page showing <paramref name="letters"/> letters, tiny, in rows.</summary>
    public static byte[] DenseText(int letters)
    {
        var content = new StringBuilder("BT /F1 1 Tf 10 830 Td 1.2 TL\n");
        for (var shown = 0; shown < letters; shown += Line.Length)
        {
            content.Append('(').Append(Line).Append(") Tj T*\n");
        }

        return Serialise(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
            Stream(string.Empty, content.Append("ET").ToString()),
        ]);
    }

    private static string Draws(int times)
    {
        var content = new StringBuilder();
        for (var i = 0; i < times; i++)
        {
            content.Append("q /B Do Q\n");
        }

        return content.ToString();
    }
}
