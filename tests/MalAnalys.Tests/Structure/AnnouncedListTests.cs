using MalAnalys.Documents;
using MalAnalys.Reading;
using MalAnalys.Structure;

namespace MalAnalys.Tests.Structure;

/// <summary>Lists whose introduction says what they are (areas, kinds, sub-goals), and goals stated in running text.</summary>
public class AnnouncedListTests
{
    private static GoalDocument Parse(string text) => GoalDocumentParser.Default.Parse(new TextDocumentReader().ReadString(text, "test.txt"));

    [Fact]
    public void A_list_announced_as_goal_areas_gives_no_goals()
    {
        var doc = Parse("""
            Så styrs kommunen

            I planen finns fyra målområden, som kommunfullmäktige har prioriterat för att nå visionen:

              • En kommun för alla
              • En kunskaps- och tillväxtkommun
              • En miljösmart kommun
              • Ett hållbart arbetsliv

            Till varje målområde hör ett antal övergripande mål som finns i den strategiska planen.
            """);
        Assert.Empty(doc.Goals);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.NoGoals && d.Message.Contains("introduced as something else", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_announced_as_goals_and_areas_still_gives_goals()
    {
        var doc = Parse("""
            Övergripande mål

            Kommunfullmäktige har beslutat om följande mål inom de fyra målområdena:

              • Alla barn ska klara skolan.
              • Kommunen ska ha en ekonomi i balans.
            """);
        Assert.Equal(["Alla barn ska klara skolan.", "Kommunen ska ha en ekonomi i balans."], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Kinds_of_goals_and_sub_goals_are_not_the_councils_goals()
    {
        var doc = Parse("""
            Förändringsmål

            Förändringsmålen har två inriktningar:

             • Effektmål gäller det som kommunen ska leverera till medborgarna
             • Processmål handlar om kommunens egna arbetssätt

            Det regionala programmet

            Programmet innehåller fem insatsområden som alla ska verka för att nå det övergripande målet, "En hållbar tillväxt i hela länet".

            Delmål för varje insatsområde är:

             • Länets invånare ska ha en god livsmiljö.
             • Länets arbetsliv ska ha tillgång till rätt kompetens.
            """);
        var goal = Assert.Single(doc.Goals);
        Assert.Equal("En hållbar tillväxt i hela länet", goal.Statement);
        Assert.Equal(LayoutFamily.Prose, doc.Layout);
    }

    [Fact]
    public void Goals_stated_in_running_text_are_found_with_their_kind()
    {
        var doc = Parse("""
            Strategisk plan och budget

            Den strategiska planen beskriver de utvecklingsområden som gäller för kommunen under mandatperioden.

            Det långsiktiga målet för en god ekonomisk hushållning är att bedriva verksamheten med god kvalitet och hög servicenivå. Kommunens mer kortsiktiga mål fastställs i planen.

            Finansiella mål

            Resultatmålet innebär att kommunens resultat på sikt bör uppgå till 2 procent av skatteintäkterna.
            """);
        Assert.Equal(LayoutFamily.Prose, doc.Layout);
        Assert.Equal(
            ["att bedriva verksamheten med god kvalitet och hög servicenivå.", "kommunens resultat på sikt bör uppgå till 2 procent av skatteintäkterna."],
            doc.Goals.Select(g => g.Statement));
        Assert.Equal([GoalKind.Financial, GoalKind.Financial], doc.Goals.Select(g => g.Kind));
    }

    [Fact]
    public void A_goal_named_in_general_terms_is_not_a_goal()
    {
        var doc = Parse("""
            Så arbetar vi med mål

            Målet med arbetet är att alla medarbetare ska förstå hur deras arbete bidrar. Syftet är att skapa delaktighet, och målet är att uppföljningen ska bli enklare.
            """);
        Assert.Empty(doc.Goals);
    }
}
