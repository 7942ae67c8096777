using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MalAnalys.Search;

public sealed partial class GoalIndex
{
    /// <summary>
    /// Indexes many files: the analyzer's batch engine reads, repairs, parses and classifies them on
    /// <see cref="IndexBatchOptions.MaxParallelism"/> workers, and each worker adds its document to this index's one
    /// <see cref="IndexWriter"/> (which takes documents from several threads at once); every
    /// <see cref="IndexBatchOptions.CommitEvery"/> documents or <see cref="IndexBatchOptions.CommitInterval"/> the batch
    /// commits. A file that fails is reported and skipped; files already indexed unchanged, and repeats of a path in
    /// <paramref name="paths"/>, are skipped. Searches on this index see the batch's documents as they arrive
    /// (near-real-time). On cancellation, what was indexed so far is committed before the <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <param name="paths">The files (see <see cref="MalAnalyzer.FindDocuments(IEnumerable{string}, Action{string, string})"/> to expand folders).</param>
    /// <param name="analyzer">The analyzer that reads, repairs, parses and classifies, or <see langword="null"/> for the defaults (SDG predictions without their evidence, which the index does not keep).</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <param name="progress">Receives progress after each file, in order (called on a worker thread; keep it short), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <returns>What the batch did.</returns>
    /// <exception cref="InvalidOperationException">The index is read-only.</exception>
    /// <exception cref="SearchException">A commit failed (a full disk, permissions); the index keeps its last commit.</exception>
    public async Task<IndexBatchResult> IndexAsync(
        IReadOnlyList<string> paths,
        MalAnalyzer? analyzer = null,
        IndexBatchOptions? options = null,
        IProgress<IndexProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= IndexBatchOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxParallelism, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CommitEvery, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QueueCapacity, 1, nameof(options));
        _ = Writer();
        analyzer ??= MalAnalyzer.ForIndexing;
        if (options.Shard is { } shard)
        {
            paths = InShard(paths, shard, options.MaxParallelism, cancellationToken);
        }

        var committed = options.SkipUnchanged ? CommittedHashes() : new Dictionary<string, Committed>(StringComparer.Ordinal);
        var batch = new BatchState(this, paths.Count, options, progress);

        // The same file twice in one batch: indexing it twice would only replace it with itself.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<string>(paths.Count);
        foreach (var path in paths)
        {
            if (seen.Add(NormalizePath(path)))
            {
                unique.Add(path);
            }
            else
            {
                batch.Record(path, null, null, added: false);
            }
        }

        var stale = new string?[unique.Count];
        try
        {
            await analyzer.AnalyzeEachAsync(
                unique,
                options.MaxParallelism,
                options.QueueCapacity,
                admit: null,
                done: (position, outcome) => Take(unique[position], outcome, stale[position], batch),
                cancellationToken,
                wanted: position => Changed(unique[position], committed, out stale[position])).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            if (batch.SinceCommit > 0)
            {
                // Keep what is done: a re-run skips it.
                Commit();
            }

            throw;
        }

        return batch.Finish();
    }

    /// <summary>
    /// Adds one analysed file to the index (or records why not); runs on the worker that analysed it. Anything but a
    /// document the index refuses is a failing index (a full disk), which propagates and stops the batch.
    /// </summary>
    private void Take(string path, AnalysisOutcome? outcome, string? stalePath, BatchState batch)
    {
        if (outcome is null)
        {
            batch.Record(path, null, null, added: false);
            return;
        }

        var error = outcome.Error?.Message;
        if (outcome.Document is { } document)
        {
            try
            {
                Add(document, null, stalePath);
            }
            catch (ArgumentException e)
            {
                error = $"{path}: could not be indexed: {e.Message}";
            }
        }

        batch.Record(path, error is null ? outcome.Document : null, error, added: error is null);
    }

    /// <summary>
    /// The files of <paramref name="paths"/> in <paramref name="shard"/>, in their order: each file's id from its content
    /// hash and real path, as the document will have in the index (a file that cannot be read: from an empty hash).
    /// </summary>
    private static List<string> InShard(IReadOnlyList<string> paths, IndexShard shard, int parallelism, CancellationToken cancellationToken)
    {
        var keep = new bool[paths.Count];
        Parallel.For(
            0,
            paths.Count,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            i => keep[i] = shard.Contains(DocumentIdFrom(HashOf(paths[i]) ?? string.Empty, paths[i])));
        return [.. paths.Where((_, i) => keep[i])];
    }

    /// <summary>Whether a file must be analysed: it is not in the index, or its content changed since.</summary>
    private static bool Changed(string path, Dictionary<string, Committed> committed, out string? stalePath)
    {
        stalePath = null;
        if (committed.Count > 0 && committed.TryGetValue(NormalizePath(path), out var known))
        {
            if (known.Sha256 == HashOf(path))
            {
                return false;
            }

            stalePath = known.StoredPath;
        }

        return true;
    }

    /// <summary>A batch's counters, shared by its workers: progress is reported and commits are decided in one order.</summary>
    private sealed class BatchState(GoalIndex index, int total, IndexBatchOptions options, IProgress<IndexProgress>? progress)
    {
        private readonly Lock _gate = new();
        private readonly Lock _commitGate = new();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<IndexFailure> _failures = [];
        private int _indexed;
        private int _skipped;
        private int _commits;
        private int _sinceCommit;
        private long _goals;
        private TimeSpan _lastCommit;

        public int SinceCommit
        {
            get
            {
                lock (_gate)
                {
                    return _sinceCommit;
                }
            }
        }

        public void Record(string path, AnalyzedDocument? document, string? error, bool added)
        {
            lock (_gate)
            {
                if (error is not null)
                {
                    _failures.Add(new IndexFailure(path, error));
                }
                else if (!added)
                {
                    _skipped++;
                }
                else
                {
                    _indexed++;
                    _goals += document!.Goals.Count;
                    _sinceCommit++;
                }

                progress?.Report(new IndexProgress(_indexed + _skipped + _failures.Count, _indexed, _skipped, _failures.Count, total, _goals, _clock.Elapsed));
            }

            CommitWhenDue();
        }

        // One worker commits while the others go on adding; documents added meanwhile go into this commit or the next.
        // The committing worker looks again when it is done, so documents that arrived during a long commit are not
        // left waiting for the next document.
        private void CommitWhenDue()
        {
            while (true)
            {
                int due;
                lock (_gate)
                {
                    due = _sinceCommit >= options.CommitEvery || (_sinceCommit > 0 && _clock.Elapsed - _lastCommit >= options.CommitInterval) ? _sinceCommit : 0;
                }

                if (due == 0 || !_commitGate.TryEnter())
                {
                    return;
                }

                try
                {
                    index.Commit();
                    lock (_gate)
                    {
                        _commits++;
                        _sinceCommit -= Math.Min(due, _sinceCommit);
                        _lastCommit = _clock.Elapsed;
                    }
                }
                finally
                {
                    _commitGate.Exit();
                }
            }
        }

        public IndexBatchResult Finish()
        {
            lock (_gate)
            {
                if (_sinceCommit > 0 || _commits == 0)
                {
                    index.Commit();
                    _commits++;
                    _sinceCommit = 0;
                }

                return new IndexBatchResult(total, _indexed, _skipped, _goals, [.. _failures], _commits, _clock.Elapsed);
            }
        }
    }

    private static string? HashOf(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The analyzer reads it again and reports the failure properly.
            return null;
        }
    }

    // Real path → stored path and content hash of every document in the index, read once at the start of a batch. Older
    // versions stored paths as given (relative ones too): taken as real paths from the current directory, they are found
    // again, and a changed file replaces the entries under its old path instead of being added twice.
    private Dictionary<string, Committed> CommittedHashes() => WithSearcher(searcher =>
    {
        var result = new Dictionary<string, Committed>(StringComparer.Ordinal);
        var query = new TermQuery(new Term(GoalFields.Kind, GoalFields.KindDocument));
        var count = Math.Max(1, searcher.Search(query, 1).TotalHits);
        var fields = new HashSet<string>(StringComparer.Ordinal) { GoalFields.Path, GoalFields.Sha256 };
        foreach (var hit in searcher.Search(query, count).ScoreDocs)
        {
            var stored = searcher.Doc(hit.Doc, fields);
            var path = stored.Get(GoalFields.Path, CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(path))
            {
                result[NormalizePath(path)] = new Committed(path, stored.Get(GoalFields.Sha256, CultureInfo.InvariantCulture) ?? string.Empty);
            }
        }

        return result;
    });

    private sealed record Committed(string StoredPath, string Sha256);
}
