using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MalAnalys.Tests.Architecture;

/// <summary>
/// The layers of <c>src/MalAnalys</c> point one way, as <c>ARCHITECTURE.md</c> states: every name a file uses is
/// resolved by the compiler, and the folder that declares it must be one the using file's folder may use.
/// </summary>
public sealed class LayerTests
{
    /// <summary>What each folder of <c>src/MalAnalys</c> may use besides itself ("" is the root: the facade).</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> MayUse = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Swedish"] = [],
        ["Documents"] = ["Swedish"],
        ["Reading"] = ["Documents", "Swedish"],
        ["Repair"] = ["Documents", "Swedish"],
        ["Structure"] = ["Documents", "Swedish"],
        ["Agenda2030"] = ["Documents", "Swedish"],
        [""] = ["Documents", "Swedish", "Reading", "Repair", "Structure", "Agenda2030"],
        ["Search"] = ["Documents", "Swedish", "Reading", "Repair", "Structure", "Agenda2030", ""],
    };

    [Fact]
    public void Every_folder_uses_only_the_layers_below_it()
    {
        var (compilation, root) = Compile();
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath.Length > 0))
        {
            var from = FolderOf(tree.FilePath, root);
            Assert.True(MayUse.ContainsKey(from), $"{Path.GetRelativePath(root, tree.FilePath)}: folder '{from}' is not in ARCHITECTURE.md's table of layers");
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault();
                if (symbol is INamespaceSymbol)
                {
                    // A namespace is declared in many folders; what counts is the types used from it.
                    continue;
                }

                var declared = symbol?.OriginalDefinition.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree?.FilePath;
                if (declared is null)
                {
                    continue;
                }

                var to = FolderOf(declared, root);
                if (to != from && !MayUse[from].Contains(to))
                {
                    violations.Add($"{Path.GetRelativePath(root, tree.FilePath)} ({Display(from)}) uses {symbol!.Name} ({Display(to)})");
                }
            }
        }

        Assert.True(violations.Count == 0, "Layer violations:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Architecture_document_names_every_layer_the_test_enforces()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "ARCHITECTURE.md"));
        foreach (var (folder, uses) in MayUse)
        {
            var row = $"| `{Display(folder)}` | {(uses.Length == 0 ? "nothing" : string.Join(", ", uses.Select(u => $"`{Display(u)}`")))} |";
            Assert.Contains(row, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_test_sees_a_violation_when_there_is_one()
    {
        // A file in Documents/ that uses the repairer must be caught, so the first test cannot pass vacuously.
        var (compilation, root) = Compile();
        var path = Path.Combine(root, "Documents", "Probe.cs");
        var probe = CSharpSyntaxTree.ParseText(
            "namespace MalAnalys.Documents; internal static class Probe { public static object P => MalAnalys.Repair.SwedishRepairer.Default; }",
            (CSharpParseOptions)compilation.SyntaxTrees[0].Options,
            path);
        compilation = compilation.AddSyntaxTrees(probe);
        var model = compilation.GetSemanticModel(probe);
        var used = probe.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>()
            .Select(n => model.GetSymbolInfo(n).Symbol?.OriginalDefinition.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree?.FilePath)
            .Where(p => p is not null)
            .Select(p => FolderOf(p!, root))
            .ToHashSet();
        Assert.Contains("Repair", used);
        Assert.DoesNotContain("Repair", MayUse["Documents"]);
    }

    private static string Display(string folder) => folder.Length == 0 ? "(root)" : folder;

    private static string FolderOf(string file, string root)
    {
        var relative = Path.GetRelativePath(root, file);
        var slash = relative.IndexOfAny(['/', '\\']);
        return slash < 0 ? string.Empty : relative[..slash];
    }

    internal static string RepositoryRoot() => Directory.GetParent(Seeds.SourceFolder())!.Parent!.FullName;

    private static (CSharpCompilation Compilation, string Root) Compile()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "MalAnalys");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks; global using System.Net.Http;",
            options));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .Where(p => !Path.GetFileName(p).StartsWith("MalAnalys", StringComparison.Ordinal))
            .DistinctBy(Path.GetFileName)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("LayerProbe", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return (compilation, root);
    }
}
