using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using MalAnalys.Search;
using MalAnalys.Tests.Cli;
using Xunit.Abstractions;
using LuceneDirectory = Lucene.Net.Store.FSDirectory;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// An index folder has one writer, keeps the user's files, and names each document by its real path: a second writer
/// is refused before it changes anything, a file Lucene would delete is never deleted, and one folder reached by
/// three paths is indexed once.
/// </summary>
[Collection(Serial.Name)]
public sealed class IndexFolderTests(ITestOutputHelper output) : IDisposable
{
    private const int GoalsPerDocument = 3;
    private readonly string _root = Directory.CreateTempSubdirectory("malanalys-folder-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_second_writer_in_the_same_process_is_refused_at_once_and_changes_nothing()
    {
        var collection = Path.Combine(_root, "collection");
        var indexPath = Path.Combine(_root, "index");
        KillTests.WriteCollection(collection, 4);
        using (var first = GoalIndex.Open(indexPath))
        {
            await first.IndexAsync(MalAnalyzer.FindDocuments([collection]));
            var before = Snapshot(indexPath);

            var clock = Stopwatch.StartNew();
            var e = Assert.Throws<SearchException>(() => GoalIndex.Open(indexPath));
            Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(500), $"refused after {clock.Elapsed}");
            Assert.Equal(SearchErrorKind.IndexLocked, e.Kind);
            Assert.Contains("locked by another writer", e.Message, StringComparison.Ordinal);
            Assert.Equal(before, Snapshot(indexPath));

            // The first writer goes on working, and searches see it.
            File.WriteAllText(Path.Combine(collection, "kommun-99.txt"), File.ReadAllText(Path.Combine(collection, "kommun-00.txt")).Replace("40000", "40099", StringComparison.Ordinal));
            var batch = await first.IndexAsync(MalAnalyzer.FindDocuments([collection]));
            Assert.Equal(1, batch.Indexed);
        }

        // Released on dispose: the next writer gets the folder, with everything the first one wrote.
        using var next = GoalIndex.Open(indexPath);
        Assert.Equal(5, next.GetStats().Documents);
    }

    [Fact]
    public async Task Two_index_runs_on_one_folder_one_is_refused_the_other_completes_and_nothing_is_lost()
    {
        const int documents = 40;
        var collection = Path.Combine(_root, "collection");
        var expected = KillTests.WriteCollection(collection, documents);
        var random = new Random(20260120);
        var refusals = 0;
        for (var round = 0; round < 6; round++)
        {
            var index = Path.Combine(_root, $"index-{round}");
            using var first = CliProcess.Start("index", collection, "--index", index, "--commit-every", "5");
            await Task.Delay(random.Next(0, 400));
            using var second = CliProcess.Start("index", collection, "--index", index, "--commit-every", "5");
            var runs = new[] { await first.Finish(), await second.Finish() };
            output.WriteLine($"round {round}: exits {runs[0].Exit} and {runs[1].Exit}");

            var refused = runs.Where(r => r.Exit != 0).ToList();
            if (refused.Count == 0)
            {
                // The first run ended before the second took the lock (a loaded machine starts processes slowly): they ran
                // one after the other, and the second found everything indexed.
                var summaries = runs.Select(r => r.Out.Split('\n').Last(l => l.Contains(" indexed (", StringComparison.Ordinal))).ToList();
                Assert.True(summaries.Count(l => l.StartsWith($"{documents} indexed (", StringComparison.Ordinal)) == 1, $"round {round}: {string.Join(" | ", summaries)}");
                Assert.Contains(summaries, l => l.StartsWith($"0 indexed (0 goals), {documents} unchanged", StringComparison.Ordinal));
            }
            else
            {
                refusals++;
                Assert.True(refused.Count == 1, $"round {round}: {string.Join(" | ", runs.Select(r => $"{r.Exit}: {r.Err}"))}");
                Assert.True(refused[0].Err.Contains("locked by another writer", StringComparison.Ordinal), $"round {round}: {refused[0].Err}");
                Assert.Single(refused[0].Err.Trim().Split('\n'));
                var completed = runs.Single(r => r.Exit == 0);
                Assert.Contains($"{documents} indexed", completed.Out, StringComparison.Ordinal);
            }

            using (var directory = LuceneDirectory.Open(index))
            {
                var check = new CheckIndex(directory).DoCheckIndex();
                Assert.True(check.Clean, $"round {round}: CheckIndex found {check.NumBadSegments} bad segments");
            }

            using var goals = GoalIndex.OpenReadOnly(index);
            Assert.Equal(documents, goals.GetStats().Documents);
            Assert.Equal(documents * GoalsPerDocument, goals.GetStats().Goals);
            foreach (var number in expected.Values)
            {
                Assert.Equal(GoalsPerDocument, goals.Search(number.ToString(CultureInfo.InvariantCulture), new GoalQuery { Take = 10 }).TotalHits);
            }
        }

        // Most rounds overlap, so the refusal itself is tested.
        Assert.True(refusals >= 3, $"only {refusals} of 6 rounds overlapped");
    }

    [Theory]
    [InlineData("_notes.txt")]
    [InlineData("_0.docx")]
    [InlineData("segments-backup")]
    public async Task A_file_lucene_would_delete_is_never_deleted_the_folder_is_refused(string name)
    {
        var collection = Path.Combine(_root, "collection");
        var indexPath = Path.Combine(_root, "index");
        KillTests.WriteCollection(collection, 2);
        var built = await CliRun.Run("index", collection, "--index", indexPath);
        Assert.True(built.Exit == 0, built.Err);

        var notes = Path.Combine(indexPath, name);
        await File.WriteAllTextAsync(notes, "mina anteckningar");
        var before = Snapshot(indexPath);
        var e = Assert.Throws<SearchException>(() => GoalIndex.Open(indexPath));
        Assert.Equal(SearchErrorKind.IndexIncompatible, e.Kind);
        Assert.Contains(name, e.Message, StringComparison.Ordinal);

        KillTests.WriteCollection(Path.Combine(_root, "more"), 1);
        var (exit, _, err) = await CliRun.Run("index", Path.Combine(_root, "more"), "--index", indexPath);
        Assert.Equal(1, exit);
        Assert.Contains("move them out of the folder", err, StringComparison.Ordinal);
        Assert.Equal("mina anteckningar", await File.ReadAllTextAsync(notes));
        Assert.Equal(before, Snapshot(indexPath));

        // Moved out, the folder is the index's again.
        File.Delete(notes);
        using var index = GoalIndex.Open(indexPath);
        Assert.Equal(2, index.GetStats().Documents);
    }

    [Fact]
    public void Lucene_itself_deletes_a_user_file_named_like_its_own_which_is_why_such_a_folder_is_refused()
    {
        // The hazard the check above guards against, shown with a plain Lucene writer.
        var folder = Path.Combine(_root, "plain");
        using (var index = GoalIndex.Open(folder))
        {
        }

        var notes = Path.Combine(folder, "_notes.txt");
        File.WriteAllText(notes, "mina anteckningar");
        using (var directory = LuceneDirectory.Open(folder))
        using (new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
        }

        Assert.False(File.Exists(notes));
    }

    [Fact]
    public async Task Files_lucene_does_not_claim_stay_and_do_not_stop_the_index()
    {
        var collection = Path.Combine(_root, "collection");
        var indexPath = Path.Combine(_root, "index");
        KillTests.WriteCollection(collection, 2);
        Assert.Equal(0, (await CliRun.Run("index", collection, "--index", indexPath)).Exit);
        foreach (var name in new[] { "notes.txt", ".DS_Store", "README" })
        {
            await File.WriteAllTextAsync(Path.Combine(indexPath, name), name);
        }

        File.WriteAllText(Path.Combine(collection, "kommun-00.txt"), File.ReadAllText(Path.Combine(collection, "kommun-00.txt")) + "\nEtt tillägg.\n");
        var (exit, output, err) = await CliRun.Run("index", collection, "--index", indexPath);
        Assert.True(exit == 0, err);
        Assert.Contains("1 indexed", output, StringComparison.Ordinal);
        foreach (var name in new[] { "notes.txt", ".DS_Store", "README" })
        {
            Assert.Equal(name, await File.ReadAllTextAsync(Path.Combine(indexPath, name)));
        }
    }

    [Fact]
    public async Task One_folder_given_as_a_relative_path_an_absolute_path_and_through_a_symlink_is_indexed_once()
    {
        const int documents = 3;
        var collection = Path.Combine(_root, "collection");
        var expected = KillTests.WriteCollection(collection, documents);
        var link = Path.Combine(_root, "link");
        Directory.CreateSymbolicLink(link, collection);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), collection);
        Assert.False(Path.IsPathRooted(relative));
        var viaDots = Path.Combine(_root, "link", "..", "collection");

        using var index = GoalIndex.Open(Path.Combine(_root, "index"));
        var first = await index.IndexAsync(MalAnalyzer.FindDocuments([relative]));
        Assert.Equal(documents, first.Indexed);
        foreach (var other in new[] { collection, link, viaDots })
        {
            var again = await index.IndexAsync(MalAnalyzer.FindDocuments([other]));
            Assert.True(again.Indexed == 0 && again.Skipped == documents, $"{other}: {again.Indexed} indexed, {again.Skipped} skipped");
        }

        // All at once in one batch: the repeats are skipped too.
        var all = await index.IndexAsync(MalAnalyzer.FindDocuments([relative, collection, link]), options: IndexBatchOptions.Default with { SkipUnchanged = false });
        Assert.Equal(documents, all.Indexed);
        Assert.Equal(2 * documents, all.Skipped);

        Assert.Equal(documents, index.GetStats().Documents);
        Assert.Equal(documents * GoalsPerDocument, index.GetStats().Goals);
        var hits = index.Search(expected.Values.First().ToString(CultureInfo.InvariantCulture)).Hits;
        Assert.Equal(GoalsPerDocument, hits.Count);
        Assert.All(hits, h => Assert.Equal(Path.Combine(collection, expected.Keys.First()), h.Path));

        var source = MalAnalyzer.CreateDefault().Analyze(Path.Combine(link, expected.Keys.First())).Document.Source;
        Assert.Equal(GoalIndex.DocumentIdOf(source), GoalIndex.DocumentIdOf(source with { Path = Path.Combine(relative, expected.Keys.First()) }));
        Assert.Equal(GoalIndex.DocumentIdOf(source), GoalIndex.DocumentIdOf(source with { Path = Path.Combine(viaDots, expected.Keys.First()) }));
    }

    // Name, length and write time of every file: what a refused writer must leave as it was.
    private static string Snapshot(string folder) =>
        string.Join("\n", new DirectoryInfo(folder).EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name} {f.Length} {f.LastWriteTimeUtc.Ticks}")));
}
