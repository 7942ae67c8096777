using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MalAnalys.Agenda2030;
using MalAnalys.Search;
using Spectre.Console;

namespace MalAnalys.Cli;

/// <summary>The search commands: <c>index</c>, <c>merge</c>, <c>search</c>, <c>similar</c> and <c>stats</c> over a goal index folder.</summary>
internal static class SearchCommands
{
    // Swedish letters stay readable in JSON, as in 'analyze --format json'.
    private static readonly SearchJsonContext Json = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The index folder when <c>--index</c> is not given.</summary>
    public const string DefaultIndex = "malanalys-index";

    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr)
    {
        yield return IndexCommand(stdout, stderr);
        yield return MergeCommand(stdout, stderr);
        yield return SearchCommand(stdout, stderr);
        yield return SimilarCommand(stdout, stderr);
        yield return StatsCommand(stdout, stderr);
    }

    private static Option<string> IndexOption() => new("--index") { HelpName = "DIR", Description = $"The index folder (default: ./{DefaultIndex}).", DefaultValueFactory = _ => DefaultIndex };

    /// <summary>The most hits <c>--top</c> shows: more is no longer a list to read, and each costs memory up front.</summary>
    public const int MaxTop = 1_000;

    private static Option<int> TopOption(string description, int defaultValue)
    {
        var top = new Option<int>("--top") { HelpName = "K", Description = $"{description} (1-{MaxTop})", DefaultValueFactory = _ => defaultValue };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > MaxTop)
            {
                result.AddError($"--top must be 1 to {MaxTop}.");
            }
        });
        return top;
    }

    /// <summary><c>--all-copies</c>: every copy of a document (text, PDF, scan) on its own, instead of once with its sources listed.</summary>
    internal static Option<bool> AllCopiesOption() => new("--all-copies") { Description = "Show every copy of a document (the same goals read from a text, a PDF, a scan) on its own; by default copies are shown once, with their other files listed." };

    private static Option<string> FormatOption()
    {
        var format = new Option<string>("--format") { Description = "table (readable) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }

    private static Command IndexCommand(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Text or PDF files, or folders to search recursively for .txt and .pdf files.", Arity = ArgumentArity.OneOrMore };
        var index = IndexOption();
        var commitEvery = new Option<int>("--commit-every") { HelpName = "N", Description = "Commit after every N documents (a crash loses at most these; a re-run skips what was committed).", DefaultValueFactory = _ => IndexBatchOptions.Default.CommitEvery };
        var timeout = CliApp.TimeoutOption();
        var repair = CliApp.RepairOption();
        var shard = new Option<string?>("--shard") { HelpName = "K/N", Description = "Index only the K-th of N parts of the documents (1 <= K <= N), chosen by document id, for running N jobs at once; combine their indexes with 'malanalys merge'." };
        var command = new Command("index", "Add goal documents to a search index (re-running skips unchanged files and replaces changed ones).") { paths, index, commitEvery, timeout, repair, shard };
        command.SetAction(async (parse, cancellationToken) =>
        {
            IndexShard? part = null;
            if (parse.GetValue(shard) is { } text && !IndexShard.TryParse(text, out part))
            {
                await stderr.WriteLineAsync($"error: --shard takes K/N with whole numbers 1 <= K <= N (such as --shard 2/8), not '{text}'.").ConfigureAwait(false);
                return CliApp.Usage;
            }

            var options = IndexBatchOptions.Default with { CommitEvery = Math.Max(1, parse.GetValue(commitEvery)), Shard = part };
            return await IndexAsync(parse.GetValue(paths)!, parse.GetValue(index)!, options, CliApp.Timeout(parse.GetValue(timeout)), CliApp.RepairOptions(parse.GetValue(repair)), stdout, stderr, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Command MergeCommand(TextWriter stdout, TextWriter stderr)
    {
        var sources = new Argument<string[]>("DIR") { Description = "Index folders to merge, such as those of 'malanalys index --shard K/N'; they are only read.", Arity = ArgumentArity.OneOrMore };
        var index = new Option<string>("--index") { HelpName = "DIR", Description = "The folder of the merged index: new or empty.", Required = true };
        var command = new Command("merge", "Merge index folders (the shards of one collection) into a new index; refuses shards that overlap.") { sources, index };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(index)!;
            var folders = parse.GetValue(sources)!;
            try
            {
                var documents = GoalIndex.Merge(folders, target, cancellationToken);
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{folders.Length} indexes merged ({documents} documents) -> {TerminalText.Line(target)}")).ConfigureAwait(false);
                return CliApp.Ok;
            }
            catch (SearchException e)
            {
                await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return CliApp.SomeFailed;
            }
        });
        return command;
    }

    // An indexed document is named by its file's path and read again to find it unchanged; standard input has neither.
    private const string StandardInputRefusal =
        "index does not read standard input: the index names each document by its file's path and reads the file again to skip it when unchanged, so save the document to a file and index that.";

    private static async Task<int> IndexAsync(string[] inputs, string indexPath, IndexBatchOptions options, TimeSpan? timeout, Repair.RepairOptions repair, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (await CliInputs.FindAsync(inputs, allowStandardInput: false, stderr, StandardInputRefusal).ConfigureAwait(false) is not var (files, passedOver))
        {
            return CliApp.Usage;
        }

        // The index keeps each goal's SDGs and scores, not the evidence behind them: it is not computed.
        var analyzer = new MalAnalyzer(new MalAnalyzerOptions { DocumentTimeout = timeout, Repair = repair, SdgClassifier = new SdgClassifier(new SdgClassifierOptions { EvidenceFor = 0 }) });
        try
        {
            using var index = GoalIndex.Open(indexPath);
            IndexBatchResult result;
            if (IsTerminal(stdout))
            {
                result = await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("indexing", maxValue: files.Count);
                        var progress = new Reporter(p =>
                        {
                            task.MaxValue = Math.Max(1, p.Total);
                            task.Value = p.Done;
                            task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Indexed} indexed, {p.Skipped} skipped, {p.Failed} failed, {p.DocumentsPerSecond:0.#}/s");
                        });
                        return await index.IndexAsync(files, analyzer, options, progress, cancellationToken).ConfigureAwait(false);
                    }).ConfigureAwait(false);
            }
            else
            {
                // Redirected output gets a plain line every 100 documents or 10 seconds, for logs.
                var lastLine = TimeSpan.Zero;
                var progress = new Reporter(p =>
                {
                    if (p.Done % 100 == 0 || p.Elapsed - lastLine >= TimeSpan.FromSeconds(10))
                    {
                        lastLine = p.Elapsed;
                        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Done}/{p.Total} documents: {p.Indexed} indexed, {p.Skipped} skipped, {p.Failed} failed, {p.DocumentsPerSecond:0.#}/s"));
                    }
                });
                result = await index.IndexAsync(files, analyzer, options, progress, cancellationToken).ConfigureAwait(false);
            }

            foreach (var failure in result.Failures)
            {
                await stderr.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
            }

            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Indexed} indexed ({result.Goals} goals), {result.Skipped} unchanged, {result.Failures.Count} failed of {result.Total} documents{(options.Shard is { } part ? $" (shard {part})" : string.Empty)} in {result.Elapsed.TotalSeconds:0.0} s -> {TerminalText.Line(indexPath)}")).ConfigureAwait(false);
            return result.Failures.Count + passedOver > 0 ? CliApp.SomeFailed : CliApp.Ok;
        }
        catch (SearchException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return CliApp.SomeFailed;
        }
    }

    private static Command SearchCommand(TextWriter stdout, TextWriter stderr)
    {
        var query = new Argument<string>("query") { Description = "Swedish query: words (all must match), \"phrases\", AND/OR/NOT, field prefixes (shortName:, statement:, body:, area:, title:, municipality:, sdg:, year:)." };
        var index = IndexOption();
        var sdg = new Option<int?>("--sdg") { HelpName = "N", Description = "Only goals predicted to serve SDG N (1-17)." };
        var municipality = new Option<string?>("--municipality") { HelpName = "NAME", Description = "Only goals of this municipality (case and å/ä/ö ignored)." };
        var top = TopOption("How many hits to show.", 10);
        var format = FormatOption();
        var allCopies = AllCopiesOption();
        var command = new Command("search", "Search the goals in an index; prints each hit's goal id for 'similar --goal'.") { query, index, sdg, municipality, top, format, allCopies };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var sdgValue = parse.GetValue(sdg);
            if (sdgValue is < 1 or > 17)
            {
                await stderr.WriteLineAsync("error: --sdg takes a number from 1 to 17.").ConfigureAwait(false);
                return CliApp.Usage;
            }

            var options = new GoalQuery { Sdg = sdgValue, Municipality = parse.GetValue(municipality), Take = parse.GetValue(top), AllCopies = parse.GetValue(allCopies) };
            var text = parse.GetValue(query)!;
            return await WithIndex(parse.GetValue(index)!, stderr, goals =>
            {
                var results = goals.Search(text, options);
                Write(stdout, parse.GetValue(format)!, text, results.Hits, results.TotalHits, results.Municipalities, results.Sdgs);
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static Command SimilarCommand(TextWriter stdout, TextWriter stderr)
    {
        var goal = new Option<string?>("--goal") { HelpName = "ID", Description = "A goal id as printed by 'search' (<documentId>#<goal position>)." };
        var text = new Option<string?>("--text") { HelpName = "TEXT", Description = "A text to find similar goals to." };
        var index = IndexOption();
        var top = TopOption("How many goals to show.", 5);
        var format = FormatOption();
        var allCopies = AllCopiesOption();
        var command = new Command("similar", "Find the goals in other documents most similar to a goal, or to a text.") { goal, text, index, top, format, allCopies };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var goalId = parse.GetValue(goal);
            var like = parse.GetValue(text);
            if ((goalId is null) == (like is null))
            {
                await stderr.WriteLineAsync("error: give either --goal ID or --text \"…\".").ConfigureAwait(false);
                return CliApp.Usage;
            }

            var take = parse.GetValue(top);
            var every = parse.GetValue(allCopies);
            return await WithIndex(parse.GetValue(index)!, stderr, goals =>
            {
                var hits = goalId is not null ? goals.SimilarGoals(goalId, take, every) : goals.SimilarToText(like!, take, every);
                Write(stdout, parse.GetValue(format)!, goalId ?? like!, hits, hits.Count, null, null);
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static Command StatsCommand(TextWriter stdout, TextWriter stderr)
    {
        var index = IndexOption();
        var format = FormatOption();
        var allCopies = AllCopiesOption();
        var check = new Option<bool>("--check") { Description = "Also check the whole index (every file against its checksum, every segment read): damage is an error, exit code 1." };
        var command = new Command("stats", "Show what an index holds: documents, goals, goals per municipality and per SDG.") { index, format, allCopies, check };
        command.SetAction((parse, cancellationToken) => WithIndex(parse.GetValue(index)!, stderr, goals =>
        {
            if (parse.GetValue(check))
            {
                // Before anything is shown: numbers from a damaged index would mislead. On damage Check throws and
                // WithIndex reports it in one line.
                var checkedIndex = goals.Check();
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check: the index is sound ({checkedIndex.Segments} segment{(checkedIndex.Segments == 1 ? string.Empty : "s")}, {checkedIndex.Entries} entries, every file against its checksum, {checkedIndex.Elapsed.TotalSeconds:0.0} s)."));
            }

            var stats = goals.GetStats(parse.GetValue(allCopies));
            if (parse.GetValue(format) == "json")
            {
                var json = new StatsJson(stats.Documents, stats.Files, stats.Goals, [.. stats.Municipalities.Select(m => new MunicipalityCountJson(m.Value, m.Count))], [.. stats.Sdgs.Select(s => new SdgCountJson(s.Sdg, s.Count))]);
                stdout.WriteLine(JsonSerializer.Serialize(json, Json.StatsJson));
                return;
            }

            var console = Console(stdout);
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{stats.Documents} documents{(stats.Files != stats.Documents ? $" ({stats.Files} files)" : string.Empty)}, {stats.Goals} goals")));
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn("Municipality");
            table.AddColumn(new TableColumn("Goals").RightAligned());
            foreach (var m in stats.Municipalities)
            {
                table.AddRow(new Text(TerminalText.Line(m.Value)), new Text(m.Count.ToString(CultureInfo.InvariantCulture)));
            }

            console.Write(table);
            console.WriteLine(stats.Sdgs.Count == 0
                ? "SDGs: none predicted yet."
                : "SDGs: " + string.Join(", ", stats.Sdgs.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Sdg} ({s.Count})"))));
        }));
        return command;
    }

    private static async Task<int> WithIndex(string path, TextWriter stderr, Action<GoalIndex> action)
    {
        try
        {
            using var index = GoalIndex.OpenReadOnly(path);
            action(index);
            return CliApp.Ok;
        }
        catch (SearchException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return e.Kind is SearchErrorKind.InvalidQuery or SearchErrorKind.QueryTooComplex or SearchErrorKind.UnknownGoal ? CliApp.Usage : CliApp.SomeFailed;
        }
    }

    private static void Write(TextWriter stdout, string format, string query, IReadOnlyList<GoalHit> hits, int total, IReadOnlyList<FacetCount>? municipalities, IReadOnlyList<SdgCount>? sdgs)
    {
        if (format == "json")
        {
            var json = new SearchResultJson(
                query,
                total,
                [.. hits.Select(h => new HitJson(h.Municipality, h.DocumentId, h.GoalId, h.Number, h.Ordinal, h.ShortName, h.Statement, h.Score, h.Snippet, [.. h.Sdgs.Select(s => s.Sdg)], h.Path, [.. h.Copies.Select(c => new CopyJson(c.GoalId, c.DocumentId, c.Path))]))],
                municipalities is null ? null : [.. municipalities.Select(m => new MunicipalityCountJson(m.Value, m.Count))],
                sdgs is null ? null : [.. sdgs.Select(s => new SdgCountJson(s.Sdg, s.Count))]);
            stdout.WriteLine(JsonSerializer.Serialize(json, Json.SearchResultJson));
            return;
        }

        var console = Console(stdout);
        console.MarkupLine(Markup.Escape(TerminalText.Line(string.Create(CultureInfo.InvariantCulture, $"{total} goals match \"{query}\"")) + (hits.Count < total ? $", showing {hits.Count}" : string.Empty)));
        if (hits.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Expand();
            table.AddColumn("Goal id");
            table.AddColumn("Municipality");
            table.AddColumn("Goal");
            table.AddColumn(new TableColumn("Score").RightAligned());
            table.AddColumn(new TableColumn("Snippet"));
            foreach (var hit in hits)
            {
                var goal = hit.Number ?? hit.Ordinal.ToString(CultureInfo.InvariantCulture);
                var copies = hit.Copies.Count switch { 0 => string.Empty, 1 => "\n(+1 copy)", var n => string.Create(CultureInfo.InvariantCulture, $"\n(+{n} copies)") };
                table.AddRow(
                    new Text(TerminalText.Line(hit.GoalId) + copies),
                    new Text(TerminalText.Line(hit.Municipality ?? "(unknown)")),
                    new Text(TerminalText.Line(hit.ShortName is null ? goal : $"{goal} {hit.ShortName}")),
                    new Text(hit.Score.ToString("0.000", CultureInfo.InvariantCulture)),
                    new Text(TerminalText.Block(hit.Snippet)));
            }

            console.Write(table);
        }

        if (municipalities is { Count: > 0 })
        {
            console.WriteLine("Municipalities: " + TerminalText.Line(string.Join(", ", municipalities.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Value} ({m.Count})")))));
        }

        if (sdgs is { Count: > 0 })
        {
            console.WriteLine("SDGs: " + string.Join(", ", sdgs.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Sdg} ({s.Count})"))));
        }
    }

    private static bool IsTerminal(TextWriter stdout) => ReferenceEquals(stdout, System.Console.Out) && !System.Console.IsOutputRedirected;

    private static IAnsiConsole Console(TextWriter stdout)
    {
        var terminal = IsTerminal(stdout);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No });
        if (!terminal)
        {
            console.Profile.Width = 160;
        }

        return console;
    }

    /// <summary>Reports on the calling thread (no synchronisation context hop), so lines come in order.</summary>
    private sealed class Reporter(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        private readonly Lock _lock = new();

        public void Report(IndexProgress value)
        {
            lock (_lock)
            {
                report(value);
            }
        }
    }
}

/// <summary>A search or similarity result as JSON.</summary>
internal sealed record SearchResultJson(string Query, int Total, List<HitJson> Hits, List<MunicipalityCountJson>? Municipalities, List<SdgCountJson>? Sdgs);

/// <summary>One hit as JSON: municipality, documentId, goalId, goalNumber (null when unnumbered), ordinal, shortName, statement, score, snippet, sdgs, path, copies.</summary>
internal sealed record HitJson(string? Municipality, string DocumentId, string GoalId, string? GoalNumber, int Ordinal, string? ShortName, string Statement, float Score, string Snippet, List<int> Sdgs, string? Path, List<CopyJson> Copies);

/// <summary>Another copy of a hit's goal: its goal id, document id and file.</summary>
internal sealed record CopyJson(string GoalId, string DocumentId, string? Path);

/// <summary>Goals per municipality.</summary>
internal sealed record MunicipalityCountJson(string Municipality, int Goals);

/// <summary>Goals per SDG.</summary>
internal sealed record SdgCountJson(int Sdg, int Goals);

/// <summary>Index statistics as JSON.</summary>
internal sealed record StatsJson(int Documents, int Files, int Goals, List<MunicipalityCountJson> Municipalities, List<SdgCountJson> Sdgs);

[JsonSerializable(typeof(SearchResultJson))]
[JsonSerializable(typeof(StatsJson))]
internal sealed partial class SearchJsonContext : JsonSerializerContext;
