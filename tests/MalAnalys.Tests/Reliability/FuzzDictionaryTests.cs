using MalAnalys.Fuzz;
using MalAnalys.Reading;
using Xunit.Abstractions;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// The PDF fuzzing dictionary is what AFL++ takes (every entry within its 128-byte limit) and gets the fuzzer into the
/// states the PDF reader guards: its entries put into a small seed PDF, one at a time at each line start (AFL++'s
/// deterministic dictionary stage puts each at every position), make the reader refuse drawing blocks that call each
/// other, a reference that leads back to itself and an object stream that decodes past the decoded-bytes budget, where
/// as many inputs from byte-level mutations alone reach none of them.
/// </summary>
public sealed class FuzzDictionaryTests(ITestOutputHelper output)
{
    private const string FormCycle = "drawing blocks that call each other";
    private const string ReferenceCycle = "a reference back to itself";
    private const string FormDepth = "drawing blocks nested too deep";
    private const string Budget = "the decoded-bytes budget";

    [Fact]
    public void The_pdf_dictionary_is_read_as_afl_reads_it()
    {
        var entries = FuzzDictionary.Load("pdf");
        Assert.True(entries.Count >= 40, $"only {entries.Count} entries");
        Assert.All(entries, e => Assert.InRange(e.Value.Length, 1, FuzzDictionary.MaxEntryBytes));
        Assert.Equal(entries.Count, entries.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal([0x81, 0x81], entries.Single(e => e.Name == "runlength_run").Value);
        Assert.Equal("/Filter[/FlateDecode/FlateDecode]"u8.ToArray(), entries.Single(e => e.Name == "flate_twice").Value);
    }

    [Fact]
    public void Dictionary_entries_in_a_seed_pdf_reach_the_guarded_states_that_byte_mutations_do_not()
    {
        var seed = MinimalPdf.Write(1, _ => ["Mål 1: Hållbar tillväxt", "Vi ska öka antalet arbetstillfällen."]);
        var lineStarts = Enumerable.Range(1, seed.Length - 1).Where(i => seed[i - 1] == '\n').ToList();
        var withDictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        var inputs = 0;
        foreach (var (name, value) in FuzzDictionary.Load("pdf"))
        {
            foreach (var at in lineStarts)
            {
                inputs++;
                if (Guard(FuzzTargets.Outcome("pdf", [.. seed[..at], .. value, .. seed[at..]])) is { } guard)
                {
                    withDictionary[guard] = withDictionary.GetValueOrDefault(guard) + 1;
                    withDictionary[$"{guard} by {name}"] = 1;
                }
            }
        }

        var random = new Random(7);
        var withoutDictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inputs; i++)
        {
            if (Guard(FuzzTargets.Outcome("pdf", FuzzRegressionTests.Mutate(seed, random, []))) is { } guard)
            {
                withoutDictionary[guard] = withoutDictionary.GetValueOrDefault(guard) + 1;
            }
        }

        output.WriteLine($"{inputs} inputs with the dictionary: {string.Join(", ", withDictionary.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}"))}");
        output.WriteLine($"{inputs} inputs from byte mutations: {string.Join(", ", withoutDictionary.Select(p => $"{p.Key}: {p.Value}"))}");
        Assert.True(withDictionary.GetValueOrDefault(FormCycle) > 0, "no input reached the cycle guard of drawing blocks");
        Assert.True(withDictionary.GetValueOrDefault(ReferenceCycle) > 0, "no input reached the guard of reference cycles");
        Assert.True(withDictionary.GetValueOrDefault(Budget) > 0, "no input reached the decoded-bytes budget");

        // The cycle hidden in an object stream is found too, and the budget is reached through a filter chain.
        Assert.Contains($"{FormCycle} by objstm_form", withDictionary.Keys);
        Assert.Contains($"{Budget} by objstm_runlength", withDictionary.Keys);
        Assert.Empty(withoutDictionary);
    }

    // Which guard refused the input, if one did: the messages and kinds PdfStructureGuard and PdfDecodeBudget give.
    private static string? Guard(MalAnalysException? error) => error switch
    {
        DocumentReadException { Error: DocumentReadError.TooLarge } => Budget,
        DocumentReadException { Error: DocumentReadError.CorruptPdf } e when e.Message.Contains("call each other in a cycle", StringComparison.Ordinal) => FormCycle,
        DocumentReadException { Error: DocumentReadError.CorruptPdf } e when e.Message.Contains("nest more than", StringComparison.Ordinal) => FormDepth,
        DocumentReadException { Error: DocumentReadError.CorruptPdf } e when e.Message.Contains("leads back to itself", StringComparison.Ordinal) => ReferenceCycle,
        _ => null,
    };
}
