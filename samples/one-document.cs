// A .NET 10 file-based app: `dotnet run samples/one-document.cs -- seeds/perstorp-kommunovergripande-mal-2023-2026-scanned.pdf`
// One goal document end to end: the OCR repairs, the structure, and the SDGs of each goal with their evidence;
// writes the document's SDG bar chart (PNG). The same story, with pictures, is samples/one-document.ipynb.
// Given a folder, it takes the folder's first document.
#:project ../src/MalAnalys.Reporting/MalAnalys.Reporting.csproj

using MalAnalys;
using MalAnalys.Reporting;

var input = args.Length > 0 ? args[0] : "seeds/perstorp-kommunovergripande-mal-2023-2026-scanned.pdf";
var found = MalAnalyzer.FindDocuments([input]);
var path = found.Count > 0 ? found[0] : throw new FileNotFoundException($"No .txt or .pdf document in {input}.");
AnalyzedDocument doc = await MalAnalyzer.CreateDefault().AnalyzeAsync(path);
Console.WriteLine($"{doc.Document.Municipality}: {doc.Document.Title} ({doc.Document.Period?.Text}), {doc.Text.Pages.Count} pages, {doc.Goals.Count} goals");

Console.WriteLine($"\nOCR repairs: {doc.Repair.Corrections.Length} words");
foreach (var group in doc.Repair.Corrections.GroupBy(c => c.Reason))
{
    Console.WriteLine($"  {group.Key}: {group.Count()}, e.g. {string.Join(", ", group.Take(4).Select(c => $"{c.Original} → {c.Replacement}"))}");
}

Console.WriteLine("\nGoals and the global goals (SDGs) they serve:");
foreach (var (goal, sdgs) in doc.Sdgs)
{
    Console.WriteLine($"  {goal.Number ?? goal.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)} {goal.ShortName ?? goal.Statement} (page {goal.Span.Page})");
    foreach (var p in sdgs.Served)
    {
        Console.WriteLine($"      {p.Goal.Label} {p.Score:0.00}: {string.Join(", ", p.Evidence.Take(3).Select(e => e.Text))}");
    }
}

var output = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "malanalys-samples")).FullName;
Console.WriteLine("\n" + SdgCharts.Save(Path.Combine(output, "one-document-sdgs.png"), f => SdgCharts.CoverageBars(doc, f)));
