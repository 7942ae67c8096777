using MalAnalys.Repair;

namespace MalAnalys.Tests.Repair;

public class ContextModelTests
{
    private static readonly SwedishRepairer Full = new(new RepairOptions { Mode = RepairMode.Full });

    /// <summary>A text that lost its marks around one test sentence, so that the damage estimate is high.</summary>
    private static string Damaged(string sentence) =>
        "Forvaltningen ska starka samverkan med foreningar och foretag i hela regionen. " + sentence +
        " Darfor foljer namnden upp arbetet varje manad och redovisar resultatet for fullmaktige.";

    private static string RepairedSentence(string sentence)
    {
        var repaired = Full.Repair(Damaged(sentence)).Text;
        var start = repaired.IndexOf("regionen. ", StringComparison.Ordinal) + "regionen. ".Length;
        var end = repaired.IndexOf(" Därför", StringComparison.Ordinal);
        Assert.True(start >= "regionen. ".Length && end > start, repaired);
        return repaired[start..end];
    }

    [Theory]
    [InlineData("Har finns en plan for skolan.", "Här finns en plan för skolan.")]
    [InlineData("Vi tar ansvar for var kommun.", "Vi tar ansvar för vår kommun.")]
    [InlineData("Nar vi nar malen blir det battre.", "När vi når målen blir det bättre.")]
    [InlineData("Det ar svart att saga hur det gar.", "Det är svårt att säga hur det går.")]
    [InlineData("Vi ska saga vad vi tycker.", "Vi ska säga vad vi tycker.")]
    [InlineData("Kommunen har en plan.", "Kommunen har en plan.")]
    public void Context_decides_words_valid_with_and_without_marks(string damaged, string expected) =>
        Assert.Equal(expected, RepairedSentence(damaged));

    [Theory]
    [InlineData("Här finns en plan för skolan och vi når målen i vår kommun.")]
    [InlineData("Det är svårt att säga hur många år det tar, men han har en saga att berätta.")]
    [InlineData("Var finns bären? Han bar dem hem.")]
    public void Clean_text_is_left_unchanged(string clean)
    {
        var repaired = Full.Repair(clean);
        Assert.Empty(repaired.Corrections);
        Assert.Equal(clean, repaired.Text);
    }

    [Fact]
    public void The_model_knows_the_readings_of_common_ambiguous_forms()
    {
        var model = ContextModel.Default;
        Assert.True(model.Words > 100_000);
        Assert.Contains("här", model.Readings("har"));
        Assert.Contains("har", model.Readings("har"));
        Assert.Contains("när", model.Readings("nar"));
        Assert.Contains("säga", model.Readings("saga"));
        Assert.Empty(model.Readings("kommun"));
        Assert.False(model.Covers("kommun"));
    }

    [Fact]
    public void The_neighbours_move_the_readings_apart()
    {
        var model = ContextModel.Default;

        // Before "finns" the place adverb, after "att" the infinitive; before a word no pair saw, "vår" (followed by
        // ever new nouns) rather than "var" (followed by the same few words); a word the model does not hold, nothing.
        Assert.True(model.Gain("här", null, "finns") > model.Gain("har", null, "finns"));
        Assert.True(model.Gain("säga", "att", null) > model.Gain("saga", "att", null));
        Assert.True(model.Gain("vår", null, "qqq") > model.Gain("var", null, "qqq"));
        Assert.Equal(0, model.Gain("kommun", "vår", "ska"));
        Assert.Equal(0, model.Gain("här", null, null));
    }

    [Fact]
    public void A_model_reads_what_the_tool_writes()
    {
        using var buffer = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(zlib))
        {
            writer.Write("# MalAnalys context model 1\twords\t1000\nU\thar\t50\nU\thär\t50\nL\tska\thar\t10\nR\thär\tfinns\t20\n");
        }

        buffer.Position = 0;
        var model = ContextModel.Load(buffer);
        Assert.Equal(1000, model.Words);
        Assert.Equal(50, model.Count("här"));
        Assert.Equal(-1, model.Count("kommun"));
        Assert.True(model.Gain("här", null, "finns") > 0);
        Assert.True(model.Gain("har", null, "finns") < 0);
        Assert.True(model.Gain("har", "ska", null) > 0);
        Assert.True(model.Gain("här", "ska", null) < 0);
    }
}
