using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace MalAnalys.Tests.Samples;

/// <summary>HTML a notebook asked to show (the C# kernel's <c>HTML(...)</c>).</summary>
public sealed record NotebookHtml(string Html);

/// <summary>What a notebook's code sees besides its own variables: the C# kernel's <c>display</c> and <c>HTML</c>.</summary>
public sealed class NotebookGlobals
{
    private readonly List<object?> _displayed = [];

    /// <summary>Everything the notebook displayed, in order.</summary>
    public IReadOnlyList<object?> Displayed => _displayed;

#pragma warning disable IDE1006, CA1822 // Named and shaped as the C# notebook kernel names them, so notebook code runs unchanged.
    public object? display(object? value)
    {
        // Lazy queries are displayed as the kernel shows them: enumerated.
        _displayed.Add(value is System.Collections.IEnumerable items and not string ? items.Cast<object?>().ToList() : value);
        return value;
    }

    public NotebookHtml HTML(string html) => new(html);
#pragma warning restore IDE1006, CA1822
}

/// <summary>The outcome of running a notebook: its variables after the last cell, and what it displayed.</summary>
public sealed record NotebookRun(string Name, ScriptState<object> State, NotebookGlobals Globals)
{
    public T Variable<T>(string name) => (T)(State.GetVariable(name)?.Value ?? throw new KeyNotFoundException($"{Name} defines no variable '{name}'."));

    public IEnumerable<string> DisplayedText => Globals.Displayed.Select(d => d?.ToString() ?? string.Empty);

    public IEnumerable<string> DisplayedHtml => Globals.Displayed.OfType<NotebookHtml>().Select(h => h.Html);
}

/// <summary>
/// Runs a C# notebook (.ipynb) the way the C# kernel did, with Roslyn scripting: code cells in order, one script state
/// carried from cell to cell, <c>#r "nuget: MalAnalys…"</c> mapped to the freshly built libraries, <c>display</c> and
/// <c>HTML</c> supplied; the first compile error or exception stops the run, naming the cell.
/// </summary>
internal static partial class NotebookRunner
{
    // The packages a notebook may ask for, and the assembly of this build that stands for each.
    private static readonly Dictionary<string, System.Reflection.Assembly> Packages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MalAnalys"] = typeof(MalAnalyzer).Assembly,
        ["MalAnalys.Reporting"] = typeof(MalAnalys.Reporting.SdgCharts).Assembly,
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> Platform = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))]);

    public static string SamplesFolder() => Path.Combine(Directory.GetParent(Seeds.SourceFolder())!.Parent!.FullName, "samples");

    public static IReadOnlyList<string> CodeCells(string notebookPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(notebookPath));
        var root = json.RootElement;
        var kernel = root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("language").GetString();
        if (kernel != "C#")
        {
            throw new InvalidOperationException($"{notebookPath}: the kernel language is {kernel}, not C#.");
        }

        return [.. root.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString())))];
    }

    public static async Task<NotebookRun> RunAsync(string notebookPath)
    {
        var name = Path.GetFileName(notebookPath);
        var cells = CodeCells(notebookPath);
        var globals = new NotebookGlobals();
        var options = ScriptOptions.Default
            .AddReferences(Platform.Value)
            .AddReferences(Packages.Values)
            // The C# kernel's default imports.
            .AddImports("System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading.Tasks");
        ScriptState<object>? state = null;
        for (var i = 0; i < cells.Count; i++)
        {
            var code = MapPackageReferences(cells[i], name, i + 1);
            try
            {
                state = state is null
                    ? await CSharpScript.RunAsync(code, options, globals, typeof(NotebookGlobals))
                    : await state.ContinueWithAsync(code, options);
            }
            catch (CompilationErrorException e)
            {
                throw new InvalidOperationException($"{name}, code cell {i + 1} does not compile: {string.Join("; ", e.Diagnostics)}", e);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"{name}, code cell {i + 1} failed: {e.GetType().Name}: {e.Message}", e);
            }
        }

        return new NotebookRun(name, state ?? throw new InvalidOperationException($"{name} has no code cells."), globals);
    }

    // A '#r "nuget: ..."' line is kept as an empty line, so compiler messages keep the cell's line numbers.
    private static string MapPackageReferences(string code, string notebook, int cell) =>
        NugetReference().Replace(code, match =>
            Packages.ContainsKey(match.Groups["id"].Value)
                ? string.Empty
                : throw new InvalidOperationException($"{notebook}, code cell {cell}: the runner has no stand-in for package '{match.Groups["id"].Value}'."));

    [GeneratedRegex("""^[ \t]*#r[ \t]+"nuget:[ \t]*(?<id>[A-Za-z0-9_.]+)[^"]*"[ \t]*$""", RegexOptions.Multiline)]
    private static partial Regex NugetReference();
}
