using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using MalAnalys.Agenda2030;
using MalAnalys.Documents;
using MalAnalys.Reading;
using MalAnalys.Repair;
using MalAnalys.Structure;

namespace MalAnalys;

/// <summary>Options for <see cref="MalAnalyzer"/>; the defaults suit goal documents.</summary>
public sealed record MalAnalyzerOptions
{
    /// <summary>The defaults.</summary>
    public static MalAnalyzerOptions Default { get; } = new();

    /// <summary>How documents are read.</summary>
    public ReaderOptions Reader { get; init; } = ReaderOptions.Default;

    /// <summary>How OCR damage is repaired between reading and parsing (default: <see cref="RepairOptions.Default"/>, the full pass on text files and OCR'd PDF pages).</summary>
    public RepairOptions Repair { get; init; } = RepairOptions.Default;

    /// <summary>How many documents <see cref="MalAnalyzer.AnalyzeManyAsync"/> analyses at once (default: the number of processors).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Whether each goal is linked to the global goals of Agenda 2030 (default: yes, with <see cref="SdgClassifier.Default"/>).</summary>
    public bool ClassifySdgs { get; init; } = true;

    /// <summary>The classifier goals are linked to Agenda 2030 with (default: <see langword="null"/>, <see cref="SdgClassifier.Default"/>), for example one with other thresholds or less evidence.</summary>
    public SdgClassifier? SdgClassifier { get; init; }

    /// <summary>
    /// How long one document of a batch (<see cref="MalAnalyzer.AnalyzeManyAsync"/>, <see cref="Search.GoalIndex.IndexAsync"/>)
    /// may take before it is reported as failed with a <see cref="DocumentTimeoutException"/> and the batch moves on
    /// (default: <see langword="null"/>, no limit). A document that overruns is cancelled; work that does not stop at
    /// once (inside the PDF parser) is abandoned and its result discarded.
    /// </summary>
    public TimeSpan? DocumentTimeout { get; init; }
}

/// <summary>A document of a batch took longer than <see cref="MalAnalyzerOptions.DocumentTimeout"/>.</summary>
public sealed class DocumentTimeoutException : MalAnalysException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The document.</param>
    /// <param name="timeout">The time it was allowed.</param>
    public DocumentTimeoutException(string path, TimeSpan timeout)
        : base($"{path}: gave up after {timeout.TotalSeconds:0.#} s (the per-document timeout); the file may be damaged or unusually large.")
    {
        Path = path;
        Timeout = timeout;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public DocumentTimeoutException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>Creates the exception with no message; prefer the other constructors.</summary>
    public DocumentTimeoutException()
    {
        Path = string.Empty;
    }

    /// <summary>The document that took too long.</summary>
    public string Path { get; }

    /// <summary>The time it was allowed.</summary>
    public TimeSpan Timeout { get; }
}

/// <summary>A document analysed end to end: its text as read and its structure.</summary>
public sealed class AnalyzedDocument
{
    /// <summary>Creates the result.</summary>
    /// <param name="text">The text as read.</param>
    /// <param name="document">The structure parsed from it.</param>
    public AnalyzedDocument(DocumentText text, GoalDocument document)
        : this(text, document, null, default)
    {
    }

    /// <summary>Creates the result of a document that was repaired before parsing and whose goals were classified.</summary>
    /// <param name="text">The text as read.</param>
    /// <param name="document">The structure parsed from the repaired text, with spans into <paramref name="text"/>.</param>
    /// <param name="repair">The repair of <paramref name="text"/>'s original, or <see langword="null"/> when it was not repaired.</param>
    /// <param name="sdgs">The goals' SDG predictions, one per goal in order; default or empty when they were not classified.</param>
    public AnalyzedDocument(DocumentText text, GoalDocument document, RepairedText? repair, ImmutableArray<GoalSdgs> sdgs = default)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Document = document ?? throw new ArgumentNullException(nameof(document));
        Repair = repair ?? new RepairedText(text.Original, text.Original, [], 0);
        if (!ReferenceEquals(Repair.Original, text.Original) && Repair.Original != text.Original)
        {
            throw new ArgumentException("The repair does not belong to this text.", nameof(repair));
        }

        Sdgs = sdgs.IsDefault ? [] : sdgs;
        SdgProfile = Sdgs.IsEmpty ? null : SdgProfile.Create([.. Sdgs.Select(s => s.Result)]);
    }

    /// <summary>The OCR repair made before parsing: every correction, located in <see cref="DocumentText.Original"/>, and the repaired text.</summary>
    public RepairedText Repair { get; }

    /// <summary>Each goal's SDG predictions, in goal order; empty when <see cref="MalAnalyzerOptions.ClassifySdgs"/> was off.</summary>
    public ImmutableArray<GoalSdgs> Sdgs { get; }

    /// <summary>The document's Agenda 2030 profile (goals per SDG, mean and highest score); <see langword="null"/> when the goals were not classified.</summary>
    public SdgProfile? SdgProfile { get; }

    /// <summary>The SDG predictions of one goal of this document.</summary>
    /// <param name="goal">A goal of this document.</param>
    /// <returns>Its predictions, or <see langword="null"/> when the goals were not classified.</returns>
    public SdgResult? SdgsOf(Goal goal) => Sdgs.FirstOrDefault(s => ReferenceEquals(s.Goal, goal) || s.Goal == goal)?.Result;

    /// <summary>The text as read: lines, pages, original and body text. Every <see cref="SourceSpan"/> points into its <see cref="DocumentText.Original"/>.</summary>
    public DocumentText Text { get; }

    /// <summary>The structure: municipality, period, goal areas, goals, principles and diagnostics.</summary>
    public GoalDocument Document { get; }

    /// <summary>The goals, in document order.</summary>
    public IReadOnlyList<Goal> Goals => Document.Goals;

    /// <summary>Problems found while reading and parsing.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Document.Diagnostics;

    /// <summary>The original text a span covers.</summary>
    /// <param name="span">A span from this document.</param>
    /// <returns>The text of the span, as read.</returns>
    public string TextOf(SourceSpan span) => Text.Original.Substring(span.Start, span.Length);
}

/// <summary>The outcome for one file of a batch: a document, or the error that stopped it.</summary>
/// <param name="Path">The file.</param>
/// <param name="Document">The analysed document, or <see langword="null"/> when it failed.</param>
/// <param name="Error">Why it failed, or <see langword="null"/>.</param>
public sealed record AnalysisOutcome(string Path, AnalyzedDocument? Document, MalAnalysException? Error)
{
    /// <summary>Whether the document was analysed.</summary>
    public bool Succeeded => Document is not null;
}

/// <summary>How far a batch has come.</summary>
/// <param name="Done">Files finished, failed ones included.</param>
/// <param name="Failed">Files that failed.</param>
/// <param name="Total">Files in the batch.</param>
public sealed record AnalysisProgress(int Done, int Failed, int Total);

/// <summary>
/// The one entry point for the common case: reads a goal document (PDF or text) and parses its structure.
/// Built once, then immutable and thread-safe: one analyzer serves many threads and documents.
/// </summary>
public sealed class MalAnalyzer
{
    private readonly DocumentReader _reader;
    private readonly GoalDocumentParser _parser = GoalDocumentParser.Default;
    private readonly SwedishRepairer _repairer;

    /// <summary>Creates an analyzer.</summary>
    /// <param name="options">Options; <see cref="MalAnalyzerOptions.Default"/> when <see langword="null"/>.</param>
    public MalAnalyzer(MalAnalyzerOptions? options = null)
    {
        Options = options ?? MalAnalyzerOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxParallelism, 1, nameof(options));
        if (Options.DocumentTimeout is { } timeout)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(options));
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
        var window = new Queue<Task<AnalysisOutcome>>();
        int done = 0, failed = 0;
        foreach (var path in paths)
        {
            if (window.Count >= Options.MaxParallelism)
            {
                yield return await Next().ConfigureAwait(false);
            }

            window.Enqueue(Task.Run(() => AnalyzeOne(path, cancellationToken), cancellationToken));
        }

        while (window.Count > 0)
        {
            yield return await Next().ConfigureAwait(false);
        }

        async Task<AnalysisOutcome> Next()
        {
            var outcome = await window.Dequeue().ConfigureAwait(false);
            done++;
            failed += outcome.Succeeded ? 0 : 1;
            progress?.Report(new AnalysisProgress(done, failed, paths.Count));
            return outcome;
        }
    }

    /// <summary>Expands files and folders (recursively) into the supported documents they hold, in a stable order.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <returns>Files as given, and the <c>.txt</c> and <c>.pdf</c> files under each folder, sorted by ordinal path.</returns>
    public static IReadOnlyList<string> FindDocuments(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var result = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                result.AddRange(Directory
                    .EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(f => DocumentReader.SupportedExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                result.Add(path);
            }
        }

        return result;
    }

    /// <summary>Analyses one file of a batch within <see cref="MalAnalyzerOptions.DocumentTimeout"/>.</summary>
    /// <exception cref="DocumentTimeoutException">The file took too long.</exception>
    internal AnalyzedDocument AnalyzeInBatch(string path, CancellationToken cancellationToken)
    {
        if (Options.DocumentTimeout is not { } timeout)
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
