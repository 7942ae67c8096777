using System.Text;
using MalAnalys.Reading;
using MalAnalys.Repair;
using MalAnalys.Search;
using MalAnalys.Structure;

namespace MalAnalys.Fuzz;

/// <summary>
/// The fuzz targets: each feeds raw bytes to one stage. A target returns normally when the stage gave a result or
/// threw a <see cref="MalAnalysException"/> (both are acceptable outcomes); any other exception escapes and is a crash.
/// The regression test in tests/MalAnalys.Tests/Reliability replays the kept inputs through these same methods.
/// </summary>
public static class FuzzTargets
{
    /// <summary>The target names, as given to <c>fuzz/run.sh</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "pdf", "repair", "structure", "query"];

    // Kept small so a fuzzed input cannot make a single run slow by sheer size; AFL++ inputs are far smaller anyway.
    private static ReaderOptions Reader => State.Reader;

    /// <summary>Runs one target on one input.</summary>
    /// <param name="target">One of <see cref="Names"/>.</param>
    /// <param name="input">The input bytes.</param>
    public static void Run(string target, ReadOnlySpan<byte> input) => _ = Outcome(target, input);

    /// <summary>Runs one target on one input and tells how it ended: the typed error, or <see langword="null"/> for a result.</summary>
    /// <param name="target">One of <see cref="Names"/>.</param>
    /// <param name="input">The input bytes.</param>
    /// <returns>The typed error the stage refused the input with, or <see langword="null"/> when it gave a result.</returns>
    public static MalAnalysException? Outcome(string target, ReadOnlySpan<byte> input)
    {
        try
        {
            switch (target)
            {
                case "text":
                    _ = new TextDocumentReader(Reader).Read(input, "fuzz.txt");
                    break;
                case "pdf":
                    _ = new PdfDocumentReader(Reader).Read(input, "fuzz.pdf");
                    break;
                case "repair":
                    _ = State.FullRepair.Repair(Decode(input));
                    break;
                case "structure":
                    _ = GoalDocumentParser.Default.Parse(new TextDocumentReader(Reader).ReadString(Decode(input), "fuzz.txt"));
                    break;
                case "query":
                    _ = State.Index.Value.Search(Decode(input));
                    break;
                default:
                    throw new ArgumentException($"Unknown target '{target}'; use one of {string.Join(", ", Names)}.", nameof(target));
            }

            return null;
        }
        catch (MalAnalysException e)
        {
            // A typed error is an acceptable answer to bad input.
            return e;
        }
    }

    // Apart from the names, so that nothing of the instrumented library runs before SharpFuzz has set up its coverage
    // map (code it instrumented crashes when it runs first).
    private static class State
    {
        public static readonly ReaderOptions Reader = ReaderOptions.Default with { MaxBytes = 1024 * 1024, MaxPages = 50 };
        public static readonly SwedishRepairer FullRepair = new(new RepairOptions { Mode = RepairMode.Full });
        public static readonly Lazy<GoalIndex> Index = new(CreateIndex);
    }

    private static string Decode(ReadOnlySpan<byte> input) => Encoding.UTF8.GetString(input);

    // One small document is enough for the query target: parsing, rewriting and snippets run on every query that parses.
    private static GoalIndex CreateIndex()
    {
        var index = GoalIndex.InMemory();
        var analyzer = new MalAnalyzer(new MalAnalyzerOptions { ClassifySdgs = false });
        index.Add(analyzer.AnalyzeText(
            """
            Perstorps kommun
            Kommunövergripande mål 2023–2026

            Mål 1: Hållbar tillväxt
            Vi ska skapa förutsättningar för ett växande näringsliv och fler arbetstillfällen.

            Mål 2: Trygg uppväxt
            Alla barn och unga ska ha en trygg och god uppväxt med likvärdig utbildning.
            """,
            "fuzz-index.txt"));
        index.Commit();
        return index;
    }
}
