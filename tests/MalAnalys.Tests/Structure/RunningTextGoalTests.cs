using MalAnalys.Documents;
using static MalAnalys.Tests.Structure.OwnText;

namespace MalAnalys.Tests.Structure;

/// <summary>Goals a page states only inside its sentences, and goal lines that open with a lead clause.</summary>
public class RunningTextGoalTests
{
    [Fact]
    public void Goals_quoted_in_lower_case_after_a_goal_noun_and_a_colon_are_the_goals()
    {
        var doc = Parse("""
            Budget antagen

            Regionfullmäktige antog planen i november. Den vilar på tre strategiska mål: ”korta väntetider”, ”friska medarbetare” samt ”ekonomi i balans”. Planen gäller i tre år.
            """);
        Assert.Equal(["korta väntetider", "friska medarbetare", "ekonomi i balans"], doc.Goals.Select(g => g.Statement));
        Assert.Equal(GoalKind.Financial, doc.Goals[2].Kind);
    }

    [Fact]
    public void What_the_councils_financial_goal_or_a_strategys_goal_is_is_the_goal()
    {
        var financial = Parse("""
            Ekonomi

            Skatten är oförändrad nästa år. Kommunens finansiella mål är ett överskott om två procent av skatter och bidrag. Investeringarna ökar.
            """);
        Assert.Equal(["ett överskott om två procent av skatter och bidrag."], financial.Goals.Select(g => g.Statement));
        Assert.Equal(GoalKind.Financial, financial.Goals[0].Kind);

        var strategy = Parse("""
            Regional utveckling

            Strategin antogs av regionfullmäktige. Målet med länets utvecklingsstrategi är ett län med arbete och bostad åt alla. Arbetet följs upp varje år.
            """);
        Assert.Equal(["ett län med arbete och bostad åt alla."], strategy.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void The_councils_goal_and_a_short_term_goal_in_one_sentence_are_two_goals()
    {
        var doc = Parse("""
            Befolkning

            Kommunen ska bli större. Kommunens mål är att invånarna på lång sikt ska bli 30 000 medan det kortsiktiga målet är att antalet invånare ska öka med en halv procent varje år. Det kräver fler bostäder.
            """);
        Assert.Equal(LayoutFamily.Prose, doc.Layout);
        Assert.Equal(
            ["att invånarna på lång sikt ska bli 30 000", "att antalet invånare ska öka med en halv procent varje år."],
            doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_direction_goal_or_a_goal_we_have_followed_at_once_by_its_infinitive_is_found()
    {
        var direction = Parse("""
            Plan för barn och unga

            Planen utgår från inriktningsmålet att varje ung människa ska få en bra start i arbetslivet. Den gäller i fyra år.
            """);
        Assert.Equal("att varje ung människa ska få en bra start i arbetslivet.", Assert.Single(direction.Goals).Statement);

        var ours = Parse("""
            Nytt från fullmäktige

            Skolan har länge varit viktig för oss. Sedan tidigare har vi målet att höja elevernas resultat i alla ämnen. Det ligger fast.
            """);
        Assert.Equal("att höja elevernas resultat i alla ämnen.", Assert.Single(ours.Goals).Statement);
    }

    [Fact]
    public void A_sentence_that_ends_by_calling_its_infinitive_the_foremost_goal_is_the_goal()
    {
        var doc = Parse("""
            Måldokument

            Fullmäktige har antagit ett nytt måldokument för kommunen. Att vända flyttströmmen är det främsta målet. Arbetet följs upp varje år.
            """);
        Assert.Equal("Att vända flyttströmmen är det främsta målet.", Assert.Single(doc.Goals).Statement);
    }

    [Fact]
    public void A_surplus_goal_named_with_its_level_in_a_news_sentence_is_a_financial_goal_but_a_result_alone_is_not()
    {
        var doc = Parse("""
            Budgeten klar

            Majoriteten lade fram sin budget i går. Med de nya ramarna nås överskottsmålet om tre procent även nästa år, säger ordföranden.
            """);
        var goal = Assert.Single(doc.Goals);
        Assert.Equal("överskottsmålet om tre procent", goal.Statement);
        Assert.Equal(GoalKind.Financial, goal.Kind);

        var outcome = Parse("""
            Bokslut

            Kommunen redovisar ett resultat på 2,4 procent av skatteintäkterna för året som gick, vilket är bättre än väntat.
            """);
        Assert.Empty(outcome.Goals);
    }

    [Fact]
    public void A_goal_line_that_opens_with_a_lead_clause_gives_what_follows_med_malet()
    {
        var doc = Parse("""
            Kommunens övergripande mål

              Mål 1

              Vi bygger bostäder för alla åldrar med målet: Kommunen har ett varierat utbud av bostäder

              Mål 2

              Vi satsar på skolan med målet: Eleverna i kommunen når kunskapsmålen
            """);
        Assert.Equal(
            ["Kommunen har ett varierat utbud av bostäder", "Eleverna i kommunen når kunskapsmålen"],
            doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Areas_listed_with_goals_set_under_each_of_them_elsewhere_are_not_the_goals()
    {
        var doc = Parse("""
            Styrning

            Fullmäktige har fastställt fyra målområden för kommunens arbete:

              • Boende och miljö
              • Lärande
              • Omsorg
              • Näringsliv

            Under varje målområde har fullmäktige fastställt två övergripande mål, åtta i allt. Nämnderna bryter ner målen till egna mål.
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void A_vision_heading_and_a_starting_points_heading_under_an_introduction_of_vision_and_goals_are_not_goal_names()
    {
        var doc = Parse("""
            Vision och mål

            Fullmäktige har antagit följande vision och övergripande mål för mandatperioden:

            Vision för kommunkoncernen

            Vi växer tillsammans. År 2035 är kommunen en plats där fler vill bo och verka.

            Utgångspunkter

            Målen bygger på en analys av befolkningens behov och på kommunens ekonomi.

            Kommunfullmäktiges mål

              • Alla elever ska lämna grundskolan med godkända betyg.
              • Företagen ska uppleva god service från kommunen.
              • Kommunen ska minska sina utsläpp av växthusgaser varje år.
            """);
        Assert.Equal(
            ["Alla elever ska lämna grundskolan med godkända betyg.", "Företagen ska uppleva god service från kommunen.", "Kommunen ska minska sina utsläpp av växthusgaser varje år."],
            doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Goals_counted_and_named_after_a_colon_in_a_news_sentence_are_found_beside_a_surplus_goal()
    {
        var doc = Parse("""
            Nytt från fullmäktige

            Kommunen nådde sitt överskottsmål på två procent i fjol.

            I går antog fullmäktige den nya planen för staden. Där ingår fyra målbilder: En levande stadskärna, trygga bostadsområden, rent vatten och en grön stad. Planen gäller till 2040.
            """);
        Assert.Equal(
            ["överskottsmål på två procent", "En levande stadskärna", "trygga bostadsområden", "rent vatten", "en grön stad"],
            doc.Goals.Select(g => g.Statement));
        Assert.Equal([GoalKind.Financial, GoalKind.Operational, GoalKind.Operational, GoalKind.Operational, GoalKind.Operational], doc.Goals.Select(g => g.Kind));
    }

    [Fact]
    public void Goals_given_by_their_quoted_names_after_the_goal_noun_are_found()
    {
        var doc = Parse("""
            Delårsrapporten godkänd

            Efter åtta månader visar kommunen ett överskott. Visionen gäller till 2040, och till den hör tre visionsmål. Visionsmålen är ”Trygg uppväxt för alla barn”, ”Ett starkt lokalt näringsliv” och ”Hållbart i alla led”.

            Rapporten går nu vidare till fullmäktige.
            """);
        Assert.Equal(["Trygg uppväxt för alla barn", "Ett starkt lokalt näringsliv", "Hållbart i alla led"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Goals_named_in_a_sentence_and_presented_further_on_as_name_and_statement_take_the_statement()
    {
        var doc = Parse("""
            Fullmäktige har antagit en ny plan

            Planen gäller i fyra år. Kommunens tre mål är Goda skolor, Växande företag och Rent vatten. De ersätter de tidigare målen.

            Här presenteras målen kort.

            Goda skolor – Alla elever ska lämna skolan med fullständiga betyg.

            Växande företag – Kommunen ska ge företagen snabb och god service.
            """);
        Assert.Equal(["Alla elever ska lämna skolan med fullständiga betyg.", "Kommunen ska ge företagen snabb och god service.", "Rent vatten"], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Goda skolor", "Växande företag", null], doc.Goals.Select(g => g.ShortName));
    }
}
