using MalAnalys.Repair;

namespace MalAnalys.Tests.Repair;

/// <summary>Words OCR ran together or broke apart: split and joined where the layout may change, never under <see cref="RepairOptions.KeepLayout"/>.</summary>
public class WordBreakRepairTests
{
    private static readonly SwedishRepairer Full = new(new RepairOptions { Mode = RepairMode.Full });
    private static readonly SwedishRepairer KeepLayout = new(new RepairOptions { Mode = RepairMode.Full, KeepLayout = true });

    [Theory]
    [InlineData("Kommunen arbetar ochkommunen växer.", "Kommunen arbetar och kommunen växer.", "ochkommunen")]
    [InlineData("Vi ska arbeta attinvånarna trivs.", "Vi ska arbeta att invånarna trivs.", "attinvånarna")]
    public void A_function_word_run_into_the_next_word_is_split(string read, string expected, string merged)
    {
        var repaired = Full.Repair(read);
        Assert.Equal(expected, repaired.Text);
        var split = Assert.Single(repaired.Corrections, c => c.Original == merged);
        Assert.Equal(CorrectionReason.WordSplit, split.Reason);
        Assert.Equal("split: two words read as one", split.Rule);
    }

    [Fact]
    public void A_split_word_gets_its_marks_after_the_function_word_in_a_damaged_text() =>
        Assert.Equal("Vi ska arbeta och bidra och förbättra.", DamagedContext.RepairedSentence(Full, "Vi ska arbeta och bidra ochforbattra."));

    [Theory]
    [InlineData("Vi följer utveck lingen noga.", "Vi följer utvecklingen noga.", "utveck lingen")]
    [InlineData("Det är kommun ens ansvar.", "Det är kommunens ansvar.", "kommun ens")]
    [InlineData("Alla nämnd erna deltar.", "Alla nämnderna deltar.", "nämnd erna")]
    public void A_word_read_as_two_is_joined(string read, string expected, string broken)
    {
        var repaired = Full.Repair(read);
        Assert.Equal(expected, repaired.Text);
        var joined = Assert.Single(repaired.Corrections, c => c.Original == broken);
        Assert.Equal(CorrectionReason.WordsJoined, joined.Reason);
        Assert.StartsWith("joined: one word read as two", joined.Rule, StringComparison.Ordinal);
        Assert.Equal(repaired.Text.IndexOf(joined.Replacement, StringComparison.Ordinal), repaired.FromOriginal(joined.Start));
    }

    [Theory]
    [InlineData("Kommunen arbetar ochkommunen växer. Vi följer utveck lingen och kommun ens ansvar.")]
    public void Keep_layout_keeps_every_token(string read)
    {
        var repaired = KeepLayout.Repair(read);
        Assert.Equal(Seeds.Words(read).Length, Seeds.Words(repaired.Text).Length);
        Assert.DoesNotContain(repaired.Corrections, c => c.Reason is CorrectionReason.WordSplit or CorrectionReason.WordsJoined);
        Assert.NotEqual(read, Full.Repair(read).Text);
    }

    [Theory]
    [InlineData("Förbockade tider och omvärldsbevakning gäller.")]
    [InlineData("Vi ska ha en vision och ett mål för alla.")]
    [InlineData("De kan na och vi na i dag, men inte i morgon.")]
    [InlineData("Receptionen har öppet mån-fre för alla invånare.")]
    public void Clean_text_keeps_its_word_breaks(string clean) =>
        Assert.DoesNotContain(Full.Repair(clean).Corrections, c => c.Reason is CorrectionReason.WordSplit or CorrectionReason.WordsJoined);

    [Fact]
    public void Breaks_never_cross_a_line()
    {
        var repaired = Full.Repair("Vi följer utveck\nlingen noga.");
        Assert.Equal(2, repaired.Text.Split('\n').Length);
    }
}
