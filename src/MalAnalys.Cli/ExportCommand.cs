using System.CommandLine;
using MalAnalys.Export;
using MalAnalys.Reading;

namespace MalAnalys.Cli;

/// <summary>The <c>export</c> command: tidy tables of analysed documents, as Parquet or CSV, for R, pandas and DuckDB.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Text or PDF files, folders to search recursively for .txt and .pdf files, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<DirectoryInfo>("--out") { HelpName = "DIR", Description = "The folder to write the tables into: documents, goals, goal_sdgs, evidence, corrections, diagnostics.", Required = true };
        var format = new Option<string>("--format") { Description = "parquet or csv.", DefaultValueFactory = _ => "parquet" };
        format.AcceptOnlyFromAmong("parquet", "csv");
        var maxMb = new Option<int>("--max-mb") { HelpName = "N", Description = "Refuse files larger than this many MiB (standard input included).", DefaultValueFactory = _ => 64 };
        var repair = CliApp.RepairOption();
        var timeout = CliApp.TimeoutOption();
        var command = new Command("export", "Analyse goal documents and write them as tidy tables (Parquet or CSV) joined by document_id and goal_id, for R, pandas and DuckDB.")
        {
            paths, outDir, format, maxMb, repair, timeout,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new MalAnalyzerOptions
            {
                Reader = ReaderOptions.Default with { MaxBytes = Math.Max(1, parse.GetValue(maxMb)) * 1024L * 1024 },
                Repair = CliApp.RepairOptions(parse.GetValue(repair)),
                DocumentTimeout = CliApp.Timeout(parse.GetValue(timeout)),
            };
            var exportOptions = new ExportOptions { Format = parse.GetValue(format) == "csv" ? ExportFormat.Csv : ExportFormat.Parquet };
            return ExportAsync(parse.GetValue(paths)!, parse.GetValue(outDir)!, options, exportOptions, stdout, stderr, cancellationToken);
        });
        return command;
    }

    private static async Task<int> ExportAsync(string[] inputs, DirectoryInfo outDir, MalAnalyzerOptions options, ExportOptions exportOptions, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (await CliInputs.FindAsync(inputs, allowStandardInput: true, stderr).ConfigureAwait(false) is not var (files, passedOver))
        {
            return CliApp.Usage;
        }

        var failed = passedOver;
        ExportedTables tables;
        try
        {
            var exporter = TableExporter.Create(outDir.FullName, exportOptions);
            await using (exporter.ConfigureAwait(false))
            {
                await foreach (var outcome in new MalAnalyzer(options).AnalyzeManyAsync(files, null, cancellationToken).ConfigureAwait(false))
                {
                    if (outcome.Document is { } document)
                    {
                        await exporter.AddAsync(document, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        failed++;
                        await stderr.WriteLineAsync($"error: {outcome.Error!.Message}").ConfigureAwait(false);
                    }
                }

                if (exporter.Documents == 0)
                {
                    await stderr.WriteLineAsync("error: no document could be analysed; no tables written.").ConfigureAwait(false);
                    return CliApp.SomeFailed;
                }

                tables = await exporter.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ExportException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return CliApp.Usage;
        }

        foreach (var file in tables.Files)
        {
            await stdout.WriteLineAsync(TerminalText.Line(file)).ConfigureAwait(false);
        }

        await stdout.WriteLineAsync(TerminalText.Line($"{tables.Documents} documents, {tables.Goals} goals -> {tables.Folder}")).ConfigureAwait(false);
        if (failed > 0)
        {
            await stderr.WriteLineAsync($"{failed} of {files.Count + passedOver} documents could not be analysed.").ConfigureAwait(false);
        }

        return failed > 0 ? CliApp.SomeFailed : CliApp.Ok;
    }
}
