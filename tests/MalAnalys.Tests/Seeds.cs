namespace MalAnalys.Tests;

/// <summary>The seed documents, as copied into the test output folder.</summary>
internal static class Seeds
{
    public const string Perstorp = "seeds/perstorp-kommunovergripande-mal-2023-2026.txt";
    public const string Ostersund = "seeds/ostersund-budget-2024-mal-ocr.txt";
    public const string Ystad = "seeds/ystad-overgripande-mal-2023.txt";

    public static readonly string[] Texts = [Perstorp, Ostersund, Ystad];

    public static string Pdf(string text) => Path.ChangeExtension(text, ".pdf");

    public static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The test project's source folder, found by walking up from the test output to the repository root
    /// (compile-time paths are mapped away in CI builds, so they cannot be used).
    /// </summary>
    public static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MalAnalys.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "MalAnalys.Tests");
            }
        }

        throw new DirectoryNotFoundException($"No MalAnalys.sln above {AppContext.BaseDirectory}.");
    }
}
