using System.Globalization;
using System.Security.Cryptography;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using MalAnalys.Benchmarks;
using MalAnalys.Cli;
using MalAnalys.Search;
using MalAnalys.Tests.Cli;

namespace MalAnalys.Tests.Search;

/// <summary>
/// A collection indexed as shards (<see cref="IndexBatchOptions.Shard"/>) and merged (<see cref="GoalIndex.Merge"/>)
/// is the index of the whole collection built at once; and what a merge refuses.
/// </summary>
public sealed class ShardMergeTests : IDisposable
{
    private const int Shards = 3;
    private const int GeneratedDocuments = 30;

    private static readonly string[] Queries =
    [
        "hållbar", "miljö", "klimat", "ekonomi", "trygghet", "skola OR utbildning", "\"god ekonomisk hushållning\"",
        "bostäder AND tillväxt", "folkhälsa NOT barn", "sdg:13", "municipality:Ystad", "hallbar", "närings*", "area:miljö",
    ];

    private readonly DirectoryInfo _dir = System.IO.Directory.CreateTempSubdirectory("malanalys-shards-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Three_shards_merged_hold_the_same_documents_goals_stats_and_search_results_as_one_index()
    {
        var paths = Collection();
        var whole = Folder("whole");
        using (var index = GoalIndex.Open(whole))
        {
            var result = await index.IndexAsync(paths, null, new IndexBatchOptions { MaxParallelism = 2 });
            Assert.Empty(result.Failures);
        }

        var shards = new List<string>();
        var indexed = 0;
        for (var k = 1; k <= Shards; k++)
        {
            shards.Add(Folder($"shard-{k}"));
            using var index = GoalIndex.Open(shards[^1]);
            var result = await index.IndexAsync(paths, null, new IndexBatchOptions { MaxParallelism = 2, Shard = new IndexShard(k, Shards) });
            Assert.Empty(result.Failures);
            Assert.InRange(result.Indexed, 1, paths.Count - 1);
            Assert.Equal(result.Indexed, result.Total);
            indexed += result.Indexed;
        }

        Assert.Equal(paths.Count, indexed);
        var before = Fingerprint(shards);
        var merged = Folder("merged");
        Assert.Equal(paths.Count, GoalIndex.Merge(shards, merged));
        Assert.Equal(before, Fingerprint(shards));

        Assert.Equal(Entries(whole), Entries(merged));
        using var one = GoalIndex.OpenReadOnly(whole);
        using var all = GoalIndex.OpenReadOnly(merged);
        foreach (var allCopies in new[] { false, true })
        {
            Assert.Equal(Stats(one.GetStats(allCopies)), Stats(all.GetStats(allCopies)));
            foreach (var query in Queries)
            {
                var expected = Results(one, query, allCopies);
                Assert.True(expected.Split('\n').Length > 1 || query == "folkhälsa NOT barn", $"{query}: no hits in the whole index");
                Assert.Equal(expected, Results(all, query, allCopies));
            }
        }

        var goal = one.Search("klimat").Hits[0].GoalId;
        // All of them: equal scores at a cut-off could fall either way.
        Assert.Equal(Hits(one.SimilarGoals(goal, 1_000)), Hits(all.SimilarGoals(goal, 1_000)));

        // The merged index is an ordinary one: a writer opens it and a re-run skips every file.
        using var reopened = GoalIndex.Open(merged);
        Assert.Equal(paths.Count, (await reopened.IndexAsync(paths, null, new IndexBatchOptions { MaxParallelism = 2 })).Skipped);
    }

    [Fact]
    public void The_shards_of_a_count_split_document_ids_into_disjoint_parts_that_cover_all()
    {
        var ids = Enumerable.Range(0, 300).Select(i => GoalIndex.DocumentIdFrom(i.ToString(CultureInfo.InvariantCulture), $"doc-{i}.txt")).ToList();
        foreach (var count in new[] { 1, 2, 3, 7 })
        {
            var shards = Enumerable.Range(1, count).Select(k => new IndexShard(k, count)).ToList();
            Assert.All(ids, id => Assert.Single(shards, s => s.Contains(id)));
            Assert.All(shards, s => Assert.Contains(ids, s.Contains));
        }

        Assert.True(new IndexShard(2, 3).Contains("0000000000000004"));
        // 2^64 - 1 is a multiple of 3.
        Assert.True(new IndexShard(1, 3).Contains("ffffffffffffffff"));
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("3/8", 3, 8)]
    [InlineData("8/8", 8, 8)]
    public void A_shard_parses_from_k_of_n(string text, int number, int count)
    {
        Assert.True(IndexShard.TryParse(text, out var shard));
        Assert.Equal(new IndexShard(number, count), shard);
        Assert.Equal(text, shard!.ToString());
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("1/3/5")]
    [InlineData("a/3")]
    [InlineData("3")]
    [InlineData("")]
    [InlineData(" 1/3")]
    public void A_shard_that_is_not_k_of_n_is_refused(string text)
    {
        Assert.False(IndexShard.TryParse(text, out var shard));
        Assert.Null(shard);
    }

    [Fact]
    public void A_shard_number_outside_one_to_the_count_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndexShard(0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndexShard(4, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndexShard(1, 0));
    }

    [Fact]
    public void A_merge_refuses_shards_that_hold_the_same_document_and_writes_nothing()
    {
        var a = SeedShard("a", "perstorp", "ystad");
        var b = SeedShard("b", "ostersund", "ystad");
        var target = Folder("merged");
        var error = Assert.Throws<SearchException>(() => GoalIndex.Merge([a, b], target));
        Assert.Equal(SearchErrorKind.DuplicateDocuments, error.Kind);
        Assert.Contains(SeedIndex.DocumentId("ystad"), error.Message, StringComparison.Ordinal);
        Assert.False(System.IO.Directory.Exists(target));
    }

    [Fact]
    public void A_merge_refuses_a_folder_that_is_not_a_malanalys_index()
    {
        var lucene = Folder("lucene");
        using (var directory = FSDirectory.Open(lucene))
        using (var analyzer = new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            writer.AddDocument(new Document { new StringField("id", "1", Field.Store.YES) });
            writer.Commit();
        }

        var error = Assert.Throws<SearchException>(() => GoalIndex.Merge([SeedShard("a", "perstorp"), lucene], Folder("merged")));
        Assert.Equal(SearchErrorKind.IndexIncompatible, error.Kind);
        Assert.Contains("not made by MalAnalys", error.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<SearchException>(() => GoalIndex.Merge([Folder("nothing")], Folder("merged")));
        Assert.Equal(SearchErrorKind.IndexMissing, missing.Kind);
    }

    [Fact]
    public void A_merge_refuses_an_index_of_another_schema()
    {
        var other = Folder("other");
        using (var index = GoalIndex.OpenWithSchema(other, "1"))
        {
            index.Add(SeedIndex.Documents["ostersund"]);
        }

        var error = Assert.Throws<SearchException>(() => GoalIndex.Merge([SeedShard("a", "perstorp"), other], Folder("merged")));
        Assert.Equal(SearchErrorKind.IndexIncompatible, error.Kind);
        Assert.Contains("schema 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_merge_refuses_a_target_that_holds_files_or_is_locked_by_a_writer()
    {
        var source = SeedShard("a", "perstorp");
        var notes = Folder("notes");
        System.IO.Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "notes.txt"), "mine");
        var error = Assert.Throws<SearchException>(() => GoalIndex.Merge([source], notes));
        Assert.Equal(SearchErrorKind.IndexIncompatible, error.Kind);
        Assert.Equal(["notes.txt"], System.IO.Directory.EnumerateFiles(notes).Select(Path.GetFileName));

        var busy = Folder("busy");
        System.IO.Directory.CreateDirectory(busy);
        using (IndexFolder.Lock(busy))
        {
            Assert.Equal(SearchErrorKind.IndexLocked, Assert.Throws<SearchException>(() => GoalIndex.Merge([source], busy)).Kind);
        }

        Assert.Equal(SearchErrorKind.IndexIncompatible, Assert.Throws<SearchException>(() => GoalIndex.Merge([source], source)).Kind);
    }

    [Fact]
    public async Task The_command_line_indexes_shards_and_merges_them()
    {
        var input = Path.Combine(_dir.FullName, "in");
        System.IO.Directory.CreateDirectory(input);
        foreach (var seed in Seeds.Texts)
        {
            File.Copy(seed, Path.Combine(input, Path.GetFileName(seed)));
        }

        var shards = new List<string>();
        for (var k = 1; k <= 2; k++)
        {
            shards.Add(Folder($"shard-{k}"));
            var (exit, stdout, _) = await CliRun.Run("index", input, "--index", shards[^1], "--shard", $"{k}/2");
            Assert.Equal(CliApp.Ok, exit);
            Assert.Contains($"(shard {k}/2)", stdout, StringComparison.Ordinal);
        }

        var merged = Folder("merged");
        var (mergeExit, mergeOut, mergeErr) = await CliRun.Run(["merge", .. shards, "--index", merged]);
        Assert.True(mergeExit == CliApp.Ok, mergeErr);
        Assert.Contains($"({Seeds.Texts.Length} documents)", mergeOut, StringComparison.Ordinal);
        using var index = GoalIndex.OpenReadOnly(merged);
        Assert.Equal(Seeds.Texts.Length, index.GetStats(allCopies: true).Files);

        var (again, _, againErr) = await CliRun.Run(["merge", .. shards, "--index", merged]);
        Assert.Equal(CliApp.SomeFailed, again);
        Assert.Single(againErr.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("2")]
    public async Task The_command_line_refuses_a_bad_shard_in_one_line(string shard)
    {
        var (exit, _, stderr) = await CliRun.Run("index", Seeds.Perstorp, "--index", Folder("index"), "--shard", shard);
        Assert.Equal(CliApp.Usage, exit);
        Assert.Equal($"error: --shard takes K/N with whole numbers 1 <= K <= N (such as --shard 2/8), not '{shard}'.", stderr.Trim());
        Assert.False(System.IO.Directory.Exists(Folder("index")));
    }

    private string Folder(string name) => Path.Combine(_dir.FullName, name);

    /// <summary>The seed texts and a PDF copy of one of them (copies across shards), and generated documents.</summary>
    private List<string> Collection()
    {
        var input = Folder("in");
        var paths = GoalCorpus.Write(input, GeneratedDocuments).ToList();
        foreach (var file in Seeds.Texts.Append(Seeds.Pdf(Seeds.Ystad)))
        {
            var path = Path.Combine(input, Path.GetFileName(file));
            File.Copy(file, path);
            paths.Add(path);
        }

        return paths;
    }

    private string SeedShard(string name, params string[] seeds)
    {
        var path = Folder(name);
        using var index = GoalIndex.Open(path);
        foreach (var seed in seeds)
        {
            index.Add(SeedIndex.Documents[seed]);
        }

        return path;
    }

    /// <summary>Every entry of an index (documents and goals) as its stored fields, in a stable order.</summary>
    private static List<string> Entries(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        var entries = new List<string>();
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            if (live is null || live.Get(i))
            {
                entries.Add(string.Join("\u001f", reader.Document(i).Fields.Select(f => f.Name + "=" + (f.GetStringValue(CultureInfo.InvariantCulture) ?? "(binary)")).Order(StringComparer.Ordinal)));
            }
        }

        entries.Sort(StringComparer.Ordinal);
        Assert.NotEmpty(entries);
        return entries;
    }

    private static string Stats(GoalIndexStats stats) =>
        $"{stats.Documents} {stats.Files} {stats.Goals} | {string.Join(", ", stats.Municipalities)} | {string.Join(", ", stats.Sdgs)}";

    // Hits in score order, ties by goal id, each with its copies: documents sit in another order in the merged index (and
    // a batch adds them in no fixed order), so equal scores may swap and another copy of a goal may stand for the others.
    private static string Results(GoalIndex index, string query, bool allCopies)
    {
        var results = index.Search(query, new GoalQuery { Take = 1_000, AllCopies = allCopies });
        return $"{query}: {results.TotalHits} hits | {string.Join(", ", results.Municipalities)} | {string.Join(", ", results.Sdgs)}\n{Hits(results.Hits)}";
    }

    private static string Hits(IEnumerable<GoalHit> hits) => string.Join("\n", hits
        .Select(h => (h.Score, Snippet: h.Copies.Count == 0 ? h.Snippet : "(copies)", Goals: string.Join(",", h.Copies.Select(c => c.GoalId).Append(h.GoalId).Order(StringComparer.Ordinal))))
        .OrderByDescending(h => h.Score)
        .ThenBy(h => h.Goals, StringComparer.Ordinal)
        .Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Goals} {h.Score:R} {h.Snippet}")));

    /// <summary>The names and contents of a folder's files, to show they were not changed.</summary>
    private static string Fingerprint(IEnumerable<string> folders) => string.Join("\n", folders
        .SelectMany(System.IO.Directory.EnumerateFiles)
        .Order(StringComparer.Ordinal)
        .Select(f => Path.GetFileName(f) + " " + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))));
}
