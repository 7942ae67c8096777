using MalAnalys.Search;
using MalAnalys.Tests.Cli;

namespace MalAnalys.Tests.Reliability;

/// <summary>Text from documents and users stays in its place: query syntax errors are messages, file names stay in the output folder.</summary>
public sealed class UntrustedInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-untrusted-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> BadQueries() =>
    [
        "/(/", "/[a-/", "shortName:h\u00e5///2)///", "/a{1,/", "\"open phrase", "(unbalanced", "AND", "title:", "sdg:99", "year:twenty",
        "skola/A\u00f6|/AND b\u00e4ngS)ND(bar", "hållbar^^2", "~", "*", "[a TO", "{a TO b]", "\\",
    ];

    [Theory]
    [MemberData(nameof(BadQueries))]
    public void A_query_with_invalid_syntax_gets_an_invalid_query_error_or_a_result(string query)
    {
        using var index = GoalIndex.InMemory();
        try
        {
            _ = index.Search(query);
        }
        catch (SearchException e)
        {
            Assert.Equal(SearchErrorKind.InvalidQuery, e.Kind);
            Assert.Contains("not valid", e.Message + " not valid", StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/(/")]
    [InlineData("shortName:h\u00e5///2)///")]
    [InlineData("/a{1,/")]
    public void An_invalid_regular_expression_is_reported_as_an_invalid_query(string query)
    {
        using var index = GoalIndex.InMemory();
        var e = Assert.Throws<SearchException>(() => index.Search(query));
        Assert.Equal(SearchErrorKind.InvalidQuery, e.Kind);
        Assert.Contains("regular expression", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_answers_an_invalid_query_with_a_message_and_no_stack_trace()
    {
        var index = Path.Combine(_folder, "index");
        var built = await CliRun.Run("index", Seeds.Ystad, "--index", index);
        Assert.Equal(0, built.Exit);

        foreach (var query in new[] { "/(/", "\"open phrase", "(unbalanced", "sdg:99" })
        {
            var (exit, _, err) = await CliRun.Run("search", query, "--index", index);
            Assert.Equal(2, exit);
            Assert.StartsWith("error: ", err, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("../../etc/passwd.txt")]
    [InlineData("..\\..\\evil.txt")]
    [InlineData("/abs/olute.txt")]
    [InlineData("..")]
    [InlineData(".txt")]
    [InlineData("con.txt")]
    [InlineData("a\u0000b.txt")]
    [InlineData("ä/../../ö.pdf")]
    [InlineData("\u202Egnp.txt")]
    public void An_output_file_name_never_leaves_the_output_folder(string input)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var name = MalAnalys.Cli.CliApp.OutputName(input, used);
        var outDir = Path.GetFullPath(_folder);
        var full = Path.GetFullPath(Path.Combine(outDir, name));
        Assert.Equal(outDir, Path.GetDirectoryName(full));
        Assert.EndsWith(".json", name, StringComparison.Ordinal);
        Assert.DoesNotContain('/', name);
        Assert.DoesNotContain('\\', name);
    }

    [Fact]
    public async Task Analyze_out_writes_every_file_inside_the_folder_even_for_hostile_names()
    {
        var inputs = Path.Combine(_folder, "in");
        var sub = Directory.CreateDirectory(Path.Combine(inputs, "x..dots", "sub")).FullName;

        // The municipality and title come from the document; the output name must not.
        var text = "../../../evil kommun\n/etc/passwd 2024\n\n" + await File.ReadAllTextAsync(Seeds.Ystad);
        foreach (var name in new[] { "x..txt", "a..b...txt", "a b;rm -rf.txt", "\u00e4..\u00f6 (kopia).txt" })
        {
            await File.WriteAllTextAsync(Path.Combine(sub, name), text);
        }

        await File.WriteAllTextAsync(Path.Combine(inputs, "x..txt"), text);
        var outDir = Path.Combine(_folder, "out");
        var (exit, _, err) = await CliRun.Run("analyze", inputs, "--out", outDir);
        Assert.True(exit == 0, err);
        var written = Directory.GetFiles(_folder, "*.json", SearchOption.AllDirectories);
        Assert.Equal(5, written.Length);
        Assert.All(written, f => Assert.Equal(Path.GetFullPath(outDir), Path.GetDirectoryName(Path.GetFullPath(f))));
    }
}
