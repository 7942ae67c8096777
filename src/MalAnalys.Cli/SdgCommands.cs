using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MalAnalys.Agenda2030;
using MalAnalys.Documents;

namespace MalAnalys.Cli;

/// <summary>The <c>sdg</c> command: links texts to the global goals of Agenda 2030; and the SDG parts of <c>analyze</c>'s output.</summary>
internal static class SdgCommands
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions IndentedJsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string?>("FILE") { Description = "A text file with one text per line ('-' reads standard input).", Arity = ArgumentArity.ZeroOrOne };
        var text = new Option<string?>("--text") { HelpName = "TEXT", Description = "Classify this text instead of a file." };
        var top = new Option<int>("--top") { HelpName = "K", Description = "How many SDGs to print per text, highest score first (1-17).", DefaultValueFactory = _ => 3 };
        var format = new Option<string>("--format") { Description = "tsv (line number, then sdg:score pairs, score with two decimals, e.g. 13:0.91) or json (JSON Lines with evidence).", DefaultValueFactory = _ => "tsv" };
        var maxMb = new Option<int>("--max-mb") { HelpName = "N", Description = "Refuse input larger than this many MiB, before loading it (standard input included).", DefaultValueFactory = _ => DefaultMaxMb };
        maxMb.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1024)
            {
                result.AddError("--max-mb must be 1 to 1024.");
            }
        });
        format.AcceptOnlyFromAmong("tsv", "json");
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > SdgCatalogue.Count)
            {
                result.AddError("--top must be 1 to 17.");
            }
        });

        var command = new Command("sdg", "Link Swedish texts (e.g. goal statements) to the 17 global goals of Agenda 2030, with scores from 0 to 1.")
        {
            file, text, top, format, maxMb,
        };
        command.SetAction((parse, cancellationToken) =>
            SdgAsync(parse.GetValue(file), parse.GetValue(text), parse.GetValue(top), parse.GetValue(format)!, parse.GetValue(maxMb) * 1024L * 1024, stdout, stderr, cancellationToken));
        yield return command;
    }

    /// <summary>The top SDGs of a goal for the table view, e.g. <c>8:0.87 9:0.16 10:0.02</c>.</summary>
    public static string Summary(SdgResult? result, int top = 3) =>
        result is null ? string.Empty : string.Join(" ", result.Top(top).Select(p => p.ToString()));

    /// <summary>
    /// <see cref="GoalDocumentJson"/> with each goal's top SDGs (<c>sdgs</c>) and the document's profile (<c>sdgProfile</c>)
    /// added: the document fields stay exactly as the library writes them.
    /// </summary>
    public static string AnalyzeJson(AnalyzedDocument analyzed, bool indented)
    {
        var json = GoalDocumentJson.Serialize(analyzed.Document, indented);
        if (analyzed.Sdgs.IsEmpty && analyzed.SdgProfile is null)
        {
            return json;
        }

        var root = JsonNode.Parse(json)!.AsObject();
        var goals = root["goals"]!.AsArray();
        for (var i = 0; i < goals.Count && i < analyzed.Sdgs.Length; i++)
        {
            goals[i]!.AsObject()["sdgs"] = new JsonArray([.. analyzed.Sdgs[i].Result.Top(3).Select(p => Prediction(p, analyzed.Sdgs[i].Result, evidence: true))]);
        }

        if (analyzed.SdgProfile is { } profile)
        {
            root["sdgProfile"] = new JsonArray([.. profile.Entries.Select(e => new JsonObject
            {
                ["sdg"] = e.Sdg,
                ["goals"] = e.Goals,
                ["meanScore"] = Round(e.MeanScore),
                ["maxScore"] = Round(e.MaxScore),
            })]);
        }

        return root.ToJsonString(indented ? IndentedJsonOptions : JsonOptions);
    }

    /// <summary>The default of <c>--max-mb</c>: far more than any list of goal statements.</summary>
    public const int DefaultMaxMb = 16;

    /// <summary>The longest line classified, in characters; a goal statement has hundreds. Longer lines are reported and skipped.</summary>
    public const int MaxLineChars = 20_000;

    private static async Task<int> SdgAsync(string? file, string? text, int top, string format, long maxBytes, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if ((file is null) == (text is null))
        {
            await stderr.WriteLineAsync("error: give either a FILE (one text per line) or --text \"...\".").ConfigureAwait(false);
            return CliApp.Usage;
        }

        string[] lines;
        if (text is not null)
        {
            lines = [text];
        }
        else if (await ReadLinesAsync(file!, maxBytes, stderr, cancellationToken).ConfigureAwait(false) is { } read)
        {
            lines = read;
        }
        else
        {
            return CliApp.SomeFailed;
        }

        var classifier = SdgClassifier.Default;
        var skipped = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (lines[i].Length > MaxLineChars)
            {
                // Classifying costs memory with the length of the text: one huge line must not take gigabytes.
                skipped++;
                await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"error: line {i + 1}: {lines[i].Length} characters, more than the {MaxLineChars} a text may have (one text per line); skipped.")).ConfigureAwait(false);
                continue;
            }

            var result = classifier.Predict(lines[i]);
            var number = i + 1;
            if (format == "json")
            {
                var line = new JsonObject
                {
                    ["line"] = number,
                    ["text"] = lines[i],
                    ["sdgs"] = new JsonArray([.. result.Top(top).Select(p => Prediction(p, result, evidence: true))]),
                    ["diagnostics"] = new JsonArray([.. result.Diagnostics.Select(d => (JsonNode)new JsonObject { ["severity"] = d.Severity.ToString().ToLowerInvariant(), ["code"] = d.Code, ["message"] = d.Message })]),
                };
                await stdout.WriteLineAsync(line.ToJsonString(JsonOptions)).ConfigureAwait(false);
            }
            else
            {
                await stdout.WriteLineAsync(string.Join('\t', [number.ToString(CultureInfo.InvariantCulture), .. result.Top(top).Select(p => p.ToString())])).ConfigureAwait(false);
            }

            foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
            {
                await stderr.WriteLineAsync($"line {number}: {diagnostic}").ConfigureAwait(false);
            }
        }

        return skipped > 0 ? CliApp.SomeFailed : CliApp.Ok;
    }

    /// <summary>The texts of a file (or "-", standard input), one per line, or <see langword="null"/> after saying on <paramref name="stderr"/> why it cannot be read or is too large.</summary>
    private static async Task<string[]?> ReadLinesAsync(string file, long maxBytes, TextWriter stderr, CancellationToken cancellationToken)
    {
        var name = file == "-" ? "standard input" : file;
        string? content;
        try
        {
            if (file != "-" && new FileInfo(file) is { Exists: true, Length: var length } && length > maxBytes)
            {
                // A regular file says its size: refused without reading a byte.
                content = null;
            }
            else
            {
                await using var input = file == "-" ? Console.OpenStandardInput() : new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                content = await ReadLimited(input, maxBytes, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"error: {name}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}").ConfigureAwait(false);
            return null;
        }

        if (content is null)
        {
            await stderr.WriteLineAsync($"error: {name}: larger than {maxBytes / (1024 * 1024)} MiB; give one text per line, split the file, or raise --max-mb.").ConfigureAwait(false);
            return null;
        }

        return content.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
    }

    // Reads at most maxBytes (UTF-8, or as a byte order mark says) and returns null when there is more: memory stays bounded
    // for /dev/zero, an endless pipe or a huge file alike.
    private static async Task<string?> ReadLimited(Stream input, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    private static JsonObject Prediction(SdgPrediction p, SdgResult result, bool evidence)
    {
        var node = new JsonObject
        {
            ["sdg"] = p.Sdg,
            ["name"] = p.Goal.SwedishName,
            ["score"] = Round(p.Score),
            ["served"] = result.Served.Contains(p),
        };
        if (evidence)
        {
            node["evidence"] = new JsonArray([.. p.Evidence.Select(e => (JsonNode)new JsonObject { ["text"] = e.Text, ["weight"] = Round(e.Weight), ["sentence"] = e.Sentence })]);
        }

        return node;
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
