using MalAnalys.Agenda2030;
using MalAnalys.Reading;
using MalAnalys.Repair;

namespace MalAnalys;

/// <summary>Options for <see cref="MalAnalyzer"/>; the defaults suit goal documents.</summary>
public sealed record MalAnalyzerOptions
{
    /// <summary>The defaults.</summary>
    public static MalAnalyzerOptions Default { get; } = new();

    /// <summary>How documents are read.</summary>
    public ReaderOptions Reader { get; init; } = ReaderOptions.Default;

    /// <summary>How OCR damage is repaired between reading and parsing (default: <see cref="RepairOptions.Default"/>, the full pass on text files and OCR'd PDF pages).</summary>
    public RepairOptions Repair { get; init; } = RepairOptions.Default;

    /// <summary>How many documents <see cref="MalAnalyzer.AnalyzeManyAsync"/> analyses at once (default: the number of processors).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Whether each goal is linked to the global goals of Agenda 2030 (default: yes, with <see cref="SdgClassifier.Default"/>).</summary>
    public bool ClassifySdgs { get; init; } = true;

    /// <summary>The classifier goals are linked to Agenda 2030 with (default: <see langword="null"/>, <see cref="SdgClassifier.Default"/>), for example one with other thresholds or less evidence.</summary>
    public SdgClassifier? SdgClassifier { get; init; }

    /// <summary>
    /// The council the documents belong to, when you know it better than the text says it: a name, official name or
    /// SCB code that <see cref="Swedish.SwedishCouncils.Find"/> knows ("Alvesta", "Region Skåne", "0764"). It replaces
    /// the municipality the parser finds (default: <see langword="null"/>, the parser's).
    /// </summary>
    public string? Municipality { get; init; }

    /// <summary>
    /// How long one document of a batch (<see cref="MalAnalyzer.AnalyzeManyAsync"/>, <see cref="Search.GoalIndex.IndexAsync"/>)
    /// may take before it is reported as failed with a <see cref="DocumentTimeoutException"/> and the batch moves on
    /// (default: <see langword="null"/>, no limit). A document that overruns is cancelled; work that does not stop at
    /// once (inside the PDF parser) is abandoned and its result discarded. A limit longer than about 24 days, the
    /// longest the runtime's timers wait, is no limit.
    /// </summary>
    public TimeSpan? DocumentTimeout { get; init; }
}
