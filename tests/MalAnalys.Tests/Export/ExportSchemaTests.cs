using System.Text;
using MalAnalys.Export;

namespace MalAnalys.Tests.Export;

/// <summary>The README documents the exported tables exactly as they are written.</summary>
public sealed class ExportSchemaTests
{
    internal static string Markdown()
    {
        var text = new StringBuilder();
        foreach (var table in ExportTable.All)
        {
            text.Append("**`").Append(table.Name).Append("`**: ").Append(table.Row).Append("; key `").Append(table.Key).Append("`.\n\n");
            text.Append("| column | type | meaning |\n|---|---|---|\n");
            foreach (var column in table.Columns)
            {
                text.Append("| `").Append(column.Name).Append("` | ").Append(column.TypeName).Append(" | ").Append(column.Description).Append(" |\n");
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd() + "\n";
    }

    [Fact]
    public void Readme_lists_every_table_and_column()
    {
        var readme = File.ReadAllText(Path.Combine(Seeds.SourceFolder(), "..", "..", "README.md")).ReplaceLineEndings("\n");
        var expected = Markdown();
        Assert.True(readme.Contains(expected, StringComparison.Ordinal), "README.md lacks the export schema:\n" + expected);
    }
}
