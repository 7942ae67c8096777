// A .NET 10 file-based app: `dotnet run samples/analyze.cs -- seeds/ystad-overgripande-mal-2023.txt`
// Reads one goal document (PDF or text) and prints its municipality, goal areas and goals.
#:project ../src/MalAnalys/MalAnalys.csproj

using System.Globalization;
using MalAnalys;

var path = args.Length > 0 ? args[0] : "seeds/perstorp-kommunovergripande-mal-2023-2026.txt";
var analyzer = MalAnalyzer.CreateDefault();
AnalyzedDocument doc = await analyzer.AnalyzeAsync(path);

Console.WriteLine($"{doc.Document.Municipality}: {doc.Document.Title} ({doc.Document.Layout})");
foreach (var area in doc.Document.Areas)
{
    Console.WriteLine($"  area: {area.Name} ({area.GoalOrdinals.Count} goals)");
}

foreach (var goal in doc.Goals)
{
    var label = goal.Number ?? goal.Ordinal.ToString(CultureInfo.InvariantCulture);
    Console.WriteLine(goal.ShortName is null ? $"  {label}: {goal.Statement}" : $"  {label} {goal.ShortName}: {goal.Statement}");
    Console.WriteLine($"      {goal.Body.Count} paragraphs, page {goal.Span.Page}, \"{doc.TextOf(goal.Span)[..Math.Min(40, goal.Span.Length)].ReplaceLineEndings(" ")}…\"");
}

foreach (var diagnostic in doc.Diagnostics)
{
    Console.WriteLine($"  {diagnostic}");
}
