namespace MalAnalys.Export;

/// <summary>Options for <see cref="TableExporter"/>. Immutable; the defaults write Parquet.</summary>
public sealed record ExportOptions
{
    /// <summary>The defaults.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>The file format (default <see cref="ExportFormat.Parquet"/>).</summary>
    public ExportFormat Format { get; init; } = ExportFormat.Parquet;
}
