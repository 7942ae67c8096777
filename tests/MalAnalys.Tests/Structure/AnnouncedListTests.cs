using MalAnalys.Documents;
using static MalAnalys.Tests.Structure.OwnText;

namespace MalAnalys.Tests.Structure;

/// <summary>Lists whose introduction says what they are (areas, kinds, sub-goals), and goals stated in running text.</summary>
public class AnnouncedListTests
{
    [Fact]
    public void A_further_kind_of_goal_announced_by_its_compound_name_goes_on_with_the_goal_section()
    {
        var doc = Parse("""
            Regionens mål

            Effektmål
            Effektmålen är de övergripande målen och utgår från invånarnas behov:
              • Goda levnadsvillkor
              • Hög tillgänglighet

            Ramvillkor
            Gränserna för hur arbetet bedrivs sätts av de så kallade ramvillkorsmålen:
              • Ekonomi i balans
              • Friska medarbetare
            """);
        Assert.Equal(["Goda levnadsvillkor", "Hög tillgänglighet", "Ekonomi i balans", "Friska medarbetare"], doc.Goals.Select(g => g.Statement));
        Assert.Equal(GoalKind.Financial, doc.Goals[2].Kind);
    }

    [Fact]
    public void A_list_announced_only_by_the_global_goals_of_the_United_Nations_is_no_list_of_council_goals()
    {
        var doc = Parse("""
            Hållbar utveckling

            Kommunen arbetar med Agenda 2030. Arbetet utgår från de 17 globala målen, bland dem:

              • Ingen fattigdom
              • Ingen hunger
              • God hälsa och välbefinnande
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void The_vision_set_as_a_heading_under_its_title_is_no_headed_goal()
    {
        var doc = Parse("""
            Vision och verksamhetsmål

            Vår vision

            I Sjöby växer alla upp med havet som granne

            Varje förvaltning ska visa i sin plan hur den bidrar till bilden av kommunen år 2040.
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void A_committees_heading_after_the_councils_goals_ends_their_list()
    {
        var doc = Parse("""
            Kommunfullmäktiges mål
             • Fler elever klarar gymnasiebehörighet
             • Färre barn per grupp i förskolan
            Nämndens grunduppdrag och inriktning
             • Nämnden ska driva skolor enligt skollagen.
             • Erbjuda skolskjuts till den som har rätt till det.
            """);
        Assert.Equal(["Fler elever klarar gymnasiebehörighet", "Färre barn per grupp i förskolan"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Items_that_complete_a_sentence_announced_as_the_goals_are_the_goals()
    {
        var doc = Parse("""
            Visionen bryts ner i tre mål:

            Sjöby kommun ska bli en kommun…

              • där hamnen är öppen för alla
              • med bibliotek i varje kommundel
              • som har en buss i timmen till staden
            """);
        Assert.Equal(["där hamnen är öppen för alla", "med bibliotek i varje kommundel", "som har en buss i timmen till staden"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_numbered_area_label_over_goal_bullets_is_their_area_not_a_goal()
    {
        var doc = Parse("""
            Strategiska målområden med prioriterade mål
            Målområde 1 - Trygg uppväxt
              • Varje barn ska ha en vuxen att vända sig till i skolan.
              • Fritidsgårdar ska finnas i alla tätorter.
            Målområde 2 - Arbete åt fler
              • Andelen unga utan arbete ska halveras till 2030.
            """);
        Assert.Equal(
            ["Varje barn ska ha en vuxen att vända sig till i skolan.", "Fritidsgårdar ska finnas i alla tätorter.", "Andelen unga utan arbete ska halveras till 2030."],
            doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Trygg uppväxt", "Trygg uppväxt", "Arbete åt fler"], doc.Goals.Select(g => g.Area));
        Assert.Equal(["Trygg uppväxt", "Arbete åt fler"], doc.Areas.Select(a => a.Name));
    }

    [Fact]
    public void The_executive_boards_section_under_the_councils_goals_lists_no_council_goals()
    {
        var doc = Parse("""
            Kommunfullmäktiges mål
             • Fler invånare ska känna sig säkra i centrum på kvällen.
             • Nya företag ska få besked om bygglov inom fyra veckor.
            Kommunstyrelsens grunduppdrag och inriktning
            Styrelsen håller ihop planering, ekonomi och personalfrågor för hela organisationen.
             • Styrelsen ska hålla budgetprocessen samman.
             • Styrelsen ska ge nämnderna stöd i digitala frågor.
            """);
        Assert.Equal(["Fler invånare ska känna sig säkra i centrum på kvällen.", "Nya företag ska få besked om bygglov inom fyra veckor."], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_single_goal_under_the_next_area_heading_goes_on_with_the_goal_lists()
    {
        var doc = Parse("""
            Förvaltningarna arbetar inom tre målområden: Bostäder, Klimat och Trygghet.

            Bostäder
            Efterfrågan på lägenheter har ökat sedan pendeltåget kom.
             • Tvåhundra nya bostäder byggs varje år
             • Väntetiden för hyresrätt understiger två år
            Klimat
            Utsläppen från transporter är den största posten.
             • Alla kommunens bilar går på el år 2030
            """);
        Assert.Equal(["Tvåhundra nya bostäder byggs varje år", "Väntetiden för hyresrätt understiger två år", "Alla kommunens bilar går på el år 2030"], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Bostäder", "Bostäder", "Klimat"], doc.Goals.Select(g => g.Area));
    }

    [Fact]
    public void A_legend_of_abbreviations_under_a_goal_title_is_not_a_list_of_goals()
    {
        var doc = Parse("""
            Övergripande mål 2026-2029

            I kolumnen för ansvarig anges förkortningar enligt följande:
            KS = kommunstyrelsen
            BoU = barn- och utbildningsnämnden
            Soc = socialnämnden
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void Points_of_a_vision_story_are_not_goals_even_when_the_vision_points_towards_the_goals()
    {
        var doc = Parse("""
            Vision 2040

            Kommunens vision pekar ut riktningen för kommunens mål och verksamheternas arbete.

            Visionsberättelsen består av tre punkter som förklarar visionen:

             1. TRYGGHET
              Kommunen ska vara en trygg plats att leva på.

             2. GEMENSKAP
              Kommunen ska arbeta för att alla känner sig delaktiga.

             3. NATUR
              Kommunen ska vårda naturen.
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void The_executive_committees_own_goals_are_not_the_councils()
    {
        var doc = Parse("""
            Styrning

            Kommunfullmäktiges mål finns i budgeten.

            Kommunstyrelsens mål för perioden 2025-2027:

             1. Invånarna kan påverka den egna kommunen.
             2. Företagen ska få snabba besked.
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void Numbered_perspective_titles_over_bullets_are_the_areas_of_the_bullet_goals()
    {
        var doc = Parse("""
            Kommunfullmäktiges övergripande mål

            1. Invånarperspektiv

             • I kommunen kan alla leva ett tryggt liv.
             • Kommunens service är lätt att nå.

            2. Medarbetarperspektiv

             • Medarbetarna trivs och utvecklas i sitt arbete.

            3. Ekonomiskt perspektiv

             • Kommunen ska varje år ha ett överskott på minst två procent.
            """);
        Assert.Equal(["I kommunen kan alla leva ett tryggt liv.", "Kommunens service är lätt att nå.", "Medarbetarna trivs och utvecklas i sitt arbete.", "Kommunen ska varje år ha ett överskott på minst två procent."], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Invånarperspektiv", "Invånarperspektiv", "Medarbetarperspektiv", "Ekonomiskt perspektiv"], doc.Goals.Select(g => g.Area));
    }

    [Fact]
    public void Numbered_areas_announced_as_målområden_give_the_sentence_under_each_as_its_goal()
    {
        var doc = Parse("""
            Mål för perioden

            Målen visar vägen mot visionen. De tre målområden som kommunfullmäktige beslutat är:

            1. Ett gott liv i hela kommunen

            Alla invånare ska kunna leva ett gott liv, oavsett var de bor.

            Förväntat resultat:

             • Fler bostäder på landsbygden.
             • Bättre kollektivtrafik.

            2. Lärande för livet

            Alla elever ska lämna skolan med godkända betyg.

            Förväntat resultat:

             • Högre behörighet till gymnasiet.

            3. Hållbar tillväxt

            Kommunen ska bli fossilfri till år 2030.
            """);
        Assert.Equal(["Alla invånare ska kunna leva ett gott liv, oavsett var de bor.", "Alla elever ska lämna skolan med godkända betyg.", "Kommunen ska bli fossilfri till år 2030."], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Ett gott liv i hela kommunen", "Lärande för livet", "Hållbar tillväxt"], doc.Goals.Select(g => g.Area));
    }

    [Fact]
    public void Prioritised_areas_announced_for_the_council_give_the_outcome_bullets_under_them()
    {
        var doc = Parse("""
            Kommunen har en strategi för 2025–2035.

            Tre prioriterade områden för alla verksamheter ska leda mot visionen:

            Här är det nära mellan människor

             • fler invånare känner sig delaktiga i kommunens utveckling
             • antalet bostäder i centrum ökar

            Här tar vi ansvar för kommande generationer

             • kommunen har ett positivt ekonomiskt resultat
             • utsläppen av växthusgaser minskar
            """);
        Assert.Equal(["fler invånare känner sig delaktiga i kommunens utveckling", "antalet bostäder i centrum ökar", "kommunen har ett positivt ekonomiskt resultat", "utsläppen av växthusgaser minskar"], doc.Goals.Select(g => g.Statement));
    }

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
    public void The_overarching_goal_stated_as_the_state_it_names_is_found()
    {
        var doc = Parse("""
            Uppföljning av länsstrategin

            Länsstrategin är länets gemensamma plan. Det övergripande målet är ett tryggt län med framtidstro i alla bygder. Nu finns en rapport om läget.

            Det långsiktiga målet är en del av ett större arbete med hållbar utveckling i hela landet.
            """);
        var goal = Assert.Single(doc.Goals);
        Assert.Equal("ett tryggt län med framtidstro i alla bygder.", goal.Statement);
    }

    [Fact]
    public void A_sentence_per_area_that_names_its_area_and_ends_by_naming_the_goal_announces_the_items_below()
    {
        var doc = Parse("""
            Kommunfullmäktiges mål 2025

            Kommunfullmäktige har ordnat sina mål i tre målområden

            För målområde Barn och unga har kommunfullmäktige antagit målet

             • Kommunen ska ha länets bästa förskolor och skolor.

            För målområde Vuxna har kommunfullmäktige antagit målen

             • Kommunen ska vara en attraktiv arbetsgivare.
             • Kommunen ska erbjuda lärande hela livet.

            För målområde Tillväxt har kommunfullmäktige antagit målet

             • Kommunen ska ha 12 000 invånare år 2030.
            """);
        Assert.Equal(4, doc.Goals.Count);
        Assert.Equal(["Barn och unga", "Vuxna", "Vuxna", "Tillväxt"], doc.Goals.Select(g => g.Area));
    }

    [Fact]
    public void Financial_goals_named_with_two_adjectives_and_the_council_are_read_from_running_text()
    {
        var doc = Parse("""
            Ekonomi och budget

            Byns kommun har satt upp två finansiella mål.

            Resultatmål

            Det primära långsiktiga finansiella målet för Byns kommun är att resultatet (överskottet) ska uppgå till 2 procent av skatteintäkterna.

            Soliditetsmål

            Det andra övergripande finansiella målet är att soliditeten ska uppgå till minst 50 procent.
            """);
        Assert.Equal(2, doc.Goals.Count);
        Assert.EndsWith("att resultatet (överskottet) ska uppgå till 2 procent av skatteintäkterna.", doc.Goals[0].Statement, StringComparison.Ordinal);
        Assert.EndsWith("att soliditeten ska uppgå till minst 50 procent.", doc.Goals[1].Statement, StringComparison.Ordinal);
        Assert.All(doc.Goals, g => Assert.Equal(GoalKind.Financial, g.Kind));
    }

    [Fact]
    public void A_financial_goal_named_with_two_adjectives_in_prose_alone_is_read_after_its_att()
    {
        var doc = Parse("""
            Ekonomi och budget

            En god ekonomi är ett villkor för välfärden. Det primära långsiktiga finansiella målet för Byns kommun är att resultatet (överskottet) ska uppgå till 2 procent av skatteintäkterna. Målet ger utrymme för investeringar.
            """);
        var goal = Assert.Single(doc.Goals);
        Assert.Equal("att resultatet (överskottet) ska uppgå till 2 procent av skatteintäkterna.", goal.Statement);
    }

    [Fact]
    public void Headings_that_name_kinds_of_documents_are_not_goal_names()
    {
        var doc = Parse("""
            Politiska inriktningsmål

            Kommunfullmäktige beslutar om inriktningsmål. Kommunstyrelsen omsätter dem i verksamhetsmål.

            Politiska inriktningsmål:

            Översiktsplan och detaljplan

            En översiktsplan visar hur marken i hela kommunen ska användas och bevaras.

            Befolkningsprognos

            Prognosen visar hur många som väntas bo i kommunen de kommande tio åren.
            """);
        Assert.DoesNotContain(doc.Goals, g => g.Statement.Contains("plan", StringComparison.Ordinal) || g.Statement.Contains("prognos", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Bullet_goal_names_with_explanations_indented_under_them_are_the_goals()
    {
        var doc = Parse("""
            Finansiella mål

            Senast uppdaterad den 2 maj 2025

            Två finansiella mål ska uppfyllas för att kommunen ska ha en god ekonomisk hushållning.

             • Positiva ekonomiska resultat
              Fullmäktige har valt att resultatet ska vara positivt, så att kommunens skulder inte växer och handlingsutrymmet består på lång sikt.
              Kommunens resultat har de senaste fyra åren i genomsnitt legat på tre procent av skatter och utjämning.
             • Investeringar med egna medel
              Självfinansieringsgraden visar hur stor del av investeringarna som betalas med årets resultat före avskrivningar.
            """);
        Assert.Equal(["Positiva ekonomiska resultat", "Investeringar med egna medel"], doc.Goals.Select(g => g.Statement));
        Assert.All(doc.Goals, g => Assert.Equal(GoalKind.Financial, g.Kind));
    }

    [Fact]
    public void A_goal_repeated_and_cut_off_where_the_text_ends_is_one_goal()
    {
        var doc = Parse("""
            Uppdrag och mål

            Mål: I kommunen ska barn och unga få en bra start i livet

            Läs mer om hur målet följs upp

            Mål: I kommunen ska barn och unga få en bra start i livet

            Mål: I kommunen ska det vara lätt att starta och driva företag för att skapa arbetstillfällen

            Läs mer om hur målet följs upp

            Mål: I kommunen ska det vara lätt att starta och driva företag för att
            """);
        Assert.Equal(["I kommunen ska barn och unga få en bra start i livet", "I kommunen ska det vara lätt att starta och driva företag för att skapa arbetstillfällen"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Area_headings_over_a_paragraph_and_a_repeated_goal_label_with_a_list_are_areas_not_goals()
    {
        var doc = Parse("""
            Verksamhetsmål

            Fokus på dem vi är till för

            Kommunen ska ha ett gemensamt förhållningssätt till dem som använder dess tjänster.

            Mål för 2025

             • Andelen behöriga elever till gymnasiet ska öka.
             • Väntetiden till särskilt boende ska minska.

            Hållbar tillväxt

            Kommunen ska växa på ett sätt som håller över tid.

            Mål för 2025

             • Befolkningen ska öka med minst en procent per år.
             • Fler företag ska starta i kommunen.
            """);
        Assert.Equal(4, doc.Goals.Count);
        Assert.Equal(["Fokus på dem vi är till för", "Fokus på dem vi är till för", "Hållbar tillväxt", "Hållbar tillväxt"], doc.Goals.Select(g => g.Area));
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

    [Fact]
    public void The_points_of_a_decision_are_not_goals()
    {
        var doc = Parse("""
            Ärenden till regionfullmäktige

            De tre övergripande målen är:

             • God hälsa och välbefinnande
             • Jämlikhet och lika rättigheter
             • Tillit, trygghet och delaktighet

            Målen för social hållbarhet utgår från de globala målen.

            Regionstyrelsen föreslår regionfullmäktige att besluta följande:

             1. Regionfullmäktige godkänner målen för social hållbarhet 2030.
             2. Regionfullmäktige bemyndigar regionstyrelsen att besluta om ändringar i delmålen.
            """);
        Assert.Equal(["God hälsa och välbefinnande", "Jämlikhet och lika rättigheter", "Tillit, trygghet och delaktighet"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_vision_heading_and_a_list_after_the_goals_that_announces_something_else_are_not_goals()
    {
        var doc = Parse("""
            Kommunens mål

            Vision

            Kommunen har som vision att Exempelstad ska ha 200 000 invånare år 2050.

            Invånare

              • Demokratin är levande och alla invånare är delaktiga.

            Ekonomi

              • Ekonomin är långsiktigt hållbar för kommande generationer.

            Vad händer nu?

            Därefter upprättar:

              1. Nämnderna sina verksamhetsplaner med uppdrag och budget.
              2. Kontoren sina planer för det kommande året.
            """);
        Assert.Equal(["Demokratin är levande och alla invånare är delaktiga.", "Ekonomin är långsiktigt hållbar för kommande generationer."], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Invånare", "Ekonomi"], doc.Areas.Select(a => a.Name));
    }

    [Fact]
    public void One_heading_over_another_is_no_goal_but_area_headings_over_goal_lines_are()
    {
        var lone = Parse("""
            Nya övergripande mål för mandatperioden

            Målprocessen – steg för steg

            Inramning och utgångspunkt

            Ett utvecklingsprogram ger en tydligare bild av vad de övergripande målen innebär för verksamheterna och för invånarna i kommunen.
            """);
        Assert.Empty(lone.Goals);

        var pattern = Parse("""
            Regionövergripande mål

            Kollektivtrafik

            Goda kommunikationer i hela länet

            Regionen ansvarar för busstrafiken i länet.

            Kultur

            Tillgängligt kulturutbud i hela länet

            Regionen stödjer teatrar och museer.

            Tandvård

            God och tillgänglig tandvård för alla
            """);
        Assert.Equal(["Goda kommunikationer i hela länet", "Tillgängligt kulturutbud i hela länet", "God och tillgänglig tandvård för alla"], pattern.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_goal_heading_after_a_line_ending_in_a_colon_is_not_an_item()
    {
        var doc = Parse("""
            Gällande budget

            Det är den styrande majoritetens budgetförslag som gäller nu:

            Ladda ner kommunens mål och budget 2024–2028

            Tre mål

            I budgeten finns tre långsiktiga mål. Här är en sammanfattning av målen:

            1. Kommunen ska vara en hållbart växande kommun med en livskraftig arbetsmarknad.

            Att kommunen växer innebär stora möjligheter för alla som bor här.
            """);
        var goal = Assert.Single(doc.Goals);
        Assert.Equal("Kommunen ska vara en hållbart växande kommun med en livskraftig arbetsmarknad.", goal.Statement);
    }

    [Fact]
    public void Goal_names_announced_by_a_sentence_head_their_descriptions()
    {
        var doc = Parse("""
            Våra övergripande mål

            Våra tre övergripande mål utgår från vår grundläggande värdering och finns för att vi ska nå visionen.

            Våra övergripande mål är:

            Maximalt värde för skattepengarna

            Kommunen erbjuder hög kvalitet och effektiv service till alla invånare. Rätt saker görs i rätt tid.

            Invånarna medverkar till att få maximalt värde för skattepengarna.

            Attraktiva livsmiljöer i hela kommunen

            Kommunen är en välkomnande och nyskapande plats att bo i. Här finns levande mötesplatser.

            Stark och balanserad tillväxt

            Kommunen växer för fler. Tillväxten sker med ekologisk, social och ekonomisk hållbarhet.
            """);
        Assert.Equal(["Maximalt värde för skattepengarna", "Attraktiva livsmiljöer i hela kommunen", "Stark och balanserad tillväxt"], doc.Goals.Select(g => g.Statement));
        Assert.Equal(2, doc.Goals[0].Body.Count);
    }

    [Fact]
    public void A_bare_goal_label_under_each_area_gives_the_goal_below_it()
    {
        var doc = Parse("""
            Målområden med gemensamma resultatmål

            Barn och unga

            Alla barn och unga ska ha rätt till goda och trygga uppväxtvillkor. Vi skapar förutsättningar för en sund livsstil.

            Mål

            Barn och ungas psykiska hälsa ska öka.

            Samhällsplanering

            En väl fungerande samhällsplanering är grunden för att nå framgång inom alla områden.

            Mål

            Det är fler som trivs och vill bo i kommunen.
            """);
        Assert.Equal(["Barn och ungas psykiska hälsa ska öka.", "Det är fler som trivs och vill bo i kommunen."], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Barn och unga", "Samhällsplanering"], doc.Goals.Select(g => g.Area));
    }

    [Fact]
    public void Goal_compound_labels_that_lost_their_ring_are_labels_and_words_ending_in_mal_are_not()
    {
        var doc = Parse("""
            Kommunfullmaktiges antagna finansiella inriktningsmal

            Resultatmal

            Arets resultat ska uppga till 2 procent av skatteintakterna.

            Soliditetsmal

            Soliditeten ska forbattras under perioden.

            Normal

            Verksamheten ska bedrivas som vanligt under sommaren.
            """);
        Assert.Equal(["Arets resultat ska uppga till 2 procent av skatteintakterna.", "Soliditeten ska forbattras under perioden."], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Resultatmal", "Soliditetsmal"], doc.Goals.Select(g => g.ShortName));
    }

    [Fact]
    public void A_goal_label_with_its_period_names_the_goal_over_its_statement()
    {
        var doc = Parse("""
            Vision, riktningar och mål

            Mål 1 år 2020-2023: 30 000 invånare 2030

            Kommunen ska skapa attraktiva boenden med en utbyggd infrastruktur.

            Mål 2 år 2020-2023: Service i toppklass

            I kommunen ska alla verksamheter leverera service på högsta nivå.
            """);
        Assert.Equal(["1", "2"], doc.Goals.Select(g => g.Number));
        Assert.Equal(["30 000 invånare 2030", "Service i toppklass"], doc.Goals.Select(g => g.ShortName));
        Assert.Equal("Kommunen ska skapa attraktiva boenden med en utbyggd infrastruktur.", doc.Goals[0].Statement);
    }

    [Fact]
    public void A_quotation_whose_attribution_wraps_onto_the_next_line_is_not_a_list_item()
    {
        var doc = Parse("""
            Kommunens övergripande mål

            Kommunfullmäktige har beslutat om nya mål. Varje målområde innehåller ett antal mål.

            – Hela organisationen arbetar för måluppfyllelse på alla nivåer i
            kommunen, säger kommunstyrelsens ordförande.

            – Ett gott samarbete mellan våra nämnder och bolag är en
            framgångsfaktor, poängterar hon.
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void A_goal_heading_with_an_adjective_heads_its_statement_without_the_explanation()
    {
        var doc = Parse("""
            Ekonomiskt överskottsmål

            Verksamheterna får inte förbruka mer än 98 procent av skatter och statsbidrag. Att två procent inte används till verksamheten innebär att kommunen får ett överskott.

            Varför ska vi inte förbruka allt?

            Ett överskott ger utrymme för oförutsedda händelser.
            """);
        var goal = Assert.Single(doc.Goals);
        Assert.Equal("Verksamheterna får inte förbruka mer än 98 procent av skatter och statsbidrag.", goal.Statement);
        Assert.Equal("Ekonomiskt överskottsmål", goal.ShortName);
        Assert.Equal(GoalKind.Financial, goal.Kind);
    }

    [Fact]
    public void Goals_whose_lines_ran_together_are_found_before_their_baselines()
    {
        var doc = Parse("""
            Målområden Samtliga målområden följs upp inför varje årsbokslut.

            3 Boende Minst 60 procent av invånarna ska uppleva att kommunen är en attraktiv plats att bo i. Utgångsläge: Index för nöjda invånare är 48 (2013). Antal invånare ska öka. Utgångsläge: 8 012 invånare (2013). Öka andelen som känner sig trygga i kommunen. Utgångsläge: Index för trygghet är 59.
            """);
        Assert.Equal(LayoutFamily.Prose, doc.Layout);
        Assert.Equal(
            ["Boende Minst 60 procent av invånarna ska uppleva att kommunen är en attraktiv plats att bo i.", "Antal invånare ska öka.", "Öka andelen som känner sig trygga i kommunen."],
            doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_goal_label_finds_its_statement_past_a_flattened_tables_header()
    {
        var doc = Parse("""
            Finansiella mål 2024-2027

            Resultatmål

            Procent

            Det genomsnittliga resultatet under planperioden ska lägst uppgå till 2 procent av skatteintäkterna

            Investeringsmål

            Självfinansieringsgraden av investeringar ska minst uppgå till 60 procent.
            """);
        Assert.Equal(
            ["Det genomsnittliga resultatet under planperioden ska lägst uppgå till 2 procent av skatteintäkterna", "Självfinansieringsgraden av investeringar ska minst uppgå till 60 procent."],
            doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_heading_in_the_rhythm_of_headed_goals_is_a_goal_without_a_modal_verb()
    {
        var doc = Parse("""
            Strategiska mål

            Bra folkhälsa

            Regionen ska arbeta hälsofrämjande för att stödja invånarnas hälsa.

            God vård

            Regionens hälso- och sjukvård ska vara jämlik och ges med god tillgänglighet.

            Systemsyn och förnyelse

            Verksamhetsutvecklingen utgår från en gemensam förståelse av hela systemet. Arbetet med att förnya arbetssätt stimuleras.
            """);
        Assert.Equal(["Bra folkhälsa", "God vård", "Systemsyn och förnyelse"], doc.Goals.Select(g => g.ShortName));
        Assert.Equal("Verksamhetsutvecklingen utgår från en gemensam förståelse av hela systemet. Arbetet med att förnya arbetssätt stimuleras.", doc.Goals[2].Statement);
    }

    [Fact]
    public void A_heading_followed_up_by_indicators_is_a_goal_and_a_table_of_key_figures_is_not()
    {
        var doc = Parse("""
            Öka antalet arbetstillfällen och företag i kommunen

            Mått Utfall Målvärde
            Nyföretagande 21 20
            Arbetstillfällen i kommunen 1 763 1 850
            """);
        var goal = Assert.Single(doc.Goals);
        Assert.Equal("Öka antalet arbetstillfällen och företag i kommunen", goal.Statement);

        var figures = Parse("""
            Nyckeltal för kommunens verksamheter

            Mått Utfall Målvärde
            Nyföretagande 21 20
            """);
        Assert.Empty(figures.Goals);
    }

    [Fact]
    public void Results_listed_under_a_paragraph_that_assesses_a_goal_are_not_goals()
    {
        var doc = Parse("""
            Måluppfyllelse – strategiska mål

            Fler i arbete

            Det strategiska målet Fler i arbete bedöms vara delvis uppfyllt. Arbetslösheten har minskat men är fortfarande hög.

             • Arbetslösheten sjönk till 8,2 procent i december.
             • Kommunen startade två nya yrkesutbildningar under året.
             • Fler unga fick sommarjobb än året innan.
            """);
        Assert.DoesNotContain(doc.Goals, g => g.Statement.StartsWith("Arbetslösheten sjönk", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Goals, g => g.Statement.StartsWith("Fler unga", StringComparison.Ordinal));
    }

    [Fact]
    public void A_goal_heading_over_a_table_of_indicators_by_year_is_a_goal()
    {
        var doc = Parse("""
            Kommunen är en trygg och ren plats att leva i


            Indikator 2021 2022 2023
            Anmälda inbrott, antal per 1 000 invånare   12   11   9
            Andel invånare som känner sig trygga, procent   71   -   74
            """);
        Assert.Equal("Kommunen är en trygg och ren plats att leva i", Assert.Single(doc.Goals).Statement);
    }

    [Fact]
    public void The_means_to_a_goal_are_not_goals()
    {
        var doc = Parse("""
            Fullmäktiges mål 2025-2027

            Ekonomi

            Kommunen ska ha god ekonomisk hushållning. Detta åstadkommer vi genom:

             • Det årliga överskottet ska vara minst 2 procent av skatteintäkterna
             • Från 2025 ska vi börja amortera på kommunens lån

            Medborgare

            Kommunen ska vara en attraktiv kommun att leva och bo i.

            Detta ska vi åstadkomma genom att:

             • Ta fram servicegarantier för alla verksamheter
             • Föra en snabb och aktiv dialog med invånarna
            """);
        Assert.Equal(["Kommunen ska ha god ekonomisk hushållning.", "Kommunen ska vara en attraktiv kommun att leva och bo i."], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Ekonomi", "Medborgare"], doc.Goals.Select(g => g.ShortName));
    }

    [Fact]
    public void Headings_are_the_goals_when_the_text_counts_them_and_not_the_bullets_under_them()
    {
        var doc = Parse("""
            Strategiska mål

            Våra tre strategiska mål är långsiktiga och viktiga för regionens arbete.

            Attraktiv arbetsplats

             • Regionen behöver vara en attraktiv och modern arbetsgivare med en tydlig arbetsgivarpolitik.
             • En attraktiv arbetsplats kan rekrytera och behålla kompetenta medarbetare.

            Hög tillgänglighet

             • Regionen ska arbeta för hög tillgänglighet inom alla sina ansvarsområden.
             • Hälso- och sjukvården ska ha korta väntetider.

            God kvalitet med ekonomi i balans

             • Regionen ska bedriva en verksamhet av god kvalitet.
             • Ekonomin ska vara i balans.
            """);
        Assert.Equal(["Attraktiv arbetsplats", "Hög tillgänglighet", "God kvalitet med ekonomi i balans"], doc.Goals.Select(g => g.Statement));
        Assert.Equal(2, doc.Goals[0].Body.Count);
    }

    [Fact]
    public void A_compound_goal_noun_in_running_text_and_a_list_of_issues()
    {
        var doc = Parse("""
            Kommunfullmäktige har beslutat

            Det övergripande verksamhetsmålet för kommunfullmäktige är enligt beslutet att kommunens verksamheter ska bedrivas med trygghet och kvalitet.
            """);
        Assert.Equal("att kommunens verksamheter ska bedrivas med trygghet och kvalitet.", Assert.Single(doc.Goals).Statement);

        var issues = Parse("""
            Politiska målsättningar

            Skola, vård och omsorg prioriteras. Andra angelägna utvecklingsfrågor är:

              • Att samverka med andra kommuner
              • Att söka företagsetableringar utifrån
            """);
        Assert.Empty(issues.Goals);
    }

    [Fact]
    public void A_list_of_measures_under_a_page_on_goals_is_indicators_but_measures_with_a_direction_are_goals()
    {
        var indicators = Parse("""
            Mål

            Fullmäktige fastställer varje år mål för verksamheterna. Målen följs upp med indikatorer. För året gäller samma åtta mål som förra året.

             • Antal nya bostäder i flerbostadshus under året
             • Andel invånare som är nöjda med kollektivtrafiken
             • Andel elever som når behörighet till gymnasiet

             • Kostnad per invånare för äldreomsorg
             • Antal besökare på biblioteken
             • Sjukfrånvaro bland medarbetarna
            """);
        Assert.Empty(indicators.Goals);

        var goals = Parse("""
            Kommunfullmäktiges mål

             • Andelen invånare som är nöjda med kollektivtrafiken ska öka.
             • Antalet nya bostäder ska vara minst 200 om året.
             • Andel elever som når behörighet till gymnasiet ska öka.
            """);
        Assert.Equal(3, goals.Goals.Count);
    }

    [Fact]
    public void A_council_goal_given_with_the_verb_first_in_running_text()
    {
        var doc = Parse("""
            Ny vision och nya mål

            Fullmäktige har antagit nya målområden med tillhörande fullmäktigemål. Under målområdet "Trygg uppväxt" är fullmäktigemålet att alla barn i kommunen ska ha en god start i livet. Under målområdet "Arbete" är fullmäktigemålet att fler invånare ska ha ett arbete att gå till.
            """);
        Assert.Equal(
            ["att alla barn i kommunen ska ha en god start i livet.", "att fler invånare ska ha ett arbete att gå till."],
            doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Committee_goals_in_parentheses_vision_bullets_and_roles_are_not_the_councils_goals()
    {
        var doc = Parse("""
            Nya planer

            Fullmäktige har fastställt kommunmålen, som gäller hela kommunen. Dessa är följande:

             • Kommunen ska ge service av hög kvalitet.
             • Verksamheten ska bedrivas kostnadseffektivt.

            Nedan följer några exempel på mål som nämnderna ska sikta mot:

             • Skolorna ska höra till de bästa i länet (barn- och utbildningsnämnden).
             • Fler ska delta i föreningslivet (kulturnämnden)
             • Företagen ska få snabb service (kommunstyrelsen).
            """);
        Assert.Equal(["Kommunen ska ge service av hög kvalitet.", "Verksamheten ska bedrivas kostnadseffektivt."], doc.Goals.Select(g => g.Statement));

        var vision = Parse("""
            Vision och mål

            Fullmäktige beslutade om en vision och tre strategiska mål för kommunen.

            Vision för kommunen – öarnas rike

             • Här ges människor förutsättningar för ett gott liv.
             • Kommunen har landets bästa skolor.

            Strategiska mål

             • Invånarna upplever stor valfrihet.
             • Kommunen har en liten miljöpåverkan.
             • Kommunen hushållar med skattebetalarnas pengar.
            """);
        Assert.Equal(3, vision.Goals.Count);
        Assert.Equal("Invånarna upplever stor valfrihet.", vision.Goals[0].Statement);

        var roles = Parse("""
            Kommunens mål och vision

            “Den som inte vet vart den ska kan ta vilken väg som helst.”

            För att nå visionen måste alla arbeta mot gemensamma mål – och alla har olika uppgifter:

             • Kommunens ansvar är att skapa förutsättningarna.
             • Politiken målar upp visioner och sätter mål.
             • Tjänstepersonerna ansvarar för hur frågorna ska lösas.

            Kärnvärdena blev värdegrund

            Ur arbetet med visionen kom kärnvärden som ska visa vår identitet.
            """);
        Assert.Empty(roles.Goals);
    }

    [Fact]
    public void Program_titles_each_over_one_bullet_in_the_same_paragraph_are_the_areas_of_the_goals_below_them()
    {
        var doc = Parse("""
            Styrning

            Kommunens styrmodell ska vara enkel att förstå och följa.

            Prioriterade mål inom utvecklingsområdet

            Skolprogram 2020–2024
            • Alla elever ska känna trygghet och arbetsro i skolan

            Program för vård och omsorg
            • En god rehabilitering som ger mer självständiga individer

            Bostadsprogram
            • Fler bostäder ska byggas

            Antagna av kommunfullmäktige 2020-09-07.
            """);
        Assert.Equal(
            ["Alla elever ska känna trygghet och arbetsro i skolan", "En god rehabilitering som ger mer självständiga individer", "Fler bostäder ska byggas"],
            doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Skolprogram 2020–2024", "Program för vård och omsorg", "Bostadsprogram"], doc.Goals.Select(g => g.Area));

        // A line that opens a sentence the items complete is not a title over them.
        var sentence = Parse("""
            Kommunfullmäktiges mål 2020–2023
            – beslutades av kommunfullmäktige 2019-06-24

            Kommunfullmäktiges övergripande mål för mandatperioden

             • Befolkningen ska öka till 10 000 invånare.
             • Utbildningsnivån ska öka.
            """);
        Assert.Equal(["Befolkningen ska öka till 10 000 invånare.", "Utbildningsnivån ska öka."], sentence.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_bare_goal_heading_over_goal_sentences_announces_them_and_over_other_bullets_does_not()
    {
        var doc = Parse("""
            Vision och mål

            Vision

            Kommunen ska vara en levande plats, som växer hållbart för alla invånare.

            Mål

              • Kommunens verksamheter ska hålla god kvalitet och hushålla med resurserna.
              • Kommunen ska vara en trygg plats att leva och verka i.
              • Kommunen ska växa på ett ekonomiskt, socialt och miljömässigt hållbart sätt.
            Dela:
            """);
        Assert.Equal(3, doc.Goals.Count);
        Assert.Equal("Kommunen ska vara en trygg plats att leva och verka i.", doc.Goals[1].Statement);

        var news = Parse("""
            Nyheter

            Mål

              • Läs om hur arbetet gick förra året.
              • Se filmen från invigningen av den nya skolan.
              • Kontakta oss om du har frågor.
            """);
        Assert.Empty(news.Goals);
    }

    [Fact]
    public void A_paragraph_that_names_activities_in_passing_does_not_announce_the_list_under_it_as_activities()
    {
        var doc = Parse("""
            Vision och mål

            Visionen beskrivs i våra fokusmål, som visar hur vi ska arbeta för en växande kommun.

            En hållbar kommun

            Vi tar ansvar för framtiden. Hållbarheten genomsyrar alla beslut och aktiviteter.

              1. Kommunen ska hushålla med naturens resurser.
              2. Kommunen ska ha en god ekonomisk hushållning.
            """);
        Assert.Equal(["Kommunen ska hushålla med naturens resurser.", "Kommunen ska ha en god ekonomisk hushållning."], doc.Goals.Select(g => g.Statement));

        var activities = Parse("""
            Fokusmål

            Under året har vi genomfört följande aktiviteter.

              1. Kommunen har startat en ny kurs i svenska.
              2. Kommunen har byggt om två förskolor.
            """);
        Assert.Empty(activities.Goals);
    }

    [Fact]
    public void A_list_the_sentence_above_names_as_the_indicators_of_the_goals_is_not_goals()
    {
        var doc = Parse("""
            Övergripande mål och indikatorer 2024–2027

            Kommunfullmäktige har antagit övergripande mål för åren 2024–2027:

             • Livskvalitet för alla
             • Verksamhet med god kvalitet
             • Hållbar ekonomi

            Till de övergripande målen hör följande indikatorer:

             1. Elever i årskurs 9 som är behöriga till gymnasiet, %
             2. Utsläpp av växthusgaser, ton per invånare
             3. Sjukfrånvaro bland anställda, %
            """);
        Assert.Equal(["Livskvalitet för alla", "Verksamhet med god kvalitet", "Hållbar ekonomi"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Challenges_of_an_analysis_and_areas_whose_goals_the_committees_set_are_not_the_councils_goals()
    {
        var challenges = Parse("""
            Omvärldsanalys

            En omvärldsanalys svarar på frågan: vad påverkar våra möjligheter att nå våra mål?

            Analysen har sammanfattats i tre prioriterade utmaningar för kommunen:

              • Att planera samhället för en hållbar livsstil.
              • Att skapa förutsättningar för att alla elever klarar skolan.
              • Att få fler företag att etablera sig i kommunen.
            """);
        Assert.Empty(challenges.Goals);

        var areas = Parse("""
            Mål och budget

            Målområden

            Kommunen har tre övergripande målområden:

              • kvalitet
              • livsmiljö
              • ekonomi

            Kommunstyrelsen och varje nämnd har strategiska mål inom respektive målområde. Varje mål mäts med indikatorer som visar om vi är på väg mot målen.
            """);
        Assert.Empty(areas.Goals);
    }
}
