using MalAnalys.Swedish;

namespace MalAnalys.Repair;

/// <summary>Options for <see cref="SwedishRepairer"/>. Immutable; the defaults are the recommended settings.</summary>
public sealed record RepairOptions
{
    /// <summary>The default options.</summary>
    public static RepairOptions Default { get; } = new();

    /// <summary>How much repair does. Default <see cref="RepairMode.Auto"/>.</summary>
    public RepairMode Mode { get; init; } = RepairMode.Auto;

    /// <summary>
    /// Whether every whitespace-separated token is kept as read: no two words read as one are split, and no word read
    /// as two is joined, so the output has exactly the input's tokens (the CLI's <c>repair --keep-layout</c>). Default
    /// <see langword="false"/>: splits and joins are made, within a line.
    /// </summary>
    public bool KeepLayout { get; init; }

    /// <summary>Corrections less certain than this (0–1) are not made. Default 0.5.</summary>
    public double ConfidenceThreshold { get; init; } = 0.5;

    /// <summary>Extra words to accept and to repair towards (place names, local terms). Default none.</summary>
    public IReadOnlyList<string> UserWords { get; init; } = [];

    /// <summary>The lexicon; <see langword="null"/> for the embedded one.</summary>
    public SwedishLexicon? Lexicon { get; init; }
}
