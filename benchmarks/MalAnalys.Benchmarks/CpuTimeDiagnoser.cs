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
/// Measures the benchmark process's CPU time (user + system, all threads) over the measured iterations, read by the host
/// right before and right after them, and gives it as the "CPU/doc" column (<see cref="Column"/>): that time divided by
/// the operations of the measured iterations and by the benchmark's <c>Documents</c> parameter. Setup, warm-up and the
/// pilot are outside it; the engine's own work between iterations is inside (use it with <c>[GcForce(false)]</c>, so that
/// is no forced collection). The log gives, per case, the CPU time and the wall time between the two readings. Wall time
/// says how long a batch takes; this says what it costs, whatever the number of threads.
/// </summary>
public sealed class CpuTimeDiagnoser : IDiagnoser
{
    private readonly ConcurrentDictionary<BenchmarkCase, (TimeSpan Cpu, long Ticks)> _before = new();
    private readonly ConcurrentDictionary<BenchmarkCase, (TimeSpan Cpu, TimeSpan Wall)> _spent = new();

    /// <summary>Creates the diagnoser and its column.</summary>
    public CpuTimeDiagnoser() => Column = new CpuPerDocumentColumn(this);

    /// <summary>The "CPU/doc" column; add it to the config with the diagnoser.</summary>
    public IColumn Column { get; }

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
            _before[parameters.BenchmarkCase] = (before, Stopwatch.GetTimestamp());
        }
        else if (signal == HostSignal.AfterActualRun && CpuOf(parameters.Process) is { } after
            && _before.TryGetValue(parameters.BenchmarkCase, out var start))
        {
            _spent[parameters.BenchmarkCase] = (after - start.Cpu, Stopwatch.GetElapsedTime(start.Ticks));
        }
    }

    /// <inheritdoc/>
    public IEnumerable<Metric> ProcessResults(DiagnoserResults results) => [];

    /// <inheritdoc/>
    public void DisplayResults(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        foreach (var (benchmarkCase, spent) in _spent.OrderBy(s => s.Key.DisplayInfo, StringComparer.Ordinal))
        {
            logger.WriteLineInfo(string.Create(CultureInfo.InvariantCulture, $"{benchmarkCase.DisplayInfo}: CPU {spent.Cpu.TotalSeconds:0.000} s in {spent.Wall.TotalSeconds:0.000} s between the readings"));
        }
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

    /// <summary>CPU milliseconds per document of a case, or null when not measured.</summary>
    private double? PerDocument(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (!_spent.TryGetValue(benchmarkCase, out var spent) || summary[benchmarkCase] is not { } report)
        {
            return null;
        }

        // Only the measured iterations: the operations of jitting, pilot and warm-up ran before the first reading.
        var operations = report.AllMeasurements
            .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual)
            .Sum(m => m.Operations);
        var documents = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Documents")?.Value is int n ? n : 1;
        return operations > 0 ? spent.Cpu.TotalMilliseconds / operations / documents : null;
    }

    private sealed class CpuPerDocumentColumn(CpuTimeDiagnoser diagnoser) : IColumn
    {
        public string Id => "CpuPerDocument";

        public string ColumnName => "CPU/doc";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Metric;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Process CPU time (user + system, all threads) per document over the measured iterations";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            diagnoser.PerDocument(summary, benchmarkCase) is { } ms ? ms.ToString("0.000 ms", CultureInfo.InvariantCulture) : "-";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
