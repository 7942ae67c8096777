using MalAnalys.Documents;
using MalAnalys.Reading;
using MalAnalys.Structure;
using static MalAnalys.Tests.Structure.OwnText;

namespace MalAnalys.Tests.Structure;

/// <summary>Layouts the seeds do not show.</summary>
public class OtherLayoutTests
{
    [Fact]
    public void Area_labels_with_their_names_and_no_goals_under_them_give_no_goals()
    {
        var doc = Parse("""
            Kommunfullmäktiges målområden

            Målen för varje område finns i budgetdokumentet.

            Målområde 1: Förbättrad verksamhet

            Målområde 2: God ekonomisk hushållning

            Målområde 3: Ett attraktivt samhälle
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void Mal_N_colon_goals_take_number_short_name_and_statement()
    {
        var doc = Parse("""
            Mål för Exempelby kommun 2025–2027

            Kommunfullmäktige har antagit tre mål för perioden.

            Mål 1: Trygg uppväxt
            Alla barn i Exempelby ska växa upp i trygghet.

            Barn och unga ska ha en trygg skolmiljö och tillgång till en meningsfull fritid.

            Mål 2: Hållbart samhälle

            Exempelby kommun ska minska sina utsläpp av växthusgaser med hälften till 2030.

            Kollektivtrafiken ska byggas ut och kommunens fordon ska vara fossilfria.

            Mål 3: Ekonomi i balans
            Exempelby kommun ska ha en ekonomi i balans.
            """);
        Assert.Equal(LayoutFamily.Numbered, doc.Layout);
        Assert.Equal(["1", "2", "3"], doc.Goals.Select(g => g.Number));
        Assert.Equal(["Trygg uppväxt", "Hållbart samhälle", "Ekonomi i balans"], doc.Goals.Select(g => g.ShortName));
        Assert.Equal("Alla barn i Exempelby ska växa upp i trygghet.", doc.Goals[0].Statement);
        Assert.Equal("Exempelby kommun ska minska sina utsläpp av växthusgaser med hälften till 2030.", doc.Goals[1].Statement);
        Assert.Equal(["Kollektivtrafiken ska byggas ut och kommunens fordon ska vara fossilfria."], doc.Goals[1].Body);
        // Exempelby is not one of Sweden's councils: the parser names only councils its gazetteer knows, never a guess.
        Assert.Null(doc.Municipality);
        Assert.Equal(new Period(PeriodKind.Years, 2025, 2027, "2025–2027"), doc.Period);
        Assert.Equal(["MA2004"], doc.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_plain_bullet_list_under_a_goal_label_gives_goals_without_areas()
    {
        var doc = Parse("""
            Kommunfullmäktiges mål 2025

            Kommunens mål

            • Alla invånare i Småby kommun ska ha tillgång till god service.
            • Småby kommun ska ha en ekonomi i balans.
            - Utsläppen av växthusgaser ska minska varje år.
            """);
        Assert.Equal(LayoutFamily.GoalList, doc.Layout);
        Assert.Equal(3, doc.Goals.Count);
        Assert.Empty(doc.Areas);
        Assert.All(doc.Goals, g => Assert.Null(g.Area));
        Assert.Equal("Utsläppen av växthusgaser ska minska varje år.", doc.Goals[2].Statement);
    }

    [Fact]
    public void A_bullet_list_that_is_not_about_goals_is_not_taken_for_goals()
    {
        var doc = Parse("""
            Inbjudan till dialogmöte

            Vi bjuder in till möte om den nya översiktsplanen.

            Ta med
            • penna och papper
            • frågor till politikerna
            """);
        Assert.Empty(doc.Goals);
        Assert.Equal(LayoutFamily.None, doc.Layout);
        var warning = Assert.Single(doc.Diagnostics, d => d.Code == "MA2001" && d.Severity == DiagnosticSeverity.Warning);
        // It says what came nearest: the list, and why it was passed over.
        Assert.Contains("Nearest: a list at 'penna och papper'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("no heading or sentence before it names the council's goals", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_goals_gives_an_empty_list_and_a_diagnostic()
    {
        var doc = Parse("""
            Protokoll från kommunstyrelsen

            Sammanträdet öppnades klockan 13.00. Ordföranden hälsade alla välkomna och konstaterade att kallelse skett i behörig ordning.

            Dagordningen godkändes utan ändringar.
            """);
        Assert.Empty(doc.Goals);
        Assert.Empty(doc.Areas);
        Assert.Equal(LayoutFamily.None, doc.Layout);
        var warning = Assert.Single(doc.Diagnostics, d => d.Code == "MA2001");
        Assert.Contains("No heading or sentence in the text names such goals", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_goal_heading_with_nothing_under_it_is_named_as_the_nearest_miss()
    {
        var doc = Parse("""
            Kommunfullmäktiges övergripande mål

            Målen beslutas i samband med budgeten i juni och publiceras här när de är antagna.
            """);
        Assert.Empty(doc.Goals);
        var warning = Assert.Single(doc.Diagnostics, d => d.Code == "MA2001");
        Assert.Contains("the heading 'Kommunfullmäktiges övergripande mål' names goals, but no list", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbered_goals_with_short_names_in_parentheses_from_an_overview()
    {
        var doc = Parse("""
            Övergripande mål 2025

            Två av målen gäller hela organisationen:

            Region Norrby är en attraktiv arbetsgivare med engagerade medarbetare (Arbetsgivare)

            Region Norrby har en ekonomi i balans över tid (Ekonomi)

            2.1 Region Norrby är en attraktiv arbetsgivare med engagerade
            medarbetare

            Regionen ska erbjuda goda villkor och möjligheter till utveckling.

            2.2 Region Norrby har en ekonomi i balans över tid

            Region Norrby har en ekonomi
            i balans över tid

            Intäkterna ska täcka kostnaderna och investeringar ska planeras långsiktigt.
            """);
        Assert.Equal(LayoutFamily.Numbered, doc.Layout);
        // Region Norrby is invented, so it is not in the gazetteer: no name rather than a wrong one.
        Assert.Null(doc.Municipality);
        Assert.Equal(["Arbetsgivare", "Ekonomi"], doc.Goals.Select(g => g.ShortName));
        Assert.Equal(["Intäkterna ska täcka kostnaderna och investeringar ska planeras långsiktigt."], doc.Goals[1].Body);
        Assert.Single(doc.Areas);
        Assert.Equal("Två av målen gäller hela organisationen", doc.Areas[0].Name);
    }

    [Fact]
    public void A_stated_goal_count_that_disagrees_is_reported()
    {
        var doc = Parse("""
            Kommunens mål

            Fullmäktige har beslutat om följande fyra övergripande mål:

            • Alla barn ska klara skolan.
            • Alla invånare ska känna sig trygga.
            """);
        Assert.Equal(2, doc.Goals.Count);
        Assert.Contains(doc.Diagnostics, d => d.Code == "MA2003" && d.Message.Contains("4 goals", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000\u0001")]
    [InlineData("1.1")]
    [InlineData("1.1 \n1.2 \n• \n•")]
    [InlineData("Mål 1:")]
    [InlineData("(")]
    [InlineData("Tre av dessa:\n\nX (Y)")]
    public void Odd_input_never_throws(string body)
    {
        var text = new TextDocumentReader().ReadString("Rubrik\n\n" + body);
        var doc = GoalDocumentParser.Default.Parse(text);
        Assert.NotNull(doc.Goals);
    }
    [Fact]
    public void Short_lines_after_an_introduction_ending_in_a_colon_are_a_list_whose_markers_were_lost()
    {
        var doc = Parse("""
            Vision och mål

            Strategiska mål

            Kommunfullmäktige har beslutat om tre strategiska mål för mandatperioden.
            Dessa är:
            Växande Exempelby
            Trygga Exempelby
            Gröna Exempelby
            Målen gäller för alla nämnder och bolag, som ska bidra till att de uppfylls under perioden.
            """);
        Assert.Equal(["Växande Exempelby", "Trygga Exempelby", "Gröna Exempelby"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_capitalised_line_after_a_short_bullet_item_is_new_text_not_the_item_running_on()
    {
        var doc = Parse("""
            Kommunens strategiska mål

            Kommunen har fyra strategiska mål för all verksamhet under perioden

            • Ökad nytta för alla invånare
            • En kommun som är attraktiv att bo i
            • Ett starkt lokalt näringsliv
            Utifrån de strategiska målen fastställer nämnderna sina egna verksamhetsmål med indikatorer för mandatperioden.
            """);
        Assert.Equal("Ett starkt lokalt näringsliv", doc.Goals[^1].Statement);
        Assert.Equal(3, doc.Goals.Count);
    }

    [Fact]
    public void Financial_goals_under_aspect_headings_are_each_a_goal_with_their_milestones_and_the_aspect_as_area()
    {
        var doc = Parse("""
            Finansiella mål

            Budgeten ska innehålla finansiella mål för god ekonomisk hushållning. Målen ordnas efter tre aspekter.

            Resultat

            Aspekten handlar om balansen mellan intäkter och kostnader under året.

            Årets resultat ska uppgå till minst två procent av skatteintäkter och statsbidrag.

            Kapacitet

            Aspekten handlar om förmågan att möta svårigheter på lång sikt.

            Soliditeten inklusive pensionsåtaganden ska öka över tid och

              • år 2026 nå 10 procent
              • år 2030 nå 20 procent.

            Kontroll

            Aspekten handlar om hur väl kommunen styr sin ekonomi.

            Prognosen ska vara säker, med högst en procents avvikelse.

            Nämnderna ska hålla sina budgetramar.
            """);
        Assert.Equal(4, doc.Goals.Count);
        Assert.All(doc.Goals, g => Assert.Equal(GoalKind.Financial, g.Kind));
        Assert.Equal("Soliditeten inklusive pensionsåtaganden ska öka över tid och år 2026 nå 10 procent år 2030 nå 20 procent.", doc.Goals[1].Statement);
        Assert.Equal(["Resultat", "Kapacitet", "Kontroll", "Kontroll"], doc.Goals.Select(g => g.Area));
        // The milestones are the goal's targets, year by year.
        Assert.Equal([(2026, "nå 10 procent"), (2030, "nå 20 procent")], doc.Goals[1].Indicators.Select(i => (i.Year!.Value, i.Target!)));
        Assert.Empty(doc.Goals[0].Indicators);
    }

    [Fact]
    public void A_goal_sentence_between_the_announcement_and_the_list_is_the_first_goal()
    {
        var doc = Parse("""
            Mål

            Kommunfullmäktige har antagit inriktningsmål som gäller för all kommunal verksamhet:

            Verksamheten ska ge invånarna god service inom ramen för en sund ekonomi.

             • Kommunen är en attraktiv plats att bo och verka i.
             • Kommunen är trygg för alla som bor här.
             • Kommunen sätter barnen först.

            Målen följs upp i årsredovisningen.
            """);
        Assert.Equal(4, doc.Goals.Count);
        Assert.Equal("Verksamheten ska ge invånarna god service inom ramen för en sund ekonomi.", doc.Goals[0].Statement);
        Assert.Equal("Kommunen sätter barnen först.", doc.Goals[3].Statement);
    }

    [Fact]
    public void One_goal_sentence_alone_under_a_goal_label_is_a_goal_beside_the_lists_below()
    {
        var doc = Parse("""
            Vision och mål

            Övergripande mål

            Byn kommun är en trygg och attraktiv kommun med 9 000 invånare 2035!

            Mål

            Hållbarhet

             1. Kommunen ska använda sina resurser ansvarsfullt.
             2. Kommunen ska vara en klimatvänlig kommun.

            Attraktivitet

             1. Kommunen ska vara öppen och kommunikativ.
             2. Kommunen ska vara en bra arbetsgivare.
            """);
        Assert.Equal(5, doc.Goals.Count);
        Assert.Equal("Byn kommun är en trygg och attraktiv kommun med 9 000 invånare 2035!", doc.Goals[0].Statement);
        Assert.Null(doc.Goals[0].Area);
        Assert.Equal("Attraktivitet", doc.Goals[4].Area);
    }

    [Fact]
    public void A_sentence_about_the_goals_alone_under_a_goal_label_is_not_a_goal()
    {
        var doc = Parse("""
            Övergripande mål

            Kommunfullmäktige följer upp målen varje år i årsredovisningen.

            Mål

             1. Kommunen ska använda sina resurser ansvarsfullt.
             2. Kommunen ska vara en klimatvänlig kommun.
            """);
        Assert.Equal(["Kommunen ska använda sina resurser ansvarsfullt.", "Kommunen ska vara en klimatvänlig kommun."], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Financial_targets_side_by_side_in_one_paragraph_are_separate_goals()
    {
        var text = """
            Finansiella mål

            Budgeten ska innehålla finansiella mål för god ekonomisk hushållning. Målen ordnas efter två aspekter.

            Resultat

            Årets resultat ska vara positivt. För att klara investeringarna ska resultatet uppgå till minst 2 procent av skatteintäkterna.

            Kontroll

            Aspekten handlar om hur väl kommunen styr sin ekonomi.

            Budgetavvikelsen i driften ska vara liten, högst 0,5 procent. Budgetavvikelsen i investeringarna ska vara liten, högst 5 procent.
            """;
        var doc = Parse(text);
        Assert.Equal(3, doc.Goals.Count);
        // A goal explained by a second sentence stays one goal; two targets with their own figures are two.
        Assert.StartsWith("Årets resultat ska vara positivt. För att klara", doc.Goals[0].Statement, StringComparison.Ordinal);
        Assert.Equal(["Budgetavvikelsen i driften ska vara liten, högst 0,5 procent.", "Budgetavvikelsen i investeringarna ska vara liten, högst 5 procent."], doc.Goals.Skip(1).Select(g => g.Statement));
        Assert.Equal(["Kontroll", "Kontroll"], doc.Goals.Skip(1).Select(g => g.Area));
        Assert.All(doc.Goals.Skip(1), g => Assert.StartsWith(g.Statement, text[g.Span.Start..], StringComparison.Ordinal));
        Assert.Equal(doc.Goals[1].Statement, text.Substring(doc.Goals[1].Span.Start, doc.Goals[1].Span.Length));
    }

    [Fact]
    public void An_area_heading_glued_to_the_goal_label_below_it_is_split_and_names_the_area()
    {
        var doc = Parse("""
            Kommunens övergripande mål

            Kommunfullmäktige har antagit nya övergripande mål för mandatperioden.

            God och hållbar tillväxtÖvergripande mål
            • Exempelby har ett gott företagsklimat som ger fler jobb
            Trygga livsmiljöer
            Övergripande mål
            • Exempelby är en trygg plats att bo och verka i
            • Alla invånare har tillgång till natur och fritid nära hemmet
            """);
        Assert.Equal(3, doc.Goals.Count);
        Assert.Equal(["God och hållbar tillväxt", "Trygga livsmiljöer", "Trygga livsmiljöer"], doc.Goals.Select(g => g.Area));
        Assert.Equal(LayoutFamily.AreaBullets, doc.Layout);
    }

    [Fact]
    public void An_indented_goal_tree_gives_the_council_goals_at_its_first_level_and_not_the_committee_goals_below()
    {
        // The reader takes the indentation off each line; the parser still sees it.
        var doc = Parse("""
             • Övergripande mål
             • Nämndsmål
             • Övergripande mål 2025
              • Kommunen ska vara en trygg plats att växa upp och åldras på
               • Fritidsgårdarna har öppet alla kvällar i veckan
                Målvärde
               • Nämnden erbjuder lovaktiviteter för alla åldrar
                Målvärde
              • Kommunen ska ha en ekonomi i balans
               • Nämnden håller sin budgetram
                Målvärde
            """);
        Assert.Equal(["Kommunen ska vara en trygg plats att växa upp och åldras på", "Kommunen ska ha en ekonomi i balans"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Under_a_heading_naming_two_levels_of_goals_the_headings_are_the_council_goals_and_their_lists_the_lower_level()
    {
        var doc = Parse("""
            Kommunfullmäktiges strategiska mål och resultatmål

            Trygg uppväxt
             • Fler barn går i förskola
             • Skolresultaten ska förbättras

            Ett växande näringsliv
             • Antalet nya företag ska öka
            """);
        Assert.Equal(["Trygg uppväxt", "Ett växande näringsliv"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_list_announced_as_one_committees_goals_is_not_taken_for_the_councils()
    {
        var doc = Parse("""
            Mål 2026

            Målen för kultur- och fritidsnämnden ska under år 2026 vara:
            Attraktivitet
              • Erbjuda ett bibliotek med långa öppettider.
              • Alla ungdomar ska ha en mötesplats nära hemmet.
            Kvalitet
              • Föreningsbidragen ska betalas ut i tid.
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void A_quotation_opened_by_a_dash_in_a_news_text_is_not_a_list_item()
    {
        var doc = Parse("""
            Nya mål för kommunen

            Kommunfullmäktige antog i går tre mål för mandatperioden. Målen för mandatperioden är:

              • Utbildning med hög kvalitet
              • En trygg och hållbar kommun
              • Ett starkt näringsliv

            – Vi vill att målen ska märkas i vardagen, säger kommunstyrelsens ordförande.

            – Nu börjar arbetet i nämnderna. Där ska målen bli konkreta.
            """);
        Assert.Equal(["Utbildning med hög kvalitet", "En trygg och hållbar kommun", "Ett starkt näringsliv"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_goal_label_over_a_text_about_the_goals_is_a_heading_not_a_goal()
    {
        var doc = Parse("""
            Inriktningsmål

            Inriktningsmålen är kommunens övergripande mål och utgår från tre av de globala målen.

              1. Mål 3: God hälsa – Alla invånare ska ha goda förutsättningar för en god hälsa.
              2. Mål 4: God utbildning – Alla barn ska få en likvärdig utbildning av hög kvalitet.
            """);
        Assert.Equal(["3", "4"], doc.Goals.Select(g => g.Number));
    }

    [Fact]
    public void Indicators_and_target_values_under_a_council_goal_are_its_own_and_a_committee_goals_are_not()
    {
        var doc = Parse("""
            Målträd 2026

            Kommunfullmäktiges mål
            Alla invånare i Exempelby känner sig trygga i sitt bostadsområde
            Ansvarig: Kommunstyrelsen
            Indikator
            Andel invånare som känner sig trygga, %
            Målvärde 2026: 80 %
            Indikator: Antal anmälda brott per 1 000 invånare
            Målvärde:
            Nämndens mål
            Tekniska nämnden: Gatorna är väl upplysta
            Indikator
            Andel trasiga gatlampor lagade inom fem dagar, %
            Målvärde: 95 %

            Kommunfullmäktiges mål
            Kommunens verksamheter minskar sin klimatpåverkan
            Indikator
            Koldioxidutsläpp från kommunens fordon, ton
            """);
        Assert.Equal(2, doc.Goals.Count);
        Assert.Equal(
            [("Andel invånare som känner sig trygga, %", "80 %", (int?)2026), ("Antal anmälda brott per 1 000 invånare", null, null)],
            doc.Goals[0].Indicators.Select(i => (i.Text, i.Target, i.Year)));
        Assert.Equal(["Koldioxidutsläpp från kommunens fordon, ton"], doc.Goals[1].Indicators.Select(i => i.Text));
    }

    [Fact]
    public void A_list_after_a_colon_whose_numbers_the_ocr_scrambled_still_gives_its_goals()
    {
        var doc = Parse("""
            Kommunfullmäktiges övergripande mål

            Kommunfullmäktige har också beslutat om övergripande mål för perioden. Dessa mål är
            följande:
            WP AONOUNP
            I Exempelby ska fler människor nå egen försörjning
            En kommun med ett växande näringsliv där fler företag startar och växer
            . En kommun med bra arbetsvillkor
            Uppföljningen sker varje år och redovisas i årsredovisningen.
            """);
        Assert.Equal(
            ["I Exempelby ska fler människor nå egen försörjning", "En kommun med ett växande näringsliv där fler företag startar och växer", "En kommun med bra arbetsvillkor"],
            doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_follow_up_with_results_under_each_goal_heading_gives_the_headings_as_goals()
    {
        var doc = Parse("""
            Måluppfyllelse – strategiska mål 2020–2023

            De strategiska målen visar vad kommunfullmäktige vill uppnå under mandatperioden.

            Fler i arbete

             • Arbetslösheten minskade med två procentenheter under året.
             • Ett nytt näringslivsråd har bildats och träffas varje månad.
             • Femtio nya företag startades i kommunen.

            Trygga bostadsområden

             • Belysningen i tre bostadsområden har förbättrats.
             • Antalet anmälda brott minskade jämfört med föregående år.
            """);
        Assert.Equal(["Fler i arbete", "Trygga bostadsområden"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Area_names_listed_before_the_goals_are_not_goals()
    {
        var doc = Parse("""
            Vision och mål

            Visionen är uppdelad i tre områden

              • Boende
              • Arbete
              • Fritid

            Inriktningsmål

            Boende

              • Det ska finnas bostäder för alla åldrar i kommunen.

            Arbete

              • Fler invånare ska ha ett arbete att gå till.

            Fritid

              • Alla barn ska ha tillgång till en meningsfull fritid.
            """);
        Assert.Equal(
            ["Det ska finnas bostäder för alla åldrar i kommunen.", "Fler invånare ska ha ett arbete att gå till.", "Alla barn ska ha tillgång till en meningsfull fritid."],
            doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Boende", "Arbete", "Fritid"], doc.Goals.Select(g => g.Area));
    }

    [Fact]
    public void Perspectives_described_in_a_list_are_not_goals()
    {
        var doc = Parse("""
            Mål och vision

            Vi delar upp våra mål i tre perspektiv, dessa är:

              • Medborgarperspektivet som beskriver invånarnas behov och hälsa
              • Verksamhetsperspektivet som beskriver hur verksamheten ska leverera sina tjänster
              • Ekonomiperspektivet som säkerställer att resurserna används effektivt
            """);
        Assert.Empty(doc.Goals);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.NoGoals);
    }

    [Fact]
    public void A_goal_label_over_the_goals_name_is_the_goal_and_its_sub_goals_are_not()
    {
        var doc = Parse("""
            Mål 1:
            Tillsammans bygger vi framtiden

            Kommunen arbetar för delaktighet och dialog med invånarna i alla frågor.

            Delmål 1: Invånarna ska kunna påverka beslut som rör dem.

            Delmål 2: Kommunen ska föra en öppen dialog med föreningslivet.
            """);
        var goal = Assert.Single(doc.Goals);
        Assert.Equal("Tillsammans bygger vi framtiden", goal.Statement);
        Assert.Equal("1", goal.Number);
    }

    [Fact]
    public void A_list_run_into_one_line_is_split_into_its_items()
    {
        var doc = Parse("Styrmodellen beskriver hur fullmäktige styr nämnderna. De övergripande målen är: - Fler i arbete - Goda uppväxtvillkor - Hållbar livsmiljö Styrmodellen innebär att nämndmålen ses över varje år.");
        Assert.Equal(["Fler i arbete", "Goda uppväxtvillkor", "Hållbar livsmiljö"], doc.Goals.Select(g => g.Statement));
    }
}

public class ParserRobustnessTests
{
    [Theory]
    [InlineData(" • Minskad m")]
    [InlineData(" • Kommunen ska")]
    public void A_last_goal_cut_to_a_fragment_by_the_end_of_the_text_is_left_out(string fragment)
    {
        var doc = Parse("Kommunfullmäktiges mål\n\n • Ökad samverkan\n • Effektiv organisation\n" + fragment);
        Assert.Equal(["Ökad samverkan", "Effektiv organisation"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void One_heading_over_one_goal_worded_sentence_is_a_goal_only_when_the_heading_speaks_of_a_goal()
    {
        var page = Parse("""
            Om hamnen

            Hamnen ska vara en plats där fiskebåtar och turister ryms sida vid sida.

            Kontakta hamnkontoret för frågor om båtplatser.
            """);
        Assert.Empty(page.Goals);

        var goal = Parse("""
            Målanalys

            Varje skolbarn i Sjöby ska kunna simma vid tio års ålder.

            Under året fick alla fyraklassare två veckors simskola.
            """);
        Assert.Equal(["Varje skolbarn i Sjöby ska kunna simma vid tio års ålder."], goal.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_last_goal_that_ends_the_text_whole_is_kept()
    {
        var doc = Parse("Kommunfullmäktiges mål\n\n • Ökad samverkan\n • Effektiv organisation\n • Trygg kommun");
        Assert.Equal(["Ökad samverkan", "Effektiv organisation", "Trygg kommun"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Goal_area_labels_over_a_description_and_a_bare_goal_heading_over_the_areas_goals()
    {
        var doc = Parse("""
            Kommunens mål 2024–2030

            Kommunen har två utvecklingsmål med delmål kopplade till dem.

            Målområde 1: Vi bygger framtiden tillsammans

            Hit vill vi: Kommunen är en plats där alla får vara med och bestämma

            Vi tror på samarbete. Alla behövs för att utveckla kommunen.

            Mål

              • Vi ger invånarna fler sätt att påverka besluten
              • Tillsammans gör vi skolan bättre för varje elev

            Målområde 2: Hållbart och nära

            Hit vill vi: Kommunen växer utan att naturen tar skada
            """);
        Assert.Equal(["Vi ger invånarna fler sätt att påverka besluten", "Tillsammans gör vi skolan bättre för varje elev"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_goal_label_over_a_paragraph_about_the_goal_and_the_global_goals_it_links_to()
    {
        var doc = Parse("""
            Mål 2: Rent vatten i alla sjöar

            Inriktningsmålet hänger ihop med flera av de globala målen. Arbetet kräver samverkan med lantbruket och industrin.

            De fyra globala målen som kopplar till kommunfullmäktiges mål 2 är:

            Mål 6: Rent vatten och sanitet för alla, mål 12: Hållbar konsumtion och produktion, mål 14: Hav och marina resurser samt mål 15: Ekosystem och biologisk mångfald.
            """);
        var goal = Assert.Single(doc.Goals);
        Assert.Equal(("2", "Rent vatten i alla sjöar"), (goal.Number, goal.Statement));
    }

    [Fact]
    public void A_line_copied_with_new_content_folds_and_counts_the_new_content()
    {
        var line = new TextUnit(UnitKind.Text, 0, 0, null, "Första raden", 0, 12);
        Assert.Equal(("forsta raden", 2, "forsta raden"), (line.Folded, line.Words, line.WholeFolded));

        var joined = line with { Content = "Första raden och den andra", End = 27 };
        Assert.Equal(("forsta raden och den andra", 5, "forsta raden och den andra"), (joined.Folded, joined.Words, joined.WholeFolded));
        var heading = line with { Kind = UnitKind.Heading };
        Assert.Equal(("forsta raden", 2), (heading.Folded, heading.Words));
    }

    [Fact]
    public void Shuffled_and_cut_seed_lines_always_parse()
    {
        var lines = Seeds.Texts.SelectMany(File.ReadAllLines).ToArray();
        var random = new Random(2024);
        var reader = new TextDocumentReader();
        for (var i = 0; i < 300; i++)
        {
            var picked = Enumerable.Range(0, random.Next(1, 120)).Select(_ =>
            {
                var line = lines[random.Next(lines.Length)];
                return random.Next(4) == 0 && line.Length > 2 ? line[..random.Next(line.Length)] : line;
            });
            var text = string.Join(random.Next(2) == 0 ? "\n" : "\n\n", picked);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var doc = GoalDocumentParser.Default.Parse(reader.ReadString(text));
            Assert.All(doc.Goals, g => Assert.False(string.IsNullOrWhiteSpace(g.Statement)));
            Assert.All(doc.Goals, g => Assert.InRange(g.Span.End, 0, text.Length));
            Assert.Equal(Enumerable.Range(1, doc.Goals.Count), doc.Goals.Select(g => g.Ordinal));
        }
    }

    [Fact]
    public void A_long_document_of_continuation_paragraphs_parses()
    {
        // Thousands of paragraphs that each continue the previous sentence: body cleaning must stay linear.
        var body = string.Join("\n\n", Enumerable.Range(0, 20_000).Select(i => $"och fortsatt text nummer {i} utan slut"));
        var text = "Mål 1: Trygg uppväxt\nAlla barn ska vara trygga.\n\n" + body;
        var doc = GoalDocumentParser.Default.Parse(new TextDocumentReader().ReadString(text));
        var goal = Assert.Single(doc.Goals);
        Assert.Single(goal.Body);
        Assert.EndsWith("nummer 19999 utan slut", goal.Body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Goal_paragraphs_under_a_heading_of_general_goals_keep_their_explanations_as_bodies()
    {
        var doc = Parse("""
            Mål för kommunen

            Allmänna mål

            Kommunens service skall hålla hög kvalitet.

            All verksamhet skall utgå från invånarnas behov.

            Detta innebär att verksamheten skall ses ur invånarnas perspektiv.

            God ekonomisk hushållning skall prägla all verksamhet. Detta innebär att nästa generation inte ska betala för vår.

            Medarbetarna skall ha goda villkor.
            """);
        Assert.Equal(
            ["Kommunens service skall hålla hög kvalitet.", "All verksamhet skall utgå från invånarnas behov.", "God ekonomisk hushållning skall prägla all verksamhet.", "Medarbetarna skall ha goda villkor."],
            doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void One_sentence_paragraphs_under_a_goal_heading_are_goals_in_any_tense()
    {
        var doc = Parse("""
            Vår vision

            Kommunen är en plats där människor vill bo och verka, med natur och närhet till allt.

            Kommunfullmäktiges inriktningsmål

            Vi skapar trygga miljöer där alla kan delta i samhällslivet.

            Vi minskar vår klimatpåverkan år för år.

            Vi ger alla barn en skola som rustar dem för livet.

            Så togs visionen fram

            Under ett år samlade kommunen in synpunkter från invånare och företag.
            """);
        Assert.Equal(
            ["Vi skapar trygga miljöer där alla kan delta i samhällslivet.", "Vi minskar vår klimatpåverkan år för år.", "Vi ger alla barn en skola som rustar dem för livet."],
            doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Result_goal_labels_are_numbers_and_a_feedback_widget_after_the_list_is_no_goal()
    {
        var doc = Parse("""
            Resultatmål

            Området har tre resultatmål:

              • Resultatmål 4: En trygg uppväxt
              • Resultatmål 5: En omsorg att lita på
              • Resultatmål 6: Ett rikt föreningsliv
              • Hjälpte informationen på den här sidan dig?
              • Ja   Nej
            """);
        Assert.Equal(["En trygg uppväxt", "En omsorg att lita på", "Ett rikt föreningsliv"], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["4", "5", "6"], doc.Goals.Select(g => g.Number));
    }

    [Fact]
    public void Numbered_rows_under_an_indicator_table_head_are_not_goals()
    {
        var doc = Parse("""
            Ekonomi

            Kommunen behöver en ansvarsfull ekonomisk politik och effektiva lösningar i alla verksamheter.

            INDIKATOR Mål Värde
            1.1 Resultat som andel av skatter och utjämning över en femårsperiod (%) 2 1,8
            1.2 Resultat som andel av skatter och utjämning under året (%) 2 1,1
            1.3 Nettoinvesteringar i förhållande till avskrivningar och årets resultat (mnkr) 120 98
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void Council_goal_lines_under_area_headings_and_lists_under_a_numbered_goal_label()
    {
        var areas = Parse("""
            Flerårsplan

            I planen finns följande områden:

            Kunden i fokus

            Kommunfullmäktiges mål: Invånarna ska uppleva att servicen har hög kvalitet.

            Miljö och klimat

            Kommunfullmäktiges mål: Kommunens klimatpåverkan ska minska varje år.
            """);
        Assert.Equal(["Invånarna ska uppleva att servicen har hög kvalitet.", "Kommunens klimatpåverkan ska minska varje år."], areas.Goals.Select(g => g.Statement));
        Assert.Equal(["Kunden i fokus", "Miljö och klimat"], areas.Goals.Select(g => g.Area));

        var parts = Parse("""
            Mål och budget

            Kommunfullmäktiges mål

            Målen utgår från visionen och anger vad som är prioriterat under mandatperioden.

            Mål 1. Kvalitetsmål

            Kommunens verksamheter ska kännetecknas av god och hållbar kvalitet med invånarna i fokus

            Styrning och ledning

             • Digitala tjänster är norm i kontakten med invånarna

            Invånarperspektiv

             • Invånarna får god service och kan enkelt ta del av information
             • Föreningslivet kan engagera sig i samhällsutvecklingen
            """);
        Assert.Equal("Kommunens verksamheter ska kännetecknas av god och hållbar kvalitet med invånarna i fokus", Assert.Single(parts.Goals).Statement);

        var values = Parse("""
            Vision, kännetecken och övergripande mål hänger samman i den strategiska planen.

            Kännetecken

            Vårt förhållningssätt kännetecknas av:

            - Kvalitet
            - Smidighet
            - Tillgänglighet
            """);
        Assert.Empty(values.Goals);
    }

    [Fact]
    public void A_goal_name_heading_over_a_sentence_that_opens_with_the_verb_in_the_infinitive_is_a_goal()
    {
        var doc = Parse("""
            Ekby kommuns mål

            God hälsa och välbefinnande

            Säkerställa hälsosamma liv och främja välbefinnande för alla i alla åldrar.

            God hälsa är en förutsättning för att människor ska kunna nå sin fulla potential.

            Hållbara städer och samhällen

            Göra städer och bosättningar inkluderande, säkra och hållbara.
            """);
        var goal = Assert.Single(doc.Goals);
        Assert.Equal("God hälsa och välbefinnande", goal.ShortName);
        Assert.Equal("Säkerställa hälsosamma liv och främja välbefinnande för alla i alla åldrar.", goal.Statement);
    }

    [Fact]
    public void The_goals_under_an_area_announced_as_such_are_goals_and_the_areas_are_not()
    {
        var doc = Parse("""
            Vision och övergripande mål

            För att nå visionen har kommunfullmäktige valt tre inriktningar:

             • Nära till allt
             • Barnen i centrum
             • Jobb till alla

            Inom varje inriktning har fullmäktige beslutat övergripande mål för perioden.

            Nära till allt – hållbar livsmiljö

            Kommunen har alltid invånarna i centrum.

            Målen under inriktningen Nära till allt är:

             • I kommunen ska finnas en variation av bostäder
             • Kommunen präglas av ett gott bemötande
            """);
        Assert.Equal(["I kommunen ska finnas en variation av bostäder", "Kommunen präglas av ett gott bemötande"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_vision_title_over_a_sentence_about_the_vision_gives_no_goal()
    {
        var doc = Parse("""
            Kommunfakta

            Kommunens vision

            Visionen för kommunen är följande:

            Ekby – tillsammans i möjligheternas kommun

            Visionen pekar ut den riktning vi vill att kommunen ska utvecklas i.
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void A_goal_kinds_label_over_several_target_sentences_gives_each_target_but_not_a_question_below_it()
    {
        var doc = Parse("""
            Långsiktiga mål för kommunen

            Energimål

            Hälften av all uppvärmning sker med spillvärme år 2032.

            Elanvändningen i kommunens lokaler är 30 % lägre år 2030 än år 2020.

            Skolmål

            Minst 90 procent av eleverna ska ha behörighet till gymnasiet år 2028.

            Varför 90 procent?

            Nivån valdes efter en jämförelse med liknande kommuner.
            """);
        Assert.Equal(
            ["Hälften av all uppvärmning sker med spillvärme år 2032.", "Elanvändningen i kommunens lokaler är 30 % lägre år 2030 än år 2020.", "Minst 90 procent av eleverna ska ha behörighet till gymnasiet år 2028."],
            doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_glossary_that_defines_the_goal_terms_gives_no_goals()
    {
        var doc = Parse("""
            Styrmodellens begrepp

            Vision: Visionen beskriver hur kommunen vill att det ska vara om tjugo år.

            Inriktningsmål: Inriktningsmålen anger vad fullmäktige vill uppnå under mandatperioden.

            Indikator: Indikatorerna visar om utvecklingen går åt rätt håll.
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void Numbered_areas_with_goals_inside_each_are_headings_even_when_the_text_is_cut_after_the_second()
    {
        var doc = Parse("""
            Prioriteringar och mål

            Fullmäktige har valt ut tre områden att prioritera. Inom varje prioriterat område finns övergripande mål.

            1) Lärande och arbete

            Kunskap är grunden för ett gott liv och för företagens kompetensförsörjning.

            Övergripande mål

              • Fler unga fullföljer gymnasiet
              • Fler vuxna går vidare till arbete

            2) Boende och miljö

            Kommunen behöver fler bostäder i alla delar av
            """);
        Assert.Equal(["Fler unga fullföljer gymnasiet", "Fler vuxna går vidare till arbete"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_run_in_list_wrapped_over_the_lines_of_its_paragraph_gives_its_goals_even_after_a_sentence_naming_committee_goals()
    {
        var doc = Parse("""
            1 Styrmodell och mål

            Fullmäktige styr genom att besluta om vision, övergripande mål, nämndmål och nyckeltal. Besluten om de
            övergripande målen gäller hela mandatperioden. De övergripande målen är: - Fler i arbete -
            Goda uppväxtvillkor - Ett gott åldrande - En hållbar livsmiljö Styrmodellen innebär att nämndmålen ses
            över varje år i budgetprocessen.
            """);
        Assert.Equal(["Fler i arbete", "Goda uppväxtvillkor", "Ett gott åldrande", "En hållbar livsmiljö"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_pages_metadata_lines_after_the_goals_are_not_goals()
    {
        var doc = Parse("""
            Övergripande mål

            1.1 Kommunen ska ha fler invånare år 2030 än i dag.

            1.2 Alla barn ska ha en trygg skolgång.

            Innehåll: Anna Andersson Lind
            Senast publicerad: 2017-08-14
            Senast ändrad av: Bo Berg Kommunchef
            Utskriftsvänlig version
            Innehåll: Anna Andersson Lind
            Senast publicerad: 2017-08-14
            Senast ändrad av: Bo Berg Kommunchef
            """);
        Assert.Equal(["Kommunen ska ha fler invånare år 2030 än i dag.", "Alla barn ska ha en trygg skolgång."], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_bullet_wrapped_inside_a_sentence_at_the_margin_left_of_its_marker_goes_on_on_the_next_line()
    {
        var doc = Parse("""
            Kommunfullmäktiges mål

              • Våra skolor bygger lärande för livet, och landets bästa förskola ska finnas i
            Kungsholmen. Alla barn ska känna sig trygga i skolan.
              • Näringslivet ska växa och det ska finnas fler bostäder i hela kommunen.
            """);
        Assert.Equal(
            ["Våra skolor bygger lärande för livet, och landets bästa förskola ska finnas i Kungsholmen. Alla barn ska känna sig trygga i skolan.", "Näringslivet ska växa och det ska finnas fler bostäder i hela kommunen."],
            doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Perspective_lines_whose_goal_is_an_infinitive_give_the_goals_with_their_perspectives_as_areas()
    {
        var doc = Parse("""
            Övergripande mål

            Fullmäktige antog de övergripande målen för perioden. Nämnderna bryter ner dem till egna mål.

            Ekonomi: att ha en ekonomi i balans över tid
            Invånare: att vara en kommun där det är gott att leva
            Medarbetare: att vara en arbetsgivare som människor söker sig till
            """);
        Assert.Equal(
            ["att ha en ekonomi i balans över tid", "att vara en kommun där det är gott att leva", "att vara en arbetsgivare som människor söker sig till"],
            doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Ekonomi", "Invånare", "Medarbetare"], doc.Goals.Select(g => g.Area));
    }

    [Fact]
    public void As_many_goal_names_as_the_introduction_counts_each_over_several_describing_paragraphs_are_the_goals()
    {
        var doc = Parse("""
            Kommunfullmäktiges mål

            Kommunen har tre kommunövergripande mål som fullmäktige har satt upp. Målen utgår från visionen om hur vi vill ha det år 2035.

            En trygg kommun att leva och bo i

            I kommunen finns bostäder för alla skeden i livet.

            Det finns trygga miljöer i alla stadsdelar.

            I Norrby växer vi genom hela livet

            Barn och unga utvecklar sin fulla förmåga.

            Vuxna kan lära nytt under hela arbetslivet.

            Ett öppet och medskapande samhälle

            Invånarna är med och formar kommunens service.
            """);
        Assert.Equal(["En trygg kommun att leva och bo i", "I Norrby växer vi genom hela livet", "Ett öppet och medskapande samhälle"], doc.Goals.Select(g => g.Statement));
    }
}
