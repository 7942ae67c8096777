using System.Text.Json;
using MalAnalys.Cli;

namespace MalAnalys.Tests.Agenda2030;

public sealed class SdgCommandTests
{
    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => MalAnalys.Tests.Cli.CliRun.Run(args);

    [Fact]
    public async Task Text_prints_line_number_then_sdg_score_pairs()
    {
        var (exit, output, _) = await Run("sdg", "--text", "Utsläppen av växthusgaser ska minska.");

        Assert.Equal(0, exit);
        var columns = output.TrimEnd('\n').Split('\t');
        Assert.Equal("1", columns[0]);
        Assert.Equal(4, columns.Length);
        Assert.StartsWith("13:0.", columns[1], StringComparison.Ordinal);
        Assert.Matches(@"^\d{1,2}:[01]\.\d\d$", columns[2]);
    }

    [Fact]
    public async Task File_gives_one_line_per_input_line_with_top_K()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(file, ["Alla elever ska klara skolan.", "", "Fler ska cykla och åka kollektivt."]);
            var (exit, output, error) = await Run("sdg", file, "--top", "5");

            Assert.Equal(0, exit);
            var lines = output.TrimEnd('\n').Split('\n');
            Assert.Equal(3, lines.Length);
            Assert.Equal(["1", "2", "3"], lines.Select(l => l.Split('\t')[0]));
            Assert.All(lines, l => Assert.Equal(6, l.Split('\t').Length));
            Assert.StartsWith("1\t4:", lines[0], StringComparison.Ordinal);
            Assert.Contains("line 2: Warning MA5001", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Json_format_has_scores_names_and_evidence()
    {
        var (exit, output, _) = await Run("sdg", "--text", "Andelen förnybar energi ska öka.", "--format", "json", "--top", "2");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var sdgs = json.RootElement.GetProperty("sdgs");
        Assert.Equal(2, sdgs.GetArrayLength());
        Assert.Equal(7, sdgs[0].GetProperty("sdg").GetInt32());
        Assert.Equal("Hållbar energi för alla", sdgs[0].GetProperty("name").GetString());
        Assert.True(sdgs[0].GetProperty("served").GetBoolean());
        Assert.Contains(sdgs[0].GetProperty("evidence").EnumerateArray(), e => e.GetProperty("text").GetString()!.Contains("förnybar", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sdg")]
    [InlineData("sdg", "--text", "x", "--top", "18")]
    [InlineData("sdg", "--text", "x", "--format", "xml")]
    public async Task Bad_usage_exits_2(params string[] args)
    {
        var (exit, _, error) = await Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_file_exits_1()
    {
        var (exit, _, error) = await Run("sdg", "finns-inte.txt");

        Assert.Equal(1, exit);
        Assert.Contains("finns-inte.txt: no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_shows_each_goals_top_SDGs()
    {
        var (exit, output, _) = await Run("analyze", Seeds.Ystad);

        Assert.Equal(0, exit);
        Assert.Contains("SDGs (top 3)", output, StringComparison.Ordinal);
        Assert.Matches(@"gott företagsklimat.*\s8:0\.\d\d", output);
    }

    [Fact]
    public async Task Analyze_json_adds_sdgs_and_profile_to_the_document_fields()
    {
        var (exit, output, _) = await Run("analyze", "--format", "json", Seeds.Ystad);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var goal = json.RootElement.GetProperty("goals")[0];
        Assert.Equal("God och hållbar tillväxt", goal.GetProperty("area").GetString());
        Assert.Equal(8, goal.GetProperty("sdgs")[0].GetProperty("sdg").GetInt32());
        Assert.Equal(17, json.RootElement.GetProperty("sdgProfile").GetArrayLength());
        Assert.Equal(7, Documents.GoalDocumentJson.Deserialize(output).Goals.Count);
    }
}
