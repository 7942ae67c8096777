using System.CommandLine;
using MalAnalys.Reporting;

namespace MalAnalys.Cli;

/// <summary>The <c>report</c> command: an HTML report of goal documents, with their SDGs and the coverage heatmap (written once beside the pages).</summary>
internal static class ReportCommands
{
    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Text or PDF files, or folders to search recursively for .txt and .pdf files.", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<DirectoryInfo>("--out") { HelpName = "DIR", Description = "The folder to write the report into: index.html and one page per document.", Required = true };
        var title = new Option<string>("--title") { Description = "The report's title.", DefaultValueFactory = _ => HtmlReportOptions.Default.Title };
        var repair = CliApp.RepairOption();
        var allCopies = SearchCommands.AllCopiesOption();
        var command = new Command("report", "Write an HTML report (nothing loaded from elsewhere): per document its municipality, goals with their SDGs and evidence, the OCR corrections in the text (original on hover), and the coverage heatmap, written once as sdg-heatmap.png beside the pages.")
        {
            paths, outDir, title, repair, allCopies,
        };
        command.SetAction((parse, cancellationToken) =>
            ReportAsync(parse.GetValue(paths)!, parse.GetValue(outDir)!, new HtmlReportOptions { Title = parse.GetValue(title)!, AllCopies = parse.GetValue(allCopies) }, CliApp.RepairOptions(parse.GetValue(repair)), stdout, stderr, cancellationToken));
        yield return command;
    }

    // A page is named after its document's file, and a page of copies names the others' files; standard input has none.
    private const string StandardInputRefusal =
        "report does not read standard input: each document gets a page named after its file, and the report names the files of copies, so save the document to a file and report on that.";

    private static async Task<int> ReportAsync(string[] inputs, DirectoryInfo outDir, HtmlReportOptions options, Repair.RepairOptions repair, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (await CliInputs.FindAsync(inputs, allowStandardInput: false, stderr, StandardInputRefusal).ConfigureAwait(false) is not var (files, passedOver))
        {
            return CliApp.Usage;
        }

        var documents = new List<AnalyzedDocument>(files.Count);
        var failed = passedOver;
        await foreach (var outcome in new MalAnalyzer(new MalAnalyzerOptions { Repair = repair }).AnalyzeManyAsync(files, null, cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Document is { } document)
            {
                documents.Add(document);
            }
            else
            {
                failed++;
                await stderr.WriteLineAsync($"error: {outcome.Error!.Message}").ConfigureAwait(false);
            }
        }

        if (documents.Count == 0)
        {
            await stderr.WriteLineAsync("error: no document could be analysed; no report written.").ConfigureAwait(false);
            return CliApp.SomeFailed;
        }

        HtmlReportFiles report;
        try
        {
            report = await HtmlReport.WriteAsync(documents, outDir.FullName, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ReportException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return CliApp.Usage;
        }

        for (var i = 0; i < documents.Count; i++)
        {
            await stdout.WriteLineAsync(TerminalText.Line($"{documents[i].Document.Source.Path}: {documents[i].Goals.Count} goals -> {report.Documents[i]}")).ConfigureAwait(false);
        }

        await stdout.WriteLineAsync(TerminalText.Line($"report: {report.Index}")).ConfigureAwait(false);
        if (failed > 0)
        {
            await stderr.WriteLineAsync($"{failed} of {files.Count + passedOver} documents could not be analysed.").ConfigureAwait(false);
        }

        return failed > 0 ? CliApp.SomeFailed : CliApp.Ok;
    }
}
