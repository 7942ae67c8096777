using System.Text.RegularExpressions;
using MalAnalys.Agenda2030;

namespace MalAnalys.Tests.Agenda2030;

public sealed partial class SdgCatalogueTests
{
    [Fact]
    public void Catalogue_has_the_17_goals_in_order_with_official_names_and_colours()
    {
        Assert.Equal(Enumerable.Range(1, 17), SdgCatalogue.Goals.Select(g => g.Number));
        Assert.Equal("Hälsa och välbefinnande", SdgCatalogue.Get(3).SwedishName);
        Assert.Equal("3 Hälsa och välbefinnande", SdgCatalogue.Get(3).Label);
        Assert.Equal("Climate Action", SdgCatalogue.Get(13).EnglishName);
        Assert.Equal("#3F7E44", SdgCatalogue.Get(13).Colour);
        Assert.Equal("#E5243B", SdgCatalogue.Get(1).Colour);
        Assert.Equal("#19486A", SdgCatalogue.Get(17).Colour);
        Assert.All(SdgCatalogue.Goals, g => Assert.Matches(HexColour(), g.Colour));
        Assert.Equal(17, SdgCatalogue.Goals.Select(g => g.Colour).Distinct().Count());
        Assert.Equal(17, SdgCatalogue.Goals.Select(g => g.SwedishName).Distinct().Count());
        Assert.All(SdgCatalogue.Goals, g => Assert.True(g.Description.Length > 100, $"SDG {g.Number} needs a description"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(18)]
    public void Numbers_outside_1_to_17_are_refused(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SdgCatalogue.Get(number));

    [GeneratedRegex("^#[0-9A-F]{6}$")]
    private static partial Regex HexColour();
}
