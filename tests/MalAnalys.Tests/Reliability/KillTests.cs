using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using MalAnalys.Search;
using Xunit.Abstractions;
using LuceneDirectory = Lucene.Net.Store.FSDirectory;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// Kills the CLI with SIGKILL while it indexes a generated collection, again and again, and checks after every kill
/// that the index passes Lucene's CheckIndex, that every document of the last commit is whole and searchable and that
/// no document committed before is lost; a last run to completion must hold exactly the collection, once.
/// </summary>
[Collection(Serial.Name)]
public sealed class KillTests(ITestOutputHelper output) : IDisposable
{
    private const int Documents = 100;
    private const int GoalsPerDocument = 3;
    private const int Kills = 22;
    private const int MaxTrials = 45;
    private readonly string _root = Directory.CreateTempSubdirectory("malanalys-kill-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Sigkill_during_indexing_loses_no_committed_document_and_a_rerun_completes_the_collection()
    {
        var collection = Path.Combine(_root, "collection");
        var index = Path.Combine(_root, "index");
        var expected = WriteCollection(collection);
        var random = new Random(20260101);

        var committed = new HashSet<string>(StringComparer.Ordinal);
        int killed = 0, finishedBeforeKill = 0, lost = 0;

        for (var trial = 0; killed < Kills && trial < MaxTrials; trial++)
        {
            // Early kills hit start-up and the first commit; later ones land among the batch's commits.
            // A few kills land in start-up; the rest once the run has made 1-3 commits of its own, so in mid-batch.
            var (wasKilled, exit, stderr, when) = trial < 3
                ? await RunCli(index, TimeSpan.FromMilliseconds(random.Next(20, 400)), 0, "index", collection, "--index", index, "--commit-every", "2")
                : await RunCli(index, null, random.Next(1, 4), "index", collection, "--index", index, "--commit-every", "2");
            if (wasKilled)
            {
                killed++;
            }
            else
            {
                finishedBeforeKill++;
                Assert.True(exit == 0, $"trial {trial}: exit {exit}: {stderr}");
            }

            var now = Verify(index, expected);
            lost += committed.Except(now).Count();
            output.WriteLine($"trial {trial}: {(wasKilled ? $"killed {when}" : "finished")}; {now.Count} documents committed");
            committed.UnionWith(now);
            if (now.Count == Documents)
            {
                // The collection is complete: start over so that later kills land in a batch again.
                Directory.Delete(index, recursive: true);
                committed.Clear();
            }
        }

        var last = await RunCli(index, null, 0, "index", collection, "--index", index, "--commit-every", "2");
        Assert.True(last.Exit == 0, last.Stderr);
        var final = Verify(index, expected);
        output.WriteLine($"{killed} kills, {finishedBeforeKill} runs finished first, {lost} committed documents lost; final run: {final.Count} documents");
        Assert.Equal(0, lost);
        Assert.True(killed >= Kills, $"only {killed} runs were killed while indexing");
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), final.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Checks the index at its last commit and returns the paths of the documents in it: CheckIndex finds it clean,
    /// no document is there twice, each has all its goals, and each goal is found by its unique project number.
    /// </summary>
    private static HashSet<string> Verify(string path, Dictionary<string, int> expected)
    {
        if (!Directory.Exists(path) || !Directory.EnumerateFiles(path, "segments_*").Any())
        {
            return [];
        }

        using (var directory = LuceneDirectory.Open(path))
        {
            if (GoalIndex.IsTornFirstCommit(directory))
            {
                // Killed while writing the first, empty commit: nothing was ever committed, and the next run starts
                // the index again (GoalIndex.Create).
                return [];
            }

            var check = new CheckIndex(directory).DoCheckIndex();
            Assert.True(check.Clean, $"CheckIndex: {check.NumBadSegments} bad segments, missing segments: {check.MissingSegments}");
        }

        using var index = GoalIndex.OpenReadOnly(path);
        var stats = index.GetStats();
        var documents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, number) in expected)
        {
            var hits = index.Search(number.ToString(CultureInfo.InvariantCulture), new GoalQuery { Take = 20 }).Hits;
            if (hits.Count == 0)
            {
                continue;
            }

            Assert.Equal(GoalsPerDocument, hits.Count);
            Assert.Single(hits.Select(h => h.DocumentId).Distinct());
            Assert.Equal(Enumerable.Range(1, GoalsPerDocument), hits.Select(h => int.Parse(h.Number!, CultureInfo.InvariantCulture)).Order());
            documents.Add(file);
        }

        Assert.Equal(documents.Count, stats.Documents);
        Assert.Equal(documents.Count * GoalsPerDocument, stats.Goals);
        return documents;
    }

    /// <summary>Writes the collection: each document has its own municipality and a project number found only in it.</summary>
    internal static Dictionary<string, int> WriteCollection(string folder, int documents = Documents)
    {
        Directory.CreateDirectory(folder);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < documents; i++)
        {
            var number = 40000 + i;
            var file = $"kommun-{i:D2}.txt";
            File.WriteAllText(Path.Combine(folder, file), $"""
                Testkommun {i} kommun
                Kommunövergripande mål 2023–2026

                Mål 1: Hållbar tillväxt
                Vi ska genomföra projekt {number} för ett växande näringsliv och fler arbetstillfällen.

                Mål 2: Trygg uppväxt
                Alla barn och unga ska ha en trygg uppväxt genom projekt {number} och likvärdig utbildning.

                Mål 3: Klimatsmart kommun
                Kommunen ska minska sina utsläpp av växthusgaser med projekt {number}.

                """);
            numbers[file] = number;
        }

        return numbers;
    }

    /// <summary>
    /// Runs the built CLI as a child process and kills it (SIGKILL) after <paramref name="killAfter"/>, or once the index
    /// has <paramref name="killAfterCommits"/> commits more than at the start, unless it finished first.
    /// </summary>
    private static async Task<(bool Killed, int Exit, string Stderr, string When)> RunCli(string index, TimeSpan? killAfter, int killAfterCommits, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MalAnalys.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var generation = Generation(index);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        string? when = null;
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            if ((killAfter is { } after && clock.Elapsed >= after) || (killAfterCommits > 0 && Generation(index) >= generation + killAfterCommits))
            {
                // Process.Kill sends SIGKILL on Unix: no handler, no finally, no flush runs in the child.
                process.Kill(entireProcessTree: true);
                when = killAfter is null ? $"after {killAfterCommits} commits ({clock.ElapsedMilliseconds} ms)" : $"after {clock.ElapsedMilliseconds} ms";
                break;
            }

            await Task.Delay(2);
        }

        await process.WaitForExitAsync();
        await stdout;
        var killed = when is not null && process.ExitCode != 0;
        return (killed, process.ExitCode, await stderr, when ?? string.Empty);
    }

    // The newest commit's generation: the N of the highest segments_N file (base 36), or -1 for none.
    private static long Generation(string index)
    {
        if (!Directory.Exists(index))
        {
            return -1;
        }

        return Directory.EnumerateFiles(index, "segments_*")
            .Select(f => Path.GetFileName(f)["segments_".Length..])
            .Select(n => n.Aggregate(0L, (v, c) => (v * 36) + (char.IsDigit(c) ? c - '0' : c - 'a' + 10)))
            .DefaultIfEmpty(-1)
            .Max();
    }
}

/// <summary>Tests that time child processes: they run alone, not beside other test classes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Serial
{
    public const string Name = "serial";
}

/// <summary>What a kill during the very first commit leaves behind.</summary>
public sealed class InterruptedCreateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-interrupted-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("write.lock")]
    [InlineData("pending_segments_1")]
    public void A_folder_left_by_a_kill_before_the_first_commit_opens_as_a_new_index(string leftOver)
    {
        File.WriteAllBytes(Path.Combine(_folder, leftOver), []);
        using var index = GoalIndex.Open(_folder);
        Assert.Equal(0, index.GetStats().Documents);
    }

    [Fact]
    public void A_folder_with_other_files_is_still_refused()
    {
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "mina anteckningar");
        var e = Assert.Throws<SearchException>(() => GoalIndex.Open(_folder));
        Assert.Equal(SearchErrorKind.IndexIncompatible, e.Kind);
    }
}
