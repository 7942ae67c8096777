using CsvHelper;

namespace MalAnalys.Export;

/// <summary>
/// Writes a table as CSV with CsvHelper: RFC 4180 (comma, fields quoted when they hold a comma, quote, CR or LF, quotes
/// doubled), UTF-8 without a byte order mark, <c>\n</c> line ends, a header line, an empty field for a missing value,
/// numbers in the invariant culture (doubles round-trip), booleans as <c>true</c>/<c>false</c>, dates as <c>yyyy-MM-dd</c>.
/// </summary>
internal sealed class CsvSink : TableSink
{
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\n",
        TrueValue = "true",
        FalseValue = "false",
        WriteByteOrderMark = false,
    };

    private readonly CsvWriter _writer;
    private bool _completed;

    public CsvSink(ExportTable table, string path)
        : base(table)
    {
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        _writer = CsvWriter.Create(stream, Options, false);
        foreach (var column in table.Columns)
        {
            _writer.WriteField(column.Name);
        }

        _writer.EndRecord();
    }

    protected override async ValueTask AddRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        for (var i = 0; i < row.Length; i++)
        {
            switch (row[i])
            {
                case null:
                    _writer.WriteField((string?)null);
                    break;
                case string text:
                    _writer.WriteField(text);
                    break;
                case int number:
                    _writer.WriteField(number, default);
                    break;
                case long number:
                    _writer.WriteField(number, default);
                    break;
                case double number:
                    _writer.WriteField(number, "R");
                    break;
                case bool flag:
                    _writer.WriteField(flag);
                    break;
                case DateOnly date:
                    _writer.WriteField(date, "yyyy-MM-dd");
                    break;
                default:
                    throw new ArgumentException($"Column '{Table.Columns[i].Name}' of '{Table.Name}' cannot hold a {row[i]!.GetType().Name}.", nameof(row));
            }
        }

        await _writer.EndRecordAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (_completed)
        {
            return;
        }

        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _writer.DisposeAsync().ConfigureAwait(false);
        _completed = true;
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
