using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MalAnalys.Tests.Samples;

/// <summary>
/// Every fenced <c>```csharp</c> block of the README compiles as the <c>Program.cs</c> of a console app (top-level
/// statements, the SDK's implicit usings, a reference to the packages) and runs on the seeds without an error.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    // A console project's implicit usings (Microsoft.NET.Sdk, ImplicitUsings=enable): a snippet states every other using.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(MalAnalyzer).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(MalAnalys.Reporting.SdgCharts).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(MalAnalys.Export.TableExporter).Assembly.Location))]);

    [GeneratedRegex(@"^```csharp[ \t]*\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    private static string ReadmePath() => Path.Combine(Directory.GetParent(Seeds.SourceFolder())!.Parent!.FullName, "README.md");

    public static IReadOnlyList<string> Snippets(string readme) =>
        [.. CSharpBlock().Matches(File.ReadAllText(readme).ReplaceLineEndings("\n")).Select(m => m.Groups["code"].Value)];

    public static TheoryData<int> SnippetNumbers()
    {
        var data = new TheoryData<int>();
        for (var i = 1; i <= Snippets(ReadmePath()).Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void TheReadmeHasTheLibraryExampleFirst_AndSeveralSnippets()
    {
        var snippets = Snippets(ReadmePath());
        Assert.True(snippets.Count >= 5, $"{snippets.Count} snippets");
        Assert.Contains("MalAnalyzer.CreateDefault()", snippets[0], StringComparison.Ordinal);
    }

    // The snippets write into the working directory as a reader's program would ("malanalys-index"); a run starts
    // without what an earlier run, perhaps of an older version, left there.
    private static readonly Lazy<bool> FreshOutputs = new(() =>
    {
        if (Directory.Exists("malanalys-index"))
        {
            Directory.Delete("malanalys-index", recursive: true);
        }

        return true;
    });

    [Theory]
    [MemberData(nameof(SnippetNumbers))]
    public async Task Snippet_CompilesAsAConsoleApp_AndRuns(int number)
    {
        _ = FreshOutputs.Value;
        var code = Snippets(ReadmePath())[number - 1];
        var compilation = CSharpCompilation.Create(
            $"ReadmeSnippet{number}",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, path: "Usings.cs"), CSharpSyntaxTree.ParseText(code, path: $"README snippet {number}")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, $"README snippet {number} does not compile:\n{string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))}\n---\n{code}");
        Assert.DoesNotContain(emitted.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Id.StartsWith("CS86", StringComparison.Ordinal));

        var context = new AssemblyLoadContext($"readme-{number}", isCollectible: true);
        try
        {
            image.Position = 0;
            var entry = context.LoadFromStream(image).EntryPoint!;
            var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            if (result is Task task)
            {
                await task;
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            Assert.Fail($"README snippet {number} throws {e.InnerException}\n---\n{code}");
        }
        finally
        {
            context.Unload();
        }
    }
}
