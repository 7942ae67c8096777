using System.Reflection;
using System.Text.RegularExpressions;
using MalAnalys.Documents;

namespace MalAnalys.Tests.Architecture;

/// <summary>The catalogue of diagnostic codes is the only place codes are written, and the README lists exactly its codes.</summary>
public sealed partial class DiagnosticCodesTests
{
    private static List<string> Catalogue() => typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = Catalogue();
        Assert.True(codes.Count >= 10, $"only {codes.Count} codes in the catalogue");
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches(Code(), c));
    }

    [Fact]
    public void The_readme_lists_every_code_of_the_catalogue_and_no_other()
    {
        var readme = File.ReadAllText(Path.Combine(LayerTests.RepositoryRoot(), "README.md"));
        var listed = TableRow().Matches(readme).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Catalogue().Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_source_file_writes_a_code_as_a_literal_outside_the_catalogue()
    {
        var src = Path.Combine(LayerTests.RepositoryRoot(), "src");
        var separator = Path.DirectorySeparatorChar;
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && Path.GetFileName(f) != "DiagnosticCodes.cs")
            .Where(f => QuotedCode().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(src, f))
            .ToList();
        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"^MA[1-9]\d{3}$")]
    private static partial Regex Code();

    [GeneratedRegex(@"^\| (MA\d{4}) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex("\"MA\\d{4}\"")]
    private static partial Regex QuotedCode();
}
