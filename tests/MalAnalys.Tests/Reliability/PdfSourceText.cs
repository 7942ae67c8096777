using System.Globalization;
using System.Text;

namespace MalAnalys.Tests.Reliability;

/// <summary>Writes PDF files from their objects as source text: numbered objects, a cross-reference table and a trailer.</summary>
internal static class PdfSourceText
{
    /// <summary>A stream object: its dictionary entries, the length, and the content.</summary>
    public static string Stream(string dictionary, string content) =>
        string.Create(CultureInfo.InvariantCulture, $"<< {dictionary} /Length {content.Length} >>\nstream\n{content}\nendstream");

    /// <summary>The bytes of a PDF whose objects are numbered 1, 2, … in order; object 1 is the catalogue.</summary>
    public static byte[] Serialise(List<string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
