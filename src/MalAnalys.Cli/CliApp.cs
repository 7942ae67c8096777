using System.CommandLine;
using System.Text;
using MalAnalys.Documents;
using MalAnalys.Reading;
using MalAnalys.Swedish;
using Spectre.Console;

namespace MalAnalys.Cli;

/// <summary>The <c>malanalys</c> command line.</summary>
internal static class CliApp
{
    /// <summary>Exit code when every document was analysed.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when at least one document could not be analysed.</summary>
    public const int SomeFailed = 1;

    /// <summary>Exit code for bad usage: unknown options, no input.</summary>
    public const int Usage = 2;

    /// <summary>How long a command may take to stop after SIGINT or SIGTERM (an index batch commits what it has done) before the process ends anyway.</summary>
    internal static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Runs the command line as the process: on standard output and error, with SIGINT and SIGTERM stopping the running
    /// command. The command's token is cancelled; once it has ended, or after <see cref="StopGrace"/>, or at once on a
    /// second signal, the process ends with 130 (SIGINT) or 143 (SIGTERM) and a line saying so.
    /// </summary>
    public static async Task<int> RunProcessAsync(string[] args)
    {
        using var signals = new SignalStop();

        // On a thread of its own, so that a command that does not look at its token (a blocking read, a search) cannot
        // hold the process past a signal.
        var run = Task.Run(() => RunAsync(args, Console.Out, Console.Error, signals.Token));
        if (await Task.WhenAny(run, signals.Stopped).ConfigureAwait(false) == run && !signals.Stopped.IsCompleted)
        {
            return await run.ConfigureAwait(false);
        }

        await Task.WhenAny(run, signals.StopNow, Task.Delay(StopGrace)).ConfigureAwait(false);
        await Console.Error.WriteLineAsync($"malanalys: stopped by {signals.SignalName}.").ConfigureAwait(false);
        return signals.ExitCode;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        // Messages carry file names, arguments and text from documents: none of it may reach the terminal as control codes.
        stderr = stderr as TerminalWriter ?? new TerminalWriter(stderr);
        var root = new RootCommand("MalAnalys: structured, searchable data from Swedish municipal goal documents.")
        {
            AnalyzeCommand(stdout, stderr),
            RepairCommand.Create(stdout, stderr),
        };
        foreach (var command in SdgCommands.Create(stdout, stderr))
        {
            root.Subcommands.Add(command);
        }

        foreach (var command in SearchCommands.Create(stdout, stderr))
        {
            root.Subcommands.Add(command);
        }

        foreach (var command in ReportCommands.Create(stdout, stderr))
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(ExportCommand.Create(stdout, stderr));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Run 'malanalys --help' for usage.").ConfigureAwait(false);
            return Usage;
        }

        // Signals are handled by RunProcessAsync, which passes them in as the token.
        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = null }, cancellationToken).ConfigureAwait(false);
    }

    private static Command AnalyzeCommand(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Text or PDF files, folders to search recursively for .txt and .pdf files, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "table (readable) or json (JSON Lines: one object per document per line).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var outDir = new Option<DirectoryInfo?>("--out") { HelpName = "DIR", Description = "Write one JSON file per document into this folder instead of JSON on standard output." };
        var maxMb = new Option<int>("--max-mb") { HelpName = "N", Description = "Refuse files larger than this many MiB.", DefaultValueFactory = _ => 64 };
        var repair = RepairOption();
        var municipality = new Option<string?>("--municipality") { HelpName = "NAME", Description = "The council the documents belong to (a name such as Alvesta or \"Region Skåne\", or an SCB code such as 0764), instead of the one the parser finds." };
        var explain = new Option<bool>("--explain") { Description = "Also print, per document, the goal sections, lists, labels and headings the parser took as goals or passed over, and why (to standard error)." };

        var timeout = TimeoutOption();
        var command = new Command("analyze", "Read goal documents and print their structure: municipality, period, goal areas, goals.")
        {
            paths, format, outDir, maxMb, repair, timeout, explain, municipality,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new MalAnalyzerOptions
            {
                Reader = ReaderOptions.Default with { MaxBytes = Math.Max(1, parse.GetValue(maxMb)) * 1024L * 1024 },
                Repair = RepairOptions(parse.GetValue(repair)),
                DocumentTimeout = Timeout(parse.GetValue(timeout)),
                Municipality = parse.GetValue(municipality),
            };
            if (options.Municipality is { } name && SwedishCouncils.Find(name) is null)
            {
                stderr.WriteLine($"error: --municipality: '{name}' is not a Swedish municipality or region (give a name such as Alvesta, or an SCB code such as 0764).");
                return Task.FromResult(Usage);
            }

            return AnalyzeAsync(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(outDir), options, parse.GetValue(explain), stdout, stderr, cancellationToken);
        });
        return command;
    }

    private static async Task<int> AnalyzeAsync(string[] inputs, string format, DirectoryInfo? outDir, MalAnalyzerOptions options, bool explain, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (await CliInputs.FindAsync(inputs, allowStandardInput: true, stderr).ConfigureAwait(false) is not var (files, passedOver))
        {
            return Usage;
        }

        if (outDir is not null)
        {
            try
            {
                outDir.Create();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"error: {outDir.FullName}: cannot create the output folder: {e.Message}").ConfigureAwait(false);
                return Usage;
            }
        }

        var terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No });
        if (!terminal)
        {
            // Redirected output has no window to fit: use a width that keeps statements readable in files and logs.
            console.Profile.Width = 140;
        }

        var analyzer = new MalAnalyzer(options);
        var failed = passedOver;
        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var outcome in analyzer.AnalyzeManyAsync(files, null, cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Error is { } error)
            {
                failed++;
                await stderr.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
                continue;
            }

            await WriteOutcomeAsync(analyzer, outcome, format, outDir, explain, usedNames, console, stdout, stderr, cancellationToken).ConfigureAwait(false);
        }

        if (failed > 0)
        {
            await stderr.WriteLineAsync($"{failed} of {files.Count + passedOver} documents could not be analysed.").ConfigureAwait(false);
        }

        return failed > 0 ? SomeFailed : Ok;
    }

    /// <summary>Writes one analysed document: to a file in the output folder, as a JSON line, or as a table; then its warnings and, if asked, the parser's decisions.</summary>
    private static async Task WriteOutcomeAsync(MalAnalyzer analyzer, AnalysisOutcome outcome, string format, DirectoryInfo? outDir, bool explain, HashSet<string> usedNames, IAnsiConsole console, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var document = outcome.Document!.Document;
        if (outDir is not null)
        {
            var file = Path.Combine(outDir.FullName, OutputName(outcome.Path, usedNames));
            await File.WriteAllTextAsync(file, SdgCommands.AnalyzeJson(outcome.Document, indented: true) + "\n", new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync(TerminalText.Line($"{outcome.Path}: {document.Goals.Count} goals -> {file}")).ConfigureAwait(false);
        }
        else if (format == "json")
        {
            await stdout.WriteLineAsync(SdgCommands.AnalyzeJson(outcome.Document, indented: false)).ConfigureAwait(false);
        }
        else
        {
            TableView.Write(console, document, outcome.Document.Sdgs);
        }

        foreach (var diagnostic in document.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            await stderr.WriteLineAsync($"{outcome.Path}: {diagnostic}").ConfigureAwait(false);
        }

        if (explain)
        {
            foreach (var step in analyzer.ExplainStructure(outcome.Path, cancellationToken))
            {
                var where = step.Span.Length > 0 ? $"page {step.Span.Page}, at {step.Span.Start}: " : string.Empty;
                await stderr.WriteLineAsync($"{outcome.Path}: {(step.Taken ? "taken" : "passed")} {step.What}: {where}{step.Reason}{(step.Text.Length > 0 ? $" | {step.Text}" : string.Empty)}").ConfigureAwait(false);
            }
        }
    }

    /// <summary>The <c>--repair</c> option of the commands that analyse documents.</summary>
    internal static Option<string> RepairOption()
    {
        var repair = new Option<string>("--repair")
        {
            Description = "OCR repair before parsing: auto (text files, OCR'd PDF pages and born-digital PDF pages whose text lost its å/ä/ö in full, other born-digital PDF pages light), full, light or off.",
            DefaultValueFactory = _ => "auto",
        };
        repair.AcceptOnlyFromAmong("auto", "full", "light", "off");
        return repair;
    }

    /// <summary>The repair options for a value of <see cref="RepairOption"/>.</summary>
    internal static Repair.RepairOptions RepairOptions(string? mode) =>
        new() { Mode = Enum.Parse<Repair.RepairMode>(mode ?? "auto", ignoreCase: true) };

    /// <summary>The per-document time limit of the batch commands, in seconds; 0 for none.</summary>
    internal static Option<int> TimeoutOption() => new("--timeout")
    {
        HelpName = "SECONDS",
        Description = "Give up on a document that takes longer than this and report it as failed, so one damaged file cannot stall the batch (0: no limit).",
        DefaultValueFactory = _ => 300,
    };

    internal static TimeSpan? Timeout(int seconds) => seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;

    // The output file is named after the input file only, so no document can place a file outside the folder.
    internal static string OutputName(string inputPath, HashSet<string> used)
    {
        var stem = Path.GetFileNameWithoutExtension(inputPath);
        var ext = Path.GetExtension(inputPath).TrimStart('.').ToLowerInvariant();
        var safe = new string(stem.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()).Trim('.');
        var name = (safe.Length == 0 ? "document" : safe) + (ext.Length > 0 ? "." + ext : string.Empty);
        var candidate = name + ".json";
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = $"{name}-{i}.json";
        }

        return candidate;
    }
}
