namespace MalAnalys.Export;

/// <summary>The type of an exported column.</summary>
internal enum ColumnType
{
    /// <summary>UTF-8 text.</summary>
    Text,

    /// <summary>A 32-bit integer.</summary>
    Int32,

    /// <summary>A 64-bit integer.</summary>
    Int64,

    /// <summary>A 64-bit floating-point number.</summary>
    Double,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A calendar date (<c>yyyy-MM-dd</c> in CSV).</summary>
    Date,
}
