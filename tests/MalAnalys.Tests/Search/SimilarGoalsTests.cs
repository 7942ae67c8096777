using System.Globalization;
using System.Text;
using MalAnalys.Search;

namespace MalAnalys.Tests.Search;

public class SimilarGoalsTests
{
    private static string Label(string seed, int ordinal)
    {
        var goal = SeedIndex.Documents[seed].Goals[ordinal - 1];
        var municipality = SeedIndex.Documents[seed].Document.Municipality;
        var name = goal.ShortName ?? goal.Statement;
        return $"{municipality} {goal.Number ?? ordinal.ToString(CultureInfo.InvariantCulture)} {name}";
    }

    private static string Label(GoalHit hit) =>
        Label(SeedIndex.SeedOf(hit.DocumentId), hit.Ordinal);

    /// <summary>The table of each seed goal's most similar goals, as checked in (similar-goals.md); set MALANALYS_UPDATE_GOLDEN=1 to rewrite it on purpose.</summary>
    [Fact]
    public void The_similar_goals_table_matches_the_checked_in_one()
    {
        var table = new StringBuilder();
        table.Append("| Goal | Most similar (other document) | Second |\n|---|---|---|\n");
        foreach (var seed in new[] { "perstorp", "ostersund", "ystad" })
        {
            foreach (var goal in SeedIndex.Documents[seed].Goals)
            {
                var similar = SeedIndex.Index.SimilarGoals(SeedIndex.GoalId(seed, goal.Ordinal), 2);
                table.Append(CultureInfo.InvariantCulture, $"| {Label(seed, goal.Ordinal)} | {Label(similar[0])} | {Label(similar[1])} |\n");
            }
        }

        var path = Path.Combine(Seeds.SourceFolder(), "Search", "similar-goals.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = text.IndexOf("| Goal |", StringComparison.Ordinal);
        var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        var current = text[start..(end < 0 ? text.Length : end + 1)];
        if (Environment.GetEnvironmentVariable("MALANALYS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, text.Replace(current, table.ToString(), StringComparison.Ordinal));
            return;
        }

        Assert.Equal(current, table.ToString());
    }

    [Theory]
    [InlineData("perstorp", 2, "ystad#1", "ostersund#4", "ostersund#3")] // Tillväxt och egenförsörjning ↔ tillväxt och egen försörjning
    [InlineData("ostersund", 3, "perstorp#2")] // Kompetensförsörjning ↔ Tillväxt och egenförsörjning
    [InlineData("ostersund", 4, "ystad#1", "perstorp#2")] // Näringsliv och tillväxt ↔ företagsklimat, tillväxt
    [InlineData("ystad", 1, "ostersund#4", "perstorp#2")]
    [InlineData("ostersund", 6, "ystad#7")] // Aktivt liv ↔ meningsfull fritid
    [InlineData("ystad", 7, "ostersund#6")]
    [InlineData("ostersund", 8, "ystad#4")] // Trygghet och stöd ↔ vård och omsorg
    [InlineData("ystad", 4, "ostersund#8")]
    [InlineData("perstorp", 4, "ostersund#2")] // Hållbar ekonomisk utveckling ↔ Hållbarhet
    [InlineData("ostersund", 2, "perstorp#4")]
    [InlineData("perstorp", 1, "ostersund#7")] // uppväxtvillkor, utbildning ↔ Utbildning
    [InlineData("ostersund", 7, "perstorp#1")]
    [InlineData("ostersund", 5, "ystad#5")] // Infrastruktur ↔ växa hållbart, utbyggd infrastruktur
    [InlineData("ystad", 3, "ostersund#8", "ostersund#7", "perstorp#1")] // barn och ungdom
    public void The_most_similar_goal_is_one_a_reader_would_agree_with(string seed, int ordinal, params string[] acceptable)
    {
        var similar = SeedIndex.Index.SimilarGoals(SeedIndex.GoalId(seed, ordinal), 5);
        var top = $"{SeedIndex.SeedOf(similar[0].DocumentId)}#{similar[0].Ordinal}";
        Assert.Contains(top, acceptable);
        Assert.All(similar, s => Assert.NotEqual(SeedIndex.DocumentId(seed), s.DocumentId));
    }

    [Fact]
    public void Similar_to_free_text_finds_goals_about_the_same_thing()
    {
        var similar = SeedIndex.Index.SimilarToText("Kommunen ska arbeta för ett gott företagsklimat och hållbar tillväxt i näringslivet", 3);
        Assert.Contains(similar.Take(2), h => Label(h).Contains("Ystad 1", StringComparison.Ordinal) || Label(h).Contains("Perstorp 2", StringComparison.Ordinal) || Label(h).Contains("1.4", StringComparison.Ordinal));
        Assert.All(similar, h => Assert.Contains('«', h.Snippet));
    }

    [Fact]
    public void A_malformed_or_unknown_goal_id_is_a_clear_error()
    {
        var malformed = Assert.Throws<SearchException>(() => SeedIndex.Index.SimilarGoals("perstorp-2"));
        Assert.Equal(SearchErrorKind.UnknownGoal, malformed.Kind);
        Assert.Contains("not a goal id", malformed.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<SearchException>(() => SeedIndex.Index.SimilarGoals("0000000000000000#1"));
        Assert.Equal(SearchErrorKind.UnknownGoal, unknown.Kind);
    }
}
