using System.Collections.Concurrent;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using MalAnalys.Search;
using MalAnalys.Tests.Cli;
using MalAnalys.Tests.Search;
using Xunit.Abstractions;
using Directory = System.IO.Directory;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// A read-only index in one process while <c>malanalys index</c> in another adds a segment per document and merges them
/// (deleting the files of older commits as it goes): a reader that refreshes sees the new segments or keeps its
/// consistent older view, never an exception; so does a fresh read-only open, as <c>search</c> and <c>stats</c> make,
/// and the whole-index check of <c>stats --check</c> finds no damage in an index that is only being written, even when a
/// commit deletes the very files it is about to read.
/// </summary>
[Collection(Serial.Name)]
public sealed class ReadWhileWritingTests(ITestOutputHelper output) : IDisposable
{
    private const int Documents = 120;
    private const int GoalsPerDocument = 3;
    private readonly string _root = Directory.CreateTempSubdirectory("malanalys-read-write-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Readers_in_this_process_refresh_open_and_check_while_another_process_adds_segments()
    {
        var collection = Path.Combine(_root, "collection");
        var path = Path.Combine(_root, "index");
        KillTests.WriteCollection(collection, Documents);
        using var writer = CliProcess.Start("index", collection, "--index", path, "--commit-every", "1");

        // The first commit is the index's empty one: from then on a read-only open must always work.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!Directory.Exists(path) || !Directory.EnumerateFiles(path, "segments_*").Any())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2) && !writer.Process.HasExited, "the index was not created");
            await Task.Delay(20);
        }

        // The view changes on Refresh only, so that the stats and the search after it read one and the same view.
        using var reader = GoalIndex.OpenReadOnly(path);
        reader.ReadOnlyRefreshInterval = TimeSpan.FromHours(1);
        var errors = new ConcurrentQueue<string>();
        int refreshes = 0, opens = 0, checks = 0;
        var seen = new ConcurrentBag<int>();

        void Loop(Action step) => Task.Run(() =>
        {
            while (!writer.Process.HasExited)
            {
                try
                {
                    step();
                }
                catch (Exception e)
                {
                    errors.Enqueue($"{e.GetType().Name}: {e.Message}");
                }
            }
        }).Wait();

        var refreshing = Task.Run(() => Loop(() =>
        {
            // A refresh either takes in a newer commit whole or keeps the view it had: counts of whole documents that
            // never go back.
            var before = reader.GetStats().Goals;
            reader.Refresh();
            var stats = reader.GetStats();
            var hits = reader.Search("projekt", new GoalQuery { Take = 1 }).TotalHits;
            Check(stats.Goals == stats.Documents * GoalsPerDocument && hits == stats.Goals && stats.Goals >= before, $"refresh: {before} goals, then {stats.Documents} documents, {stats.Goals} goals, {hits} hits", errors);
            seen.Add(stats.Documents);
            Interlocked.Increment(ref refreshes);
        }));
        var opening = Task.Run(() => Loop(() =>
        {
            using var fresh = GoalIndex.OpenReadOnly(path);
            var stats = fresh.GetStats();
            Check(stats.Goals == stats.Documents * GoalsPerDocument, $"open: {stats.Documents} documents, {stats.Goals} goals", errors);
            Interlocked.Increment(ref opens);
        }));
        var checking = Task.Run(() => Loop(() =>
        {
            using var fresh = GoalIndex.OpenReadOnly(path);
            _ = fresh.Check();
            Interlocked.Increment(ref checks);
        }));

        var (exit, _, err) = await writer.Finish();
        await Task.WhenAll(refreshing, opening, checking);
        reader.Refresh();
        output.WriteLine($"{refreshes} refreshes ({seen.Distinct().Count()} different views), {opens} opens and {checks} checks while {Documents} documents were committed one by one; {errors.Count} errors");
        Assert.True(exit == 0, err);
        Assert.True(errors.IsEmpty, string.Join("\n", errors.Distinct().Take(10)));
        Assert.Equal(Documents, reader.GetStats().Documents);
        Assert.True(seen.Distinct().Count() >= 3, $"the reader saw only {seen.Distinct().Count()} states");
        Assert.True(opens >= 3 && checks >= 1, $"{opens} opens and {checks} checks");
    }

    [Fact]
    public void A_check_whose_files_a_newer_commit_deletes_checks_that_commit_instead_of_reporting_damage()
    {
        var path = Path.Combine(_root, "overtaken");
        using (var index = GoalIndex.Open(path))
        {
            index.Add(SeedIndex.Documents["ystad"]);
            index.Commit();
            index.Add(SeedIndex.Documents["perstorp"]);
            index.Commit();
        }

        int entries;
        using (var before = GoalIndex.OpenReadOnly(path))
        {
            var first = before.Check();
            Assert.Equal(2, first.Segments);
            entries = first.Entries;
        }

        // Once the check has read the list of segments, as it opens the first segment's files, another writer merges both
        // segments into one and commits, which deletes the files of the commit being checked (Lucene itself rereads a
        // list of segments that a commit replaces, but not the segments' files).
        using var directory = new OvertakenDirectory(FSDirectory.Open(path), () =>
        {
            using var other = FSDirectory.Open(path);
            using var writer = new IndexWriter(other, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()));
            writer.ForceMerge(1);
            writer.Commit();
        });
        using var reader = GoalIndex.OpenReadOnlyOver(directory, path);
        directory.Armed = true;
        var check = reader.Check();
        Assert.True(directory.Overtaken, "no commit came between the check's reads");
        Assert.Equal(1, check.Segments);
        Assert.Equal(entries, check.Entries);
    }

    /// <summary>A folder in which another writer commits once, just as a segment's data (no list of segments, no segment's description) is first opened.</summary>
    private sealed class OvertakenDirectory(Lucene.Net.Store.Directory inner, Action commit) : FilterDirectory(inner)
    {
        public bool Armed { get; set; }

        public bool Overtaken { get; private set; }

        public override IndexInput OpenInput(string name, IOContext context)
        {
            if (Armed && !Overtaken && !name.StartsWith("segments", StringComparison.Ordinal) && !name.EndsWith(".si", StringComparison.Ordinal))
            {
                Overtaken = true;
                commit();
            }

            return base.OpenInput(name, context);
        }
    }

    private static void Check(bool condition, string what, ConcurrentQueue<string> errors)
    {
        if (!condition)
        {
            errors.Enqueue(what);
        }
    }
}
