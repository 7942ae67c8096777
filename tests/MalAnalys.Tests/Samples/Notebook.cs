using System.Text.Json;

namespace MalAnalys.Tests.Samples;

/// <summary>A saved Jupyter notebook (.ipynb): its kernel and its code cells with their outputs.</summary>
internal sealed record Notebook(string Name, string KernelName, IReadOnlyList<NotebookCell> Cells)
{
    public static string SamplesFolder() => Path.Combine(Directory.GetParent(Seeds.SourceFolder())!.Parent!.FullName, "samples");

    public static Notebook Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var kernel = root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString() ?? string.Empty;
        var cells = root.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(Cell)
            .ToList();
        return new Notebook(Path.GetFileName(path), kernel, cells);
    }

    private static NotebookCell Cell(JsonElement cell)
    {
        var texts = new List<string>();
        var html = new List<string>();
        var pngs = new List<byte[]>();
        var errors = new List<string>();
        foreach (var output in cell.GetProperty("outputs").EnumerateArray())
        {
            switch (output.GetProperty("output_type").GetString())
            {
                case "error":
                    errors.Add($"{output.GetProperty("ename").GetString()}: {output.GetProperty("evalue").GetString()}");
                    break;
                case "stream":
                    var text = Text(output.GetProperty("text"));
                    if (output.GetProperty("name").GetString() == "stderr")
                    {
                        errors.Add(text);
                    }
                    else
                    {
                        texts.Add(text.TrimEnd('\n'));
                    }

                    break;
                default:
                    var data = output.GetProperty("data");
                    if (data.TryGetProperty("image/png", out var png))
                    {
                        pngs.Add(Convert.FromBase64String(Text(png).Replace("\n", string.Empty, StringComparison.Ordinal)));
                    }
                    else if (data.TryGetProperty("text/html", out var markup))
                    {
                        html.Add(Text(markup));
                    }
                    else if (data.TryGetProperty("text/plain", out var plain))
                    {
                        texts.Add(Text(plain));
                    }

                    break;
            }
        }

        var count = cell.GetProperty("execution_count");
        return new NotebookCell(Text(cell.GetProperty("source")), count.ValueKind == JsonValueKind.Number ? count.GetInt32() : null, texts, html, pngs, errors);
    }

    // Notebook text is a string or an array of lines.
    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? string.Concat(value.EnumerateArray().Select(l => l.GetString())) : value.GetString() ?? string.Empty;
}
