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

    /// <summary>The folder of this source file, for golden files that live beside the tests.</summary>
    public static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
