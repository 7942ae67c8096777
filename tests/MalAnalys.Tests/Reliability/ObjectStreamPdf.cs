using System.Globalization;
using System.Text;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// Writes PDF 1.5 files whose page, font and resource dictionaries are packed into one compressed object stream (found
/// through a cross-reference stream), as modern writers save them: an ordinary one with two nested drawing blocks, and
/// hostile ones whose recursion lives only inside the object stream, so that a check of the objects written out sees
/// nothing wrong.
/// </summary>
internal static class ObjectStreamPdf
{
    public const string Line = "Alla ska ha ett arbete.";

    public const string FormLine = "Kommunen ska vara klimatneutral.";

    private const string Font = "/Font << /F1 3 0 R >>";

    /// <summary>The hostile kinds.</summary>
    public static TheoryData<string> Hostile => ["packed-form-cycle", "packed-reference-cycle"];

    // Objects: 1 catalog, 2 pages, 3 font, 4 page, 5 page content, 6 and 7 drawing blocks, 8 the object stream,
    // 9 and 10 the blocks' resources, 11 the cross-reference stream. Packed: 3, 4, 9, 10 (and 5 and 6 as references).
    public static byte[] Write(string kind)
    {
        var content = $"BT /F1 11 Tf 60 780 Td ({Line}) Tj ET /Fm Do";
        var plain = new SortedDictionary<int, string>
        {
            [1] = "<< /Type /Catalog /Pages 2 0 R >>",
            [2] = "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            [7] = Form("10 0 R", $"BT /F1 11 Tf 60 700 Td ({FormLine}) Tj ET{(kind == "packed-form-cycle" ? " /Fm Do" : string.Empty)}"),
        };
        var packed = new List<(int Number, string Body)>
        {
            (3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            (4, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << {Font} /XObject << /Fm 6 0 R >> >> /Contents 5 0 R >>"),
            (9, $"<< {Font} /XObject << /Fm 7 0 R >> >>"),
            (10, kind == "packed-form-cycle" ? $"<< {Font} /XObject << /Fm 6 0 R >> >>" : $"<< {Font} >>"),
        };
        if (kind == "packed-reference-cycle")
        {
            packed.Add((5, "6 0 R"));
            packed.Add((6, "5 0 R"));
        }
        else
        {
            plain[5] = PdfSourceText.Stream(string.Empty, content);
            plain[6] = Form("9 0 R", "/Fm Do");
        }

        return Serialise(plain, packed);
    }

    private static string Form(string resources, string content) =>
        PdfSourceText.Stream($"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources {resources}", content);

    private static byte[] Serialise(SortedDictionary<int, string> plain, List<(int Number, string Body)> packed)
    {
        const int objectStream = 8;
        const int xrefStream = 11;
        var header = new StringBuilder();
        var bodies = new StringBuilder();
        foreach (var (number, body) in packed)
        {
            header.Append(CultureInfo.InvariantCulture, $"{number} {bodies.Length} ");
            bodies.Append(body).Append('\n');
        }

        var data = FilterBombPdf.Deflate(Encoding.Latin1.GetBytes(header.ToString() + bodies));
        using var output = new MemoryStream();
        output.Write(Encoding.Latin1.GetBytes("%PDF-1.5\n%\u00e5\u00e4\u00f6\u00e9\n"));
        var offsets = new Dictionary<int, long>();
        foreach (var (number, body) in plain)
        {
            offsets[number] = output.Position;
            Write(output, number, Encoding.Latin1.GetBytes(body));
        }

        offsets[objectStream] = output.Position;
        Write(output, objectStream, StreamObject($"/Type /ObjStm /N {packed.Count} /First {header.Length} /Filter /FlateDecode", data));

        // Cross-reference stream rows: type (1 byte), offset or object stream (4 bytes), generation or index (2 bytes).
        var rows = new List<byte>();
        var xref = output.Position;
        offsets[xrefStream] = xref;
        for (var number = 0; number <= xrefStream; number++)
        {
            var index = packed.FindIndex(p => p.Number == number);
            var (type, field2, field3) = number == 0 ? (0, 0L, 65535) : index >= 0 ? (2, objectStream, index) : (1, offsets[number], 0);
            rows.AddRange([(byte)type, (byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2, (byte)(field3 >> 8), (byte)field3]);
        }

        Write(output, xrefStream, StreamObject($"/Type /XRef /Size {xrefStream + 1} /W [1 4 2] /Root 1 0 R", [.. rows]));
        output.Write(Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n")));
        return output.ToArray();
    }

    private static byte[] StreamObject(string dictionary, byte[] data) =>
        [.. Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"<< {dictionary} /Length {data.Length} >>\nstream\n")), .. data, .. "\nendstream"u8];

    private static void Write(MemoryStream output, int number, byte[] body)
    {
        output.Write(Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n")));
        output.Write(body);
        output.Write("\nendobj\n"u8);
    }
}
