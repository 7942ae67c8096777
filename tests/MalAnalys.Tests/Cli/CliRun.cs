using MalAnalys.Cli;

namespace MalAnalys.Tests.Cli;

/// <summary>Runs the command line in-process with captured output.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
