using MalAnalys.Documents;
using MalAnalys.Reading;
using MalAnalys.Structure;

namespace MalAnalys.Tests.Structure;

/// <summary>
/// The parsed structure of each seed compared with a reviewed golden JSON file in Structure/Golden.
/// To update the files on purpose after a reviewed change, run the tests with MALANALYS_UPDATE_GOLDEN=1 and review the diff;
/// CI never sets it.
/// </summary>
public class GoldenFileTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { Seeds.Perstorp, "perstorp.json" },
        { Seeds.Ostersund, "ostersund.json" },
        { Seeds.Ystad, "ystad.json" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Seed_structure_matches_its_golden_file(string seed, string golden)
    {
        var document = GoalDocumentParser.Default.Parse(new TextDocumentReader().Read(seed));
        var actual = GoalDocumentJson.Serialize(document, indented: true).ReplaceLineEndings("\n") + "\n";
        var path = Path.Combine(Seeds.SourceFolder(), "Structure", "Golden", golden);
        if (Environment.GetEnvironmentVariable("MALANALYS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_files_read_back_into_the_same_document(string seed, string golden)
    {
        var json = File.ReadAllText(Path.Combine(Seeds.SourceFolder(), "Structure", "Golden", golden));
        var document = GoalDocumentJson.Deserialize(json);
        Assert.Equal(seed, document.Source.Path);
        Assert.Equal(json.ReplaceLineEndings("\n"), GoalDocumentJson.Serialize(document, indented: true).ReplaceLineEndings("\n") + "\n");
    }
}
