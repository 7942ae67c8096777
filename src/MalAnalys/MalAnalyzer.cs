using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using MalAnalys.Agenda2030;
using MalAnalys.Documents;
using MalAnalys.Reading;
using MalAnalys.Repair;
using MalAnalys.Structure;
using MalAnalys.Swedish;

namespace MalAnalys;

/// <summary>
/// The one entry point for the common case: reads a goal document (PDF or text) and parses its structure.
/// Built once, then immutable and thread-safe: one analyzer serves many threads and documents.
/// </summary>
public sealed class MalAnalyzer
{
    private readonly DocumentReader _reader;
    private readonly GoalDocumentParser _parser = GoalDocumentParser.Default;
    private readonly SwedishRepairer _repairer;

    private readonly Council? _council;

    /// <summary>Creates an analyzer.</summary>
    /// <param name="options">Options; <see cref="MalAnalyzerOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><see cref="MalAnalyzerOptions.Municipality"/> names no Swedish council.</exception>
    public MalAnalyzer(MalAnalyzerOptions? options = null)
    {
        Options = options ?? MalAnalyzerOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxParallelism, 1, nameof(options));
        if (Options.DocumentTimeout is { } timeout)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(options));
        }

        if (Options.Municipality is { } name)
        {
            _council = SwedishCouncils.Find(name)
                ?? throw new ArgumentException($"'{name}' is not a Swedish municipality or region the gazetteer knows (give a name such as \"Alvesta\" or \"Region Skåne\", or an SCB code such as \"0764\").", nameof(options));
        }

        _reader = new DocumentReader(Options.Reader);
        _repairer = ReferenceEquals(Options.Repair, RepairOptions.Default) ? SwedishRepairer.Default : new SwedishRepairer(Options.Repair);
    }

    /// <summary>The options the analyzer was built with.</summary>
    public MalAnalyzerOptions Options { get; }

    /// <summary>An analyzer with the default options.</summary>
    /// <returns>The analyzer.</returns>
    public static MalAnalyzer CreateDefault() => new();

    /// <summary>Analyses a text or PDF file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The analysed document.</returns>
    /// <exception cref="DocumentReadException">The file cannot be read.</exception>
    public AnalyzedDocument Analyze(string path, CancellationToken cancellationToken = default) =>
        Analyze(_reader.Read(path, cancellationToken), cancellationToken);

    /// <summary>
    /// Says how the goal parser read a file's structure (<see cref="GoalDocumentParser.Explain"/>): the goal sections,
    /// lists, labels and headings it took as goals or passed over, and why. The file is read and repaired as
    /// <see cref="Analyze(string, CancellationToken)"/> reads and repairs it; spans point into the text as read.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The parser's decisions, in document order, the chosen layout last.</returns>
    /// <exception cref="DocumentReadException">The file cannot be read.</exception>
    public IReadOnlyList<ParseStep> ExplainStructure(string path, CancellationToken cancellationToken = default)
    {
        var repaired = _repairer.Repair(_reader.Read(path, cancellationToken), cancellationToken);
        var steps = _parser.Explain(repaired.Text, cancellationToken);
        return repaired.Repair.Changed ? [.. steps.Select(s => s.Span.Length > 0 ? s with { Span = repaired.ToOriginal(s.Span) } : s)] : steps;
    }

    /// <summary>Analyses a text or PDF file on the thread pool.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The analysed document.</returns>
    /// <exception cref="DocumentReadException">The file cannot be read.</exception>
    public Task<AnalyzedDocument> AnalyzeAsync(string path, CancellationToken cancellationToken = default) =>
        Task.Run(() => Analyze(path, cancellationToken), cancellationToken);

    /// <summary>Analyses a text or PDF document from a stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="name">A name for messages and the source info, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The analysed document.</returns>
    /// <exception cref="DocumentReadException">The document cannot be read.</exception>
    public AnalyzedDocument Analyze(Stream stream, string? name = null, CancellationToken cancellationToken = default) =>
        Analyze(_reader.Read(stream, name, cancellationToken), cancellationToken);

    /// <summary>Analyses a document given as a string.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="name">A name for messages and the source info, or <see langword="null"/>.</param>
    /// <returns>The analysed document.</returns>
    /// <exception cref="DocumentReadException">The text is empty.</exception>
    public AnalyzedDocument AnalyzeText(string text, string? name = null) =>
        Analyze(new TextDocumentReader(Options.Reader).ReadString(text, name));

    /// <summary>Repairs and parses a document that has already been read.</summary>
    /// <param name="text">The document as read.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The analysed document; its spans point into <paramref name="text"/>'s original.</returns>
    public AnalyzedDocument Analyze(DocumentText text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var repaired = _repairer.Repair(text, cancellationToken);
        var document = _parser.Parse(repaired.Text, cancellationToken);
        if (repaired.Repair.Changed)
        {
            // The parser saw the repaired text; its spans are mapped back to the text as read.
            document = document with
            {
                Goals = [.. document.Goals.Select(g => g with { Span = repaired.ToOriginal(g.Span) })],
                Areas = [.. document.Areas.Select(a => a with { Span = repaired.ToOriginal(a.Span) })],
                Principles = [.. document.Principles.Select(p => p with { Span = repaired.ToOriginal(p.Span) })],
            };
        }

        if (_council is { } council)
        {
            document = document with
            {
                Municipality = council.Name,
                MunicipalityCode = council.Code,
                Diagnostics = [.. document.Diagnostics.Where(d => d.Code != DiagnosticCodes.NoCouncilNamed)],
            };
        }

        var sdgs = Options.ClassifySdgs ? (Options.SdgClassifier ?? SdgClassifier.Default).Predict(document.Goals, cancellationToken) : default;
        return new AnalyzedDocument(text, document, repaired.Repair, sdgs);
    }

    /// <summary>
    /// Analyses many files in parallel (at most <see cref="MalAnalyzerOptions.MaxParallelism"/> at once) and yields
    /// their outcomes in input order. A file that fails is reported in its outcome; it never stops the batch.
    /// </summary>
    /// <param name="paths">The files.</param>
    /// <param name="progress">Receives progress after each file, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <returns>The outcomes, in the order of <paramref name="paths"/>.</returns>
    public async IAsyncEnumerable<AnalysisOutcome> AnalyzeManyAsync(
        IReadOnlyList<string> paths,
        IProgress<AnalysisProgress>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var outcomes = new TaskCompletionSource<AnalysisOutcome>[paths.Count];
        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = new TaskCompletionSource<AnalysisOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // Outcomes are yielded in input order; a file is admitted only when fewer than twice the workers are in flight or
        // waiting to be yielded, so one slow file holds back a bounded number of finished ones, not the whole batch.
        using var room = new SemaphoreSlim(2 * Options.MaxParallelism);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = AnalyzeEachAsync(
            paths,
            Options.MaxParallelism,
            Options.MaxParallelism,
            token => new ValueTask(room.WaitAsync(token)),
            (position, outcome) => outcomes[position].SetResult(outcome!),
            stop.Token);
        int done = 0, failed = 0;
        try
        {
            for (var i = 0; i < outcomes.Length; i++)
            {
                if (await Task.WhenAny(outcomes[i].Task, run).ConfigureAwait(false) != outcomes[i].Task)
                {
                    // The batch ended without this file's outcome: it was cancelled (or failed); say so.
                    await run.ConfigureAwait(false);
                }

                var outcome = await outcomes[i].Task.ConfigureAwait(false);
                room.Release();
                done++;
                failed += outcome.Succeeded ? 0 : 1;
                progress?.Report(new AnalysisProgress(done, failed, paths.Count));
                yield return outcome;
            }
        }
        finally
        {
            // The caller may stop enumerating early: the workers stop too before the enumerator is gone.
            await stop.CancelAsync().ConfigureAwait(false);
            await run.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Analyses each file of a batch on <paramref name="parallelism"/> workers (<see cref="BatchEngine"/>), each within
    /// <see cref="MalAnalyzerOptions.DocumentTimeout"/>, and hands every outcome to <paramref name="done"/> on the
    /// worker that made it. A file that fails is an outcome, never an exception.
    /// </summary>
    /// <param name="paths">The files.</param>
    /// <param name="parallelism">The number of workers.</param>
    /// <param name="queueCapacity">How many files may wait for a worker.</param>
    /// <param name="admit">Awaited before each file is queued, in order, or <see langword="null"/>.</param>
    /// <param name="done">Receives each file's position and outcome; the outcome is <see langword="null"/> when <paramref name="wanted"/> declined the file.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <param name="wanted">Decides on the worker, before the file is read, whether it is analysed at all (<see langword="null"/>: every file is).</param>
    /// <returns>A task that completes when every file is done.</returns>
    internal Task AnalyzeEachAsync(
        IReadOnlyList<string> paths,
        int parallelism,
        int queueCapacity,
        Func<CancellationToken, ValueTask>? admit,
        Action<int, AnalysisOutcome?> done,
        CancellationToken cancellationToken,
        Func<int, bool>? wanted = null) =>
        BatchEngine.RunAsync(
            paths.Count,
            parallelism,
            queueCapacity,
            admit,
            (position, token) => done(position, wanted is null || wanted(position) ? AnalyzeOne(paths[position], token) : null),
            cancellationToken);

    /// <summary>
    /// The analyzer an index batch uses when given none: the defaults, except that SDG predictions come without
    /// evidence, which the index does not keep (it stores each goal's SDGs and scores).
    /// </summary>
    internal static MalAnalyzer ForIndexing => ForIndexingInstance.Value;

    private static readonly Lazy<MalAnalyzer> ForIndexingInstance = new(() => new MalAnalyzer(new MalAnalyzerOptions
    {
        SdgClassifier = new SdgClassifier(new SdgClassifierOptions { EvidenceFor = 0 }),
    }));

    /// <summary>Expands files and folders (recursively) into the supported documents they hold, in a stable order.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <returns>Files as given, and the <c>.txt</c> and <c>.pdf</c> files under each folder, sorted by ordinal path.</returns>
    public static IReadOnlyList<string> FindDocuments(IEnumerable<string> paths) => FindDocuments(paths, (Action<string, string>?)null);

    /// <summary>
    /// Expands files and folders (recursively) into the supported documents they hold, in a stable order, and says
    /// what it passes over. Each real folder is searched once, however many symbolic links lead to it, so a link back
    /// up the tree neither loops nor doubles files; a folder that cannot be opened (deeper than the system's path
    /// limit, unreadable) and a named pipe, device or socket with a document's name are passed over and reported, and
    /// everything else is found.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="passedOver">Receives each path passed over and why, in a sentence; <see langword="null"/> to ignore them.</param>
    /// <returns>Files as given, and the <c>.txt</c> and <c>.pdf</c> files under each folder, sorted by ordinal path.</returns>
    public static IReadOnlyList<string> FindDocuments(IEnumerable<string> paths, Action<string, string>? passedOver)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return DocumentFolders.Find(paths, passedOver is null ? null : p => passedOver(p.Path, p.Message));
    }

    /// <summary>
    /// Expands files and folders (recursively) into the supported documents they hold, in a stable order, and reports
    /// each path it passes over as a typed entry: a folder it cannot read (no permission, gone) or open (deeper than the
    /// system's path limit), and a named pipe, device or socket with a document's name. Everything else is found.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="passedOver">Receives each path passed over, with the reason and a sentence for the user.</param>
    /// <returns>Files as given, and the <c>.txt</c> and <c>.pdf</c> files under each folder, sorted by ordinal path.</returns>
    public static IReadOnlyList<string> FindDocuments(IEnumerable<string> paths, Action<PassedOverPath> passedOver)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(passedOver);
        return DocumentFolders.Find(paths, passedOver);
    }

    /// <summary>
    /// The longest time limit the runtime's timers can wait for (about 24.8 days); a longer limit is no limit, rather
    /// than a timer that cannot be set and a batch whose every document fails.
    /// </summary>
    internal static readonly TimeSpan LongestTimeout = TimeSpan.FromMilliseconds(int.MaxValue - 1_000);

    /// <summary>Analyses one file of a batch within <see cref="MalAnalyzerOptions.DocumentTimeout"/>.</summary>
    /// <exception cref="DocumentTimeoutException">The file took too long.</exception>
    internal AnalyzedDocument AnalyzeInBatch(string path, CancellationToken cancellationToken)
    {
        if (Options.DocumentTimeout is not { } timeout || timeout > LongestTimeout)
        {
            return Analyze(path, cancellationToken);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        // On a thread of its own: the caller's pool thread waits below, and work queued behind waiting pool threads would
        // start late and overrun its time without ever being slow.
        var work = Task.Factory.StartNew(() => Analyze(path, deadline.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        // The stages check the token between steps, but a parser stuck inside one step never looks: waiting on the
        // task rather than on the token lets the batch move on while such work runs out on its own.
        var finished = false;
        try
        {
            finished = work.Wait(timeout + TimeSpan.FromMilliseconds(100), cancellationToken);
        }
        catch (AggregateException)
        {
            finished = true;
        }

        if (finished)
        {
            if (work.IsCanceled || (work.Exception?.InnerException is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new DocumentTimeoutException(path, timeout);
            }

            return work.GetAwaiter().GetResult();
        }

        _ = work.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        throw new DocumentTimeoutException(path, timeout);
    }

    private AnalysisOutcome AnalyzeOne(string path, CancellationToken cancellationToken)
    {
        try
        {
            return new AnalysisOutcome(path, AnalyzeInBatch(path, cancellationToken), null);
        }
        catch (MalAnalysException e)
        {
            return new AnalysisOutcome(path, null, e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours must not stop a batch either; it is reported with the file so it can be reproduced.
            return new AnalysisOutcome(path, null, new MalAnalysException($"{path}: unexpected {e.GetType().Name}: {e.Message} (please report this with the file)", e));
        }
    }
}
