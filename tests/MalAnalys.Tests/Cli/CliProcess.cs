using System.Diagnostics;

namespace MalAnalys.Tests.Cli;

/// <summary>The built command line running as a child process, its output read as it comes.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private CliProcess(Process process)
    {
        Process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public Process Process { get; }

    public static CliProcess Start(params string[] args) => StartWithInput(null, args);

    /// <summary>Starts the command with a standard input that stays open and empty until the process ends: a read from it waits.</summary>
    public static CliProcess StartWithOpenInput(params string[] args) => Launch(null, keepInputOpen: true, args);

    /// <summary>Starts the command with <paramref name="standardInput"/> written to its standard input, which is then closed.</summary>
    public static CliProcess StartWithInput(string? standardInput, params string[] args) => Launch(standardInput, keepInputOpen: false, args);

    /// <summary>Starts the command with <paramref name="environment"/> added to its environment.</summary>
    public static CliProcess StartWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Launch(null, keepInputOpen: false, args, environment);

    /// <summary>Sends a signal (TERM, INT) to the process with the system's <c>kill</c>.</summary>
    public void Signal(string name)
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-" + name, Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static CliProcess Launch(string? standardInput, bool keepInputOpen, string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null || keepInputOpen,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MalAnalys.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            // Written beside the process: a command that stops reading (input over its limit) must not block the test.
            _ = Task.Run(async () =>
            {
                try
                {
                    await process.StandardInput.WriteAsync(standardInput);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // The command ended without reading it all.
                }
            });
        }

        return new CliProcess(process);
    }

    /// <summary>Waits for the process to end (killing it after <paramref name="limit"/>, 3 minutes by default) and returns its exit code and output.</summary>
    public async Task<(int Exit, string Out, string Err)> Finish(TimeSpan? limit = null)
    {
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(3));
        try
        {
            await Process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
            throw new TimeoutException($"the command did not end within {limit ?? TimeSpan.FromMinutes(3)}; stderr: {await _stderr}");
        }

        return (Process.ExitCode, await _stdout, await _stderr);
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.Dispose();
    }
}
