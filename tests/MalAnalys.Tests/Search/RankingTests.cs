using System.Globalization;
using MalAnalys.Search;
using Xunit.Abstractions;

namespace MalAnalys.Tests.Search;

/// <summary>Plain words rank goals holding them together first, and a goal holding most of them still appears.</summary>
public class RankingTests(ITestOutputHelper output)
{
    private static List<string> Ranked(string query, int take = 10) =>
        [.. SeedIndex.Index.Search(query, new GoalQuery { Take = take }).Hits.Select(h => $"{SeedIndex.SeedOf(h.DocumentId)}#{h.Number ?? h.Ordinal.ToString(CultureInfo.InvariantCulture)}")];

    [Fact]
    public void Goals_holding_the_words_as_a_phrase_rank_above_goals_holding_them_apart()
    {
        var ranked = Ranked("hållbar tillväxt");
        output.WriteLine(string.Join(", ", ranked));
        output.WriteLine($"Östersund 1.1 ranks {ranked.IndexOf("ostersund#1.1") + 1}");

        // Östersund 1.1 and 1.4 say "hållbar tillväxt" in their statements, Ystad 1 in its body; Östersund 1.2 holds the
        // words apart (short name Hållbarhet, tillväxt further on), as do Perstorp 2 and Östersund 1.5.
        Assert.Equal(["ostersund#1.1", "ostersund#1.4", "ystad#1"], ranked.Take(3).Order(StringComparer.Ordinal));
        Assert.Contains("ostersund#1.2", ranked.Skip(3));
    }

    [Fact]
    public void A_goal_holding_most_of_three_words_appears_below_the_goals_holding_all_of_them()
    {
        var ranked = Ranked("meningsfull fritid Ystad");
        Assert.Equal(["ystad#7", "ostersund#1.6"], ranked.Take(2));

        // No goal speaks of a simhall: the goals holding the other two words answer instead of nothing.
        Assert.Equal(["ystad#7", "ostersund#1.6"], Ranked("meningsfull fritid simhall").Take(2).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void Two_words_are_both_needed_and_operators_keep_their_meaning()
    {
        Assert.Empty(Ranked("fritid simhall"));
        Assert.Empty(Ranked("meningsfull AND fritid AND simhall"));
        Assert.Equal(Ranked("meningsfull fritid"), Ranked("meningsfull fritid").Distinct());
        Assert.Contains("ystad#7", Ranked("meningsfull OR simhall"));
    }
}
