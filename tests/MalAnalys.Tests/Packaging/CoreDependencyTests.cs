using System.Text.Json;

namespace MalAnalys.Tests.Packaging;

/// <summary>
/// The core package stays light: PdfPig, Lucene.Net and what they bring, nothing else. Training (Microsoft.ML) lives in
/// MalAnalys.Training, charts (SkiaSharp) in MalAnalys.Reporting.
/// </summary>
public sealed class CoreDependencyTests
{
    /// <summary>Every package <c>src/MalAnalys</c> may resolve, as it resolves them today.</summary>
    private static readonly string[] Allowed =
    [
        // PDF reading.
        "PdfPig",
        // Search and the repair stage's lexicon automaton, and what Lucene.Net brings.
        "Lucene.Net",
        "Lucene.Net.Analysis.Common",
        "Lucene.Net.Queries",
        "Lucene.Net.QueryParser",
        "Lucene.Net.Sandbox",
        "J2N",
        "Microsoft.Extensions.Configuration.Abstractions",
        "Microsoft.Extensions.Primitives",
        // Build time only (PrivateAssets="all"): the public API lock, and the package version from git tags.
        "Microsoft.CodeAnalysis.PublicApiAnalyzers",
        "MinVer",
    ];

    private static string RepoRoot => Directory.GetParent(Seeds.SourceFolder())!.Parent!.FullName;

    /// <summary>The packages <c>dotnet list package --include-transitive</c> reports for the core project, top-level and transitive.</summary>
    private static List<string> CorePackages()
    {
        var json = Dotnet.Run(RepoRoot, "list", Path.Combine(RepoRoot, "src", "MalAnalys", "MalAnalys.csproj"), "package", "--include-transitive", "--format", "json");
        using var document = JsonDocument.Parse(json[json.IndexOf('{', StringComparison.Ordinal)..]);
        var packages = new List<string>();
        foreach (var project in document.RootElement.GetProperty("projects").EnumerateArray())
        {
            foreach (var framework in project.GetProperty("frameworks").EnumerateArray())
            {
                foreach (var kind in new[] { "topLevelPackages", "transitivePackages" })
                {
                    if (framework.TryGetProperty(kind, out var list))
                    {
                        packages.AddRange(list.EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
                    }
                }
            }
        }

        return packages;
    }

    [Fact]
    public void The_core_resolves_only_PdfPig_LuceneNet_and_their_dependencies()
    {
        var packages = CorePackages();

        Assert.Contains("PdfPig", packages);
        Assert.Contains("Lucene.Net", packages);
        var ml = packages.Where(p => p.StartsWith("Microsoft.ML", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(ml.Count == 0, $"src/MalAnalys resolves {string.Join(", ", ml)}: training belongs in MalAnalys.Training.");
        var unexpected = packages.Where(p => !Allowed.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
        Assert.True(unexpected.Count == 0, $"src/MalAnalys resolves packages outside its allowed list: {string.Join(", ", unexpected)}");
    }

    [Fact]
    public void The_core_assembly_references_no_MicrosoftML_assembly()
    {
        var references = typeof(MalAnalyzer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.ML", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(typeof(MalAnalys.Training.SdgTrainer).Assembly.GetReferencedAssemblies(), a => a.Name == "Microsoft.ML.StandardTrainers");
    }
}
