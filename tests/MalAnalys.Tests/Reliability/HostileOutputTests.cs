using System.Text.Json;
using MalAnalys.Cli;
using MalAnalys.Tests.Cli;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// Terminal output that cannot attack: escape sequences and other control characters from documents, file names and
/// arguments are shown as <c>\uXXXX</c>, never passed to the terminal, in the table views, search results and messages.
/// </summary>
public sealed class HostileOutputTests : IDisposable
{
    // Retitle the window, clear the screen, recolour (7-bit and the 8-bit C1 CSI), return to the line start, reorder.
    private const string Attack = "\u001b]0;pwned\u0007\u001b[2J\u001b[31m\u009b32m\r\u202e";

    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-hostile-out-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_control_character_is_escaped_and_a_block_keeps_its_lines_and_tabs()
    {
        for (var c = '\0'; c <= '\u00a0'; c++)
        {
            var line = TerminalText.Line($"a{c}b");
            var control = c < ' ' || c is >= '\u007f' and <= '\u009f';
            Assert.Equal(control ? $"a\\u{(int)c:X4}b" : $"a{c}b", line);
            Assert.Equal(control && c is not ('\n' or '\t') ? $"a\\u{(int)c:X4}b" : $"a{c}b", TerminalText.Block($"a{c}b"));
        }

        Assert.Equal("\\u202Ecba", TerminalText.Line("\u202ecba"));
        Assert.Equal("Hållbar tillväxt «väg»", TerminalText.Line("Hållbar tillväxt «väg»"));

        // JSON writes a control character the same way: an escaped JSON line stays valid and means the same.
        var json = "{\"t\":\"x\u009by\"}";
        Assert.Equal("x\u009by", JsonDocument.Parse(TerminalText.Line(json)).RootElement.GetProperty("t").GetString());
    }

    [Fact]
    public async Task The_table_view_of_a_hostile_document_shows_its_escape_sequences_and_obeys_none()
    {
        var file = WriteHostileDocument();

        // The document model keeps the characters (JSON escapes them): the table is where they must not reach the terminal.
        var (exit, json, err) = await CliRun.Run("analyze", file, "--format", "json");
        Assert.True(exit == 0, err);
        Assert.Contains("\\u001b]0;pwned", json, StringComparison.OrdinalIgnoreCase);

        (exit, var table, err) = await CliRun.Run("analyze", file);
        Assert.True(exit == 0, err);
        AssertHarmless(table);
        AssertHarmless(err);
        Assert.Contains("\\u001B]0;pwned", table, StringComparison.Ordinal);
        Assert.Contains("Hållbar tillväxt", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_results_stats_and_index_messages_of_a_hostile_document_are_harmless()
    {
        var file = WriteHostileDocument();
        var index = Path.Combine(_folder, "index");
        var (exit, output, err) = await CliRun.Run("index", file, "--index", index);
        Assert.True(exit == 0, err);
        AssertHarmless(output);

        foreach (var args in new[] { new[] { "search", "näringsliv", "--index", index }, ["stats", "--index", index], ["similar", "--text", "näringsliv " + Attack, "--index", index] })
        {
            (exit, output, err) = await CliRun.Run(args);
            Assert.True(exit == 0, $"{args[0]}: {err}");
            AssertHarmless(output);
            AssertHarmless(err);
        }

        (exit, output, _) = await CliRun.Run("search", "näringsliv", "--index", index);
        Assert.Contains("pwned", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_about_hostile_file_names_and_arguments_are_harmless()
    {
        var name = Path.Combine(_folder, "no" + Attack + "such.txt");
        foreach (var args in new[] { new[] { "analyze", name }, ["repair", name], ["sdg", name], ["search", "a", "--index", name], ["bogus" + Attack] })
        {
            var (exit, output, err) = await CliRun.Run(args);
            Assert.NotEqual(0, exit);
            AssertHarmless(output);
            AssertHarmless(err);
            Assert.Contains("\\u001B", err, StringComparison.Ordinal);
        }
    }

    private string WriteHostileDocument()
    {
        // Text with a few control characters among many letters: the reader takes it as text (more would be binary data).
        var file = Path.Combine(_folder, "hostile.txt");
        var filler = string.Join(' ', Enumerable.Repeat("Kommunen arbetar långsiktigt för hållbar utveckling i hela kommunen.", 60));
        File.WriteAllText(file, $"""
            Testkommun kommun {Attack}
            Kommunövergripande mål 2023–2026

            {filler}

            Mål 1: Hållbar tillväxt {Attack}
            Vi ska skapa ett växande näringsliv {Attack} och fler arbetstillfällen.

            Mål 2: Trygg uppväxt
            Alla barn och unga ska ha en trygg uppväxt och likvärdig utbildning.

            """);
        return file;
    }

    private static void AssertHarmless(string output)
    {
        var bad = output.Select((c, i) => (c, i)).FirstOrDefault(x => TerminalText.IsUnsafe(x.c, keepLayout: true));
        Assert.True(bad == default, $"control character U+{(int)bad.c:X4} at {bad.i}: {output[Math.Max(0, bad.i - 40)..Math.Min(output.Length, bad.i + 40)]}");
    }
}
