namespace MalAnalys.Export;

/// <summary>The file format of exported tables.</summary>
public enum ExportFormat
{
    /// <summary>Apache Parquet, one <c>.parquet</c> file per table, typed columns, Snappy-compressed.</summary>
    Parquet,

    /// <summary>CSV as RFC 4180 has it, one <c>.csv</c> file per table: UTF-8 without a byte order mark, a header line, comma-separated, quoted where needed, empty for a missing value.</summary>
    Csv,
}
