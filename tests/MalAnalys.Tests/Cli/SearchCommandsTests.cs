using System.Text.Json;
using MalAnalys.Cli;

namespace MalAnalys.Tests.Cli;

public sealed class SearchCommandsTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("malanalys-cli-index-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Index => Path.Combine(_dir.FullName, "index");

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public async Task Index_search_similar_and_stats_work_end_to_end()
    {
        var (exit, output, error) = await Run("index", Seeds.Perstorp, Seeds.Ostersund, Seeds.Ystad, "--index", Index);
        Assert.True(exit == CliApp.Ok, error);
        Assert.Contains("3 indexed (19 goals), 0 unchanged, 0 failed of 3 documents", output, StringComparison.Ordinal);

        (exit, output, _) = await Run("index", Seeds.Perstorp, Seeds.Ostersund, Seeds.Ystad, "--index", Index);
        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("0 indexed (0 goals), 3 unchanged", output, StringComparison.Ordinal);

        (exit, output, error) = await Run("search", "egenförsörjning", "--index", Index, "--format", "json", "--top", "3");
        Assert.True(exit == CliApp.Ok, error);
        using var json = JsonDocument.Parse(output);
        var hits = json.RootElement.GetProperty("hits");
        Assert.Equal(1, hits.GetArrayLength());
        var first = hits[0];
        Assert.Equal("Perstorp", first.GetProperty("municipality").GetString());
        Assert.Equal("Tillväxt och egenförsörjning", first.GetProperty("shortName").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("goalNumber").ValueKind);
        Assert.Contains("«egenförsörjning»", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        foreach (var field in new[] { "documentId", "statement", "score", "goalId" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }

        var goalId = first.GetProperty("goalId").GetString()!;
        (exit, output, error) = await Run("similar", "--goal", goalId, "--index", Index);
        Assert.True(exit == CliApp.Ok, error);
        Assert.DoesNotContain("Tillväxt och egenförsörjning", output, StringComparison.Ordinal);
        Assert.Contains("Ystad", output, StringComparison.Ordinal);

        (exit, output, _) = await Run("similar", "--text", "meningsfull fritid och kultur för alla", "--index", Index, "--top", "1");
        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("fritid", output, StringComparison.Ordinal);

        (exit, output, _) = await Run("search", "tillväxt", "--index", Index, "--municipality", "ostersund");
        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("Östersund", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Perstorp", output, StringComparison.Ordinal);
        Assert.Contains("#", output, StringComparison.Ordinal);

        (exit, output, _) = await Run("stats", "--index", Index, "--format", "json");
        Assert.Equal(CliApp.Ok, exit);
        using var stats = JsonDocument.Parse(output);
        Assert.Equal(3, stats.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(19, stats.RootElement.GetProperty("goals").GetInt32());
        Assert.Equal("Östersund", stats.RootElement.GetProperty("municipalities")[0].GetProperty("municipality").GetString());
        var sdg = stats.RootElement.GetProperty("sdgs")[0];
        (exit, output, _) = await Run("search", "sdg:" + sdg.GetProperty("sdg").GetInt32(), "--sdg", sdg.GetProperty("sdg").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), "--index", Index, "--format", "json", "--top", "50");
        Assert.Equal(CliApp.Ok, exit);
        using var bySdg = JsonDocument.Parse(output);
        Assert.Equal(sdg.GetProperty("goals").GetInt32(), bySdg.RootElement.GetProperty("total").GetInt32());

        (exit, output, _) = await Run("stats", "--index", Index);
        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("3 documents, 19 goals", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copies_of_a_document_are_shown_once_unless_all_copies_are_asked_for()
    {
        // The seeds folder: every seed as text and born-digital PDF, Perstorp also as a scan.
        var (exit, output, error) = await Run("index", "seeds", "--index", Index);
        Assert.True(exit == CliApp.Ok, error);

        (exit, output, _) = await Run("stats", "--index", Index);
        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("3 documents (7 files), 19 goals", output, StringComparison.Ordinal);
        (_, output, _) = await Run("stats", "--index", Index, "--all-copies", "--format", "json");
        using (var all = JsonDocument.Parse(output))
        {
            Assert.Equal((7, 42), (all.RootElement.GetProperty("documents").GetInt32(), all.RootElement.GetProperty("goals").GetInt32()));
        }

        (_, output, _) = await Run("search", "egenförsörjning", "--index", Index, "--format", "json", "--top", "5");
        using (var once = JsonDocument.Parse(output))
        {
            var first = once.RootElement.GetProperty("hits")[0];
            Assert.Equal(2, first.GetProperty("copies").GetArrayLength());
            Assert.Contains(first.GetProperty("copies").EnumerateArray(), c => c.GetProperty("path").GetString()!.EndsWith("scanned.pdf", StringComparison.Ordinal));
        }

        (_, output, _) = await Run("search", "egenförsörjning", "--index", Index, "--top", "5");
        Assert.Contains("(+2 copies)", output, StringComparison.Ordinal);
        (_, output, _) = await Run("search", "egenförsörjning", "--index", Index, "--format", "json", "--all-copies");
        using (var every = JsonDocument.Parse(output))
        {
            Assert.True(every.RootElement.GetProperty("hits").EnumerateArray().Count(h => h.GetProperty("municipality").GetString() == "Perstorp") == 3, output);
        }

        foreach (var allCopies in new[] { false, true })
        {
            string[] args = ["similar", "--text", "tillväxt och egen försörjning", "--index", Index, "--format", "json", "--top", "3", .. allCopies ? new[] { "--all-copies" } : []];
            (exit, output, error) = await Run(args);
            Assert.True(exit == CliApp.Ok, error);
            using var similar = JsonDocument.Parse(output);
            var goals = similar.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("municipality").GetString() + h.GetProperty("ordinal").GetInt32()).ToList();
            Assert.Equal(3, goals.Count);
            // With every copy, the three best are Perstorp's goal as text, PDF and scanned PDF (its short name repaired alike).
            Assert.Equal(allCopies ? 1 : 3, goals.Distinct().Count());
        }
    }

    [Fact]
    public async Task Errors_are_messages_with_exit_codes_not_crashes()
    {
        var (exit, _, error) = await Run("search", "tillväxt", "--index", Index);
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Contains("no index here", error, StringComparison.Ordinal);

        await Run("index", Seeds.Ystad, "--index", Index);
        (exit, _, error) = await Run("search", "\"hållbar tillväxt", "--index", Index);
        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("closing quote", error, StringComparison.Ordinal);

        (exit, _, error) = await Run("similar", "--index", Index);
        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("either --goal", error, StringComparison.Ordinal);

        (exit, _, error) = await Run("similar", "--goal", "nope", "--index", Index);
        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("not a goal id", error, StringComparison.Ordinal);

        (exit, _, _) = await Run("search", "x", "--sdg", "18", "--index", Index);
        Assert.Equal(CliApp.Usage, exit);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_file_is_reported_and_the_rest_is_indexed()
    {
        var input = _dir.CreateSubdirectory("in");
        File.Copy(Seeds.Ystad, Path.Combine(input.FullName, "a-ystad.txt"));
        File.WriteAllBytes(Path.Combine(input.FullName, "b-tom.txt"), []);
        File.Copy("TestData/Pdf/garbage.pdf", Path.Combine(input.FullName, "c-trasig.pdf"));
        File.Copy(Seeds.Perstorp, Path.Combine(input.FullName, "d-perstorp.txt"));

        var (exit, output, error) = await Run("index", input.FullName, "--index", Index);
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Contains("2 indexed (11 goals), 0 unchanged, 2 failed of 4 documents", output, StringComparison.Ordinal);
        Assert.Contains("b-tom.txt", error, StringComparison.Ordinal);
        Assert.Contains("c-trasig.pdf", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_takes_the_repair_mode_like_analyze()
    {
        var pdf = Seeds.Pdf(Seeds.Ostersund);
        var (exit, _, error) = await Run("index", pdf, "--index", Index, "--repair", "light");
        Assert.True(exit == CliApp.Ok, error);
        (exit, var output, _) = await Run("search", "shortName:Ledning", "--index", Index, "--format", "json");
        Assert.Equal(CliApp.Ok, exit);
        using (var light = JsonDocument.Parse(output))
        {
            Assert.Contains("héllbar", light.RootElement.GetProperty("hits")[0].GetProperty("statement").GetString(), StringComparison.Ordinal);
        }

        var auto = Path.Combine(_dir.FullName, "auto");
        (exit, _, error) = await Run("index", pdf, "--index", auto);
        Assert.True(exit == CliApp.Ok, error);
        (exit, output, _) = await Run("search", "shortName:Ledning", "--index", auto, "--format", "json");
        Assert.Equal(CliApp.Ok, exit);
        using var repaired = JsonDocument.Parse(output);
        Assert.Contains("hållbar", repaired.RootElement.GetProperty("hits")[0].GetProperty("statement").GetString(), StringComparison.Ordinal);

        (exit, _, _) = await Run("index", pdf, "--index", auto, "--repair", "sometimes");
        Assert.Equal(CliApp.Usage, exit);
    }
}
