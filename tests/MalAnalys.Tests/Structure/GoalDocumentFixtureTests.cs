using System.Text.Json;
using MalAnalys.Documents;
using MalAnalys.Evaluation;
using MalAnalys.Swedish;

namespace MalAnalys.Tests.Structure;

/// <summary>
/// Goal documents written for the project in the layouts met among real goal documents
/// (<c>TestData/GoalDocuments</c>), each with the goals a careful reader takes from it: parsed as text, every goal
/// must be found with its statement, short name, number, area and kind, and nothing else; as a born-digital PDF the
/// same goals must be found (statements compared as words, since PDF text may break differently).
/// </summary>
public sealed class GoalDocumentFixtureTests
{
    private static readonly MalAnalyzer Analyzer = new(new MalAnalyzerOptions { ClassifySdgs = false });

    /// <summary>
    /// Forms the parser does not read right yet, each with what goes wrong (also listed in the fixtures' README); the
    /// test below checks that they still go wrong, so that one that starts to pass is moved out of this list.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> KnownGaps = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["layouts/financial-table.pdf"] = "PDF text extraction joins a table's cells with single spaces, so the goal column of a flattened table is not found",
        ["long/mal-och-budget.pdf"] = "in the PDF, committees' own goal lists whose introduction wraps over several lines are taken, and indicator table rows become goal areas",
    };

    public static TheoryData<string, string> Fixtures() => Cases(known: false);

    public static TheoryData<string, string> Gaps() => Cases(known: true);

    private static TheoryData<string, string> Cases(bool known)
    {
        var data = new TheoryData<string, string>();
        foreach (var expected in Directory.EnumerateFiles(Folder, "*.expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(Folder, expected)[..^".expected.json".Length].Replace('\\', '/');
            foreach (var extension in new[] { ".txt", ".pdf" })
            {
                if (KnownGaps.ContainsKey(name + extension) == known)
                {
                    data.Add(name, extension);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Gaps))]
    public void A_known_gap_is_still_a_gap(string name, string extension)
    {
        var expected = Expected(name);
        var doc = Analyzer.Analyze(Path.Combine(Folder, name + extension)).Document;
        var score = GoalMatching.Score(
            expected.Goals.Select(g => new GoldGoal(g.Statement, g.ShortName, g.Area, g.Kind == "financial")).ToList(),
            doc.Goals.Select(g => new FoundGoal(g.Statement, g.ShortName, g.Area, g.Kind == GoalKind.Financial)).ToList());
        Assert.False(score.Exact && doc.Goals.Zip(expected.Goals).All(p => p.First.Area == p.Second.Area), $"{name}{extension} now parses right: remove it from KnownGaps ({KnownGaps[name + extension]})");
    }

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "GoalDocuments");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_gives_the_goals_a_reader_takes(string name, string extension)
    {
        var expected = Expected(name);
        var doc = Analyzer.Analyze(Path.Combine(Folder, name + extension)).Document;
        var gold = expected.Goals.Select(g => new GoldGoal(g.Statement, g.ShortName, g.Area, g.Kind == "financial")).ToList();
        var found = doc.Goals.Select(g => new FoundGoal(g.Statement, g.ShortName, g.Area, g.Kind == GoalKind.Financial)).ToList();
        var score = GoalMatching.Score(gold, found);
        var report = string.Join('\n', doc.Goals.Select(g => $"  found: {g.Number} | {g.ShortName} | {g.Statement} | {g.Area} | {g.Kind}"));
        Assert.True(score.Exact, $"{name}{extension}: {score.Pairs.Count} of {gold.Count} expected goals matched, {found.Count} found\n{report}");
        Assert.Equal(gold.Count, score.KindAgrees);

        // An invented council is not in the gazetteer: the parser names none rather than a wrong one.
        var council = expected.Municipality is { } m ? SwedishCouncils.Find(m) : null;
        Assert.Equal(council?.Name, doc.Municipality);

        if (extension == ".txt")
        {
            for (var i = 0; i < gold.Count; i++)
            {
                var e = expected.Goals[i];
                var g = doc.Goals[i];
                // Repair may give back the marks OCR took ("Aldre" → "Äldre"): statements are compared without them.
                Assert.Equal(GoalMatching.Normalize(e.Statement), GoalMatching.Normalize(g.Statement));
                Assert.Equal(e.ShortName, g.ShortName);
                Assert.Equal(e.Number, g.Number);
                Assert.Equal(e.Area is null ? null : GoalMatching.Normalize(e.Area), g.Area is null ? null : GoalMatching.Normalize(g.Area));
            }
        }
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static ExpectedDocument Expected(string name) =>
        JsonSerializer.Deserialize<ExpectedDocument>(File.ReadAllText(Path.Combine(Folder, name + ".expected.json")), Json)!;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record ExpectedDocument(string? Municipality, List<ExpectedGoal> Goals);

    private sealed record ExpectedGoal(string? Number, string? ShortName, string Statement, string? Area, string Kind);
}
