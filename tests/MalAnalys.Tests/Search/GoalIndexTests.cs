using MalAnalys.Documents;
using MalAnalys.Search;

namespace MalAnalys.Tests.Search;

public sealed class GoalIndexTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("malanalys-index-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string IndexPath => Path.Combine(_dir.FullName, "index");

    private static readonly MalAnalyzer Analyzer = MalAnalyzer.CreateDefault();

    [Fact]
    public void Adding_a_document_again_replaces_it_and_never_duplicates()
    {
        using var index = GoalIndex.InMemory();
        var perstorp = SeedIndex.Documents["perstorp"];
        var first = index.Add(perstorp);
        var second = index.Add(perstorp);
        Assert.Equal(first, second);
        var stats = index.GetStats();
        Assert.Equal(1, stats.Documents);
        Assert.Equal(4, stats.Goals);
        Assert.Equal(1, index.Search("egenförsörjning").TotalHits);
    }

    [Fact]
    public void A_changed_file_at_the_same_path_replaces_the_old_version()
    {
        using var index = GoalIndex.InMemory();
        var text = File.ReadAllText(Seeds.Perstorp);
        var file = Path.Combine(_dir.FullName, "mal.txt");
        File.WriteAllText(file, text);
        var oldId = index.Add(Analyzer.Analyze(file));
        File.WriteAllText(file, text.Replace("egenförsörjning", "självförsörjning", StringComparison.Ordinal));
        var newId = index.Add(Analyzer.Analyze(file));
        Assert.NotEqual(oldId, newId);
        Assert.Equal(1, index.GetStats().Documents);
        Assert.Equal(0, index.Search("egenförsörjning").TotalHits);
        Assert.Equal(newId, index.Search("självförsörjning").Hits[0].DocumentId);
    }

    [Fact]
    public void Delete_removes_a_document_and_its_goals()
    {
        using var index = GoalIndex.InMemory();
        var id = index.Add(SeedIndex.Documents["ystad"]);
        index.Add(SeedIndex.Documents["perstorp"]);
        Assert.True(index.Delete(id));
        Assert.False(index.Delete(id));
        var stats = index.GetStats();
        Assert.Equal(1, stats.Documents);
        Assert.Equal([new FacetCount("Perstorp", 4)], stats.Municipalities);
    }

    [Fact]
    public void Document_and_goal_ids_are_stable_and_printed_in_hits()
    {
        var source = SeedIndex.Documents["perstorp"].Document.Source;
        Assert.Equal(GoalIndex.DocumentIdOf(source), GoalIndex.DocumentIdOf(source with { Path = "./" + source.Path }));
        Assert.NotEqual(GoalIndex.DocumentIdOf(source), GoalIndex.DocumentIdOf(source with { Path = "other/" + source.Path }));
        Assert.Matches("^[0-9a-f]{16}$", GoalIndex.DocumentIdOf(source));
        var hit = SeedIndex.Index.Search("egenförsörjning").Hits[0];
        Assert.Equal($"{GoalIndex.DocumentIdOf(source)}#2", hit.GoalId);
        Assert.Equal("Tillväxt och egenförsörjning", hit.ShortName);
        Assert.Equal("Perstorp", hit.Municipality);
        Assert.Equal("mandatperioden 2023-2026", hit.Period);
        Assert.Equal(Path.GetFullPath(Seeds.Perstorp), hit.Path);
    }

    [Fact]
    public void Snippets_mark_the_matched_words_in_the_statement_or_the_best_body_paragraph()
    {
        var hits = SeedIndex.Index.Search("försörjning").Hits;
        Assert.Equal("I Perstorp ska årligen fler invånare ha trygga och utvecklande möjligheter till «egenförsörjning»", hits.Single(h => h.Municipality == "Perstorp").Snippet);
        Assert.EndsWith("hög grad av egen «försörjning»", hits.Single(h => h.Municipality == "Ystad").Snippet, StringComparison.Ordinal);
        var body = SeedIndex.Index.Search("gymnasieutbildningar OR privatekonomi").Hits.Single();
        Assert.Contains("«privatekonomi»", body.Snippet, StringComparison.Ordinal);
        Assert.True(body.Snippet.Length <= 250, body.Snippet);
    }

    [Fact]
    public void Filters_by_municipality_ignore_case_and_diacritics_and_facets_count_all_hits()
    {
        var all = SeedIndex.Index.Search("hållbar OR hallbar", new GoalQuery { Take = 2 });
        Assert.Equal(2, all.Hits.Count);
        Assert.Equal(all.TotalHits, all.Municipalities.Sum(m => m.Count));
        Assert.Equal(["Perstorp", "Ystad", "Östersund"], all.Municipalities.Select(m => m.Value).Order(StringComparer.Ordinal));
        var expected = all.Municipalities.Single(m => m.Value == "Östersund");

        var ostersund = SeedIndex.Index.Search("hållbar OR hallbar", new GoalQuery { Municipality = "OSTERSUND", Take = 20 });
        Assert.Equal(expected.Count, ostersund.TotalHits);
        Assert.Equal(expected.Count, ostersund.Hits.Count);
        Assert.All(ostersund.Hits, h => Assert.Equal("Östersund", h.Municipality));
        Assert.Equal([expected], ostersund.Municipalities);
    }

    [Fact]
    public void Paging_returns_the_next_hits_in_the_same_order()
    {
        var first = SeedIndex.Index.Search("invånare", new GoalQuery { Take = 3 });
        var second = SeedIndex.Index.Search("invånare", new GoalQuery { Skip = 3, Take = 3 });
        var both = SeedIndex.Index.Search("invånare", new GoalQuery { Take = 6 });
        Assert.Equal(both.Hits.Select(h => h.GoalId), first.Hits.Concat(second.Hits).Select(h => h.GoalId));
    }

    [Fact]
    public void Year_filters_by_the_documents_period()
    {
        var in2025 = SeedIndex.Index.Search("trygghet", new GoalQuery { Year = 2025 });
        Assert.All(in2025.Hits, h => Assert.Equal("Perstorp", h.Municipality));
        Assert.Equal(in2025.TotalHits, SeedIndex.Index.Search("trygghet AND year:2025").TotalHits);
        var in2024 = SeedIndex.Index.Search("trygghet", new GoalQuery { Year = 2024 });
        Assert.Contains(in2024.Hits, h => h.Municipality == "Östersund");
    }

    [Fact]
    public void Sdg_predictions_are_filterable_and_counted()
    {
        using var index = GoalIndex.InMemory();
        index.Add(SeedIndex.Documents["perstorp"], goal => goal.Ordinal switch
        {
            2 => [new GoalSdg(8, 0.9f), new GoalSdg(4, 0.4f)],
            4 => [new GoalSdg(8, 0.6f), new GoalSdg(12, 0.5f)],
            _ => [new GoalSdg(3, 0.7f)],
        });
        index.Add(SeedIndex.Documents["ystad"], goal => goal.Ordinal == 1 ? [new GoalSdg(8, 0.8f)] : []);

        var sdg8 = index.Search("utveckling OR tillväxt OR försörjning", new GoalQuery { Sdg = 8 });
        Assert.Equal(3, sdg8.TotalHits);
        Assert.Contains(new SdgCount(8, 3), sdg8.Sdgs);
        Assert.Contains(new SdgCount(4, 1), sdg8.Sdgs);
        Assert.Equal([new GoalSdg(8, 0.9f), new GoalSdg(4, 0.4f)], sdg8.Hits.Single(h => h.ShortName == "Tillväxt och egenförsörjning").Sdgs);
        Assert.Equal(sdg8.TotalHits, index.Search("(utveckling OR tillväxt OR försörjning) AND sdg:8").TotalHits);

        var stats = index.GetStats();
        Assert.Equal([new SdgCount(8, 3), new SdgCount(3, 2), new SdgCount(4, 1), new SdgCount(12, 1)], stats.Sdgs);
        Assert.Equal(11, stats.Goals);
    }

    [Fact]
    public void The_classifiers_served_sdgs_are_indexed_filterable_and_counted()
    {
        var served = SeedIndex.Documents.Values.SelectMany(d => d.Goals.Select(g => (Document: d, Goal: g, Sdgs: d.SdgsOf(g)!.Served.Select(p => p.Sdg).ToList()))).ToList();
        var expected = served.SelectMany(s => s.Sdgs).GroupBy(s => s).Select(g => new SdgCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Sdg).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, SeedIndex.Index.GetStats().Sdgs);

        var (sdg, count) = (expected[0].Sdg, expected[0].Count);
        var filtered = SeedIndex.Index.Search($"sdg:{sdg}", new GoalQuery { Take = 100 });
        Assert.Equal(count, filtered.TotalHits);
        Assert.All(filtered.Hits, h => Assert.Contains(h.Sdgs, s => s.Sdg == sdg));
        var hit = filtered.Hits[0];
        var goal = served.Single(s => GoalIndex.GoalIdOf(GoalIndex.DocumentIdOf(s.Document.Document.Source), s.Goal) == hit.GoalId);
        Assert.Equal(goal.Sdgs, hit.Sdgs.Select(s => s.Sdg));
    }

    [Fact]
    public void Without_classification_the_sdg_field_is_empty()
    {
        using var index = GoalIndex.InMemory();
        index.Add(new MalAnalyzer(new MalAnalyzerOptions { ClassifySdgs = false }).Analyze(Seeds.Ystad));
        Assert.Empty(index.GetStats().Sdgs);
        Assert.All(index.Search("invånare").Hits, h => Assert.Empty(h.Sdgs));
        Assert.Equal(0, index.Search("invånare", new GoalQuery { Sdg = 11 }).TotalHits);
    }

    [Theory]
    [InlineData("\"hållbar tillväxt", "closing quote")]
    [InlineData("(hållbar OR tillväxt", "parentheses")]
    [InlineData("hållbar AND", "AND, OR and NOT")]
    [InlineData("*växt", "cannot start with *")]
    [InlineData("kommunnamn:Ystad", "is not a field")]
    [InlineData("sdg:99", "1 to 17")]
    [InlineData("   ", "empty")]
    public void Invalid_query_syntax_gets_a_message_that_says_what_is_wrong(string query, string says)
    {
        var error = Assert.Throws<SearchException>(() => SeedIndex.Index.Search(query));
        Assert.Equal(SearchErrorKind.InvalidQuery, error.Kind);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_of_stop_words_only_finds_nothing()
    {
        Assert.Equal(0, SeedIndex.Index.Search("och ska kommunen").TotalHits);
    }

    [Fact]
    public void An_index_on_disk_survives_reopening_and_opens_read_only_beside_a_writer()
    {
        using (var index = GoalIndex.Open(IndexPath))
        {
            index.Add(SeedIndex.Documents["ystad"]);
        }

        using var writer = GoalIndex.Open(IndexPath);
        Assert.Equal(7, writer.GetStats().Goals);
        writer.Add(SeedIndex.Documents["perstorp"]);
        using var reader = GoalIndex.OpenReadOnly(IndexPath);
        Assert.True(reader.IsReadOnly);
        Assert.Equal(7, reader.GetStats().Goals);
        Assert.Equal(11, writer.GetStats().Goals);
        Assert.Throws<InvalidOperationException>(() => reader.Add(SeedIndex.Documents["perstorp"]));
    }

    [Fact]
    public void A_read_only_index_follows_the_commits_a_writer_makes()
    {
        using var writer = GoalIndex.Open(IndexPath);
        writer.Add(SeedIndex.Documents["ystad"]);
        writer.Commit();
        using var reader = GoalIndex.OpenReadOnly(IndexPath);
        Assert.Equal(7, reader.GetStats().Goals);
        using var lazy = GoalIndex.OpenReadOnly(IndexPath);
        Assert.Equal(7, lazy.GetStats().Goals);

        // Added but not committed: another process would not see it, and neither does the reader.
        writer.Add(SeedIndex.Documents["perstorp"]);
        reader.Refresh();
        Assert.Equal(7, reader.GetStats().Goals);

        writer.Commit();
        reader.Refresh();
        Assert.Equal(11, reader.GetStats().Goals);

        // Without an explicit refresh, a search looks for a newer commit at most once per interval (a second by
        // default; zero here, so that the next search looks).
        var before = lazy.GetStats().Goals;
        lazy.ReadOnlyRefreshInterval = TimeSpan.Zero;
        Assert.Equal(11, lazy.GetStats().Goals);
        writer.Add(SeedIndex.Documents["ostersund"]);
        writer.Commit();
        Assert.Equal(11 + SeedIndex.Documents["ostersund"].Goals.Count, lazy.GetStats().Goals);
        Assert.NotEmpty(lazy.Search("kompetensförsörjning").Hits);
        Assert.Equal(7, before);
    }

    [Fact]
    public void A_locked_index_gets_a_clear_error()
    {
        using var first = GoalIndex.Open(IndexPath);
        var error = Assert.Throws<SearchException>(() => GoalIndex.Open(IndexPath));
        Assert.Equal(SearchErrorKind.IndexLocked, error.Kind);
        Assert.Contains("locked by another writer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_index_folder_gets_a_clear_error()
    {
        var file = Path.Combine(_dir.FullName, "a-file");
        File.WriteAllText(file, "not a folder");
        var error = Assert.Throws<SearchException>(() => GoalIndex.Open(Path.Combine(file, "index")));
        Assert.Equal(SearchErrorKind.IndexUnwritable, error.Kind);
    }

    [Fact]
    public void A_folder_of_other_files_is_not_turned_into_an_index()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "notes.txt"), "mina anteckningar");
        var error = Assert.Throws<SearchException>(() => GoalIndex.Open(_dir.FullName));
        Assert.Equal(SearchErrorKind.IndexIncompatible, error.Kind);
        Assert.Equal(["notes.txt"], _dir.GetFileSystemInfos().Select(f => f.Name));
    }

    [Fact]
    public void An_index_of_another_schema_version_is_refused_and_left_alone()
    {
        using (var other = GoalIndex.OpenWithSchema(IndexPath, "999"))
        {
            other.Add(SeedIndex.Documents["ystad"]);
        }

        var files = Directory.GetFiles(IndexPath).Select(File.ReadAllBytes).ToList();
        var error = Assert.Throws<SearchException>(() => GoalIndex.Open(IndexPath));
        Assert.Equal(SearchErrorKind.IndexIncompatible, error.Kind);
        Assert.Contains("schema 999", error.Message, StringComparison.Ordinal);
        Assert.Equal(SearchErrorKind.IndexIncompatible, Assert.Throws<SearchException>(() => GoalIndex.OpenReadOnly(IndexPath)).Kind);
        Assert.Equal(files, Directory.GetFiles(IndexPath).Select(File.ReadAllBytes).ToList());
    }

    [Fact]
    public void A_damaged_index_gets_a_clear_error()
    {
        using (var index = GoalIndex.Open(IndexPath))
        {
            index.Add(SeedIndex.Documents["ystad"]);
        }

        foreach (var segments in Directory.GetFiles(IndexPath, "segments_*"))
        {
            File.WriteAllBytes(segments, [0x3f, 0xd7, 0x6c, 0x17, 1, 2, 3]);
        }

        var error = Assert.Throws<SearchException>(() => GoalIndex.OpenReadOnly(IndexPath));
        Assert.True(error.Kind is SearchErrorKind.IndexCorrupt or SearchErrorKind.IndexIncompatible, error.Kind + ": " + error.Message + " / " + error.InnerException);
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_index_is_a_clear_error_for_read_only_use()
    {
        var error = Assert.Throws<SearchException>(() => GoalIndex.OpenReadOnly(IndexPath));
        Assert.Equal(SearchErrorKind.IndexMissing, error.Kind);
        Assert.Contains("malanalys index", error.Message, StringComparison.Ordinal);
    }
}
