using System.Collections.Immutable;
using System.Text.Json;
using MalAnalys.Documents;
using MalAnalys.Search;

namespace MalAnalys.Export;

/// <summary>
/// Writes analysed documents as tidy tables for R, pandas and DuckDB: <c>documents</c>, <c>goals</c>, <c>goal_sdgs</c>
/// (one row per goal and SDG), <c>evidence</c>, <c>corrections</c> and <c>diagnostics</c>, one Parquet or CSV file each,
/// joined by <c>document_id</c> and <c>goal_id</c> (the ids the search index uses). The schema is in the README.
/// </summary>
/// <remarks>
/// Rows are written as documents are added, so an export of many documents keeps little in memory. The files are
/// written under temporary names in the output folder and take their names only when <see cref="CompleteAsync"/>
/// succeeds: an export that fails or is cancelled leaves the tables that were there before as they were.
/// Not thread-safe: add documents from one thread at a time.
/// </remarks>
public sealed class TableExporter : IAsyncDisposable
{
    private readonly string _folder;
    private readonly ExportOptions _options;
    private readonly TableSink[] _sinks;
    private readonly string[] _temporary;
    private readonly HashSet<string> _documentIds = new(StringComparer.Ordinal);
    private int _goals;
    private bool _completed;

    private TableExporter(string folder, ExportOptions options, TableSink[] sinks, string[] temporary)
    {
        _folder = folder;
        _options = options;
        _sinks = sinks;
        _temporary = temporary;
    }

    /// <summary>The tables, in the order they are written: <c>documents</c>, <c>goals</c>, <c>goal_sdgs</c>, <c>evidence</c>, <c>corrections</c>, <c>diagnostics</c>.</summary>
    public static ImmutableArray<string> TableNames { get; } = [.. ExportTable.All.Select(t => t.Name)];

    /// <summary>How many documents were added.</summary>
    public int Documents => _documentIds.Count;

    /// <summary>Starts an export into <paramref name="folder"/>, creating it when it does not exist.</summary>
    /// <param name="folder">The output folder. Files named after the tables (<c>goals.parquet</c>, …) are replaced when the export completes; other files are left alone.</param>
    /// <param name="options">The format; <see langword="null"/> for <see cref="ExportOptions.Default"/>.</param>
    /// <returns>The exporter; add documents, then call <see cref="CompleteAsync"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is null or empty.</exception>
    /// <exception cref="ExportException">The folder cannot be created or written.</exception>
    public static TableExporter Create(string folder, ExportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        options ??= ExportOptions.Default;
        string full;
        try
        {
            full = Path.GetFullPath(folder);
            if (File.Exists(full))
            {
                throw new ExportException($"{full}: is a file, not a folder; give a folder to export the tables into.");
            }

            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ExportException($"{folder}: cannot create the output folder: {e.Message}", e);
        }

        var sinks = new List<TableSink>();
        var temporary = new List<string>();
        try
        {
            var stamp = Guid.NewGuid().ToString("N")[..12];
            foreach (var table in ExportTable.All)
            {
                var path = Path.Combine(full, $".{table.Name}.{stamp}.tmp");
                temporary.Add(path);
                sinks.Add(TableSink.Create(table, path, options.Format));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var sink in sinks)
            {
                sink.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            DeleteAll(temporary);
            throw new ExportException($"{full}: cannot write into the output folder: {e.Message}", e);
        }

        return new TableExporter(full, options, [.. sinks], [.. temporary]);
    }

    /// <summary>Exports documents into <paramref name="folder"/>: <see cref="Create"/>, <see cref="AddAsync"/> for each, <see cref="CompleteAsync"/>.</summary>
    /// <param name="documents">The analysed documents.</param>
    /// <param name="folder">The output folder.</param>
    /// <param name="options">The format; <see langword="null"/> for Parquet.</param>
    /// <param name="cancellationToken">Cancels the export; the folder keeps the tables it had.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="ExportException">The folder cannot be written, or a document was given twice.</exception>
    /// <exception cref="OperationCanceledException">The export was cancelled.</exception>
    public static async Task<ExportedTables> ExportAsync(IEnumerable<AnalyzedDocument> documents, string folder, ExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var exporter = Create(folder, options);
        await using (exporter.ConfigureAwait(false))
        {
            foreach (var document in documents)
            {
                await exporter.AddAsync(document, cancellationToken).ConfigureAwait(false);
            }

            return await exporter.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Adds a document's rows to every table.</summary>
    /// <param name="document">An analysed document.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when the rows are written or buffered.</returns>
    /// <exception cref="ExportException">The document (the same file with the same content) was added before, or the files cannot be written.</exception>
    /// <exception cref="InvalidOperationException">The export was completed.</exception>
    public async Task AddAsync(AnalyzedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ObjectDisposedException.ThrowIf(_completed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var documentId = GoalIndex.DocumentIdOf(document.Document.Source);
        if (!_documentIds.Add(documentId))
        {
            throw new ExportException($"{document.Document.Source.Path ?? documentId}: the document was given twice; its id {documentId} would not be a key of 'documents'.");
        }

        try
        {
            await AddRowsAsync(document, documentId, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new ExportException($"{_folder}: cannot write the tables: {e.Message}", e);
        }
    }

    /// <summary>Writes what is buffered, closes the files and gives them their names, replacing the tables of an earlier export.</summary>
    /// <param name="cancellationToken">Cancels the export; the folder keeps the tables it had.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="ExportException">The files cannot be written or renamed.</exception>
    public async Task<ExportedTables> CompleteAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        var extension = _options.Format == ExportFormat.Csv ? ".csv" : ".parquet";
        var files = ImmutableArray.CreateBuilder<string>(_sinks.Length);
        try
        {
            foreach (var sink in _sinks)
            {
                await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < _sinks.Length; i++)
            {
                var path = Path.Combine(_folder, _sinks[i].Table.Name + extension);
                File.Move(_temporary[i], path, overwrite: true);
                files.Add(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ExportException($"{_folder}: cannot write the tables: {e.Message}", e);
        }

        _completed = true;
        return new ExportedTables(_folder, files.MoveToImmutable(), _documentIds.Count, _goals);
    }

    /// <summary>Closes the files; an export that was not completed is abandoned and its temporary files deleted.</summary>
    /// <returns>A task that completes when the files are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        foreach (var sink in _sinks)
        {
            await sink.DisposeAsync().ConfigureAwait(false);
        }

        DeleteAll(_temporary);
        _completed = true;
    }

    private async Task AddRowsAsync(AnalyzedDocument analyzed, string documentId, CancellationToken cancellationToken)
    {
        var document = analyzed.Document;
        var (corrections, diagnostics) = (_sinks[4], _sinks[5]);
        await AddDocumentRowAsync(analyzed, documentId, cancellationToken).ConfigureAwait(false);

        var diagnostic = 0;
        foreach (var d in document.Diagnostics)
        {
            await diagnostics.AddAsync([documentId, ++diagnostic, null, Name(d.Severity), d.Code, d.Message, d.Page], cancellationToken).ConfigureAwait(false);
        }

        var correction = 0;
        foreach (var c in analyzed.Repair.Corrections)
        {
            await corrections.AddAsync(
                [documentId, ++correction, analyzed.Text.PageAt(c.Start), c.Start, c.Length, c.Original, c.Replacement, c.Confidence, Name(c.Reason), c.Rule],
                cancellationToken).ConfigureAwait(false);
        }

        for (var g = 0; g < document.Goals.Count; g++)
        {
            diagnostic = await AddGoalRowsAsync(analyzed, documentId, g, diagnostic, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The document's row of the documents table.</summary>
    private async Task AddDocumentRowAsync(AnalyzedDocument analyzed, string documentId, CancellationToken cancellationToken)
    {
        var document = analyzed.Document;
        var source = document.Source;
        await _sinks[0].AddAsync(
        [
            documentId,
            source.Path,
            source.Path is null ? null : Path.GetFileName(source.Path),
            Name(source.Kind),
            source.Length,
            source.Sha256,
            source.Encoding,
            document.Municipality,
            document.MunicipalityCode,
            document.Title,
            document.Period is { } period ? Name(period.Kind) : null,
            document.Period?.StartYear,
            document.Period?.EndYear,
            document.Period?.Text,
            document.Adopted,
            Name(document.Layout),
            analyzed.Text.Pages.Count,
            document.Goals.Count,
            document.Areas.Count,
            document.Principles.Count,
            analyzed.Repair.Corrections.Length,
            analyzed.Repair.Damage,
        ], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One goal's rows: the goal, its SDG predictions with their evidence, and its diagnostics (numbered on from <paramref name="diagnostic"/>); returns the last diagnostic number.</summary>
    private async Task<int> AddGoalRowsAsync(AnalyzedDocument analyzed, string documentId, int g, int diagnostic, CancellationToken cancellationToken)
    {
        var document = analyzed.Document;
        var (goals, goalSdgs, evidence, diagnostics) = (_sinks[1], _sinks[2], _sinks[3], _sinks[5]);
        var goal = document.Goals[g];
        var goalId = GoalIndex.GoalIdOf(documentId, goal);
        var result = g < analyzed.Sdgs.Length && ReferenceEquals(analyzed.Sdgs[g].Goal, goal) ? analyzed.Sdgs[g].Result : analyzed.SdgsOf(goal);
        var served = result is null ? [] : result.Served.Select(p => p.Sdg).ToHashSet();
        await goals.AddAsync(
        [
            goalId,
            documentId,
            goal.Ordinal,
            goal.Number,
            goal.ShortName,
            goal.Statement,
            string.Join("\n\n", goal.Body),
            goal.Area,
            Name(goal.Kind),
            goal.Span.Page,
            goal.Span.Start,
            goal.Span.Length,
            served.Count,
            result is null || result.Predictions.IsEmpty ? null : result.Predictions[0].Sdg,
        ], cancellationToken).ConfigureAwait(false);
        _goals++;
        if (result is null)
        {
            return diagnostic;
        }

        for (var rank = 0; rank < result.Predictions.Length; rank++)
        {
            var prediction = result.Predictions[rank];
            await goalSdgs.AddAsync(
                [goalId, documentId, prediction.Sdg, prediction.Goal.SwedishName, prediction.Score, served.Contains(prediction.Sdg), rank + 1],
                cancellationToken).ConfigureAwait(false);
            for (var e = 0; e < prediction.Evidence.Length; e++)
            {
                var item = prediction.Evidence[e];
                await evidence.AddAsync(
                    [goalId, documentId, prediction.Sdg, e + 1, item.Text, item.Weight, item.Sentence, item.Start, item.Length],
                    cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var d in result.Diagnostics)
        {
            await diagnostics.AddAsync([documentId, ++diagnostic, goalId, Name(d.Severity), d.Code, d.Message, d.Page], cancellationToken).ConfigureAwait(false);
        }

        return diagnostic;
    }

    /// <summary>An enum value as the JSON output names it: camelCase.</summary>
    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static void DeleteAll(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: a temporary file left behind has a name no table has.
            }
        }
    }
}
