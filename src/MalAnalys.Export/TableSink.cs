namespace MalAnalys.Export;

/// <summary>Where the rows of one table go: a Parquet or CSV file, written as rows arrive.</summary>
internal abstract class TableSink : IAsyncDisposable
{
    protected TableSink(ExportTable table) => Table = table;

    /// <summary>The table whose rows this sink takes.</summary>
    public ExportTable Table { get; }

    /// <summary>How many rows were added.</summary>
    public long Rows { get; private set; }

    /// <summary>Opens a sink that writes <paramref name="table"/> to the file <paramref name="path"/>, which it creates.</summary>
    public static TableSink Create(ExportTable table, string path, ExportFormat format) => format switch
    {
        ExportFormat.Csv => new CsvSink(table, path),
        _ => new ParquetSink(table, path),
    };

    /// <summary>Adds one row: a value per column, in column order, boxed; <see langword="null"/> for a missing value.</summary>
    public ValueTask AddAsync(object?[] row, CancellationToken cancellationToken)
    {
        if (row.Length != Table.Columns.Length)
        {
            throw new ArgumentException($"A row of '{Table.Name}' has {Table.Columns.Length} values, not {row.Length}.", nameof(row));
        }

        Rows++;
        return AddRowAsync(row, cancellationToken);
    }

    /// <summary>Writes what is buffered and closes the file.</summary>
    public abstract ValueTask CompleteAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    protected abstract ValueTask AddRowAsync(object?[] row, CancellationToken cancellationToken);
}
