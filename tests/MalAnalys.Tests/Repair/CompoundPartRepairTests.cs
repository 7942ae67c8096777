using MalAnalys.Repair;

namespace MalAnalys.Tests.Repair;

/// <summary>Compounds in text that lost its marks: parts before a hyphen, heads that decide between readings, parts the curated list lacks.</summary>
public class CompoundPartRepairTests
{
    private static readonly SwedishRepairer Full = new(new RepairOptions { Mode = RepairMode.Full });

    [Theory]
    [InlineData("Kommunens halso- och sjukvard ska vara god.", "Kommunens hälso- och sjukvård ska vara god.")]
    [InlineData("Halso-och sjukvarden samt arbets- och miljofragor.", "Hälso-och sjukvården samt arbets- och miljöfrågor.")]
    public void A_compound_part_before_a_hyphen_is_read_as_a_part(string damaged, string expected)
    {
        Assert.Equal(expected, DamagedContext.RepairedSentence(Full, damaged));
        var restored = Full.Repair(DamagedContext.Around(damaged)).Corrections.Where(c => c.Original is "halso" or "Halso");
        Assert.All(restored, c => Assert.EndsWith("(compound part before a hyphen)", c.Rule, StringComparison.Ordinal));
        Assert.NotEmpty(restored);
    }

    [Theory]
    [InlineData("Hälso- och sjukvården samt arbets- och miljöfrågor följs upp.")]
    [InlineData("Hälso-och sjukvård, barn- och utbildningsnämnden och mål- och resultatstyrning.")]
    public void A_clean_compound_part_before_a_hyphen_stays(string clean) =>
        Assert.Empty(Full.Repair(clean).Corrections);

    [Theory]
    [InlineData("Karnvarden och malvarden styr arbetet.", "Kärnvärden och målvärden styr arbetet.")]
    [InlineData("Namndsmal och namndsmalen foljs upp.", "Nämndsmål och nämndsmålen följs upp.")]
    public void The_head_and_the_lexicon_decide_a_compound_that_lost_its_marks(string damaged, string expected) =>
        Assert.Equal(expected, DamagedContext.RepairedSentence(Full, damaged));

    [Theory]
    [InlineData("Transkript och translating av Stratsys.")]
    [InlineData("Vi gick pa starsidan.")]
    public void Foreign_words_are_not_read_as_compounds_of_marked_parts(string sentence)
    {
        var repaired = DamagedContext.RepairedSentence(Full, sentence);
        foreach (var word in new[] { "Transkript", "translating", "Stratsys", "starsidan" }.Where(sentence.Contains))
        {
            Assert.Contains(word, repaired, StringComparison.Ordinal);
        }
    }
}
