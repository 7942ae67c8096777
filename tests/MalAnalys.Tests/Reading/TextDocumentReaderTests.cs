using System.Text;
using MalAnalys.Documents;
using MalAnalys.Reading;

namespace MalAnalys.Tests.Reading;

public class TextDocumentReaderTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private readonly TextDocumentReader _reader = new();

    public static TheoryData<string> SeedTexts => new(Seeds.Texts);

    [Theory]
    [MemberData(nameof(SeedTexts))]
    public void Every_encoding_of_a_seed_reads_to_the_same_body(string seed)
    {
        var utf8 = File.ReadAllBytes(seed);
        var expected = _reader.Read(utf8, seed);
        var text = Encoding.UTF8.GetString(utf8);

        (byte[] Bytes, string Encoding)[] variants =
        [
            ([.. Encoding.UTF8.GetPreamble(), .. utf8], "utf-8"),
            (Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(), "utf-16le"),
            (Encoding.Unicode.GetBytes(text), "utf-16le"),
            (Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(), "utf-16be"),
            (Windows1252.GetBytes(text), "windows-1252"),
            (Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)), "utf-8"),
            (Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormD)), "utf-8"),
        ];

        foreach (var (bytes, encoding) in variants)
        {
            var read = _reader.Read(bytes, seed);
            Assert.Equal(encoding, read.Source.Encoding);
            Assert.Equal(expected.Body, read.Body);
            Assert.Equal(expected.Original, read.Original);
        }
    }

    [Fact]
    public void Windows_1252_Ostersund_is_decoded_from_byte_D6()
    {
        var read = _reader.Read([0xD6, (byte)'s', (byte)'t', (byte)'e', (byte)'r', (byte)'s', (byte)'u', (byte)'n', (byte)'d', (byte)' ', 0xE4, (byte)'r', (byte)' ', (byte)'h', 0xE5, (byte)'l', (byte)'l', (byte)'b', (byte)'a', (byte)'r']);
        Assert.Equal("Östersund är hållbar", read.Body);
        Assert.Equal("windows-1252", read.Source.Encoding);
    }

    [Theory]
    [MemberData(nameof(SeedTexts))]
    public void Lines_point_into_the_original(string seed)
    {
        var read = _reader.Read(seed);
        Assert.Equal(seed, read.Source.Path);
        Assert.NotEmpty(read.Lines);
        foreach (var line in read.Lines)
        {
            Assert.Equal(line.Text, read.Original.Substring(line.Start, line.Text.Length));
        }

        // Every body word maps back to the same characters in the original (a joined hyphenated word maps to its first part).
        var at = 0;
        foreach (var word in Seeds.Words(read.Body))
        {
            at = read.Body.IndexOf(word, at, StringComparison.Ordinal);
            var original = read.ToOriginal(at);
            var prefix = word.Length >= 3 ? word[..3] : word;
            Assert.Equal(prefix, read.Original.Substring(original, prefix.Length));
            at += word.Length;
        }
    }

    [Fact]
    public void Page_numbers_are_furniture_and_stay_out_of_the_body()
    {
        var read = _reader.Read(Seeds.Ostersund);
        var pageNumbers = read.Lines.Where(l => l.Role == LineRole.PageNumber).Select(l => l.Text).ToArray();
        Assert.Equal(["6 (10)", "7 (10)"], pageNumbers);
        Assert.DoesNotContain("6 (10)", read.Body, StringComparison.Ordinal);
        Assert.Contains("6 (10)", read.Original, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_end_hyphenation_is_joined_only_for_split_words()
    {
        var perstorp = _reader.Read(Seeds.Perstorp).Body;
        Assert.Contains("ändamålsenliga miljöer", perstorp, StringComparison.Ordinal);
        Assert.Contains("landsbygdskommun med", perstorp, StringComparison.Ordinal);
        Assert.DoesNotContain("ändamåls-", perstorp, StringComparison.Ordinal);

        var read = _reader.ReadString("Arbetet med miljö-\noch hälsoskydd i Lit-\nHaggenas och ett tillganglighets-\narbete 2023-\n2026.");
        Assert.Equal("Arbetet med miljö-\noch hälsoskydd i Lit-\nHaggenas och ett tillganglighetsarbete 2023-\n2026.", read.Body);
        Assert.Equal(read.Original.IndexOf("arbete 2023", StringComparison.Ordinal), read.ToOriginal(read.Body.IndexOf("arbete 2023", StringComparison.Ordinal)));

        // An abbreviation keeps its hyphen: the word is "IT-infrastruktur", never "ITinfrastruktur".
        var it = _reader.ReadString("en väl utbyggd IT-\ninfrastruktur och EU-\nprojekt men kultur-\nhus.");
        Assert.DoesNotContain("ITinfrastruktur", it.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("EUprojekt", it.Body, StringComparison.Ordinal);
        Assert.Contains("kulturhus.", it.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_feed_starts_a_new_page()
    {
        var read = _reader.ReadString("Sida ett\n\fSida två\nmer text\n\fSida tre");
        Assert.Equal([1, 2, 3], read.Pages.Select(p => p.Number));
        Assert.Equal(2, read.Lines.Single(l => l.Text == "mer text").Page);
        Assert.Equal(3, read.PageAt(read.Original.IndexOf("tre", StringComparison.Ordinal)));
    }

    [Fact]
    public void Empty_and_whitespace_files_are_refused_with_the_file_named()
    {
        var dir = Directory.CreateTempSubdirectory("malanalys-");
        try
        {
            var empty = Path.Combine(dir.FullName, "tom.txt");
            File.WriteAllBytes(empty, []);
            var e = Assert.Throws<DocumentReadException>(() => _reader.Read(empty));
            Assert.Equal(DocumentReadError.Empty, e.Error);
            Assert.Contains("tom.txt", e.Message, StringComparison.Ordinal);

            var blank = Path.Combine(dir.FullName, "blank.txt");
            File.WriteAllText(blank, " \n\r\n\t \n");
            Assert.Equal(DocumentReadError.Empty, Assert.Throws<DocumentReadException>(() => _reader.Read(blank)).Error);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Binary_garbage_named_txt_is_not_text()
    {
        var random = new Random(42);
        var bytes = new byte[8192];
        random.NextBytes(bytes);
        var e = Assert.Throws<DocumentReadException>(() => _reader.Read(bytes, "skräp.txt"));
        Assert.Equal(DocumentReadError.NotText, e.Error);
        Assert.StartsWith("skräp.txt: not a text file", e.Message, StringComparison.Ordinal);

        // Without NUL bytes: control characters give it away.
        var noNul = bytes.Select(b => b == 0 ? (byte)1 : b).ToArray();
        Assert.Equal(DocumentReadError.NotText, Assert.Throws<DocumentReadException>(() => _reader.Read(noNul, "skräp.txt")).Error);
    }

    [Fact]
    public void A_200_MB_file_is_refused_before_it_is_loaded()
    {
        var dir = Directory.CreateTempSubdirectory("malanalys-");
        try
        {
            var big = Path.Combine(dir.FullName, "stor.txt");
            using (var stream = File.Create(big))
            {
                stream.SetLength(200L * 1024 * 1024);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            var e = Assert.Throws<DocumentReadException>(() => _reader.Read(big));
            Assert.Equal(DocumentReadError.TooLarge, e.Error);
            Assert.Contains("200 MiB", e.Message, StringComparison.Ordinal);
            Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1024 * 1024, "the file must not be loaded");

            // A stream is read only up to the limit.
            using var stream2 = File.OpenRead(big);
            var small = new TextDocumentReader(ReaderOptions.Default with { MaxBytes = 1024 * 1024 });
            Assert.Equal(DocumentReadError.TooLarge, Assert.Throws<DocumentReadException>(() => small.Read(stream2, "stor.txt")).Error);
            Assert.True(stream2.Position <= 2 * 1024 * 1024);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_file_is_reported_as_not_found()
    {
        var e = Assert.Throws<DocumentReadException>(() => _reader.Read("finns-inte/mål.txt"));
        Assert.Equal(DocumentReadError.NotFound, e.Error);
        Assert.Equal("finns-inte/mål.txt", e.Path);
    }

    [Fact]
    public void Invalid_utf16_after_a_bom_is_not_text()
    {
        byte[] bytes = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00];
        Assert.Equal(DocumentReadError.NotText, Assert.Throws<DocumentReadException>(() => _reader.Read(bytes, "x.txt")).Error);
    }
}
