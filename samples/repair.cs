// A .NET 10 file-based app: `dotnet run samples/repair.cs -- seeds/ostersund-budget-2024-mal-ocr.txt`
// Repairs the OCR damage in one goal document (PDF or text) and prints the corrections, grouped by kind,
// with a few examples of each, and the estimated share of words that had lost å/ä/ö.
#:project ../src/MalAnalys/MalAnalys.csproj

using MalAnalys.Reading;
using MalAnalys.Repair;

var path = args.Length > 0 ? args[0] : "seeds/ostersund-budget-2024-mal-ocr.txt";
var document = new DocumentReader().Read(path);
RepairedDocument repaired = SwedishRepairer.Default.Repair(document);

Console.WriteLine($"{path}: {repaired.Repair.Corrections.Length} corrections; estimated damage {repaired.Repair.Damage:P0}");
foreach (var kind in repaired.Repair.Corrections.GroupBy(c => c.Reason).OrderByDescending(g => g.Count()))
{
    var examples = kind.DistinctBy(c => c.Original).Take(5).Select(c => $"{c.Original} → {c.Replacement} ({c.Confidence:0.00})");
    Console.WriteLine($"  {kind.Key}: {kind.Count()}, e.g. {string.Join(", ", examples)}");
}

// Every correction is located in the text as read, so nothing of the original is lost.
if (repaired.Repair.Corrections.FirstOrDefault() is { } first)
{
    Console.WriteLine($"  first: line {document.Original[..first.Start].Count(c => c == '\n') + 1}, \"{document.Original.Substring(first.Start, first.Length)}\" → \"{first.Replacement}\" ({first.Rule})");
}
