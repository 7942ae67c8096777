using System.Threading.Channels;

namespace MalAnalys;

/// <summary>
/// The one engine behind every batch of files (<see cref="MalAnalyzer.AnalyzeManyAsync"/> and the index's batches):
/// a producer puts the items' positions into a bounded channel (System.Threading.Channels) in order, and a fixed number
/// of dedicated worker threads take them and do each item's work to the end.
/// </summary>
/// <remarks>
/// Dedicated threads rather than awaits per item: each worker carries one document from its file to wherever it goes
/// (an index writer, an ordered buffer), so there is no hand-over between threads, whose wake-ups cost about a quarter
/// of the CPU on two cores when the items are small. A worker that throws anything but a cancellation stops the
/// batch: that is a failing index or a bug, not a bad file (bad files are outcomes, see <see cref="AnalysisOutcome"/>).
/// </remarks>
internal static class BatchEngine
{
    /// <summary>Runs <paramref name="work"/> for every position 0 … <paramref name="count"/> − 1.</summary>
    /// <param name="count">The number of items.</param>
    /// <param name="parallelism">The number of workers (at least 1).</param>
    /// <param name="queueCapacity">How many positions may wait for a worker.</param>
    /// <param name="admit">Awaited by the producer before it queues each position, in order (to bound what is in flight), or <see langword="null"/>.</param>
    /// <param name="work">One item's work, run on a worker thread.</param>
    /// <param name="cancellationToken">Cancels the batch: no new item starts, and the token passed to <paramref name="work"/> is cancelled.</param>
    /// <returns>A task that completes when every item is done; it throws the first worker failure, or <see cref="OperationCanceledException"/>.</returns>
    public static async Task RunAsync(
        int count,
        int parallelism,
        int queueCapacity,
        Func<CancellationToken, ValueTask>? admit,
        Action<int, CancellationToken> work,
        CancellationToken cancellationToken)
    {
        var positions = Channel.CreateBounded<int>(new BoundedChannelOptions(Math.Max(1, queueCapacity)) { SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    for (var i = 0; i < count; i++)
                    {
                        if (admit is not null)
                        {
                            await admit(stop.Token).ConfigureAwait(false);
                        }

                        await positions.Writer.WriteAsync(i, stop.Token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    positions.Writer.TryComplete();
                }
            },
            stop.Token);

        var workers = Enumerable.Range(0, Math.Min(Math.Max(1, parallelism), Math.Max(1, count))).Select(_ => Task.Factory.StartNew(
            () => Work(positions.Reader, work, stop),
            stop.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        var all = Task.WhenAll(workers.Append(producer));
        try
        {
            await all.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (all.Exception is { } failure)
        {
            // A worker failed and cancelled the others: report the failure, not the cancellation it caused.
            var first = failure.Flatten().InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException);
            if (first is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
            }

            throw;
        }
    }

    private static void Work(ChannelReader<int> positions, Action<int, CancellationToken> work, CancellationTokenSource stop)
    {
        try
        {
            while (true)
            {
                if (!positions.TryRead(out var position))
                {
                    if (!positions.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
                    {
                        return;
                    }

                    continue;
                }

                stop.Token.ThrowIfCancellationRequested();
                work(position, stop.Token);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            stop.Cancel();
            throw;
        }
    }
}
