using System.Runtime.CompilerServices;
using MalAnalys.Agenda2030;
using MalAnalys.Documents;
using MalAnalys.Reading;
using MalAnalys.Repair;
using MalAnalys.Structure;

namespace MalAnalys;

/// <summary>How far a batch has come.</summary>
/// <param name="Done">Files finished, failed ones included.</param>
/// <param name="Failed">Files that failed.</param>
/// <param name="Total">Files in the batch.</param>
public sealed record AnalysisProgress(int Done, int Failed, int Total);
