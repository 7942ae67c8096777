using MalAnalys.Repair;

namespace MalAnalys.Tests.Repair;

/// <summary>A text that kept its å/ä/ö: words it does not know stay, symbols that stand for a marked letter are still read.</summary>
public class KeptMarksRepairTests
{
    private static readonly SwedishRepairer Full = new(new RepairOptions { Mode = RepairMode.Full });

    /// <summary>A seed's goal text, which kept its marks, before each test sentence.</summary>
    private static readonly string Clean = File.ReadAllText(Seeds.Perstorp) + "\n";

    [Theory]
    [InlineData("Läs mer under files och link on the main page, Save the date.")]
    [InlineData("Strat och högr är förkortningar i tabellen; stä och försla är avstavade.")]
    public void Words_a_text_with_its_marks_does_not_know_stay(string sentence) =>
        Assert.Empty(Full.Repair(Clean + sentence).Corrections);

    [Fact]
    public void Symbols_for_marked_letters_are_still_read()
    {
        var repaired = Full.Repair(Clean + "Det utgér en grund för 6kad tillväxt.");
        Assert.Equal(Clean + "Det utgör en grund för ökad tillväxt.", repaired.Text);
        Assert.True(repaired.Damage < 0.2, $"estimated damage {repaired.Damage}");
        Assert.All(repaired.Corrections, c => Assert.Equal(CorrectionReason.OcrSymbol, c.Reason));
    }

    [Fact]
    public void The_same_words_are_repaired_in_a_text_that_lost_its_marks() =>
        Assert.Equal("Vi läser mer om det.", DamagedContext.RepairedSentence(Full, "Vi laser mer om det."));
}
