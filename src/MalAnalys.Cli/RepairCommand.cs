using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MalAnalys.Reading;
using MalAnalys.Repair;

namespace MalAnalys.Cli;

/// <summary><c>malanalys repair FILE [--corrections F.json] [--keep-layout]</c>: prints the repaired text.</summary>
internal static class RepairCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "A text or PDF goal document, or - for standard input." };
        var corrections = new Option<FileInfo?>("--corrections") { HelpName = "FILE.json", Description = "Write every correction (offset and length in the text as read, original, replacement, confidence, reason) to this JSON file." };
        var keepLayout = new Option<bool>("--keep-layout") { Description = "Print the whole text as read, repaired in place: the same lines and the same whitespace-separated tokens in the same order (no dehyphenation, no furniture removal, no words split or joined)." };
        var mode = new Option<string>("--mode") { Description = "auto: full repair of text files and OCR'd PDF pages, light repair of born-digital PDF pages; full; light (encoding and ligatures only); off.", DefaultValueFactory = _ => "auto" };
        mode.AcceptOnlyFromAmong("auto", "full", "light", "off");
        var threshold = new Option<double>("--threshold") { HelpName = "0-1", Description = "Make only corrections at least this confident.", DefaultValueFactory = _ => RepairOptions.Default.ConfidenceThreshold };
        var words = new Option<FileInfo?>("--words") { HelpName = "FILE", Description = "Extra words to accept and repair towards (place names, local terms), one per line." };

        var command = new Command("repair", "Repair OCR damage to Swedish text (lost å/ä/ö, stand-in symbols, misread letters) and print the repaired text.")
        {
            file, corrections, keepLayout, mode, threshold, words,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(file)!, parse.GetValue(corrections), parse.GetValue(keepLayout), parse.GetValue(mode)!, parse.GetValue(threshold), parse.GetValue(words), stdout, stderr, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, FileInfo? correctionsFile, bool keepLayout, string mode, double threshold, FileInfo? wordsFile, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (threshold is < 0 or > 1 || double.IsNaN(threshold))
        {
            await stderr.WriteLineAsync("error: --threshold must be between 0 and 1.").ConfigureAwait(false);
            return CliApp.Usage;
        }

        if (await ReadWordsAsync(wordsFile, stderr, cancellationToken).ConfigureAwait(false) is not { } userWords)
        {
            return CliApp.Usage;
        }

        var options = new RepairOptions
        {
            Mode = mode switch { "full" => RepairMode.Full, "light" => RepairMode.Light, "off" => RepairMode.Off, _ => RepairMode.Auto },
            ConfidenceThreshold = threshold,
            UserWords = userWords,
            KeepLayout = keepLayout,
        };

        var source = path;
        if (path == CliInputs.StandardInput && (source = await CliInputs.StandardInputPathAsync(allowed: true, stderr).ConfigureAwait(false)) is null)
        {
            return CliApp.Usage;
        }

        RepairedDocument repaired;
        try
        {
            var document = new DocumentReader().Read(source, cancellationToken);
            repaired = new SwedishRepairer(options).Repair(document, cancellationToken);
        }
        catch (DocumentReadException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return CliApp.SomeFailed;
        }

        if (correctionsFile is not null && !await WriteCorrectionsAsync(path, repaired, correctionsFile, stderr, cancellationToken).ConfigureAwait(false))
        {
            return CliApp.SomeFailed;
        }

        var text = keepLayout ? repaired.Repair.Text : repaired.Text.Body;
        if (ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected)
        {
            // On a terminal the text is read, not kept: control codes in it are shown, not obeyed. A pipe or file gets it exactly.
            text = TerminalText.Block(text);
        }

        await stdout.WriteAsync(text).ConfigureAwait(false);
        if (text.Length > 0 && text[^1] != '\n')
        {
            await stdout.WriteLineAsync().ConfigureAwait(false);
        }

        return CliApp.Ok;
    }

    /// <summary>The words of <c>--words</c>, one per line (<c>#</c> starts a comment); <see langword="null"/> after a message when the file cannot be read.</summary>
    private static async Task<IReadOnlyList<string>?> ReadWordsAsync(FileInfo? wordsFile, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (wordsFile is null)
        {
            return [];
        }

        try
        {
            return [.. (await File.ReadAllLinesAsync(wordsFile.FullName, cancellationToken).ConfigureAwait(false)).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#')];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"error: {wordsFile.FullName}: cannot read the word list: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>Writes the corrections as JSON (<c>--corrections</c>); says on <paramref name="stderr"/> why not and returns <see langword="false"/> when the file cannot be written.</summary>
    private static async Task<bool> WriteCorrectionsAsync(string path, RepairedDocument repaired, FileInfo correctionsFile, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            var report = CorrectionReport.From(path, repaired.Repair);
            await File.WriteAllTextAsync(correctionsFile.FullName, JsonSerializer.Serialize(report, CorrectionJson.Context.CorrectionReport) + "\n", new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"error: {correctionsFile.FullName}: cannot write the corrections: {e.Message}").ConfigureAwait(false);
            return false;
        }
    }
}

/// <summary>The JSON written by <c>repair --corrections</c>.</summary>
internal sealed record CorrectionReport(string Source, double Damage, int Count, IReadOnlyList<CorrectionEntry> Corrections)
{
    public static CorrectionReport From(string source, RepairedText repair)
    {
        // Line and column (1-based) of each correction, found in one pass over the text as read.
        var entries = new List<CorrectionEntry>(repair.Corrections.Length);
        var original = repair.Original;
        int line = 1, lineStart = 0, scanned = 0;
        foreach (var c in repair.Corrections)
        {
            for (; scanned < c.Start; scanned++)
            {
                if (original[scanned] == '\n')
                {
                    line++;
                    lineStart = scanned + 1;
                }
            }

            entries.Add(new CorrectionEntry(c.Start, c.Length, line, c.Start - lineStart + 1, c.Original, c.Replacement, c.Confidence, c.Reason, c.Rule));
        }

        return new CorrectionReport(source, repair.Damage, entries.Count, entries);
    }
}

/// <summary>One correction in the JSON report.</summary>
internal sealed record CorrectionEntry(int Start, int Length, int Line, int Column, string Original, string Replacement, double Confidence, CorrectionReason Reason, string Rule);

/// <summary>JSON options for the corrections report: camelCase names and enum values, readable Swedish letters.</summary>
internal static class CorrectionJson
{
    public static CorrectionJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter<CorrectionReason>(JsonNamingPolicy.CamelCase) },
    });
}

[JsonSerializable(typeof(CorrectionReport))]
internal sealed partial class CorrectionJsonContext : JsonSerializerContext;
