using MalAnalys.Reading;
using MalAnalys.Repair;

namespace MalAnalys.Tests.Repair;

/// <summary>Council names, compounds on common heads and headings, each in a text that lost its marks.</summary>
public class NameCompoundAndHeadingRepairTests
{
    private static readonly SwedishRepairer Full = new(new RepairOptions { Mode = RepairMode.Full });

    /// <summary>Sentences that lost their marks, so that the text's damage estimate is high.</summary>
    private const string Context =
        "Kommunen ska framja en hallbar tillvaxt for alla manniskor och arbeta for att oka tillgangen till vard. ";

    private static RepairedText Repair(string sentence, SwedishRepairer? repairer = null) => (repairer ?? Full).Repair(Context + sentence);

    private static string Repaired(string sentence, SwedishRepairer? repairer = null) => Repair(sentence, repairer).Text[Context.Length..];

    [Theory]
    [InlineData("Vara kommun ska ha manga nojda invanare.", "Vara kommun ska ha många nöjda invånare.")]
    [InlineData("Beslutet togs av kommunfullmaktige i Vara under aret.", "Beslutet togs av kommunfullmäktige i Vara under året.")]
    [InlineData("Varas kommun och Habo kommun samarbetar.", "Varas kommun och Habo kommun samarbetar.")]
    [InlineData("VARA KOMMUN ar en bra arbetsgivare.", "VARA KOMMUN är en bra arbetsgivare.")]
    public void A_council_name_in_a_council_phrase_is_never_read_as_a_word(string damaged, string expected) =>
        Assert.Equal(expected, Repaired(damaged));

    [Theory]
    [InlineData("Samarbetet mellan Ange, Timra och Vannas fortsatter.", "Samarbetet mellan Ånge, Timrå och Vännäs fortsätter.")]
    [InlineData("Ange dina uppgifter nedan. Skriv Ange i faltet.", "Ange dina uppgifter nedan. Skriv Ånge i fältet.")]
    public void A_capitalised_word_inside_a_sentence_that_is_a_councils_name_is_the_name(string damaged, string expected) =>
        Assert.Equal(expected, Repaired(damaged));

    [Fact]
    public void The_county_and_other_words_of_council_text_win_over_their_rare_twins()
    {
        Assert.Equal("Kommunerna i länet samarbetar och länets arbete pågår.", Repaired("Kommunerna i lanet samarbetar och lanets arbete pagar."));
        Assert.Equal("Årets mätning visar en ökning.", Repaired("Arets matning visar en okning."));
    }

    [Fact]
    public void The_same_letters_as_a_word_are_still_repaired_as_a_word()
    {
        Assert.Equal("Vi ska vara en trygg kommun för alla i våra skolor.", Repaired("Vi ska vara en trygg kommun for alla i vara skolor."));
        Assert.Equal("Våra kommuner samarbetar.", Repaired("Vara kommuner samarbetar."));
        Assert.Equal("Vi finns i Skåne. Våra skolor är bra.", Repaired("Vi finns i Skane. Vara skolor ar bra."));
    }

    [Theory]
    [InlineData("Ostersunds kommun vaxer.", "Östersunds kommun växer.", "Ostersunds")]
    [InlineData("Vi samarbetar med Harnosand och Region Jamtland Harjedalen.", "Vi samarbetar med Härnösand och Region Jämtland Härjedalen.", "Harnosand")]
    [InlineData("Hogsby kommun och Region Skane.", "Högsby kommun och Region Skåne.", "Hogsby")]
    [InlineData("OSTERSUNDS KOMMUN", "ÖSTERSUNDS KOMMUN", "OSTERSUNDS")]
    public void A_damaged_council_name_gets_its_marks_from_the_gazetteer(string damaged, string expected, string name)
    {
        var repaired = Repair(damaged);
        Assert.Equal(expected, repaired.Text[Context.Length..]);
        var correction = Assert.Single(repaired.Corrections, c => c.Original == name);
        Assert.StartsWith("council name ", correction.Rule, StringComparison.Ordinal);
        Assert.Equal(CorrectionReason.MarksRestored, correction.Reason);
    }

    [Fact]
    public void A_clean_text_keeps_council_names_and_the_words_they_look_like()
    {
        var text = File.ReadAllText(Seeds.Perstorp) + "\nVara kommun och Håbo kommun har våra gemensamma mål. I Vara finns Region Skåne inte, men Habo kommun finns.";
        Assert.Empty(Full.Repair(text).Corrections);
    }

    [Fact]
    public void Two_words_the_author_wrote_together_stay_unless_the_marks_make_a_likelier_compound() =>
        Assert.Equal("Vandringleder och inriktningsmålen.", Repaired("Vandringleder och inriktningsmalen."));

    [Theory]
    [InlineData("Malarbetet och utvecklingsmal ska folja upp 2-gradersmal.", "Målarbetet och utvecklingsmål ska följa upp 2-gradersmål.")]
    [InlineData("Investeringsmal, Soliditetsmal och Resultatmal.", "Investeringsmål, Soliditetsmål och Resultatmål.")]
    [InlineData("Vi foljer halsotal i folkhalsarbetet.", "Vi följer hälsotal i folkhälsarbetet.")]
    [InlineData("Vagunderhall och arsredovisningen.", "Vägunderhåll och årsredovisningen.")]
    public void Compounds_whose_parts_lost_their_marks_are_restored(string damaged, string expected) =>
        Assert.Equal(expected, Repaired(damaged));

    [Theory]
    [InlineData("Samhiallsutveckling och miljö", "Samhällsutveckling och miljö")]
    [InlineData("Trygghet och hialsa för alla", "Trygghet och hälsa för alla")]
    public void The_marks_of_a_read_as_a_letter_before_it_are_restored(string damaged, string expected)
    {
        Assert.Equal(expected, Repaired(damaged));
        Assert.Empty(Full.Repair("Social och materiell trygghet i Asien och Australien.").Corrections);
    }

    [Fact]
    public void A_clean_text_keeps_compounds_and_unknown_words()
    {
        var text = File.ReadAllText(Seeds.Perstorp) + "\nVi har en stor malart i sjön och ett halsband. Hälsotal och investeringsmål följs upp i vandringleder.";
        Assert.Empty(Full.Repair(text).Corrections);
    }

    [Theory]
    [InlineData("Tillvaxt och egenfoérsérjning")]
    [InlineData("Tillväxt och egenférs6érjning")]
    [InlineData("TILLVAXT OCH EGENFORSORJNING")]
    public void A_heading_is_repaired_like_body_text(string heading)
    {
        var body = "I kommunen ska fler invanare ha mojlighet till egenférsérjning.";
        var expected = heading.Any(char.IsLower) ? "Tillväxt och egenförsörjning" : "TILLVÄXT OCH EGENFÖRSÖRJNING";
        foreach (var repairer in new[] { Full, SwedishRepairer.Default })
        {
            // As a line of its own over body text, and as a short name alone.
            var text = repairer.Repair(heading + "\n\n" + body).Text;
            Assert.Equal(expected, text.Split('\n')[0]);
            Assert.Contains("egenförsörjning.", text, StringComparison.Ordinal);
            Assert.Equal(expected, repairer.Repair(heading).Text);
        }
    }

    [Fact]
    public void A_heading_of_a_scanned_pdf_is_repaired_like_its_body()
    {
        var repaired = SwedishRepairer.Default.Repair(new DocumentReader().Read("seeds/perstorp-kommunovergripande-mal-2023-2026-scanned.pdf"));
        var text = repaired.Text.Body;
        Assert.Contains("Tillväxt och egenförsörjning", text, StringComparison.Ordinal);
        Assert.DoesNotContain("egenfo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("egenfé", text, StringComparison.Ordinal);
    }
}
