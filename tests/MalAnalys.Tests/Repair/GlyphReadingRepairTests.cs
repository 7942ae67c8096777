using MalAnalys.Repair;

namespace MalAnalys.Tests.Repair;

/// <summary>Marked letters an OCR model without Swedish read as two plain glyphs, or as <c>é</c>.</summary>
public class GlyphReadingRepairTests
{
    private static readonly SwedishRepairer Full = new(new RepairOptions { Mode = RepairMode.Full });

    [Theory]
    [InlineData("Samhiillet och det som giiller nu.", "Samhället och det som gäller nu.")]
    [InlineData("Kommunfullmiéktige beslutar om kommunmial.", "Kommunfullmäktige beslutar om kommunmål.")]
    [InlineData("God hushdallning i varje nadmnd.", "God hushållning i varje nämnd.")]
    public void A_marked_letter_read_as_two_glyphs_is_one_letter_again(string damaged, string expected) =>
        Assert.Equal(expected, DamagedContext.RepairedSentence(Full, damaged));

    [Fact]
    public void An_e_acute_for_a_lost_o_umlaut_reads_as_the_commoner_confusion() =>
        Assert.Equal("Det utgör en grund för höga krav.", DamagedContext.RepairedSentence(Full, "Det utgér en grund for héga krav."));

    [Theory]
    [InlineData("Radion och idéerna i studien om Hawaii gav ett ideal.")]
    [InlineData("Medarbetarna i förvaltningen har ett gott samarbete.")]
    public void Valid_words_with_those_letter_pairs_stay(string sentence)
    {
        Assert.Empty(Full.Repair(sentence).Corrections);
        Assert.Equal(sentence, DamagedContext.RepairedSentence(Full, sentence));
    }
}
