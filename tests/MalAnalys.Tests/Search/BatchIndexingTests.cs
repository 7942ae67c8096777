using MalAnalys.Search;

namespace MalAnalys.Tests.Search;

public sealed class BatchIndexingTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("malanalys-batch-");

    public void Dispose() => _dir.Delete(recursive: true);

    /// <summary>Copies of the seed texts under different names (different paths: different documents).</summary>
    private List<string> Copies(int count)
    {
        var input = _dir.CreateSubdirectory("in");
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(input.FullName, $"doc-{i:D3}.txt");
            File.Copy(Seeds.Texts[i % Seeds.Texts.Length], path);
            paths.Add(path);
        }

        return paths;
    }

    private sealed class Collect : IProgress<IndexProgress>
    {
        public List<IndexProgress> Reports { get; } = [];

        public void Report(IndexProgress value)
        {
            lock (Reports)
            {
                Reports.Add(value);
            }
        }
    }

    [Fact]
    public async Task A_batch_without_an_analyzer_indexes_the_same_sdgs_and_scores_as_the_default_analyzer()
    {
        // The batch's own analyzer leaves out the SDG evidence (the index keeps none); the SDGs and scores must not change.
        var paths = Copies(Seeds.Texts.Length);
        using var batch = GoalIndex.InMemory();
        await batch.IndexAsync(paths, null, new IndexBatchOptions { MaxParallelism = 2 });
        using var single = GoalIndex.InMemory();
        var analyzer = MalAnalyzer.CreateDefault();
        foreach (var path in paths)
        {
            single.Add(analyzer.Analyze(path));
        }

        single.Commit();
        var expected = single.GetStats(allCopies: true);
        Assert.NotEmpty(expected.Sdgs);
        Assert.Equal(expected.Sdgs, batch.GetStats(allCopies: true).Sdgs);
        static string Scores(GoalIndex index) => string.Join("\n", index.Search("Perstorp OR Östersund OR Ostersund OR Ystad", new GoalQuery { Take = 100, AllCopies = true }).Hits
            .OrderBy(h => h.GoalId, StringComparer.Ordinal)
            .Select(h => h.GoalId + " " + string.Join(",", h.Sdgs.Select(s => $"{s.Sdg}:{s.Score}"))));
        var scores = Scores(single);
        Assert.True(scores.Split('\n').Length >= 15, scores);
        Assert.Equal(scores, Scores(batch));
    }

    [Fact]
    public async Task A_batch_commits_periodically_reports_progress_and_a_rerun_skips_what_is_done()
    {
        var paths = Copies(12);
        var indexPath = Path.Combine(_dir.FullName, "index");
        var progress = new Collect();
        using (var index = GoalIndex.Open(indexPath))
        {
            var result = await index.IndexAsync(paths, null, new IndexBatchOptions { CommitEvery = 5, MaxParallelism = 2, QueueCapacity = 2 }, progress);
            Assert.Equal(12, result.Indexed);
            Assert.Equal(76, result.Goals);
            // Every 5 documents and once at the end; with two workers a commit may take in more than 5 (documents
            // added while another commit runs), so the count depends on timing, within these bounds.
            Assert.InRange(result.Commits, 2, 3);
            Assert.Empty(result.Failures);
        }

        Assert.Equal(12, progress.Reports.Count);
        Assert.Equal(Enumerable.Range(1, 12), progress.Reports.Select(p => p.Done));
        Assert.All(progress.Reports, p => Assert.Equal(12, p.Total));

        File.AppendAllText(paths[0], "\nEtt tillägg.\n");
        using var again = GoalIndex.Open(indexPath);
        var rerun = await again.IndexAsync(paths);
        Assert.Equal(1, rerun.Indexed);
        Assert.Equal(11, rerun.Skipped);
        var stats = again.GetStats(allCopies: true);
        Assert.Equal(12, stats.Documents);
        Assert.Equal(76, stats.Goals);
    }

    [Fact]
    public async Task A_cancelled_batch_keeps_what_it_indexed_and_a_rerun_completes_it_without_duplicates()
    {
        var paths = Copies(30);
        var indexPath = Path.Combine(_dir.FullName, "index");
        using var cancel = new CancellationTokenSource();
        var progress = new Collect();
        var cancelAfter = new Progress(p =>
        {
            if (p.Done == 5)
            {
                cancel.Cancel();
            }
        });
        using (var index = GoalIndex.Open(indexPath))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.IndexAsync(paths, null, new IndexBatchOptions { CommitEvery = 1000, MaxParallelism = 1, QueueCapacity = 1 }, cancelAfter, cancel.Token));
        }

        int done;
        using (var reader = GoalIndex.OpenReadOnly(indexPath))
        {
            done = reader.GetStats(allCopies: true).Documents;
            Assert.InRange(done, 5, 29);
        }

        using var again = GoalIndex.Open(indexPath);
        var rerun = await again.IndexAsync(paths);
        Assert.Equal(done, rerun.Skipped);
        Assert.Equal(30 - done, rerun.Indexed);
        Assert.Equal(30, again.GetStats(allCopies: true).Documents);
    }

    [Fact]
    public async Task Searches_see_the_batch_while_it_runs()
    {
        var paths = Copies(9);
        using var index = GoalIndex.InMemory();
        var seen = new List<int>();
        var searchWhileRunning = new Progress(p => seen.Add(index.Search("fritid", new GoalQuery { AllCopies = true }).TotalHits));
        var result = await index.IndexAsync(paths, null, new IndexBatchOptions { CommitEvery = 1000, MaxParallelism = 1, QueueCapacity = 1 }, searchWhileRunning);
        Assert.Equal(1, result.Commits);
        Assert.Equal(9, seen.Count);
        Assert.True(seen[0] < seen[^1], string.Join(",", seen));
        Assert.Equal(seen.OrderBy(x => x), seen);
    }

    [Fact]
    public async Task A_path_given_twice_in_one_batch_is_indexed_once()
    {
        var paths = Copies(4);
        using var index = GoalIndex.InMemory();
        var result = await index.IndexAsync([.. paths, paths[1], paths[1].Replace('/', Path.DirectorySeparatorChar)], null, new IndexBatchOptions { MaxParallelism = 3 });
        Assert.Equal(6, result.Total);
        Assert.Equal(4, result.Indexed);
        Assert.Equal(2, result.Skipped);
        Assert.Equal(4, index.GetStats(allCopies: true).Documents);
    }

    [Fact]
    public async Task Four_workers_index_exactly_what_one_worker_does()
    {
        var paths = Copies(24);
        using var one = GoalIndex.InMemory();
        using var four = GoalIndex.InMemory();
        var sequential = await one.IndexAsync(paths, null, new IndexBatchOptions { MaxParallelism = 1, CommitEvery = 7 });
        var parallel = await four.IndexAsync(paths, null, new IndexBatchOptions { MaxParallelism = 4, CommitEvery = 7, QueueCapacity = 1 });
        Assert.Equal(sequential.Goals, parallel.Goals);
        Assert.Equal(24, parallel.Indexed);
        var a = one.GetStats(allCopies: true);
        var b = four.GetStats(allCopies: true);
        Assert.Equal(a.Documents, b.Documents);
        Assert.Equal(a.Goals, b.Goals);
        Assert.Equal(a.Municipalities, b.Municipalities);
        Assert.Equal(a.Sdgs, b.Sdgs);
        Assert.Equal(
            one.Search("försörjning", new GoalQuery { Take = 500, AllCopies = true }).Hits.Select(h => h.GoalId).Order(StringComparer.Ordinal),
            four.Search("försörjning", new GoalQuery { Take = 500, AllCopies = true }).Hits.Select(h => h.GoalId).Order(StringComparer.Ordinal));
    }

    private sealed class Progress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
