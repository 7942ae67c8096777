using System.Globalization;
using System.Text.Json;
using MalAnalys.Search;
using MalAnalys.Search.Analysis;
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
    public void The_query_set_covers_compounds_inflections_ocr_phrases_and_empty_answers()
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
        var (recall, mrr, failures) = Evaluate(SeedIndex.Index, log: true);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queries: {Cases().Count}, recall@5: {recall:0.000}, MRR: {mrr:0.000}"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The index's splitter (word list, then the repair lexicon) against each alone, on the same query set.</summary>
    [Fact]
    public void The_combined_compound_splitter_is_at_least_as_good_as_either_alone()
    {
        var scores = new Dictionary<string, (double Recall, double Mrr)>(StringComparer.Ordinal);
        foreach (var (name, splitters) in new[] { ("word list + lexicon", CompoundSplitters.Default), ("word list", CompoundSplitters.WordListOnly), ("lexicon", CompoundSplitters.LexiconOnly) })
        {
            using var index = GoalIndex.InMemory(splitters);
            foreach (var document in SeedIndex.Documents.Values)
            {
                index.Add(document);
            }

            var (recall, mrr, failures) = Evaluate(index, log: false);
            scores[name] = (recall, mrr);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: recall@5 {recall:0.000}, MRR {mrr:0.000}; misses: {string.Join(" | ", failures)}"));
        }

        var chosen = scores["word list + lexicon"];
        Assert.All(scores.Values, other => Assert.True(chosen.Recall >= other.Recall && chosen.Mrr >= other.Mrr - 1e-9, $"{chosen} vs {other}"));
    }

    private (double Recall, double Mrr, List<string> Failures) Evaluate(GoalIndex index, bool log)
    {
        var failures = new List<string>();
        double recallSum = 0, reciprocalRankSum = 0;
        var cases = Cases();
        foreach (var c in cases)
        {
            var results = index.Search(c.Query, new GoalQuery { Take = 10 });
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
            if (log)
            {
                output.WriteLine($"{recall:0.00} {reciprocalRank:0.00}  {c.Query}  →  {string.Join(", ", ranked.Take(5))}");
            }

            if (recall < 1)
            {
                failures.Add($"{c.Query} ({c.Kind}): expected {string.Join(", ", c.Expected)} in the top 5, got {string.Join(", ", ranked.Take(5))} of {results.TotalHits}");
            }
        }

        return (recallSum / cases.Count, reciprocalRankSum / cases.Count, failures);
    }
}
