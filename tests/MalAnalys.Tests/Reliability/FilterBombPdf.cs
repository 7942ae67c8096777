using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// Writes one-page PDFs whose content stream decodes to a line of text followed by <c>padding</c> spaces, through the
/// filter arrangements a decompression bomb can hide behind: filters chained, ASCII encodings in front of deflate,
/// the filter or length given as a reference, the reference held in a compressed object stream, an object stream that
/// is itself the bomb, LZW, run-length and CCITT data. With a small padding each is an ordinary, readable PDF.
/// </summary>
internal static class FilterBombPdf
{
    public const string Line = "Alla ska ha ett arbete.";

    private static readonly string[] ReadableKinds =
    [
        "flate", "flate-flate", "hex-flate", "a85-flate", "indirect-filter", "indirect-length", "image-named",
        "long-dictionary", "object-stream", "object-stream-bomb", "lzw", "flate-run-length",
    ];

    /// <summary>The kinds whose small form reads as a normal document with <see cref="Line"/> in it.</summary>
    public static TheoryData<string> Readable => [.. ReadableKinds];

    /// <summary>Every kind.</summary>
    public static TheoryData<string> All => [.. ReadableKinds, "ccitt"];

    public static byte[] Write(string kind, long padding)
    {
        var content = Content(padding);
        return kind switch
        {
            "flate" => Simple("/Filter /FlateDecode", Deflate(content)),
            "flate-flate" => Simple("/Filter [/FlateDecode /FlateDecode]", Deflate(Deflate(content))),
            "hex-flate" => Simple("/Filter [/ASCIIHexDecode /FlateDecode]", Hex(Deflate(content))),
            "a85-flate" => Simple("/Filter [/ASCII85Decode /FlateDecode]", Ascii85(Deflate(content))),
            "image-named" => Simple("/Filter /FlateDecode /Note /Image", Deflate(content)),
            "long-dictionary" => Simple($"/Filter /FlateDecode /Padding ({new string('x', 6000)})", Deflate(content)),
            "flate-run-length" => Simple("/Filter [/FlateDecode /RunLengthDecode]", Deflate(RunLength(content))),
            "lzw" => Simple("/Filter /LZWDecode", padding > 1 << 20 ? LzwBomb(padding) : LzwLiteral(content)),
            "ccitt" => Simple($"/Filter /CCITTFaxDecode /DecodeParms << /Columns 65536 /Rows {Math.Max(8, padding / 8192)} /K -1 >>", [0, 0, 0, 0]),
            "indirect-filter" => Classic(Deflate(content), "/Filter 6 0 R", "[/FlateDecode]"),
            "indirect-length" => Classic(Deflate(content), "/Filter /FlateDecode /Length 6 0 R", null),
            "object-stream" => WithObjectStream(Deflate(content), bomb: false, padding),
            "object-stream-bomb" => WithObjectStream(Deflate(Content(0)), bomb: true, padding),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such kind"),
        };
    }

    public static byte[] Content(long padding)
    {
        using var output = new MemoryStream();
        output.Write(Ascii($"BT /F1 11 Tf 60 780 Td ({Line}) Tj ET"));
        var spaces = new byte[1 << 16];
        spaces.AsSpan().Fill((byte)' ');
        for (var left = padding; left > 0; left -= spaces.Length)
        {
            output.Write(spaces, 0, (int)Math.Min(left, spaces.Length));
        }

        return output.ToArray();
    }

    private static byte[] Simple(string dictionary, byte[] data) =>
        Classic(data, dictionary, null);

    // Objects 1-5: catalog, pages, font, page, content; object 6, when given, is the extra object the content refers to.
    private static byte[] Classic(byte[] data, string dictionary, string? extra)
    {
        var hasLength = dictionary.Contains("/Length", StringComparison.Ordinal);
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [4 0 R] /Count 1 >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>"),
            Stream(hasLength ? dictionary : $"{dictionary} /Length {data.Length.ToString(CultureInfo.InvariantCulture)}", data),
        };
        if (extra is not null || hasLength)
        {
            objects.Add(Ascii(extra ?? data.Length.ToString(CultureInfo.InvariantCulture)));
        }

        return Serialise(objects);
    }

    // A PDF 1.5 file: objects 3 (font) and 6 (the content's filter array) live in object stream 7, found through a
    // cross-reference stream (object 8). The object stream is either plain deflate or, as the bomb, deflate twice
    // over its objects followed by padding spaces.
    private static byte[] WithObjectStream(byte[] content, bool bomb, long padding)
    {
        var header = "3 0 6 56 ";
        var packed = new StringBuilder(header)
            .Append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".PadRight(56))
            .Append("[/FlateDecode]")
            .ToString();
        var objectStream = Ascii(packed);
        if (bomb)
        {
            objectStream = [.. objectStream, .. Content(padding).AsSpan(Content(0).Length)];
        }

        var objStmData = bomb ? Deflate(Deflate(objectStream)) : Deflate(objectStream);
        var filter = bomb ? "[/FlateDecode /FlateDecode]" : "/FlateDecode";
        var objects = new SortedDictionary<int, byte[]>
        {
            [1] = Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            [2] = Ascii("<< /Type /Pages /Kids [4 0 R] /Count 1 >>"),
            [4] = Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>"),
            [5] = Stream($"/Filter 6 0 R /Length {content.Length.ToString(CultureInfo.InvariantCulture)}", content),
            [7] = Stream($"/Type /ObjStm /N 2 /First {header.Length.ToString(CultureInfo.InvariantCulture)} /Filter {filter} /Length {objStmData.Length.ToString(CultureInfo.InvariantCulture)}", objStmData),
        };

        using var output = new MemoryStream();
        output.Write(Ascii("%PDF-1.5\n%\u00e5\u00e4\u00f6\u00e9\n"));
        var offsets = new Dictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = output.Position;
            WriteObject(output, number, body);
        }

        // Cross-reference stream rows: type (1 byte), offset or object stream (4 bytes), generation or index (2 bytes).
        var rows = new List<byte>();
        void Row(byte type, long field2, int field3) =>
            rows.AddRange([type, (byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2, (byte)(field3 >> 8), (byte)field3]);
        var xref = output.Position;
        for (var number = 0; number <= 8; number++)
        {
            if (number == 0)
            {
                Row(0, 0, 65535);
            }
            else if (number is 3 or 6)
            {
                Row(2, 7, number == 3 ? 0 : 1);
            }
            else
            {
                Row(1, number == 8 ? xref : offsets[number], 0);
            }
        }

        WriteObject(output, 8, Stream($"/Type /XRef /Size 9 /W [1 4 2] /Root 1 0 R /Length {rows.Count.ToString(CultureInfo.InvariantCulture)}", [.. rows]));
        output.Write(Ascii($"startxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n"));
        return output.ToArray();
    }

    private static byte[] Serialise(List<byte[]> objects)
    {
        using var output = new MemoryStream();
        output.Write(Ascii("%PDF-1.4\n%\u00e5\u00e4\u00f6\u00e9\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            WriteObject(output, i + 1, objects[i]);
        }

        var xref = output.Position;
        var table = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Ascii(table.ToString()));
        return output.ToArray();
    }

    private static void WriteObject(MemoryStream output, int number, byte[] body)
    {
        output.Write(Ascii($"{number.ToString(CultureInfo.InvariantCulture)} 0 obj\n"));
        output.Write(body);
        output.Write(Ascii("\nendobj\n"));
    }

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Ascii($"<< {dictionary} >>\nstream\n"), .. data, .. Ascii("\nendstream")];

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Hex(byte[] data) => Ascii(Convert.ToHexString(data) + ">");

    public static byte[] Ascii85(byte[] data)
    {
        var text = new StringBuilder();
        Span<char> group = stackalloc char[5];
        for (var i = 0; i < data.Length; i += 4)
        {
            var count = Math.Min(4, data.Length - i);
            uint value = 0;
            for (var k = 0; k < 4; k++)
            {
                value = (value << 8) | (k < count ? data[i + k] : 0u);
            }

            if (value == 0 && count == 4)
            {
                text.Append('z');
                continue;
            }

            for (var k = 4; k >= 0; k--)
            {
                group[k] = (char)('!' + (value % 85));
                value /= 85;
            }

            text.Append(group[..(count + 1)]);
        }

        return Ascii(text.Append("~>").ToString());
    }

    // Literal runs of up to 128 bytes, and runs of one repeated byte (spaces) as 128 copies each.
    public static byte[] RunLength(byte[] data)
    {
        var output = new List<byte>();
        var i = 0;
        while (i < data.Length)
        {
            var run = 1;
            while (i + run < data.Length && run < 128 && data[i + run] == data[i])
            {
                run++;
            }

            if (run >= 2)
            {
                output.Add((byte)(257 - run));
                output.Add(data[i]);
                i += run;
                continue;
            }

            var literal = 1;
            while (i + literal < data.Length && literal < 128 && (i + literal + 1 >= data.Length || data[i + literal] != data[i + literal + 1]))
            {
                literal++;
            }

            output.Add((byte)(literal - 1));
            output.AddRange(data.AsSpan(i, literal));
            i += literal;
        }

        output.Add(128);
        return [.. output];
    }

    // LZW with every byte sent as its own 9-bit code, and the table cleared before it needs 10 bits.
    public static byte[] LzwLiteral(byte[] data)
    {
        var bits = new LzwBits();
        for (var i = 0; i < data.Length; i++)
        {
            if (i % 200 == 0)
            {
                bits.Write(256, 9);
            }

            bits.Write(data[i], 9);
        }

        bits.Write(257, 9);
        return bits.ToArray();
    }

    // LZW that spells out ever longer runs of spaces (each code the entry it creates), then repeats the longest entry
    // it can name until the output passes the padding: a few bytes per four kilobytes.
    public static byte[] LzwBomb(long padding)
    {
        var bits = new LzwBits();
        var count = 258;
        bits.Write(' ', 9);
        long output = 1;
        while (count < 4096)
        {
            bits.Write(count, Width(count));
            output += count - 256;
            count++;
        }

        while (output <= padding)
        {
            bits.Write(4095, 12);
            output += 3839;
        }

        bits.Write(257, 12);
        return bits.ToArray();

        // The width the reader expects for the next code once its table holds 'entries' (the early change of PDF's LZW).
        static int Width(int entries) => entries >= 2047 ? 12 : entries >= 1023 ? 11 : entries >= 511 ? 10 : 9;
    }

    private sealed class LzwBits
    {
        private readonly List<byte> _bytes = [];
        private int _buffer;
        private int _count;

        public void Write(int code, int width)
        {
            for (var bit = width - 1; bit >= 0; bit--)
            {
                _buffer = (_buffer << 1) | ((code >> bit) & 1);
                if (++_count == 8)
                {
                    _bytes.Add((byte)_buffer);
                    _buffer = 0;
                    _count = 0;
                }
            }
        }

        public byte[] ToArray()
        {
            var result = new List<byte>(_bytes);
            if (_count > 0)
            {
                result.Add((byte)(_buffer << (8 - _count)));
            }

            return [.. result];
        }
    }
}
