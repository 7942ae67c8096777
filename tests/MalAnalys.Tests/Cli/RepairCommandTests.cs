using System.Text.Json;
using MalAnalys.Cli;

namespace MalAnalys.Tests.Cli;

public class RepairCommandTests
{
    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => MalAnalys.Tests.Cli.CliRun.Run(args);

    [Fact]
    public async Task Keep_layout_prints_the_repaired_text_token_for_token()
    {
        var (exit, output, error) = await Run("repair", Seeds.Ostersund, "--keep-layout");
        Assert.True(exit == CliApp.Ok, error);
        var original = File.ReadAllText(Seeds.Ostersund);
        Assert.Equal(original.Split('\n').Select(l => Seeds.Words(l).Length), output.TrimEnd('\n').Split('\n').Select(l => Seeds.Words(l).Length));
        Assert.StartsWith(" 1 Kommunövergripande mål\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keep_layout_keeps_words_run_together_that_the_default_output_splits()
    {
        var file = Path.Combine(Path.GetTempPath(), $"malanalys-breaks-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Kommunen arbetar ochkommunen växer.\n");
        try
        {
            var (exit, kept, error) = await Run("repair", file, "--keep-layout");
            Assert.True(exit == CliApp.Ok, error);
            Assert.Equal("Kommunen arbetar ochkommunen växer.\n", kept);
            var (_, body, _) = await Run("repair", file);
            Assert.Equal("Kommunen arbetar och kommunen växer.\n", body);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Default_output_is_the_repaired_body_without_page_numbers()
    {
        var (exit, output, _) = await Run("repair", Seeds.Ostersund);
        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("Kompetensförsörjningen är en nyckelfråga", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n6 (10)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Corrections_file_lists_every_change_with_its_place()
    {
        var file = Path.Combine(Path.GetTempPath(), $"malanalys-corrections-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, _, _) = await Run("repair", Seeds.Ostersund, "--corrections", file, "--keep-layout");
            Assert.Equal(CliApp.Ok, exit);
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            var original = File.ReadAllText(Seeds.Ostersund);
            var corrections = root.GetProperty("corrections").EnumerateArray().ToList();
            Assert.Equal(root.GetProperty("count").GetInt32(), corrections.Count);
            Assert.True(corrections.Count > 900);
            var first = corrections[0];
            Assert.Equal("Kommunovergripande", first.GetProperty("original").GetString());
            Assert.Equal("Kommunövergripande", first.GetProperty("replacement").GetString());
            Assert.Equal(1, first.GetProperty("line").GetInt32());
            Assert.Equal("marksRestored", first.GetProperty("reason").GetString());
            Assert.All(corrections, c => Assert.Equal(c.GetProperty("original").GetString(), original.Substring(c.GetProperty("start").GetInt32(), c.GetProperty("length").GetInt32())));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Clean_seed_comes_out_as_it_went_in()
    {
        var (exit, output, _) = await Run("repair", Seeds.Ystad, "--keep-layout");
        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal(File.ReadAllText(Seeds.Ystad).TrimEnd('\n'), output.TrimEnd('\n'));
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_error()
    {
        var (exit, _, error) = await Run("repair", "no-such-file.txt");
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Contains("no-such-file.txt", error, StringComparison.Ordinal);

        (exit, _, error) = await Run("repair", Seeds.Ystad, "--threshold", "2");
        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("--threshold", error, StringComparison.Ordinal);

        (exit, _, _) = await Run("repair", Seeds.Ystad, "--mode", "bold");
        Assert.Equal(CliApp.Usage, exit);
    }
}
