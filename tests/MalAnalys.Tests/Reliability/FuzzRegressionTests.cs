using System.Text;
using MalAnalys.Fuzz;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// Replays the inputs AFL++ kept (TestData/Fuzz/&lt;target&gt;/) and a fixed set of in-process mutations of the seeds
/// through the fuzz targets: each must end in a result or a typed <see cref="MalAnalysException"/> (the targets let
/// those through and nothing else), within a time bound that only a hang can exceed.
/// </summary>
public sealed class FuzzRegressionTests
{
    // A fixed input here takes well under a second; the PDF hangs AFL++ found took 11-26 s before their fix.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    public static TheoryData<string, string> KeptInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.Names)
        {
            var folder = Path.Combine("TestData", "Fuzz", target);
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
                {
                    data.Add(target, Path.GetFileName(file));
                }
            }
        }

        // xunit needs a row; this one is the empty input, which every target must survive anyway.
        if (data.Count == 0)
        {
            data.Add("text", string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KeptInputs))]
    public void A_kept_fuzz_input_gives_a_result_or_a_typed_error(string target, string file)
    {
        var input = file.Length == 0 ? [] : File.ReadAllBytes(Path.Combine("TestData", "Fuzz", target, file));
        RunBounded(target, input);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("pdf")]
    [InlineData("repair")]
    [InlineData("structure")]
    [InlineData("query")]
    public void Mutated_seeds_give_a_result_or_a_typed_error(string target)
    {
        var random = new Random(7);
        foreach (var seed in SeedInputs(target))
        {
            for (var i = 0; i < 20; i++)
            {
                RunBounded(target, Mutate(seed, random, target == "pdf" ? PdfDictionary : []));
            }
        }
    }

    private static IEnumerable<byte[]> SeedInputs(string target) => target switch
    {
        "pdf" => [File.ReadAllBytes(Seeds.Pdf(Seeds.Ystad)), MinimalPdf.Write(2, p => [$"Mål {p + 1}: Hållbar tillväxt", "Vi ska öka."])],
        "query" => ["hållbar tillväxt"u8.ToArray(), "\"trygg uppväxt\" AND sdg:4"u8.ToArray(), "skola OR (barn NOT unga) year:2024"u8.ToArray()],
        _ => Seeds.Texts.Select(t => File.ReadAllBytes(t)[..Math.Min(4096, (int)new FileInfo(t).Length)]),
    };

    // The PDF target's fuzzing dictionary, as fuzz/run.sh gives it to AFL++.
    private static readonly byte[][] PdfDictionary = [.. FuzzDictionary.Load("pdf").Select(e => e.Value)];

    // The mutations AFL++ starts with: byte flips, random bytes, deletions, duplications and interesting values; with a
    // dictionary, half the insertions are its entries.
    internal static byte[] Mutate(byte[] input, Random random, IReadOnlyList<byte[]> dictionary)
    {
        var bytes = new List<byte>(input);
        for (var n = random.Next(1, 8); n > 0 && bytes.Count > 0; n--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: bytes[at] = (byte)random.Next(256); break;
                case 2: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 64))); break;
                case 3: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 64)))); break;
                case 4 when dictionary.Count > 0 && random.Next(2) == 0: bytes.InsertRange(at, dictionary[random.Next(dictionary.Count)]); break;
                case 4: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Interesting[random.Next(Interesting.Length)])); break;
                default: bytes[at] = (byte)"\0\n\r\f(){}[]<>\"'\\:*?~^"[random.Next(20)]; break;
            }
        }

        return [.. bytes];
    }

    private static readonly string[] Interesting = ["\uFEFF", "Ã¤", "ﬁ", "\u0301", "AND", "OR NOT", "((((", "\"", "sdg:99", "year:", "*", "~", "^", "obj", "endobj", "stream", "/FlateDecode", "xref", "\f", "Mål 1:", "1.1 ", "•"];

    private static void RunBounded(string target, byte[] input)
    {
        var run = Task.Run(() => FuzzTargets.Run(target, input));
        Assert.True(run.Wait(Bound), $"{target}: an input of {input.Length} bytes took over {Bound.TotalSeconds} s: {Convert.ToBase64String(input[..Math.Min(input.Length, 200)])}");
    }
}
