namespace MalAnalys.Export;

/// <summary>One column of an exported table.</summary>
/// <param name="Name">The column's name (snake_case).</param>
/// <param name="Type">Its type.</param>
/// <param name="Nullable">Whether it may be missing.</param>
/// <param name="Description">What it holds.</param>
internal sealed record TableColumn(string Name, ColumnType Type, bool Nullable, string Description)
{
    /// <summary>The type as the README's schema names it.</summary>
    public string TypeName => Type switch
    {
        ColumnType.Text => "string",
        ColumnType.Int32 => "int32",
        ColumnType.Int64 => "int64",
        ColumnType.Double => "double",
        ColumnType.Boolean => "bool",
        _ => "date",
    } + (Nullable ? "?" : string.Empty);
}
