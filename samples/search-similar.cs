// A .NET 10 file-based app: `dotnet run samples/search-similar.cs -- seeds [QUERY]`
// Search goal documents and find, for each goal, the most similar goal of another municipality.
// The same story is samples/search-similar.ipynb. Files or a folder; an optional second argument is the query.
#:project ../src/MalAnalys/MalAnalys.csproj

using MalAnalys;
using MalAnalys.Search;

var input = args.Length > 0 ? args[0] : "seeds";
var query = args.Length > 1 ? args[1] : "försörjning";

// A folder may hold the same document as text and as PDF: keep the text.
var files = MalAnalyzer.FindDocuments([input])
    .Where(f => !f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || !File.Exists(Path.ChangeExtension(f, ".txt")))
    .ToList();
var documents = new List<AnalyzedDocument>();
await foreach (var outcome in MalAnalyzer.CreateDefault().AnalyzeManyAsync(files))
{
    if (outcome.Document is { } analysed)
    {
        documents.Add(analysed);
    }
    else
    {
        Console.Error.WriteLine(outcome.Error!.Message);
    }
}

using var index = GoalIndex.InMemory();
foreach (var document in documents)
{
    index.Add(document);
}

index.Commit();
var stats = index.GetStats();
Console.WriteLine($"indexed {stats.Documents} documents, {stats.Goals} goals from {stats.Municipalities.Count} municipalities");

var results = index.Search(query);
Console.WriteLine($"\n\"{query}\": {results.TotalHits} goals");
foreach (var hit in results.Hits)
{
    Console.WriteLine($"  {hit.Score,5:0.00} {hit.Municipality}: {hit.ShortName ?? hit.Statement}  {hit.Snippet}");
}

Console.WriteLine("\nThe most similar goal of another municipality:");
foreach (var document in documents)
{
    var documentId = GoalIndex.DocumentIdOf(document.Document.Source);
    foreach (var goal in document.Goals)
    {
        var alike = index.SimilarGoals(GoalIndex.GoalIdOf(documentId, goal), take: 10).FirstOrDefault(h => h.Municipality != document.Document.Municipality);
        if (alike is not null)
        {
            Console.WriteLine($"  {document.Document.Municipality}: {goal.ShortName ?? goal.Statement}\n      ~ {alike.Municipality}: {alike.ShortName ?? alike.Statement} ({alike.Score:0.00})");
        }
    }
}
