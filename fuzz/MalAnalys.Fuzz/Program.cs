using MalAnalys.Fuzz;
using SharpFuzz;

// Usage: MalAnalys.Fuzz TARGET < FILE
// Under afl-fuzz it runs in forkserver mode, one input per run on standard input; outside it, it runs the one
// input on standard input once (for reproducing a finding).
if (args.Length != 1 || !FuzzTargets.Names.Contains(args[0]))
{
    await Console.Error.WriteLineAsync($"usage: MalAnalys.Fuzz {string.Join('|', FuzzTargets.Names)} < FILE").ConfigureAwait(false);
    return 2;
}

var target = args[0];
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(target, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
