using System.Diagnostics;
using MalAnalys.Cli;
using MalAnalys.Reading;
using MalAnalys.Tests.Cli;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// Inputs as a Unix shell gives them: '-' for standard input, process substitutions and named pipes read once as
/// streams within the size limit, devices refused before they are opened, and folders holding pipes, devices, links
/// back up the tree and folders deeper than the system's path limit searched to the end, with one line for each thing
/// passed over and no stack trace.
/// </summary>
public sealed class UnixInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-unix-").FullName;

    [Fact]
    public async Task A_dash_reads_standard_input_for_analyze_and_repair()
    {
        var text = await File.ReadAllTextAsync(Seeds.Ystad);
        using (var analyze = CliProcess.StartWithInput(text, "analyze", "--format", "json", "-"))
        {
            var (exit, output, err) = await analyze.Finish(TimeSpan.FromMinutes(2));
            Assert.True(exit == CliApp.Ok, err);
            Assert.Contains("\"municipality\":\"Ystad\"", output, StringComparison.Ordinal);
        }

        using var repair = CliProcess.StartWithInput(text, "repair", "-");
        var (repairExit, repaired, repairErr) = await repair.Finish(TimeSpan.FromMinutes(2));
        Assert.True(repairExit == CliApp.Ok, repairErr);
        Assert.Contains("arbetsfördelning mellan politiker", repaired, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze --format json", "\"municipality\":\"Ystad\"")]
    [InlineData("repair", "arbetsfördelning mellan politiker")]
    public async Task A_process_substitution_is_read_as_a_stream(string command, string expected)
    {
        var (exit, output, err) = await Shell($"{command} <(cat '{Seeds.Ystad}')");
        Assert.True(exit == CliApp.Ok, err);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pipe_without_end_is_refused_at_the_size_limit()
    {
        var clock = Stopwatch.StartNew();
        var (exit, _, err) = await Shell("analyze --max-mb 1 <(yes)");
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Contains("larger than the limit of 1 MiB", err, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), clock.Elapsed.ToString());
        AssertNoTrace(err);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("repair")]
    public async Task A_device_is_refused_in_one_line(string command)
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var (exit, _, err) = await CliRun.Run(command, "/dev/zero");
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.StartsWith("error: /dev/zero: this is a device, not a document file", err, StringComparison.Ordinal);
        AssertNoTrace(err);
    }

    [Fact]
    public async Task The_reader_refuses_a_folder_and_a_device_and_reads_a_named_pipe_once()
    {
        var folder = Assert.Throws<DocumentReadException>(() => new DocumentReader().Read(_folder));
        Assert.Equal(DocumentReadError.NotAFile, folder.Error);
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(DocumentReadError.NotAFile, Assert.Throws<DocumentReadException>(() => new DocumentReader().Read("/dev/zero")).Error);
            var pipe = MakeFifo("goals.txt");
            var writer = Task.Run(() => File.WriteAllText(pipe, File.ReadAllText(Seeds.Ystad)));
            var text = new DocumentReader().Read(pipe);
            await writer.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Contains("Ystad", text.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_folder_search_enters_each_real_folder_once_and_reports_what_it_passes_over()
    {
        if (!OperatingSystem.IsLinux())
        {
            // Named pipes, devices and the path limit as Linux has them.
            return;
        }

        var found = MakeHostileTree();
        var passedOver = new List<string>();
        var files = MalAnalyzer.FindDocuments([found], (path, why) => passedOver.Add(Path.GetRelativePath(found, path).Split('/')[0] + "/" + Path.GetFileName(path) + ": " + why));

        Assert.Equal(["a/b/perstorp.txt", "a/ystad.txt", "deep/top.txt", "self-loop.txt"], files.Select(f => Path.GetRelativePath(found, f).Replace('\\', '/')));
        Assert.Equal(3, passedOver.Count);
        Assert.Contains(passedOver, p => p.StartsWith("a/pipe.txt: this is a named pipe", StringComparison.Ordinal));
        Assert.Contains(passedOver, p => p.StartsWith("a/zero.pdf: this is a device", StringComparison.Ordinal));
        Assert.Contains(passedOver, p => p.StartsWith("deep/", StringComparison.Ordinal) && p.Contains("too deep to open", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analyze_on_such_a_folder_ends_with_the_documents_it_holds_and_one_line_for_each_problem()
    {
        if (!OperatingSystem.IsLinux())
        {
            // Named pipes, devices and the path limit as Linux has them.
            return;
        }

        var tree = MakeHostileTree();
        using var cli = CliProcess.Start("analyze", "--format", "json", tree);
        var (exit, output, err) = await cli.Finish(TimeSpan.FromMinutes(2));
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Equal(3, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var errors = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, errors.Length);
        Assert.Equal("4 of 7 documents could not be analysed.", errors[^1]);
        Assert.Contains(errors, e => e.Contains("self-loop.txt: the file could not be read", StringComparison.Ordinal));
        AssertNoTrace(err);
    }

    // a/ystad.txt, a/b/perstorp.txt, links a/b/up -> .., a/b/top -> ../.., a/again -> ../a; a named pipe a/pipe.txt; a
    // link a/zero.pdf -> /dev/zero; a link to itself, self-loop.txt; deep/top.txt over a chain of folders whose path
    // passes 4,096 bytes, with a document at the bottom.
    private string MakeHostileTree()
    {
        var top = Path.Combine(_folder, "tree");
        Directory.CreateDirectory(Path.Combine(top, "a", "b"));
        Directory.CreateDirectory(Path.Combine(top, "deep"));
        File.Copy(Seeds.Ystad, Path.Combine(top, "a", "ystad.txt"));
        File.Copy(Seeds.Perstorp, Path.Combine(top, "a", "b", "perstorp.txt"));
        File.Copy(Seeds.Ystad, Path.Combine(top, "deep", "top.txt"));
        File.CreateSymbolicLink(Path.Combine(top, "a", "b", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(top, "a", "b", "top"), "../..");
        File.CreateSymbolicLink(Path.Combine(top, "a", "again"), "../a");
        File.CreateSymbolicLink(Path.Combine(top, "a", "zero.pdf"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(top, "self-loop.txt"), "self-loop.txt");
        MakeFifo(Path.Combine("tree", "a", "pipe.txt"));

        // Built by the shell one folder at a time: no single path the system is given is longer than its limit.
        var name = new string('x', 100);
        Run("bash", "-c", $"cd '{Path.Combine(top, "deep")}' && for i in $(seq 45); do mkdir {name} && cd {name} || exit 1; done && echo 'Mål 1: Alla ska ha ett arbete.' > bottom.txt");
        return top;
    }

    private string MakeFifo(string name)
    {
        var path = Path.Combine(_folder, name);
        Run("mkfifo", path);
        return path;
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    // The CLI run by bash, so that <(…) is a real process substitution.
    private static async Task<(int Exit, string Out, string Err)> Shell(string arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "MalAnalys.Cli.dll");
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", $"exec dotnet '{cli}' {arguments}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static void AssertNoTrace(string err)
    {
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.DoesNotContain("please report", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
    }

    // The deep tree is longer than the path limit: only a tool that walks it folder by folder can remove it.
    public void Dispose() => Run("rm", "-rf", _folder);
}
