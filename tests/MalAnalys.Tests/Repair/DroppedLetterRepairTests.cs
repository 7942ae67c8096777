using MalAnalys.Repair;

namespace MalAnalys.Tests.Repair;

/// <summary>Letters OCR dropped outright (<c>kad</c> for <c>ökad</c>), put back by <see cref="CorrectionReason.DroppedLetter"/>.</summary>
public class DroppedLetterRepairTests
{
    private static readonly SwedishRepairer Full = new(new RepairOptions { Mode = RepairMode.Full });

    /// <summary>Clean text around one sentence.</summary>
    private static string Clean(string sentence) =>
        "Kommunen ska främja en hållbar tillväxt för alla människor och arbeta för att öka tillgången till vård. " + sentence +
        " Målet är att stödja företag och föreningar på landsbygden så att invånarna känner sig trygga.";

    [Theory]
    [InlineData("Vi vill se en kad trygghet.", "Vi vill se en ökad trygghet.")]
    [InlineData("Det ar en nskad utveckling.", "Det är en önskad utveckling.")]
    [InlineData("Skolan r en trygg plats.", "Skolan är en trygg plats.")]
    [InlineData("Kad trygghet i skolan.", "Ökad trygghet i skolan.")]
    [InlineData("Planen galler fr alla skolor.", "Planen gäller för alla skolor.")]
    [InlineData("Arbetet med samhllsplaneringen.", "Arbetet med samhällsplaneringen.")]
    public void A_dropped_letter_is_put_back(string damaged, string expected) =>
        Assert.Equal(expected, DamagedContext.RepairedSentence(Full, damaged));

    [Fact]
    public void The_correction_names_its_rule_and_offset()
    {
        var text = DamagedContext.Around("Vi vill se en kad trygghet.");
        var repaired = Full.Repair(text);
        var start = text.IndexOf(" kad ", StringComparison.Ordinal) + 1;
        var correction = Assert.Single(repaired.Corrections, c => c.Reason == CorrectionReason.DroppedLetter);
        Assert.Equal(start, correction.Start);
        Assert.Equal(3, correction.Length);
        Assert.Equal("kad", correction.Original);
        Assert.Equal("ökad", correction.Replacement);
        Assert.Equal("+ö", correction.Rule);
    }

    [Theory]
    [InlineData("Vi vill se en ökad trygghet och ett möjligt samarbete för alla.")]
    [InlineData("Enligt bilaga r finns en karta.")]
    [InlineData("Receptionen har öppet mån-fre och tar emot fr.o.m. klockan åtta.")]
    public void A_clean_sentence_is_left_alone(string sentence)
    {
        var text = Clean(sentence);
        var repaired = SwedishRepairer.Default.Repair(text);
        Assert.Empty(repaired.Corrections);
        Assert.Equal(text, repaired.Text);
    }

    [Theory]
    [InlineData("Vi samarbetar med Sala kommun och Habo kommun.")]
    [InlineData("Vx och Tvx ar inga ord.")]
    [InlineData("Kommunen deltar i Viable Cities.")]
    public void No_letter_is_put_into_names_short_parts_or_foreign_words(string sentence)
    {
        var text = DamagedContext.Around(sentence);
        var repaired = Full.Repair(text);
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.DoesNotContain(repaired.Corrections, c => c.Reason == CorrectionReason.DroppedLetter && c.Start >= start && c.End <= start + sentence.Length);
    }
}
