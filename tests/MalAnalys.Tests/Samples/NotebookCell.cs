namespace MalAnalys.Tests.Samples;

/// <summary>A code cell of a saved notebook: its source, and what it showed when it ran.</summary>
/// <param name="Source">The cell's code.</param>
/// <param name="ExecutionCount">The kernel's count for the cell, or null when it never ran.</param>
/// <param name="Texts">The plain-text outputs (only those the kernel gave no HTML for).</param>
/// <param name="Html">The HTML outputs.</param>
/// <param name="Pngs">The images, decoded.</param>
/// <param name="Errors">Error outputs and standard-error text.</param>
internal sealed record NotebookCell(
    string Source,
    int? ExecutionCount,
    IReadOnlyList<string> Texts,
    IReadOnlyList<string> Html,
    IReadOnlyList<byte[]> Pngs,
    IReadOnlyList<string> Errors);
