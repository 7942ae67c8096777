using Parquet;
using Parquet.Schema;

namespace MalAnalys.Export;

/// <summary>Writes a table as a Parquet file with Parquet.Net: typed columns, a row group per <see cref="RowGroupRows"/> rows.</summary>
internal sealed class ParquetSink : TableSink
{
    /// <summary>Rows per row group: enough to compress well, few enough to keep memory flat on large exports.</summary>
    internal const int RowGroupRows = 100_000;

    private readonly FileStream _stream;
    private readonly DataField[] _fields;
    private readonly List<object?>[] _columns;
    private ParquetWriter? _writer;
    private bool _completed;

    public ParquetSink(ExportTable table, string path)
        : base(table)
    {
        _fields = [.. table.Columns.Select(FieldOf)];
        _columns = [.. table.Columns.Select(_ => new List<object?>())];
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous);
    }

    protected override async ValueTask AddRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        for (var i = 0; i < row.Length; i++)
        {
            _columns[i].Add(row[i]);
        }

        if (_columns[0].Count >= RowGroupRows)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (_completed)
        {
            return;
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await _writer!.DisposeAsync().ConfigureAwait(false);
        _writer = null;
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
        _completed = true;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            try
            {
                await _writer.DisposeAsync().ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The file is being abandoned; its temporary name is deleted by the exporter.
            }
        }

        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        // An empty table is a file with the schema and no row group.
        _writer ??= await ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (_columns[0].Count == 0)
        {
            return;
        }

        using var group = _writer.CreateRowGroup();
        for (var c = 0; c < _fields.Length; c++)
        {
            var field = _fields[c];
            var values = _columns[c];
            var column = Table.Columns[c];
            switch (column.Type)
            {
                case ColumnType.Text:
                    await group.WriteAsync(field, values.Select(v => (string?)v).ToArray()!, null).ConfigureAwait(false);
                    break;
                case ColumnType.Int32:
                    await WriteAsync<int>(group, field, values, column.Nullable, cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Int64:
                    await WriteAsync<long>(group, field, values, column.Nullable, cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Double:
                    await WriteAsync<double>(group, field, values, column.Nullable, cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Boolean:
                    await WriteAsync<bool>(group, field, values, column.Nullable, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await WriteAsync<DateOnly>(group, field, values, column.Nullable, cancellationToken).ConfigureAwait(false);
                    break;
            }

            values.Clear();
        }

        group.CompleteValidate();
    }

    private static async Task WriteAsync<T>(ParquetRowGroupWriter group, DataField field, List<object?> values, bool nullable, CancellationToken cancellationToken)
        where T : struct
    {
        if (nullable)
        {
            var array = new T?[values.Count];
            for (var i = 0; i < array.Length; i++)
            {
                array[i] = (T?)values[i];
            }

            await group.WriteAsync<T>(field, new ReadOnlyMemory<T?>(array), null, null, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var array = new T[values.Count];
            for (var i = 0; i < array.Length; i++)
            {
                array[i] = (T)values[i]!;
            }

            await group.WriteAsync<T>(field, new ReadOnlyMemory<T>(array), null, null, cancellationToken).ConfigureAwait(false);
        }
    }

    private static DataField FieldOf(TableColumn column) => column.Type switch
    {
        ColumnType.Text => new DataField<string>(column.Name, column.Nullable),
        ColumnType.Int32 => column.Nullable ? new DataField<int?>(column.Name) : new DataField<int>(column.Name),
        ColumnType.Int64 => column.Nullable ? new DataField<long?>(column.Name) : new DataField<long>(column.Name),
        ColumnType.Double => column.Nullable ? new DataField<double?>(column.Name) : new DataField<double>(column.Name),
        ColumnType.Boolean => column.Nullable ? new DataField<bool?>(column.Name) : new DataField<bool>(column.Name),
        _ => column.Nullable ? new DataField<DateOnly?>(column.Name) : new DataField<DateOnly>(column.Name),
    };
}
