using System.Collections.Immutable;

namespace MalAnalys.Export;

/// <summary>What <see cref="TableExporter"/> wrote.</summary>
/// <param name="Folder">The output folder, as a full path.</param>
/// <param name="Files">The files written, one per table, in the order of <see cref="TableExporter.TableNames"/>.</param>
/// <param name="Documents">How many documents the tables hold.</param>
/// <param name="Goals">How many goals the tables hold.</param>
public sealed record ExportedTables(string Folder, ImmutableArray<string> Files, int Documents, int Goals);
