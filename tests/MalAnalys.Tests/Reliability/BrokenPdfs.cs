using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace MalAnalys.Tests.Reliability;

/// <summary>How a broken PDF may be answered.</summary>
internal enum Expected
{
    /// <summary>A typed read error.</summary>
    Error,

    /// <summary>A document (possibly with diagnostics).</summary>
    Document,

    /// <summary>Either: damage the reader may or may not get around.</summary>
    ErrorOrDocument,
}

/// <summary>One broken PDF of the corpus.</summary>
/// <param name="Name">The file name.</param>
/// <param name="Expected">The acceptable answers.</param>
/// <param name="Make">Writes the bytes.</param>
internal sealed record BrokenPdf(string Name, Expected Expected, Func<byte[]> Make)
{
    public override string ToString() => Name;
}

/// <summary>
/// The broken-PDF corpus, made from the seed PDFs at test time so CI needs no PDF tool: truncated files, flipped bytes,
/// damaged cross-reference tables, a zero-page and a 2,000-page PDF, a decompression bomb and an image-only PDF. The
/// encrypted PDFs need qpdf and are checked in (TestData/BrokenPdf/make.sh).
/// </summary>
internal static class BrokenPdfs
{
    public const string Folder = "TestData/BrokenPdf";
    private const string Seed = Seeds.Ystad;

    public static IEnumerable<BrokenPdf> All()
    {
        var seed = Seeds.Pdf(Seed);
        foreach (var share in new[] { 0.01, 0.25, 0.5, 0.9, 0.99 })
        {
            yield return new($"truncated-{share * 100:00}pct.pdf", Expected.ErrorOrDocument, () => Truncate(File.ReadAllBytes(seed), share));
        }

        yield return new("truncated-header-only.pdf", Expected.Error, () => Encoding.ASCII.GetBytes("%PDF-1.4\n"));
        foreach (var seedNumber in new[] { 1, 2, 3, 4, 5 })
        {
            yield return new($"flipped-{seedNumber}.pdf", Expected.ErrorOrDocument, () => Flip(File.ReadAllBytes(seed), seedNumber, 0.005));
        }

        yield return new("flipped-ocr-scan.pdf", Expected.ErrorOrDocument, () => Flip(File.ReadAllBytes(Seeds.Pdf(Seeds.Ostersund)), 7, 0.002));
        yield return new("xref-offsets-garbage.pdf", Expected.ErrorOrDocument, () => DamageXrefOffsets(File.ReadAllBytes(seed)));
        yield return new("xref-missing.pdf", Expected.ErrorOrDocument, () => Replace(File.ReadAllBytes(seed), "xref", "xxxx"));
        yield return new("startxref-wrong.pdf", Expected.ErrorOrDocument, () => WrongStartXref(File.ReadAllBytes(seed)));
        yield return new("trailer-missing.pdf", Expected.ErrorOrDocument, () => Replace(File.ReadAllBytes(seed), "trailer", "garbage"));
        yield return new("zero-pages.pdf", Expected.Error, () => MinimalPdf.Write(0, _ => []));
        yield return new("pages-2000.pdf", Expected.Document, () => MinimalPdf.Write(2000, Page));
        yield return new("pages-2001.pdf", Expected.Error, () => MinimalPdf.Write(2001, Page));
        yield return new("decompression-bomb.pdf", Expected.Error, () => MinimalPdf.Write(1, Page, bombBytes: 1L << 30));
        yield return new("compressed-text.pdf", Expected.Document, () => MinimalPdf.Write(1, Page, bombBytes: 1L << 20));
        yield return new("images-only.pdf", Expected.ErrorOrDocument, () => MinimalPdf.Write(3, _ => [], imageOnly: true));
        yield return new("not-a-pdf.pdf", Expected.Error, () => Encoding.UTF8.GetBytes("Mål 1: Hållbar tillväxt\n"));
        yield return new("empty.pdf", Expected.Error, () => []);
        foreach (var file in new[] { "encrypted-user-password.pdf", "encrypted-rc4-40.pdf" })
        {
            yield return new(file, Expected.Error, () => File.ReadAllBytes(Path.Combine(Folder, file)));
        }

        yield return new("encrypted-owner-only.pdf", Expected.ErrorOrDocument, () => File.ReadAllBytes(Path.Combine(Folder, "encrypted-owner-only.pdf")));
    }

    /// <summary>Writes the corpus into a folder and returns the files with what is expected of each.</summary>
    public static IReadOnlyList<(string Path, BrokenPdf Case)> WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        return [.. All().Select(c =>
        {
            var path = Path.Combine(folder, c.Name);
            File.WriteAllBytes(path, c.Make());
            return (path, c);
        })];
    }

    private static string[] Page(int number) =>
    [
        $"Målområde {number / 10 + 1}: Hållbar utveckling",
        $"Mål {number + 1}: Trygg uppväxt för alla barn",
        "Vi ska skapa förutsättningar för ett växande näringsliv.",
    ];

    private static byte[] Truncate(byte[] bytes, double share) => bytes[..Math.Max(1, (int)(bytes.Length * share))];

    private static byte[] Flip(byte[] bytes, int seed, double share)
    {
        var random = new Random(seed);
        for (var i = 0; i < bytes.Length * share; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
        }

        return bytes;
    }

    // Every offset in the cross-reference table points somewhere wrong, so the reader must rebuild it by scanning.
    private static byte[] DamageXrefOffsets(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var start = text.LastIndexOf("\nxref", StringComparison.Ordinal);
        var end = text.IndexOf("trailer", start, StringComparison.Ordinal);
        var table = text[start..end].Split('\n').Select(l => l.Length == 20 || (l.Length == 19 && l.EndsWith('n')) ? "0000000123" + l[10..] : l);
        return Encoding.Latin1.GetBytes(text[..start] + string.Join('\n', table) + text[end..]);
    }

    private static byte[] WrongStartXref(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text[..at] + "startxref\n999999999\n%%EOF\n");
    }

    private static byte[] Replace(byte[] bytes, string from, string to) =>
        Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(bytes).Replace(from, to, StringComparison.Ordinal));
}

/// <summary>Writes small, valid PDFs: text pages in Helvetica, image-only pages, or a page whose content stream is a decompression bomb.</summary>
internal static class MinimalPdf
{
    public static byte[] Write(int pages, Func<int, string[]> lines, long bombBytes = 0, bool imageOnly = false)
    {
        var objects = new List<byte[]>();
        int Add(byte[] body)
        {
            objects.Add(body);
            return objects.Count;
        }

        byte[] Dict(string text) => Encoding.Latin1.GetBytes(text);
        byte[] Stream(string dictionary, byte[] data) =>
            [.. Dict($"<< {dictionary} /Length {data.Length} >>\nstream\n"), .. data, .. Dict("\nendstream")];

        Add(Dict("<< /Type /Catalog /Pages 2 0 R >>"));
        Add([]); // the page tree, written once the pages are known
        var font = Add(Dict("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
        var image = imageOnly ? Add(Stream("/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8", [.. Enumerable.Range(0, 64).Select(i => (byte)(i * 4))])) : 0;
        var kids = new List<int>();
        for (var p = 0; p < pages; p++)
        {
            byte[] content;
            if (imageOnly)
            {
                content = Stream(string.Empty, Dict("q 500 0 0 700 50 70 cm /Im1 Do Q"));
            }
            else if (bombBytes > 0)
            {
                content = Stream("/Filter /FlateDecode", Bomb(bombBytes, Text(lines(p))));
            }
            else
            {
                content = Stream(string.Empty, Text(lines(p)));
            }

            var contentId = Add(content);
            var resources = imageOnly ? $"<< /XObject << /Im1 {image} 0 R >> >>" : $"<< /Font << /F1 {font} 0 R >> >>";
            kids.Add(Add(Dict($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources {resources} /Contents {contentId} 0 R >>")));
        }

        objects[1] = Dict($"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {pages} >>");

        using var output = new MemoryStream();
        output.Write(Dict("%PDF-1.4\n%\u00e5\u00e4\u00f6\u00e9\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Dict($"{i + 1} 0 obj\n"));
            output.Write(objects[i]);
            output.Write(Dict("\nendobj\n"));
        }

        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Dict(table.ToString()));
        return output.ToArray();
    }

    private static byte[] Text(string[] lines)
    {
        var content = new StringBuilder("BT /F1 11 Tf 14 TL 60 780 Td\n");
        foreach (var line in lines)
        {
            content.Append('(').Append(line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)).Append(") Tj T*\n");
        }

        return Encoding.Latin1.GetBytes(content.Append("ET").ToString());
    }

    // A real page's text followed by a gigabyte of spaces (valid content-stream whitespace): about a megabyte compressed.
    private static byte[] Bomb(long bytes, byte[] text)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(text);
            var spaces = new byte[1 << 20];
            spaces.AsSpan().Fill((byte)' ');
            for (long written = 0; written < bytes; written += spaces.Length)
            {
                zlib.Write(spaces);
            }
        }

        return compressed.ToArray();
    }
}
