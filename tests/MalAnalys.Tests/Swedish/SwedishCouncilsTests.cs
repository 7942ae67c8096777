using MalAnalys.Swedish;

namespace MalAnalys.Tests.Swedish;

public class SwedishCouncilsTests
{
    [Fact]
    public void The_gazetteer_holds_290_municipalities_and_21_regions_with_unique_codes_inside_their_counties()
    {
        var all = SwedishCouncils.All;
        var municipalities = all.Where(c => c.Kind == CouncilKind.Municipality).ToList();
        var regions = all.Where(c => c.Kind == CouncilKind.Region).ToList();
        Assert.Equal(290, municipalities.Count);
        Assert.Equal(21, regions.Count);
        Assert.Equal(all.Count, all.Select(c => c.Code).Distinct().Count());
        Assert.All(municipalities, m => Assert.Matches("^[0-9]{4}$", m.Code));
        Assert.All(municipalities, m => Assert.StartsWith(m.CountyCode, m.Code, StringComparison.Ordinal));
        Assert.All(regions, r => Assert.Equal(r.Code, r.CountyCode));
        Assert.Equal(regions.Select(r => r.Code).Order(), municipalities.Select(m => m.CountyCode).Distinct().Order());
    }

    [Theory]
    [InlineData("2380", "Östersund")]
    [InlineData("Ostersund", "Östersund")]
    [InlineData("Göteborgs Stad", "Göteborg")]
    [InlineData("Stockholms läns landsting", "Stockholm")]
    [InlineData("0331", "Heby")]
    [InlineData("Malung-Sälen", "Malung-Sälen")]
    public void Find_takes_codes_names_official_names_and_aliases(string query, string name) =>
        Assert.Equal(name, SwedishCouncils.Find(query)?.Name);

    [Fact]
    public void Find_tells_a_region_from_the_municipality_of_the_same_name()
    {
        Assert.Equal("0380", SwedishCouncils.Find("Uppsala")!.Code);
        Assert.Equal("03", SwedishCouncils.Find("Uppsala", CouncilKind.Region)!.Code);
        Assert.Equal("03", SwedishCouncils.Find("Region Uppsala")!.Code);
        Assert.Null(SwedishCouncils.Find("Atlantis"));
    }

    [Theory]
    [InlineData("Kommunfullmäktige i Alingsås kommun beslutade om nio mål. Alingsås kommun leder utvecklingen.", "1489")]
    [InlineData("Ostersunds kommun har en hallbar tillvaxt.", "2380")]
    [InlineData("Region Blekinges vision. Regionplanen beslutas av regionfullmäktige i Region Blekinge.", "10")]
    [InlineData("Västerbottens läns landsting har en vision.", "24")]
    [InlineData("NORRKÖPINGS KOMMUN 2015-2018", "0581")]
    [InlineData("Göteborgs Stad och Malmö stad samarbetar; Malmö stad leder.", "1280")]
    [InlineData("Perstorps kommunkoncern ska ha en hållbar ekonomi.", "1275")]
    [InlineData("Vara kommun växer. Vårt mål är att vara kommun för alla; Vara kommuns skolor är bra.", "1470")]
    [InlineData("Mål för social hållbarhet för Västra Götalandsregionens verksamheter.", "14")]
    public void MostNamedIn_finds_the_council_a_text_names_as_a_council(string text, string code) =>
        Assert.Equal(code, SwedishCouncils.MostNamedIn(text)?.Code);

    [Theory]
    [InlineData("Alla Lundabor ska ha goda möjligheter i Lund.")]
    [InlineData("Våra kommuner samarbetar i regionen.")]
    [InlineData("Helsingborgs kulturskola har fler elever.")]
    [InlineData("Nackas ambition är att vara bäst på att vara kommun.")]
    public void MostNamedIn_gives_nothing_for_place_names_that_are_not_councils(string text) =>
        Assert.Null(SwedishCouncils.MostNamedIn(text));
}
