using System.Text;

namespace MalAnalys.Tests;

/// <summary>
/// Golden files of the test project: a test's output compared with a reviewed file. To update the files on purpose after
/// a reviewed change, run the tests with MALANALYS_UPDATE_GOLDEN=1 and review the diff; CI never sets it.
/// </summary>
internal static class GoldenFile
{
    private const int ShownDifferences = 20;

    /// <summary>Compares <paramref name="actual"/> with the golden file, or rewrites the file when MALANALYS_UPDATE_GOLDEN=1.</summary>
    /// <param name="relativePath">The file, relative to the test project's folder (<c>Search/Golden/index-fingerprint.txt</c>).</param>
    /// <param name="actual">What the test produced.</param>
    public static void Check(string relativePath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        var path = Path.Combine(Seeds.SourceFolder(), relativePath);
        if (Environment.GetEnvironmentVariable("MALANALYS_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        // The whole output beside the test binaries, for a diff against the golden file.
        var written = Path.Combine(AppContext.BaseDirectory, "golden-actual", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(written)!);
        File.WriteAllText(written, actual);
        Assert.Fail($"{relativePath} differs (the output is in {written}):\n{Differences(expected.Split('\n'), actual.Split('\n'))}");
    }

    private static string Differences(string[] expected, string[] actual)
    {
        var text = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(expected.Length, actual.Length) && shown < ShownDifferences; i++)
        {
            var e = i < expected.Length ? expected[i] : "(end of file)";
            var a = i < actual.Length ? actual[i] : "(end of file)";
            if (e != a)
            {
                text.Append("line ").Append(i + 1).Append('\n').Append("  expected: ").Append(e).Append('\n').Append("  actual:   ").Append(a).Append('\n');
                shown++;
            }
        }

        return text.ToString();
    }
}
