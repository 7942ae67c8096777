using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MalAnalys.Tests.Architecture;

/// <summary>
/// The conventions of <c>ARCHITECTURE.md</c> that a reader relies on to find their way: one public type per file,
/// named after it, and methods short enough to read at once unless a comment says why one is not.
/// </summary>
public sealed class CodeShapeTests
{
    /// <summary>The longest method body, in lines, that needs no explanation.</summary>
    internal const int MaxMethodLines = 60;

    /// <summary>The comment that explains a longer method starts with this, in or just above the method.</summary>
    internal const string LongMethodMarker = "// Long method:";

    [Fact]
    public void Every_file_in_src_defines_at_most_one_public_type_named_after_the_file()
    {
        var problems = new List<string>();
        foreach (var (path, tree) in SourceTrees())
        {
            var types = PublicTypes(tree.GetRoot()).ToList();
            var name = Path.GetFileNameWithoutExtension(path);
            var stem = name.Split('.')[0];
            if (types.Count > 1)
            {
                problems.Add($"{path}: {types.Count} public types ({string.Join(", ", types)})");
            }
            else if (types.Count == 1 && types[0] != stem)
            {
                problems.Add($"{path}: public type {types[0]} in a file named {name}");
            }
        }

        Assert.True(problems.Count == 0, "Files that break 'one public type per file':\n" + string.Join('\n', problems));
    }

    [Fact]
    public void No_method_in_src_is_longer_than_the_limit_without_a_comment_saying_why()
    {
        var problems = SourceTrees()
            .SelectMany(t => LongMembers(t.Tree).Select(m => $"{t.Path}:{m.Line}: {m.Name} is {m.Lines} lines"))
            .ToList();
        Assert.True(problems.Count == 0, $"Methods over {MaxMethodLines} lines without a '{LongMethodMarker}' comment:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void No_source_file_holds_a_control_character()
    {
        // A backspace or other control character in a regular expression or a string is invisible in review and
        // changes what the code does (a "\b" turned into U+0008 matches nothing).
        var problems = SourceTrees()
            .Select(t => (t.Path, Text: t.Tree.GetText().ToString()))
            .Where(t => t.Text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            .Select(t => t.Path)
            .ToList();
        Assert.True(problems.Count == 0, "Source files with control characters:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void The_checks_see_what_they_look_for()
    {
        // Both rules must be able to fail, so that the tests above cannot pass vacuously.
        var twoTypes = CSharpSyntaxTree.ParseText("namespace N; public sealed class A { } public enum B { X }");
        Assert.Equal(["A", "B"], PublicTypes(twoTypes.GetRoot()));

        var body = string.Concat(Enumerable.Repeat("        x++;\n", MaxMethodLines + 1));
        var longMethod = CSharpSyntaxTree.ParseText($"class C {{\n    void M(int x)\n    {{\n{body}    }}\n}}");
        Assert.Single(LongMembers(longMethod));

        var explained = CSharpSyntaxTree.ParseText($"class C {{\n    {LongMethodMarker} one table, read top to bottom.\n    void M(int x)\n    {{\n{body}    }}\n}}");
        Assert.Empty(LongMembers(explained));
    }

    private static IEnumerable<string> PublicTypes(SyntaxNode root) => root.DescendantNodes()
        .OfType<BaseTypeDeclarationSyntax>()
        .Where(t => t.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax && t.Modifiers.Any(SyntaxKind.PublicKeyword))
        .Select(t => t.Identifier.Text)
        .Concat(root.DescendantNodes()
            .OfType<DelegateDeclarationSyntax>()
            .Where(d => d.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax && d.Modifiers.Any(SyntaxKind.PublicKeyword))
            .Select(d => d.Identifier.Text))
        .Distinct();

    private static IEnumerable<(string Name, int Line, int Lines)> LongMembers(SyntaxTree tree)
    {
        var text = tree.GetText();
        foreach (var member in tree.GetRoot().DescendantNodes().Where(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax))
        {
            SyntaxNode? body = member switch
            {
                BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody,
                AccessorDeclarationSyntax a => (SyntaxNode?)a.Body ?? a.ExpressionBody,
                LocalFunctionStatementSyntax l => (SyntaxNode?)l.Body ?? l.ExpressionBody,
                _ => null,
            };
            if (body is null)
            {
                continue;
            }

            var span = text.Lines.GetLinePositionSpan(body.Span);
            var lines = span.End.Line - span.Start.Line + 1;
            if (lines <= MaxMethodLines || member.ToFullString().Contains(LongMethodMarker, StringComparison.Ordinal))
            {
                continue;
            }

            var name = member switch
            {
                MethodDeclarationSyntax m => m.Identifier.Text,
                ConstructorDeclarationSyntax c => c.Identifier.Text + " (constructor)",
                LocalFunctionStatementSyntax l => l.Identifier.Text,
                AccessorDeclarationSyntax a => a.Keyword.Text + " accessor",
                _ => member.Kind().ToString(),
            };
            yield return (name, span.Start.Line + 1, lines);
        }
    }

    private static IEnumerable<(string Path, SyntaxTree Tree)> SourceTrees()
    {
        var root = LayerTests.RepositoryRoot();
        var src = Path.Combine(root, "src");
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(root, f), CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f)));
    }
}
