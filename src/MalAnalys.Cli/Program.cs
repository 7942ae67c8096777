using System.CommandLine;
using MalAnalys.Cli;

return await CliApp.RunProcessAsync(args).ConfigureAwait(false);
