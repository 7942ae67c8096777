using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MalAnalys.Search;

/// <summary>Options for <see cref="GoalIndex.IndexAsync"/>.</summary>
public sealed record IndexBatchOptions
{
    /// <summary>The defaults.</summary>
    public static IndexBatchOptions Default { get; } = new();

    /// <summary>How many documents are read, repaired and parsed at once (default: the number of processors).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Commit after this many documents, so a crash loses at most this many (default 500).</summary>
    public int CommitEvery { get; init; } = 500;

    /// <summary>Commit at least this often while documents are coming in (default 30 s).</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many analysed documents may wait for the writer; bounds memory (default 32).</summary>
    public int QueueCapacity { get; init; } = 32;

    /// <summary>Skip files whose path and content hash are already in the last commit (default <see langword="true"/>), so a re-run after a crash completes the rest.</summary>
    public bool SkipUnchanged { get; init; } = true;
}

/// <summary>How far a batch has come.</summary>
/// <param name="Done">Files finished: indexed, skipped or failed.</param>
/// <param name="Indexed">Files indexed.</param>
/// <param name="Skipped">Files skipped because the index already held them unchanged.</param>
/// <param name="Failed">Files that could not be read or parsed.</param>
/// <param name="Total">Files in the batch.</param>
/// <param name="Goals">Goals indexed so far.</param>
/// <param name="Elapsed">Time since the batch started.</param>
public sealed record IndexProgress(int Done, int Indexed, int Skipped, int Failed, int Total, long Goals, TimeSpan Elapsed)
{
    /// <summary>Files finished per second so far.</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;
}

/// <summary>A file a batch could not index, and why.</summary>
/// <param name="Path">The file.</param>
/// <param name="Message">What went wrong.</param>
public sealed record IndexFailure(string Path, string Message);

/// <summary>What a batch did.</summary>
/// <param name="Total">Files in the batch.</param>
/// <param name="Indexed">Files indexed.</param>
/// <param name="Skipped">Files skipped because the index already held them unchanged.</param>
/// <param name="Goals">Goals indexed.</param>
/// <param name="Failures">The files that failed, in the order they failed.</param>
/// <param name="Commits">How many commits the batch made.</param>
/// <param name="Elapsed">How long it took.</param>
public sealed record IndexBatchResult(int Total, int Indexed, int Skipped, long Goals, IReadOnlyList<IndexFailure> Failures, int Commits, TimeSpan Elapsed);

public sealed partial class GoalIndex
{
    /// <summary>
    /// Indexes many files: a bounded pipeline (System.Threading.Channels) reads, repairs and parses them in parallel and
    /// feeds this index's one writer, which commits every <see cref="IndexBatchOptions.CommitEvery"/> documents or
    /// <see cref="IndexBatchOptions.CommitInterval"/>. A file that fails is reported and skipped; files already indexed
    /// unchanged are skipped. Searches on this index see the batch's documents as they arrive (near-real-time).
    /// On cancellation, what was indexed so far is committed before the <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <param name="paths">The files (see <see cref="MalAnalyzer.FindDocuments"/> to expand folders).</param>
    /// <param name="analyzer">The analyzer that reads, repairs and parses, or <see langword="null"/> for the default.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <param name="progress">Receives progress after each file, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <returns>What the batch did.</returns>
    /// <exception cref="InvalidOperationException">The index is read-only.</exception>
    /// <exception cref="SearchException">The index folder cannot be written (a full disk, permissions); every earlier commit stands.</exception>
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
        analyzer ??= MalAnalyzer.CreateDefault();
        var committed = options.SkipUnchanged ? CommittedHashes() : new Dictionary<string, string>(StringComparer.Ordinal);

        var clock = Stopwatch.StartNew();
        var inputs = Channel.CreateBounded<string>(new BoundedChannelOptions(options.QueueCapacity) { SingleWriter = true });
        var outcomes = Channel.CreateBounded<Outcome>(new BoundedChannelOptions(options.QueueCapacity) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var path in paths)
                    {
                        await inputs.Writer.WriteAsync(path, stop.Token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    inputs.Writer.TryComplete();
                }
            },
            stop.Token);

        var workers = Enumerable.Range(0, options.MaxParallelism).Select(_ => Task.Run(
            async () =>
            {
                await foreach (var path in inputs.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                {
                    await outcomes.Writer.WriteAsync(Process(path, analyzer, committed, stop.Token), stop.Token).ConfigureAwait(false);
                }
            },
            stop.Token)).ToArray();
        var closer = Task.WhenAll(workers).ContinueWith(t => outcomes.Writer.TryComplete(t.Exception), TaskScheduler.Default);

        int indexed = 0, skipped = 0, commits = 0, sinceCommit = 0;
        long goals = 0;
        var failures = new List<IndexFailure>();
        var lastCommit = clock.Elapsed;
        try
        {
            await foreach (var outcome in outcomes.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                if (outcome.Error is { } error)
                {
                    failures.Add(new IndexFailure(outcome.Path, error));
                }
                else if (outcome.Document is null)
                {
                    skipped++;
                }
                else
                {
                    try
                    {
                        Add(outcome.Document);
                        indexed++;
                        goals += outcome.Document.Goals.Count;
                        sinceCommit++;
                    }
                    catch (ArgumentException e)
                    {
                        failures.Add(new IndexFailure(outcome.Path, $"{outcome.Path}: could not be indexed: {e.Message}"));
                    }
                }

                if (sinceCommit >= options.CommitEvery || (sinceCommit > 0 && clock.Elapsed - lastCommit >= options.CommitInterval))
                {
                    Commit();
                    commits++;
                    sinceCommit = 0;
                    lastCommit = clock.Elapsed;
                }

                progress?.Report(new IndexProgress(indexed + skipped + failures.Count, indexed, skipped, failures.Count, paths.Count, goals, clock.Elapsed));
            }

            await Task.WhenAll(producer, closer).ConfigureAwait(false);
        }
        catch (SearchException)
        {
            // The index takes no more (a full disk, a read-only folder): stop the readers too; the last commit stands.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(workers.Append(producer)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }
        catch (OperationCanceledException)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(workers.Append(producer)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            if (sinceCommit > 0)
            {
                // Keep what is done: a re-run skips it.
                Commit();
            }

            throw;
        }

        if (sinceCommit > 0 || commits == 0)
        {
            Commit();
            commits++;
        }

        return new IndexBatchResult(paths.Count, indexed, skipped, goals, failures, commits, clock.Elapsed);
    }

    private static Outcome Process(string path, MalAnalyzer analyzer, Dictionary<string, string> committed, CancellationToken cancellationToken)
    {
        try
        {
            if (committed.Count > 0 && committed.TryGetValue(NormalizePath(path), out var hash) && hash == HashOf(path))
            {
                return new Outcome(path, null, null);
            }

            return new Outcome(path, analyzer.AnalyzeInBatch(path, cancellationToken), null);
        }
        catch (MalAnalysException e)
        {
            return new Outcome(path, null, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours must not stop a batch either; it is reported with the file so it can be reproduced.
            return new Outcome(path, null, $"{path}: unexpected {e.GetType().Name}: {e.Message} (please report this with the file)");
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

    // Path → content hash of every document in the index, read once at the start of a batch.
    private Dictionary<string, string> CommittedHashes() => WithSearcher(searcher =>
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var query = new TermQuery(new Term(GoalFields.Kind, GoalFields.KindDocument));
        var count = Math.Max(1, searcher.Search(query, 1).TotalHits);
        var fields = new HashSet<string>(StringComparer.Ordinal) { GoalFields.Path, GoalFields.Sha256 };
        foreach (var hit in searcher.Search(query, count).ScoreDocs)
        {
            var stored = searcher.Doc(hit.Doc, fields);
            var path = stored.Get(GoalFields.Path, CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(path))
            {
                result[path] = stored.Get(GoalFields.Sha256, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        return result;
    });

    private sealed record Outcome(string Path, AnalyzedDocument? Document, string? Error);
}
