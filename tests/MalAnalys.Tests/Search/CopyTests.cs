using MalAnalys.Documents;
using MalAnalys.Search;

namespace MalAnalys.Tests.Search;

/// <summary>
/// The seeds as text, born-digital PDF and scanned PDF (the seeds folder: Perstorp three times, Östersund and Ystad twice)
/// are three documents: search, similar goals and counts show each goal once, listing the other files.
/// </summary>
public class CopyTests
{
    private static readonly Lazy<(GoalIndex Index, IReadOnlyList<AnalyzedDocument> Documents)> Built = new(() =>
    {
        var analyzer = MalAnalyzer.CreateDefault();
        var documents = MalAnalyzer.FindDocuments(["seeds"]).Select(p => analyzer.Analyze(p)).ToList();
        var index = GoalIndex.InMemory();
        foreach (var document in documents)
        {
            index.Add(document);
        }

        index.Commit();
        return (index, documents);
    });

    private static GoalIndex Index => Built.Value.Index;

    private static string Municipality(string path) => Path.GetFileName(path).Split('-')[0];

    [Fact]
    public void The_seed_folder_holds_every_seed_as_text_and_pdf_and_perstorp_as_a_scan()
    {
        var files = Built.Value.Documents.Select(d => Path.GetFileName(d.Document.Source.Path)!).ToList();
        Assert.Equal(7, files.Count);
        Assert.Contains("perstorp-kommunovergripande-mal-2023-2026-scanned.pdf", files);
        Assert.Equal(3, files.Count(f => f.EndsWith(".txt", StringComparison.Ordinal)));
    }

    [Fact]
    public void Copies_of_a_seed_share_a_key_and_the_seeds_do_not()
    {
        var keys = Built.Value.Documents.GroupBy(d => DocumentCopies.KeyOf(d.Document)).ToList();
        Assert.Equal(3, keys.Count);
        Assert.All(keys, group => Assert.Single(group.Select(d => Municipality(d.Document.Source.Path!)).Distinct()));
        Assert.Equal([2, 2, 3], keys.Select(g => g.Count()).Order());
    }

    [Fact]
    public void A_scan_whose_parse_lost_goals_is_not_a_copy()
    {
        // The tesseract round trip of Perstorp parses to two of its four goals: not the same goals, so not a copy.
        var analyzer = MalAnalyzer.CreateDefault();
        var roundTrip = analyzer.Analyze("TestData/Repair/perstorp-kommunovergripande-mal-2023-2026-ocr-eng.txt");
        var text = Built.Value.Documents.Single(d => d.Document.Source.Path!.EndsWith("2026.txt", StringComparison.Ordinal));
        Assert.NotEqual(text.Goals.Count, roundTrip.Goals.Count);
        Assert.NotEqual(DocumentCopies.KeyOf(text.Document), DocumentCopies.KeyOf(roundTrip.Document));
    }

    [Theory]
    [InlineData("I Ystads kommun är 10 % trygga", "1 Ystads kommun ar l0% trygga")]
    [InlineData("kompetensförsörjning", "kompetens- försörjning")]
    [InlineData("barn", "bam")]
    public void Skeletons_forgive_spacing_marks_and_the_usual_ocr_confusions(string clean, string damaged) =>
        Assert.Equal(DocumentCopies.Skeleton(clean), DocumentCopies.Skeleton(damaged));

    [Fact]
    public void Skeletons_still_tell_different_words_apart() =>
        Assert.NotEqual(DocumentCopies.Skeleton("hållbar tillväxt"), DocumentCopies.Skeleton("hållbar utveckling"));

    [Fact]
    public void Stats_count_three_documents_three_municipalities_and_each_goal_once()
    {
        var stats = Index.GetStats();
        Assert.Equal(3, stats.Documents);
        Assert.Equal(7, stats.Files);
        Assert.Equal(19, stats.Goals);
        Assert.Equal([("Östersund", 8), ("Ystad", 7), ("Perstorp", 4)], stats.Municipalities.Select(m => (m.Value, m.Count)));

        var all = Index.GetStats(allCopies: true);
        Assert.Equal((7, 7, 42), (all.Documents, all.Files, all.Goals));
        Assert.Equal([("Östersund", 16), ("Ystad", 14), ("Perstorp", 12)], all.Municipalities.Select(m => (m.Value, m.Count)));
    }

    [Theory]
    [InlineData("hållbar")]
    [InlineData("tillväxt")]
    [InlineData("kvalitet")]
    [InlineData("trygg")]
    [InlineData("barn")]
    [InlineData("hållbar tillväxt")]
    public void Every_top_5_hit_is_a_different_goal_with_its_copies_listed(string query)
    {
        var results = Index.Search(query, new GoalQuery { Take = 5 });
        var goals = results.Hits.Select(h => (Municipality(h.Path!), h.Ordinal)).ToList();
        Assert.Equal(goals.Count, goals.Distinct().Count());
        Assert.All(results.Hits, hit =>
        {
            var copies = Municipality(hit.Path!) == "perstorp" ? 2 : 1;
            Assert.Equal(copies, hit.Copies.Count);
            Assert.All(hit.Copies, c => Assert.Equal((Municipality(hit.Path!), hit.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)), (Municipality(c.Path!), c.GoalId.Split('#')[1])));
            Assert.DoesNotContain(hit.Path, hit.Copies.Select(c => c.Path));
        });

        var every = Index.Search(query, new GoalQuery { Take = 100, AllCopies = true });
        Assert.Equal(Index.Search(query, new GoalQuery { Take = 100 }).Hits.Sum(h => 1 + h.Copies.Count), every.TotalHits);
        Assert.All(every.Hits, h => Assert.Empty(h.Copies));
    }

    [Fact]
    public void Totals_and_counts_of_a_search_count_a_goal_once()
    {
        var once = Index.Search("Östersund", new GoalQuery { Take = 3 });
        Assert.Equal(8, once.TotalHits);
        Assert.Equal([("Östersund", 8)], once.Municipalities.Select(m => (m.Value, m.Count)));
        var every = Index.Search("Östersund", new GoalQuery { Take = 3, AllCopies = true });
        Assert.Equal(16, every.TotalHits);
    }

    [Fact]
    public void Paging_over_goals_seen_once_neither_repeats_nor_skips_a_goal()
    {
        var whole = Index.Search("hållbar OR tillväxt OR trygg", new GoalQuery { Take = 100 }).Hits.Select(h => h.GoalId).ToList();
        var paged = Enumerable.Range(0, 5).SelectMany(p => Index.Search("hållbar OR tillväxt OR trygg", new GoalQuery { Skip = p * 3, Take = 3 }).Hits).Select(h => h.GoalId).ToList();
        Assert.Equal(whole.Take(15), paged);
    }

    [Fact]
    public void The_clean_copy_is_shown_when_copies_score_alike()
    {
        // Perstorp's scan reads "egenfoérsérjning" in a heading; its text and born-digital PDF score the same and win.
        var hit = Index.Search("egenförsörjning", new GoalQuery { Take = 1 }).Hits[0];
        Assert.Equal("perstorp", Municipality(hit.Path!));
        Assert.DoesNotContain("scanned", hit.Path, StringComparison.Ordinal);
        Assert.Contains(hit.Copies, c => c.Path!.Contains("scanned", StringComparison.Ordinal));
    }

    [Fact]
    public void Similar_goals_never_answer_with_a_copy_of_the_goal_itself()
    {
        foreach (var document in Built.Value.Documents)
        {
            var id = GoalIndex.DocumentIdOf(document.Document.Source);
            foreach (var goal in document.Goals)
            {
                foreach (var allCopies in new[] { false, true })
                {
                    var similar = Index.SimilarGoals(GoalIndex.GoalIdOf(id, goal), 5, allCopies);
                    Assert.NotEmpty(similar);
                    Assert.All(similar, h => Assert.NotEqual(document.Document.Municipality, h.Municipality));
                    if (!allCopies)
                    {
                        Assert.Equal(similar.Count, similar.Select(h => (h.Municipality, h.Ordinal)).Distinct().Count());
                    }
                }
            }
        }
    }

    [Fact]
    public void Similar_goals_to_a_text_show_a_goal_once()
    {
        var similar = Index.SimilarToText("god kompetensförsörjning och ett starkt näringsliv", 5);
        Assert.Equal(similar.Count, similar.Select(h => (h.Municipality, h.Ordinal)).Distinct().Count());
        Assert.Contains(similar, h => h.Copies.Count > 0);
        var every = Index.SimilarToText("god kompetensförsörjning och ett starkt näringsliv", 5, allCopies: true);
        Assert.True(every.Select(h => (h.Municipality, h.Ordinal)).Distinct().Count() < every.Count);
    }
}
