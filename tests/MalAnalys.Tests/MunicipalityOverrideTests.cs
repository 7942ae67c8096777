namespace MalAnalys.Tests;

public class MunicipalityOverrideTests
{
    [Fact]
    public void An_explicit_municipality_replaces_the_one_the_parser_finds()
    {
        var found = new MalAnalyzer(new MalAnalyzerOptions { ClassifySdgs = false }).Analyze(Seeds.Ystad).Document;
        Assert.Equal(("Ystad", "1286"), (found.Municipality, found.MunicipalityCode));

        var given = new MalAnalyzer(new MalAnalyzerOptions { ClassifySdgs = false, Municipality = "0764" }).Analyze(Seeds.Ystad).Document;
        Assert.Equal(("Alvesta", "0764"), (given.Municipality, given.MunicipalityCode));
        Assert.Equal(found.Goals.Select(g => g.Statement), given.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void An_explicit_municipality_fills_in_a_text_that_names_none_and_drops_the_note()
    {
        const string text = "Övergripande mål\n\nKommunfullmäktige har beslutat om följande mål:\n\n• Fler invånare ska ha ett arbete.\n• Utsläppen ska minska.\n";
        var plain = new MalAnalyzer(new MalAnalyzerOptions { ClassifySdgs = false }).AnalyzeText(text).Document;
        Assert.Null(plain.Municipality);
        Assert.Contains(plain.Diagnostics, d => d.Code == "MA2004");

        var given = new MalAnalyzer(new MalAnalyzerOptions { ClassifySdgs = false, Municipality = "Region Skåne" }).AnalyzeText(text).Document;
        Assert.Equal(("Skåne", "12"), (given.Municipality, given.MunicipalityCode));
        Assert.DoesNotContain(given.Diagnostics, d => d.Code == "MA2004");
    }

    [Fact]
    public void An_unknown_municipality_is_refused_when_the_analyzer_is_built()
    {
        var error = Assert.Throws<ArgumentException>(() => new MalAnalyzer(new MalAnalyzerOptions { Municipality = "Atlantis" }));
        Assert.Contains("Atlantis", error.Message, StringComparison.Ordinal);
    }
}
