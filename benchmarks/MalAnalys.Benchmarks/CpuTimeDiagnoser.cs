using System.Collections.Concurrent;
using System.Diagnostics;
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
/// Adds a "CPU/doc" column: the benchmark process's CPU time (user + system, all threads) over the measured iterations,
/// read by the host right before and right after them, divided by the operations run and by the benchmark's
/// <c>Documents</c> parameter. Setup and warm-up are outside it; the engine's own work between iterations (a forced
/// collection after each) is inside, the same for every case. Wall time says how long a batch takes; this says what it
/// costs, whatever the number of threads.
/// </summary>
public sealed class CpuTimeDiagnoser : IDiagnoser
{
    private readonly ConcurrentDictionary<BenchmarkCase, TimeSpan> _before = new();
    private readonly ConcurrentDictionary<BenchmarkCase, TimeSpan> _spent = new();

    /// <inheritdoc/>
    public IEnumerable<string> Ids => ["CpuTime"];

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
        if (signal == HostSignal.BeforeActualRun && CpuOf(parameters.Process) is { } before)
        {
            _before[parameters.BenchmarkCase] = before;
        }
        else if (signal == HostSignal.AfterActualRun && CpuOf(parameters.Process) is { } after
            && _before.TryGetValue(parameters.BenchmarkCase, out var start))
        {
            _spent[parameters.BenchmarkCase] = after - start;
        }
    }

    /// <inheritdoc/>
    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var documents = results.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Documents")?.Value is int n ? n : 1;
        if (_spent.TryGetValue(results.BenchmarkCase, out var spent) && results.TotalOperations > 0)
        {
            yield return new Metric(CpuPerDocument.Instance, spent.TotalNanoseconds / results.TotalOperations / documents);
        }
    }

    /// <inheritdoc/>
    public void DisplayResults(ILogger logger)
    {
    }

    /// <inheritdoc/>
    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    private static TimeSpan? CpuOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private sealed class CpuPerDocument : IMetricDescriptor
    {
        public static readonly CpuPerDocument Instance = new();

        public string Id => "CpuPerDocument";

        public string DisplayName => "CPU/doc";

        public string Legend => "Process CPU time (user + system, all threads) per document over the measured iterations";

        public string NumberFormat => "0.##";

        public UnitType UnitType => UnitType.Time;

        public string Unit => "ns";

        public bool TheGreaterTheBetter => false;

        public int PriorityInCategory => 0;

        public bool GetIsAvailable(Metric metric) => true;
    }
}
