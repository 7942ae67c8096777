using System.Diagnostics;
using MalAnalys.Cli;
using MalAnalys.Tests.Cli;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// <c>sdg</c> applies its size limit before loading: a huge one-line file, an endless device and an oversized pipe end
/// in one clear line and exit code 1, with bounded memory; an over-long line is reported and the others classified.
/// </summary>
[Collection(Serial.Name)]
public sealed class SdgInputLimitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-sdg-limit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_50_mb_one_line_file_is_refused_before_it_is_read()
    {
        var file = Path.Combine(_folder, "one-line.txt");
        using (var stream = File.Create(file))
        {
            // Sparse: 50 MiB of zero bytes, no line break.
            stream.SetLength(50L * 1024 * 1024);
        }

        var (exit, output, err) = await CliRun.Run("sdg", file);
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Empty(output);
        Assert.Equal($"error: {file}: larger than 16 MiB; give one text per line, split the file, or raise --max-mb.", err.Trim());

        (exit, _, err) = await CliRun.Run("sdg", file, "--max-mb", "1024");
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Contains("more than the 20000 a text may have", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dev_zero_ends_with_a_clear_error_in_bounded_memory()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        using var cli = CliProcess.Start("sdg", "/dev/zero");
        long peak = 0;
        var clock = Stopwatch.StartNew();
        while (!cli.Process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            try
            {
                cli.Process.Refresh();
                peak = Math.Max(peak, cli.Process.WorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break; // it has just ended
            }

            await Task.Delay(5);
        }

        var (exit, output, err) = await cli.Finish(TimeSpan.FromMinutes(1));
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Empty(output);
        Assert.Equal("error: /dev/zero: larger than 16 MiB; give one text per line, split the file, or raise --max-mb.", err.Trim());
        Assert.True(peak < 400L * 1024 * 1024, $"peak working set {peak / (1024 * 1024)} MiB");
    }

    [Fact]
    public async Task Standard_input_over_the_limit_is_refused_and_within_it_classified()
    {
        using var big = CliProcess.StartWithInput(new string('a', 2 * 1024 * 1024) + "\n", "sdg", "-", "--max-mb", "1");
        var (exit, output, err) = await big.Finish();
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Empty(output);
        Assert.Equal("error: standard input: larger than 1 MiB; give one text per line, split the file, or raise --max-mb.", err.Trim());

        using var small = CliProcess.StartWithInput("Utsläppen av växthusgaser ska minska.\nAlla elever ska klara skolan.\n", "sdg", "-");
        (exit, output, err) = await small.Finish();
        Assert.True(exit == 0, err);
        Assert.Equal(2, output.Trim().Split('\n').Length);
        Assert.StartsWith("1\t13:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_line_is_reported_and_skipped_and_the_other_lines_are_classified()
    {
        var file = Path.Combine(_folder, "lines.txt");
        await File.WriteAllLinesAsync(file, ["Utsläppen av växthusgaser ska minska.", string.Join(' ', Enumerable.Repeat("klimat", 5_000)), "Alla elever ska klara skolan."]);
        var (exit, output, err) = await CliRun.Run("sdg", file);
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Equal(["1", "3"], output.Trim().Split('\n').Select(l => l.Split('\t')[0]));
        Assert.Equal("error: line 2: 34999 characters, more than the 20000 a text may have (one text per line); skipped.", err.Trim());
    }
}
