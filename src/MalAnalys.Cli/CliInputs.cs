namespace MalAnalys.Cli;

/// <summary>
/// The documents a command is given, as a Unix user gives them: files and folders, <c>-</c> for standard input, and
/// pipes such as a process substitution (<c>&lt;(…)</c>), which the reader takes as streams up to its size limit.
/// What a folder search passes over (a named pipe, a device, a folder it may not read or that lies too deep to open)
/// is said on standard error in one line each and counts as a document that could not be read.
/// </summary>
internal static class CliInputs
{
    /// <summary>The argument that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The files to read, or <see langword="null"/> after a message when there are none or '-' cannot be read.</summary>
    /// <param name="inputs">The command's arguments.</param>
    /// <param name="allowStandardInput">Whether '-' reads standard input (commands whose result names no file).</param>
    /// <param name="stderr">Where messages go.</param>
    /// <param name="refusal">Why the command does not read standard input, when it does not and has a reason of its own to say.</param>
    /// <returns>The files, and how many paths were passed over.</returns>
    public static async Task<(IReadOnlyList<string> Files, int PassedOver)?> FindAsync(IReadOnlyList<string> inputs, bool allowStandardInput, TextWriter stderr, string? refusal = null)
    {
        var mapped = new List<string>(inputs.Count);
        foreach (var input in inputs)
        {
            if (input != StandardInput)
            {
                mapped.Add(input);
                continue;
            }

            if (await StandardInputPathAsync(allowStandardInput, stderr, refusal).ConfigureAwait(false) is not { } path)
            {
                return null;
            }

            mapped.Add(path);
        }

        var passedOver = new List<string>();
        var files = MalAnalyzer.FindDocuments(mapped, (PassedOverPath p) => passedOver.Add($"error: {p.Path}: {p.Message}"));
        foreach (var line in passedOver)
        {
            await stderr.WriteLineAsync(line).ConfigureAwait(false);
        }

        if (files.Count == 0)
        {
            await stderr.WriteLineAsync("error: no .txt or .pdf files found in the given folders.").ConfigureAwait(false);
            return null;
        }

        return (files, passedOver.Count);
    }

    /// <summary>
    /// The path standard input can be opened by (<c>/dev/stdin</c>), read once as a stream or a file; <see langword="null"/>
    /// after a message when the command does not take it, it is a terminal, or the system has no such path.
    /// </summary>
    public static async Task<string?> StandardInputPathAsync(bool allowed, TextWriter stderr, string? refusal = null)
    {
        string? problem = null;
        if (!allowed)
        {
            problem = refusal ?? "this command does not read standard input: give files or folders.";
        }
        else if (OperatingSystem.IsWindows())
        {
            problem = "standard input is read on Linux and macOS; on Windows give a file.";
        }
        else if (!Console.IsInputRedirected)
        {
            problem = "standard input is a terminal: pipe or redirect a document into it (e.g. `malanalys analyze - < goals.txt`).";
        }

        if (problem is null)
        {
            return "/dev/stdin";
        }

        await stderr.WriteLineAsync($"error: -: {problem}").ConfigureAwait(false);
        return null;
    }
}
