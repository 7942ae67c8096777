using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace MalAnalys.Benchmarks;

/// <summary>
/// Adds a "Peak RSS" column: the benchmark process's peak resident memory (VmHWM on Linux, the peak working set
/// elsewhere), read by the host right after the measured iterations. Each benchmark case runs in a process of its own,
/// so the figure is the peak of that case alone, setup included. BenchmarkDotNet's own memory diagnoser counts
/// allocated bytes, which grow with the work; this tells whether memory in use grows with it.
/// </summary>
public sealed class PeakMemoryDiagnoser : IDiagnoser
{
    private readonly ConcurrentDictionary<BenchmarkCase, long> _peaks = new();

    /// <inheritdoc/>
    public IEnumerable<string> Ids => ["PeakMemory"];

    /// <inheritdoc/>
    public IEnumerable<IExporter> Exporters => [];

    /// <inheritdoc/>
    public IEnumerable<IAnalyser> Analysers => [];

    /// <inheritdoc/>
    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    /// <inheritdoc/>
    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (signal == HostSignal.AfterActualRun && PeakOf(parameters.Process) is { } peak)
        {
            _peaks[parameters.BenchmarkCase] = peak;
        }
    }

    /// <inheritdoc/>
    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (_peaks.TryGetValue(results.BenchmarkCase, out var peak))
        {
            yield return new Metric(PeakRss.Instance, peak);
        }
    }

    /// <inheritdoc/>
    public void DisplayResults(ILogger logger)
    {
    }

    /// <inheritdoc/>
    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    private static long? PeakOf(Process process)
    {
        try
        {
            var status = $"/proc/{process.Id}/status";
            if (File.Exists(status))
            {
                foreach (var line in File.ReadLines(status))
                {
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                        return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                    }
                }
            }

            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed class PeakRss : IMetricDescriptor
    {
        public static readonly PeakRss Instance = new();

        public string Id => "PeakRss";

        public string DisplayName => "Peak RSS";

        public string Legend => "Peak resident memory of the benchmark process (VmHWM), setup included";

        public string NumberFormat => "0.##";

        public UnitType UnitType => UnitType.Size;

        public string Unit => "B";

        public bool TheGreaterTheBetter => false;

        public int PriorityInCategory => 0;

        public bool GetIsAvailable(Metric metric) => true;
    }
}
