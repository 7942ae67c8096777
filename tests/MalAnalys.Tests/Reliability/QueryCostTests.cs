using System.Diagnostics;
using MalAnalys.Search;
using MalAnalys.Tests.Cli;
using MalAnalys.Tests.Search;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// A query's cost has a bound whatever its text: deep nesting, length, many words, wildcards, regular expressions and
/// huge page sizes end in a typed error or a correct result, quickly, never in a stack overflow or a runaway automaton.
/// </summary>
public sealed class QueryCostTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-query-cost-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(21)]
    [InlineData(1_000)]
    [InlineData(60_000)]
    public void Parentheses_nested_too_deeply_are_refused_before_parsing(int depth)
    {
        var query = new string('(', depth) + "tillväxt" + new string(')', depth);
        var e = Assert.Throws<SearchException>(() => SeedIndex.Index.Search(query));
        Assert.Equal(SearchErrorKind.QueryTooComplex, e.Kind);
        Assert.Contains("nest", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_without_closing_parentheses_or_behind_field_prefixes_is_refused_too()
    {
        foreach (var query in new[] { string.Concat(Enumerable.Repeat("(", 40_000)), string.Concat(Enumerable.Repeat("title:(+", 5_000)) + "a" })
        {
            var e = Assert.Throws<SearchException>(() => SeedIndex.Index.Search(query));
            Assert.Equal(SearchErrorKind.QueryTooComplex, e.Kind);
        }
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_searched_and_parentheses_in_phrases_or_escaped_do_not_count()
    {
        var query = new string('(', 20) + "egenförsörjning" + new string(')', 20);
        Assert.Equal(SeedIndex.Index.Search("egenförsörjning").TotalHits, SeedIndex.Index.Search(query).TotalHits);
        Assert.Equal(0, SeedIndex.Index.Search("\"" + new string('(', 30) + "\"").TotalHits);
        _ = SeedIndex.Index.Search(string.Concat(Enumerable.Repeat("\\(", 30)) + "tillväxt");
    }

    [Fact]
    public void A_query_longer_than_the_limit_is_refused_and_one_with_too_many_words_too()
    {
        var longQuery = string.Join(' ', Enumerable.Repeat("tillväxt", 300));
        Assert.True(longQuery.Length > 2_000);
        var e = Assert.Throws<SearchException>(() => SeedIndex.Index.Search(longQuery));
        Assert.Equal(SearchErrorKind.QueryTooComplex, e.Kind);
        Assert.Contains("characters", e.Message, StringComparison.Ordinal);

        // Under the length limit, but each word searches six fields: 400 words are 2,400 field queries.
        var manyWords = string.Join(' ', Enumerable.Range(0, 400).Select(i => "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(manyWords.Length <= 2_000, manyWords.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        e = Assert.Throws<SearchException>(() => SeedIndex.Index.Search(manyWords));
        Assert.Equal(SearchErrorKind.QueryTooComplex, e.Kind);
        Assert.Contains("fewer words", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/.*a.{12}/")]
    [InlineData("/(a|aa)*b.{20}/")]
    [InlineData("title:/[a-z]*x[a-z]{16}/")]
    public void Regular_expressions_are_refused_at_once_with_a_message(string query)
    {
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<SearchException>(() => SeedIndex.Index.Search(query));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(SearchErrorKind.InvalidQuery, e.Kind);
        Assert.Contains("regular expressions are not supported", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_word_with_too_many_wildcards_is_refused_and_one_within_the_limit_is_searched()
    {
        // x*a followed by n '?' needs an automaton of about 2^n states: 20 would take minutes and gigabytes.
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<SearchException>(() => SeedIndex.Index.Search("x*a" + new string('?', 20)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(SearchErrorKind.QueryTooComplex, e.Kind);
        Assert.Contains("wildcards", e.Message, StringComparison.Ordinal);

        Assert.True(SeedIndex.Index.Search("tillv?x*").TotalHits > 0);
        _ = SeedIndex.Index.Search("t*a?????");
    }

    [Fact]
    public void A_huge_page_size_or_offset_costs_what_the_index_holds()
    {
        var all = SeedIndex.Index.Search("tillväxt OR trygg OR hållbar", new GoalQuery { Take = int.MaxValue });
        Assert.True(all.TotalHits > 1);
        Assert.Equal(all.TotalHits, all.Hits.Count);
        Assert.Empty(SeedIndex.Index.Search("tillväxt", new GoalQuery { Skip = int.MaxValue, Take = int.MaxValue }).Hits);
        Assert.NotEmpty(SeedIndex.Index.SimilarToText("hållbar tillväxt", int.MaxValue));
    }

    [Fact]
    public void Sdg_and_year_ranges_are_numeric_ranges()
    {
        var index = SeedIndex.Index;
        var everyGoal = new GoalQuery { Take = 1_000 };
        var anySdg = Enumerable.Range(1, 17).Select(n => index.Search($"sdg:{n}", everyGoal).Hits.Select(h => h.GoalId)).SelectMany(ids => ids).ToHashSet();
        Assert.NotEmpty(anySdg);
        Assert.Equal(anySdg.Order(StringComparer.Ordinal), index.Search("sdg:[1 TO 17]", everyGoal).Hits.Select(h => h.GoalId).Order(StringComparer.Ordinal));
        Assert.Equal(anySdg.Count, index.Search("sdg:[* TO *]", everyGoal).TotalHits);

        var eight = index.Search("sdg:8", everyGoal).Hits.Select(h => h.GoalId).ToHashSet();
        Assert.Superset(eight, index.Search("sdg:[8 TO 9}", everyGoal).Hits.Select(h => h.GoalId).ToHashSet());
        Assert.Subset(eight, index.Search("sdg:[8 TO 9}", everyGoal).Hits.Select(h => h.GoalId).ToHashSet());

        // A year range finds the goals whose period overlaps it: one year is year:N, a wider range finds more or as many.
        var in2024 = index.Search("year:2024", everyGoal).Hits.Select(h => h.GoalId).ToHashSet();
        Assert.NotEmpty(in2024);
        Assert.Equal(in2024.Order(StringComparer.Ordinal), index.Search("year:[2024 TO 2024]", everyGoal).Hits.Select(h => h.GoalId).Order(StringComparer.Ordinal));
        Assert.Subset(index.Search("year:[2020 TO 2030]", everyGoal).Hits.Select(h => h.GoalId).ToHashSet(), in2024);
        Assert.Equal(0, index.Search("year:[1990 TO 2000]", everyGoal).TotalHits);

        foreach (var bad in new[] { "sdg:[0 TO 17]", "sdg:[1 TO 99]", "sdg:[a TO b]", "year:[x TO 2020]" })
        {
            var e = Assert.Throws<SearchException>(() => index.Search(bad));
            Assert.Equal(SearchErrorKind.InvalidQuery, e.Kind);
            Assert.Contains("range", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_cli_refuses_a_deep_query_and_a_huge_top_with_one_line_and_exit_code_2()
    {
        var index = Path.Combine(_folder, "index");
        var built = await CliRun.Run("index", Seeds.Ystad, "--index", index);
        Assert.True(built.Exit == 0, built.Err);

        foreach (var args in new[]
        {
            new[] { "search", new string('(', 50_000) + "a" + new string(')', 50_000), "--index", index },
            ["search", "x*a" + new string('?', 24), "--index", index],
            ["search", "/.*a.{14}/", "--index", index],
            ["search", "tillväxt", "--top", "2000000000", "--index", index],
            ["search", "tillväxt", "--top", "0", "--index", index],
            ["similar", "--text", "tillväxt", "--top", "1001", "--index", index],
        })
        {
            var (exit, _, err) = await CliRun.Run(args);
            Assert.True(exit == 2, $"{args[1][..Math.Min(20, args[1].Length)]}: exit {exit}: {err[..Math.Min(err.Length, 2_000)]}");
            Assert.StartsWith("error: ", err, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
            Assert.True(err.Length < 600, err[..Math.Min(err.Length, 2_000)]);
        }

        var top = await CliRun.Run("search", "tillväxt", "--top", "1000", "--index", index);
        Assert.True(top.Exit == 0, top.Err);
    }
}
