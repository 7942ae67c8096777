using System.Text.Json;
using MalAnalys.Cli;
using MalAnalys.Documents;

namespace MalAnalys.Tests.Cli;

public class AnalyzeCommandTests
{
    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => MalAnalys.Tests.Cli.CliRun.Run(args);

    [Fact]
    public async Task Analyze_seeds_prints_a_table_per_document()
    {
        var (exit, output, error) = await Run("analyze", "seeds");
        Assert.True(exit == CliApp.Ok, error);
        Assert.Contains("Perstorp - Kommunövergripande mål (mandate 2023-2026)", output, StringComparison.Ordinal);
        Assert.Contains("Ystad - Mål- och verksamhetsstyrning", output, StringComparison.Ordinal);
        // The born-digital PDF made from OCR output gets the full repair pass too (MA3002), as the text file does.
        Assert.Contains("Kompetensförsörjning", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kompetensférsorjning", output, StringComparison.Ordinal);
        Assert.Contains("seeds/ystad-overgripande-mal-2023.txt: 7 goals, 3 goal areas", output, StringComparison.Ordinal);
        Assert.Contains("seeds/ystad-overgripande-mal-2023.pdf: 7 goals, 3 goal areas", output, StringComparison.Ordinal);
        Assert.Contains("seeds/ostersund-budget-2024-mal-ocr.pdf: 8 goals, 2 goal areas", output, StringComparison.Ordinal);
        Assert.Contains("seeds/perstorp-kommunovergripande-mal-2023-2026.pdf: 4 goals", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_format_prints_one_object_per_document_per_line()
    {
        var (exit, output, _) = await Run("analyze", "--format", "json", Seeds.Perstorp, Seeds.Ystad);
        Assert.Equal(CliApp.Ok, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var first = GoalDocumentJson.Deserialize(lines[0]);
        Assert.Equal(Seeds.Perstorp, first.Source.Path);
        Assert.Equal(4, first.Goals.Count);
        using var json = JsonDocument.Parse(lines[1]);
        Assert.Equal("areaBullets", json.RootElement.GetProperty("layout").GetString());
        Assert.Equal(7, json.RootElement.GetProperty("goals").GetArrayLength());
        Assert.Equal("God och hållbar tillväxt", json.RootElement.GetProperty("goals")[0].GetProperty("area").GetString());
    }

    [Fact]
    public async Task Out_writes_one_file_per_document_inside_the_folder()
    {
        var dir = Directory.CreateTempSubdirectory("malanalys-out-");
        try
        {
            var (exit, _, _) = await Run("analyze", Seeds.Perstorp, Seeds.Pdf(Seeds.Perstorp), "--out", dir.FullName);
            Assert.Equal(CliApp.Ok, exit);
            var files = dir.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(["perstorp-kommunovergripande-mal-2023-2026.pdf.json", "perstorp-kommunovergripande-mal-2023-2026.txt.json"], files);
            var doc = GoalDocumentJson.Deserialize(File.ReadAllText(Path.Combine(dir.FullName, files[1])));
            Assert.Equal(4, doc.Goals.Count);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Output_names_cannot_leave_the_folder_and_never_collide()
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Assert.Equal("passwd.json", CliApp.OutputName("../../etc/passwd", used));
        Assert.Equal("mal.txt.json", CliApp.OutputName("a/mal.txt", used));
        Assert.Equal("mal.txt-2.json", CliApp.OutputName("b/mal.txt", used));
        Assert.Equal("document.json", CliApp.OutputName("...", used));
    }

    [Fact]
    public async Task A_bad_file_in_a_folder_is_reported_and_the_others_are_still_analysed()
    {
        var dir = Directory.CreateTempSubdirectory("malanalys-bad-");
        try
        {
            File.Copy(Seeds.Ystad, Path.Combine(dir.FullName, "a-ystad.txt"));
            File.WriteAllBytes(Path.Combine(dir.FullName, "b-tom.txt"), []);
            var garbage = new byte[4096];
            new Random(7).NextBytes(garbage);
            File.WriteAllBytes(Path.Combine(dir.FullName, "c-skräp.txt"), garbage);
            File.Copy("TestData/Pdf/encrypted.pdf", Path.Combine(dir.FullName, "d-krypterad.pdf"));
            File.Copy("TestData/Pdf/garbage.pdf", Path.Combine(dir.FullName, "e-trasig.pdf"));
            File.Copy(Seeds.Perstorp, Path.Combine(dir.FullName, "f-perstorp.txt"));

            var (exit, output, error) = await Run("analyze", "--format", "json", dir.FullName);
            Assert.Equal(CliApp.SomeFailed, exit);
            var documents = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(GoalDocumentJson.Deserialize).ToArray();
            Assert.Equal(["Ystad", "Perstorp"], documents.Select(d => d.Municipality));
            Assert.Contains("b-tom.txt: the file is empty", error, StringComparison.Ordinal);
            Assert.Contains("c-skräp.txt: not a text file", error, StringComparison.Ordinal);
            Assert.Contains("d-krypterad.pdf", error, StringComparison.Ordinal);
            Assert.Contains("e-trasig.pdf", error, StringComparison.Ordinal);
            Assert.Contains("4 of 6 documents could not be analysed", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Bad_usage_gets_exit_code_2_and_a_message()
    {
        var (exit, _, error) = await Run("analyze", "--format", "xml", Seeds.Ystad);
        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("xml", error, StringComparison.Ordinal);

        var empty = Directory.CreateTempSubdirectory("malanalys-empty-");
        try
        {
            (exit, _, error) = await Run("analyze", empty.FullName);
            Assert.Equal(CliApp.Usage, exit);
            Assert.Contains("no .txt or .pdf files", error, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete();
        }
    }

    [Fact]
    public async Task A_missing_file_is_an_error_not_a_crash()
    {
        var (exit, _, error) = await Run("analyze", "finns-inte.txt");
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Contains("finns-inte.txt: no such file", error, StringComparison.Ordinal);
    }
}
