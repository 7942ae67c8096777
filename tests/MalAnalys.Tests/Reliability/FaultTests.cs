using System.Collections.Concurrent;
using Lucene.Net.Index;
using MalAnalys.Search;
using Xunit.Abstractions;
using LuceneDirectory = Lucene.Net.Store.FSDirectory;

namespace MalAnalys.Tests.Reliability;

/// <summary>A full disk or an unwritable index folder gives a clear error and leaves the last commit whole; searches run safely during a batch.</summary>
public sealed class FaultTests(ITestOutputHelper output) : IDisposable
{
    private static readonly MalAnalyzer Analyzer = new(new MalAnalyzerOptions { ClassifySdgs = false });
    private readonly string _root = Directory.CreateTempSubdirectory("malanalys-faults-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(false, "No space left on device")]
    [InlineData(true, "denied")]
    public void A_failing_commit_gives_a_clear_error_and_the_last_commit_still_opens(bool unwritable, string reason)
    {
        var path = Path.Combine(_root, "index");
        var ystad = CommitOne(path);

        var directory = new FailingDirectory(LuceneDirectory.Open(path)) { Unwritable = unwritable };
        var index = GoalIndex.OpenOver(directory, path);
        index.Add(Analyzer.Analyze(Seeds.Perstorp));
        directory.Budget = 0;
        var commit = Assert.Throws<SearchException>(index.Commit);
        Assert.Equal(SearchErrorKind.IndexUnwritable, commit.Kind);
        Assert.Contains(reason, commit.Message, StringComparison.Ordinal);
        Assert.Contains("keeps its last commit", commit.Message, StringComparison.Ordinal);

        // Closing cannot commit either: it says so, and still releases the folder.
        var dispose = Record.Exception(index.Dispose);
        Assert.True(dispose is null or SearchException { Kind: SearchErrorKind.IndexUnwritable }, dispose?.ToString());
        Assert.True(directory.Failures > 0);

        AssertLastCommit(path, [ystad]);
        using var again = GoalIndex.Open(path);
        Assert.Equal(1, again.GetStats().Documents);
    }

    [Fact]
    public async Task A_disk_that_fills_during_a_batch_stops_it_with_a_clear_error_and_keeps_every_earlier_commit()
    {
        var path = Path.Combine(_root, "index");
        var collection = Path.Combine(_root, "collection");
        var numbers = KillTests.WriteCollection(collection, 60);
        CommitOne(path);

        var files = MalAnalyzer.FindDocuments([collection]);
        var options = new IndexBatchOptions { CommitEvery = 3, MaxParallelism = 2 };

        // The disk fills a third of the way through what the whole batch writes (measured on a disk that does not fill).
        // Not half way: background merges run when the machine lets them, so two runs of one batch need not write the
        // same amount, and on a loaded machine a half budget was once never reached.
        var measured = Path.Combine(_root, "measured");
        CommitOne(measured);
        long written;
        using (var unlimited = new FailingDirectory(LuceneDirectory.Open(measured)))
        using (var whole = GoalIndex.OpenOver(unlimited, measured))
        {
            await whole.IndexAsync(files, Analyzer, options);
            whole.Commit();
            written = unlimited.Written;
            output.WriteLine($"the whole batch writes {written} bytes");
        }

        var directory = new FailingDirectory(LuceneDirectory.Open(path)) { Budget = written / 3 };
        var index = GoalIndex.OpenOver(directory, path);
        var error = await Assert.ThrowsAsync<SearchException>(() => index.IndexAsync(files, Analyzer, options));
        Assert.Equal(SearchErrorKind.IndexUnwritable, error.Kind);
        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
        _ = Record.Exception(index.Dispose);

        // What was committed before the disk filled is whole: complete documents only, and CheckIndex is clean.
        var stats = AssertLastCommit(path, null);
        var generated = stats.Documents - 1;
        output.WriteLine($"disk full after {generated} of {numbers.Count} documents were committed");
        Assert.InRange(generated, 0, numbers.Count - 1);
        using var reopened = GoalIndex.OpenReadOnly(path);
        Assert.Equal(generated * 3, reopened.Search("projekt", new GoalQuery { Take = 1 }).TotalHits);
    }

    [Fact]
    public async Task Many_threads_search_while_a_batch_indexes_and_commits()
    {
        var path = Path.Combine(_root, "index");
        var collection = Path.Combine(_root, "collection");
        const int documents = 48, commitEvery = 4, goalsPerDocument = 3;
        KillTests.WriteCollection(collection, documents);
        using var index = GoalIndex.Open(path);
        using var reader = GoalIndex.OpenReadOnly(path);
        using var done = new CancellationTokenSource();
        var errors = new ConcurrentQueue<Exception>();
        long searches = 0;

        // Writer-side searches see documents as they are added (near-real-time); read-only ones see commits. Either way
        // a state holds whole documents only (all three goals of each), agrees with the stats, and never goes back.
        Task Searcher(GoalIndex target, bool committedOnly) => Task.Run(() =>
        {
            var last = 0;
            while (!done.IsCancellationRequested)
            {
                try
                {
                    if (committedOnly)
                    {
                        target.Refresh();
                    }

                    var total = target.Search("projekt", new GoalQuery { Take = 3 }).TotalHits;
                    var stats = target.GetStats();
                    Assert.Equal(0, total % goalsPerDocument);
                    Assert.Equal(stats.Documents * goalsPerDocument, stats.Goals);
                    Assert.True(total >= last, $"a search saw {total} goals after {last}");
                    Assert.InRange(total, 0, documents * goalsPerDocument);
                    last = total;
                    Interlocked.Increment(ref searches);
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                    return;
                }
            }
        });

        var searchers = Enumerable.Range(0, 6).Select(i => Searcher(i % 2 == 0 ? index : reader, committedOnly: i % 2 == 1)).ToArray();
        var result = await index.IndexAsync(MalAnalyzer.FindDocuments([collection]), Analyzer, new IndexBatchOptions { CommitEvery = commitEvery, MaxParallelism = 2 });
        await Task.Delay(200);
        await done.CancelAsync();
        await Task.WhenAll(searchers);

        output.WriteLine($"{searches} searches by 6 threads while {result.Indexed} documents were indexed in {result.Commits} commits");
        Assert.Empty(errors);
        Assert.Equal(documents, result.Indexed);
        Assert.True(searches >= 60, $"only {searches} searches ran");
        reader.Refresh();
        Assert.Equal(documents * goalsPerDocument, reader.Search("projekt").TotalHits);
    }

    private static string CommitOne(string path)
    {
        using var index = GoalIndex.Open(path);
        var id = index.Add(Analyzer.Analyze(Seeds.Ystad));
        index.Commit();
        return id;
    }

    private static GoalIndexStats AssertLastCommit(string path, string[]? documentIds)
    {
        using (var directory = LuceneDirectory.Open(path))
        {
            var check = new CheckIndex(directory).DoCheckIndex();
            Assert.True(check.Clean, $"CheckIndex: {check.NumBadSegments} bad segments");
        }

        using var index = GoalIndex.OpenReadOnly(path);
        var stats = index.GetStats();
        if (documentIds is not null)
        {
            Assert.Equal(documentIds.Length, stats.Documents);
        }

        return stats;
    }
}
