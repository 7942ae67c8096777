using System.Globalization;
using System.Text.Json;
using MalAnalys.Search;
using Xunit.Abstractions;

namespace MalAnalys.Tests.Search;

/// <summary>The checked-in query set (Queries/seed-queries.json) over the seed texts: recall@5 must be 1.0.</summary>
public class QueryQualityTests(ITestOutputHelper output)
{
    private sealed record QueryCase(string Query, string[] Expected, string Kind, string Why);

    private static List<QueryCase> Cases()
    {
        var path = Path.Combine(Seeds.SourceFolder(), "Search", "Queries", "seed-queries.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("queries").EnumerateArray().Select(q => new QueryCase(
            q.GetProperty("query").GetString()!,
            q.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!).ToArray(),
            q.GetProperty("kind").GetString()!,
            q.GetProperty("why").GetString()!)).ToList();
    }

    /// <summary>A hit as the query set names it: seed#number, or seed#ordinal for unnumbered goals.</summary>
    private static string Name(GoalHit hit) => $"{SeedIndex.SeedOf(hit.DocumentId)}#{hit.Number ?? hit.Ordinal.ToString(CultureInfo.InvariantCulture)}";

    [Fact]
    public void The_query_set_covers_what_the_issue_asks_for()
    {
        var cases = Cases();
        Assert.True(cases.Count >= 30, $"{cases.Count} queries");
        foreach (var kind in new[] { "compound", "inflection", "ocr", "phrase", "none" })
        {
            Assert.Contains(cases, c => c.Kind == kind);
        }

        Assert.Contains(cases, c => c.Query == "försörjning");
        Assert.Contains(cases, c => c.Query == "tillväxt");
        Assert.Contains(cases, c => c.Query == "hållbara");
        Assert.Contains(cases, c => c.Query == "hallbar");
        Assert.Contains(cases, c => c.Query == "Ostersund");
    }

    [Fact]
    public void Recall_at_5_is_1_on_the_seed_query_set()
    {
        var failures = new List<string>();
        double recallSum = 0, reciprocalRankSum = 0;
        var cases = Cases();
        foreach (var c in cases)
        {
            var results = SeedIndex.Index.Search(c.Query, new GoalQuery { Take = 10 });
            var ranked = results.Hits.Select(Name).ToList();
            double recall;
            double reciprocalRank;
            if (c.Expected.Length == 0)
            {
                recall = results.TotalHits == 0 ? 1 : 0;
                reciprocalRank = recall;
            }
            else
            {
                var top5 = ranked.Take(5).ToHashSet(StringComparer.Ordinal);
                recall = (double)c.Expected.Count(top5.Contains) / Math.Min(5, c.Expected.Length);
                var first = ranked.FindIndex(c.Expected.Contains);
                reciprocalRank = first < 0 ? 0 : 1.0 / (first + 1);
            }

            recallSum += recall;
            reciprocalRankSum += reciprocalRank;
            output.WriteLine($"{recall:0.00} {reciprocalRank:0.00}  {c.Query}  →  {string.Join(", ", ranked.Take(5))}");
            if (recall < 1)
            {
                failures.Add($"{c.Query} ({c.Kind}): expected {string.Join(", ", c.Expected)} in the top 5, got {string.Join(", ", ranked.Take(5))} of {results.TotalHits}");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queries: {cases.Count}, recall@5: {recallSum / cases.Count:0.000}, MRR: {reciprocalRankSum / cases.Count:0.000}"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
