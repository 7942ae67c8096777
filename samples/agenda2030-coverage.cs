// A .NET 10 file-based app: `dotnet run samples/coverage.cs -- seeds` (files or folders; default: seeds)
// Agenda 2030 coverage across municipalities: analyses the documents, builds the municipality × SDG matrix,
// prints it as a table and draws it as a heatmap (PNG and SVG), plus one SDG bar chart per municipality.
// The same story, with pictures, is samples/agenda2030-coverage.ipynb.
#:project ../src/MalAnalys.Reporting/MalAnalys.Reporting.csproj

using MalAnalys;
using MalAnalys.Reporting;

string[] inputs = args.Length > 0 ? args : ["seeds"];
var analyzer = MalAnalyzer.CreateDefault();
var documents = new List<AnalyzedDocument>();
await foreach (var outcome in analyzer.AnalyzeManyAsync(MalAnalyzer.FindDocuments(inputs)))
{
    if (outcome.Document is { } document)
    {
        documents.Add(document);
    }
    else
    {
        Console.Error.WriteLine(outcome.Error!.Message);
    }
}

var coverage = SdgCoverage.FromDocuments(documents);
Console.Write(coverage.ToTsv());

var outDir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "malanalys-samples")).FullName;
Console.WriteLine(SdgCharts.Save(Path.Combine(outDir, "coverage-heatmap.png"), f => SdgCharts.Heatmap(coverage, f)));
Console.WriteLine(SdgCharts.Save(Path.Combine(outDir, "coverage-heatmap.svg"), f => SdgCharts.Heatmap(coverage, f)));
foreach (var document in documents.DistinctBy(SdgCoverage.RowLabel))
{
    var name = string.Concat(SdgCoverage.RowLabel(document).Where(char.IsLetterOrDigit));
    Console.WriteLine(SdgCharts.Save(Path.Combine(outDir, $"coverage-{name}.png"), f => SdgCharts.CoverageBars(document, f)));
}
