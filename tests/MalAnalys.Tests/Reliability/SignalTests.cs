using System.Diagnostics;
using Lucene.Net.Index;
using MalAnalys.Search;
using MalAnalys.Tests.Cli;
using Xunit.Abstractions;
using LuceneDirectory = Lucene.Net.Store.FSDirectory;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// SIGINT and SIGTERM stop a running command promptly with 130 or 143 and one line, whatever the command is doing (a
/// read that waits for input, a batch that is indexing), and a second signal never crashes the handler. The command
/// line runs as a child process and gets its signals from the system's <c>kill</c>.
/// </summary>
[Collection(Serial.Name)]
public sealed class SignalTests(ITestOutputHelper output) : IDisposable
{
    // Start-up of the child (the runtime, the command line) before its handlers are in place; generous for a busy machine.
    private static readonly TimeSpan StartUp = TimeSpan.FromSeconds(5);

    // The grace the command gets to stop (CliApp.StopGrace) and a margin for a busy machine.
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(8);

    private readonly string _root = Directory.CreateTempSubdirectory("malanalys-signal-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("TERM", 143, "SIGTERM")]
    [InlineData("INT", 130, "SIGINT")]
    public async Task A_signal_stops_a_command_waiting_for_input_with_the_shell_exit_code(string signal, int exitCode, string name)
    {
        using var cli = CliProcess.StartWithOpenInput("sdg", "-");
        await Task.Delay(StartUp);
        Assert.False(cli.Process.HasExited, "the command should wait for its input");

        var clock = Stopwatch.StartNew();
        cli.Signal(signal);
        var (exit, _, err) = await cli.Finish(Prompt);
        output.WriteLine($"{name}: exit {exit} after {clock.ElapsedMilliseconds} ms: {err}");
        Assert.Equal(exitCode, exit);
        Assert.Equal($"malanalys: stopped by {name}.", err.Trim());
    }

    [Theory]
    [InlineData("TERM", "TERM", 143)]
    [InlineData("INT", "TERM", 130)]
    [InlineData("INT", "INT", 130)]
    public async Task A_second_signal_ends_the_process_at_once_and_never_crashes_the_handler(string first, string second, int exitCode)
    {
        using var cli = CliProcess.StartWithOpenInput("sdg", "-");
        await Task.Delay(StartUp);
        cli.Signal(first);
        // The runtime may run the handlers of signals that arrive together in either order: the second comes a
        // moment later, so that the first is the first.
        await Task.Delay(200);
        cli.Signal(second);
        cli.Signal(second);
        var (exit, _, err) = await cli.Finish(Prompt);
        Assert.Equal(exitCode, exit);
        Assert.DoesNotContain("Unhandled", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.StartsWith("malanalys: stopped by SIG", err.Trim(), StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public async Task Sigterm_stops_an_index_batch_which_keeps_what_it_committed_and_a_rerun_completes_it()
    {
        const int documents = 300;
        var collection = Path.Combine(_root, "collection");
        var index = Path.Combine(_root, "index");
        KillTests.WriteCollection(collection, documents);

        using var cli = CliProcess.Start("index", collection, "--index", index, "--commit-every", "5");
        var clock = Stopwatch.StartNew();
        while (CommittedDocuments(index) == 0 && !cli.Process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(20);
        }

        Assert.False(cli.Process.HasExited, "the batch ended before it could be stopped; give it more documents");
        clock.Restart();
        cli.Signal("TERM");
        var (exit, _, err) = await cli.Finish(Prompt);
        output.WriteLine($"exit {exit} after {clock.ElapsedMilliseconds} ms: {err}");
        Assert.Equal(143, exit);
        Assert.Contains("malanalys: stopped by SIGTERM.", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);

        using (var directory = LuceneDirectory.Open(index))
        {
            Assert.True(new CheckIndex(directory).DoCheckIndex().Clean);
        }

        var kept = CommittedDocuments(index);
        Assert.InRange(kept, 1, documents - 1);

        // The lock went with the process: a re-run gets the folder, skips what was kept and indexes the rest.
        var rerun = await CliRun.Run("index", collection, "--index", index);
        Assert.True(rerun.Exit == 0, rerun.Err);
        Assert.Contains($"{kept} unchanged", rerun.Out, StringComparison.Ordinal);
        using var goals = GoalIndex.OpenReadOnly(index);
        Assert.Equal(documents, goals.GetStats().Documents);
    }

    private static int CommittedDocuments(string index)
    {
        if (!Directory.Exists(index) || !Directory.EnumerateFiles(index, "segments_*").Any())
        {
            return 0;
        }

        try
        {
            using var goals = GoalIndex.OpenReadOnly(index);
            return goals.GetStats().Documents;
        }
        catch (SearchException)
        {
            // The first commit is being written.
            return 0;
        }
    }
}
