using System.Text.RegularExpressions;
using MalAnalys.Structure;
using MalAnalys.Tests.Architecture;

namespace MalAnalys.Tests.Structure;

/// <summary>
/// The source-generated regular expressions of .NET 10 throw <see cref="IndexOutOfRangeException"/> when they
/// backtrack out of a bounded lazy loop that reached its maximum (dotnet/runtime#129511): a goal document of a real
/// council crashed the parser that way. No generated pattern may use one; patterns that need one run on the interpreter.
/// </summary>
public sealed partial class RegexSafetyTests
{
    [Fact]
    public void The_line_that_crashed_the_goal_cues_is_read()
    {
        Assert.False(GoalCues.NamesGoals(" pa kommunovergripande niva ar "));
        Assert.True(GoalCues.NamesGoals("syftet med att satta mal pa kommunovergripande niva ar att skapa fokus. kommunens fem kommunovergripande malen ar:"));
        Assert.False(GoalCues.NamesCommitteesOwnGoals(" pa kommunovergripande niva ar "));
    }

    [Fact]
    public void No_generated_pattern_in_src_has_a_bounded_lazy_loop()
    {
        var src = Path.Combine(LayerTests.RepositoryRoot(), "src");
        var separator = Path.DirectorySeparatorChar;
        var offenders = new List<string>();
        var scanned = 0;
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal)))
        {
            foreach (Match pattern in GeneratedPattern().Matches(File.ReadAllText(file)))
            {
                scanned++;
                if (BoundedLazyLoop().IsMatch(pattern.Groups["pattern"].Value))
                {
                    offenders.Add($"{Path.GetRelativePath(src, file)}: {pattern.Groups["pattern"].Value}");
                }
            }
        }

        Assert.Empty(offenders);
        Assert.True(scanned > 50, $"only {scanned} generated patterns found in src");
        Assert.Matches(BoundedLazyLoop(), @"[^.]{0,60}?\bden");
    }

    [GeneratedRegex(@"\[GeneratedRegex\(@""(?<pattern>(?:[^""]|"""")*)""")]
    private static partial Regex GeneratedPattern();

    [GeneratedRegex(@"\{\d+(?:,\d*)?\}\?")]
    private static partial Regex BoundedLazyLoop();
}
