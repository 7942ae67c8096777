using static MalAnalys.Tests.Structure.OwnText;

namespace MalAnalys.Tests.Structure;

/// <summary>Goals given as names over descriptions, as rows of a flattened table, and as areas the text calls goals.</summary>
public class DescribedGoalTests
{
    [Fact]
    public void Goals_listed_and_then_each_described_under_its_own_name_are_goals_not_areas()
    {
        var doc = Parse("""
            Våra mål

            De tre mål som ska prägla hela verksamheten är:

             • Levande skärgård
             • Korta resor
             • Stolta medarbetare

            Levande skärgård

            Öarna ska ha bofasta året runt, och färjorna går efter de boendes tider.

            Korta resor

            Från varje by når man kommunens centrum på under en timme med buss.

            Stolta medarbetare

            Den som arbetar hos oss berättar gärna om sitt jobb.
            """);
        Assert.Equal(["Levande skärgård", "Korta resor", "Stolta medarbetare"], doc.Goals.Select(g => g.Statement));
        Assert.Empty(doc.Areas);
    }

    [Fact]
    public void Goal_names_over_describing_paragraphs_are_the_goals()
    {
        var doc = Parse("""
            Vision och mål

            Övergripande mål 2025

            Tryggt

            Tillsammans bygger vi en kommun där alla känner sig trygga. Det gör vi genom samverkan med polis och föreningsliv.

            Grönt

            Tillsammans minskar vi utsläppen och tar hand om naturen. Kommunen samarbetar med näringslivet.

            Öppet

            Våra verksamheter ska vara lätta att nå för alla. Invånarna ska kunna påverka besluten i kommunen.

            Kontakt

            Ring kommunens växel.
            """);
        Assert.Equal(["Tryggt", "Grönt", "Öppet"], doc.Goals.Select(g => g.Statement));
        Assert.StartsWith("Tillsammans bygger vi", doc.Goals[0].Body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_written_one_block_per_line_without_blank_lines_reads_its_titles_as_headings()
    {
        var doc = Parse("""
            Här beskriver vi hur kommunens vision och övergripande mål hänger ihop.
            Vision
            "En kommun där alla kan växa."
            Övergripande mål
            Tryggt
            Arbeta för att alla ska känna sig trygga. Samverka med polisen och föreningarna.
            Agenda 2030: 11, 16
            Grönt
            Minska utsläppen och värna naturen. Främja hållbara resor.
            Agenda 2030: 13, 15
            Öppet
            Göra det lätt att nå kommunens verksamheter. Stärka invånarnas inflytande.
            Agenda 2030: 16
            """);
        Assert.Equal(["Tryggt", "Grönt", "Öppet"], doc.Goals.Select(g => g.Statement));
    }

    [Theory]
    [InlineData("Vision\nEn kommun där alla kan växa.\nMål\nTryggt\nAlla ska känna sig trygga.", 5)]
    [InlineData("Kommunen har tre mål för perioden som\nKommunfullmäktige beslutade i juni och\nNämnderna bryter ned dem till egna mål.", 1)]
    [InlineData("Våra mål är följande:\nTryggt\nGrönt\nÖppet", 1)]
    [InlineData("Vision\nEn kommun där alla kan växa, och där\nalla får vara med.", 1)]
    public void Only_paragraphs_of_whole_lines_are_split_at_their_titles(string text, int paragraphs)
    {
        var split = MalAnalys.Structure.FlatParagraphs.Split(MalAnalys.Structure.Paragraph.Split(text));
        Assert.Equal(paragraphs, split.Count);
    }

    [Fact]
    public void Goal_names_after_a_paragraph_about_the_goals_are_the_goals()
    {
        var doc = Parse("""
            Kommunövergripande mål

            Kommunfullmäktige beslutar om övergripande mål som visar vad verksamheterna ska fokusera på.

            Hållbar samhällsutveckling

            Kommunen ska växa på ett hållbart sätt, ekonomiskt, socialt och miljömässigt. Planeringen ska ge goda förutsättningar för företag att etablera sig och växa, och invånarna ska hitta bra boenden i alla skeden av livet, i hela kommunen.

            Goda uppväxtvillkor

            Alla barn ska få en god start i livet. Skolan ska ge varje elev möjlighet att nå sina mål, och fritiden ska erbjuda meningsfulla aktiviteter för alla unga oavsett bakgrund och bostadsort.
            """);
        Assert.Equal(["Hållbar samhällsutveckling", "Goda uppväxtvillkor"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Headings_over_short_goal_sentences_keep_the_sentence_as_statement()
    {
        var doc = Parse("""
            Övergripande mål

            Trygg uppväxt

            Alla barn ska få en trygg uppväxt.

            Livskraftigt näringsliv

            Företagen ska ha goda villkor i hela kommunen.

            Hållbar miljö

            Kommunen ska halvera sina utsläpp till 2030.
            """);
        Assert.Equal(["Alla barn ska få en trygg uppväxt.", "Företagen ska ha goda villkor i hela kommunen.", "Kommunen ska halvera sina utsläpp till 2030."], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Trygg uppväxt", "Livskraftigt näringsliv", "Hållbar miljö"], doc.Goals.Select(g => g.ShortName));
    }

    [Fact]
    public void A_flattened_table_of_areas_and_goals_gives_each_row_its_area()
    {
        var doc = Parse("""
            Måluppfyllelse

            Färgerna anger i vilken grad målet uppnåtts:

             Målet uppnått
             Målet delvis uppnått
             Målet ej uppnått

            Perspektiv Strategiska mål 2024
            Invånare Storby kommun är en trygg kommun där invånarna trivs
            Tillväxt och arbete Storby kommun har ett starkt och växande näringsliv
            Ekonomi Storby kommun har en hållbar ekonomi

            Hur målen har nåtts redovisas på följande sidor.
            """);
        Assert.Equal(
            ["Storby kommun är en trygg kommun där invånarna trivs", "Storby kommun har ett starkt och växande näringsliv", "Storby kommun har en hållbar ekonomi"],
            doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Invånare", "Tillväxt och arbete", "Ekonomi"], doc.Goals.Select(g => g.Area));
    }

    [Fact]
    public void Goal_areas_the_text_then_calls_its_goals_are_the_goals_where_nothing_else_is()
    {
        var doc = Parse("""
            Budget 2026

            Regionfullmäktige har antagit budgeten. Den innehåller tre målområden som ska vägleda arbetet.

            Dessa målområden är:

             • Hela länet ska växa
             • En vård att lita på
             • Fler jobb i hela länet

            För att nå målen prioriterar vi jobben och vården.
            """);
        Assert.Equal(["Hela länet ska växa", "En vård att lita på", "Fler jobb i hela länet"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Goal_areas_that_the_text_does_not_call_goals_stay_areas()
    {
        var doc = Parse("""
            Budget 2026

            Dessa målområden är:

             • Hela länet ska växa
             • En vård att lita på
             • Fler jobb i hela länet

            Under varje målområde beslutar nämnderna om sina egna mål.
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void Numbered_section_headings_are_headings_and_the_goal_paragraphs_under_one_are_goals()
    {
        var doc = Parse("""
            Riktlinjer för god ekonomisk hushållning

            1. Syfte och mål

            1.1 Syfte

            Kommunen ska använda skattepengarna väl. Riktlinjerna beskriver hur det går till.

            1.2 Finansiella mål

            Årets resultat ska vara minst 2 procent av skatteintäkterna.

            Investeringarna ska finansieras med egna medel. Under år med stora behov får likviditeten användas.

            1.3 Uppföljning av mål

            Uppföljningen av målen ska göras i delårsrapporten och i årsredovisningen.
            """);
        Assert.Equal(["Årets resultat ska vara minst 2 procent av skatteintäkterna.", "Investeringarna ska finansieras med egna medel."], doc.Goals.Select(g => g.Statement));
        Assert.All(doc.Goals, g => Assert.Equal(MalAnalys.Documents.GoalKind.Financial, g.Kind));
        Assert.Null(doc.Goals[0].Number);
    }

    [Fact]
    public void A_numbered_list_of_short_goals_stays_a_list()
    {
        var doc = Parse("""
            Kommunfullmäktiges mål

            1. Trygg uppväxt

            Barnen ska växa upp i trygghet.

            2. Fler jobb

            Fler ska ha ett arbete.

            3. Hållbar miljö

            Utsläppen ska minska.
            """);
        Assert.Equal(["1", "2", "3"], doc.Goals.Select(g => g.Number));
    }

    [Fact]
    public void Goals_named_after_their_count_in_a_sentence_are_read_where_nothing_else_gives_goals()
    {
        var doc = Parse("""
            Mål och Agenda 2030

            Sidan visar hur kommunens tre övergripande mål, Trygg uppväxt, Starkt näringsliv och Hållbar och grön livsmiljö, hänger ihop med de globala målen.

            De globala målen antogs av FN år 2015.
            """);
        Assert.Equal(["Trygg uppväxt", "Starkt näringsliv", "Hållbar och grön livsmiljö"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Names_that_do_not_add_up_to_the_stated_count_are_not_goals()
    {
        var doc = Parse("""
            Mål och Agenda 2030

            Sidan visar hur kommunens fyra övergripande mål, Trygg uppväxt, Starkt näringsliv och Hållbar livsmiljö, hänger ihop med de globala målen.
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void A_table_row_whose_goal_wraps_keeps_the_whole_goal()
    {
        var doc = Parse("""
            Perspektiv Strategiska mål 2024
            Invånare Storby kommun är en trygg kommun där invånarna
            trivs och vill bo kvar
            Ekonomi Storby kommun har en hållbar ekonomi

            Hur målen har nåtts redovisas på följande sidor.
            """);
        Assert.Equal(["Storby kommun är en trygg kommun där invånarna trivs och vill bo kvar", "Storby kommun har en hållbar ekonomi"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_follow_up_line_under_a_bullet_goal_does_not_end_the_list()
    {
        var doc = Parse("""
            Kommunfullmäktiges övergripande mål

            Lärande

            • Andelen elever som klarar skolan ska öka varje år.
            Årlig utvärdering.
            • Fler vuxna ska studera vidare.
            Mäts vartannat år.

            Tillväxt

            • Befolkningen ska öka med två procent.
            """);
        Assert.Equal(["Andelen elever som klarar skolan ska öka varje år.", "Fler vuxna ska studera vidare.", "Befolkningen ska öka med två procent."], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Lärande", "Lärande", "Tillväxt"], doc.Goals.Select(g => g.Area));
    }

    [Fact]
    public void A_short_line_opening_a_paragraph_over_its_numbered_goals_is_their_area()
    {
        var doc = Parse("""
            De övergripande målen hör till två fokusområden:

            Goda livsvillkor
            1. God folkhälsa
            2. Trygga invånare

            Effektiv organisation
            3. Attraktiv arbetsgivare
            """);
        Assert.Equal(["God folkhälsa", "Trygga invånare", "Attraktiv arbetsgivare"], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Goda livsvillkor", "Goda livsvillkor", "Effektiv organisation"], doc.Goals.Select(g => g.Area));
    }

    [Fact]
    public void Goal_names_under_the_perspectives_an_introduction_names_are_goals_in_those_areas()
    {
        var doc = Parse("""
            Vision och mål

            Kommunens mål är ordnade under två perspektiv; omsorg och utveckling.

            Omsorg

            Trygg vård

            Alla ska få den vård de behöver. Vi ska arbeta nära invånarna.

            En bra skola

            Skolan ska ge alla barn en god start. Lärarna ska ha tid för eleverna.

            Utveckling

            Fler företag

            Vi ska göra det lätt att starta företag. Näringslivet ska breddas.
            """);
        Assert.Equal(["Trygg vård", "En bra skola", "Fler företag"], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Omsorg", "Omsorg", "Utveckling"], doc.Goals.Select(g => g.Area));
    }

    [Fact]
    public void A_vision_sentence_under_a_heading_is_not_a_goal()
    {
        var doc = Parse("""
            Vision och mål

            Kommunens vision är att kommunen ska vara en välkomnande plats för alla.

            Text om kommunen som inte anger något mål alls här.
            """);
        Assert.Empty(doc.Goals);
    }

    [Fact]
    public void Means_under_area_headings_below_a_sentence_ending_in_genom_are_not_goals()
    {
        var doc = Parse("""
            Övergripande mål

            Kommunen ska öka kvaliteten i sina verksamheter genom:

            Ekonomisk hållbarhet

              • använda resurserna på ett smartare sätt

            Social hållbarhet

              • främja lika villkor

            Finansiella mål

            De finansiella målen är:

              • Årets resultat ska vara minst 2 procent av skatteintäkterna.
              • Soliditeten ska inte vara lägre än 25 procent.
            """);
        Assert.Equal(["Årets resultat ska vara minst 2 procent av skatteintäkterna.", "Soliditeten ska inte vara lägre än 25 procent."], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_goal_tree_that_lost_its_levels_gives_the_goals_over_the_fielded_items()
    {
        var doc = Parse("""
            • Övergripande mål
            • Nämndsmål
            • Övergripande mål 2025

            • Kommunen ska arbeta för en god folkhälsa för alla invånare

            • Fler barn och unga deltar i kulturskolans verksamhet

            Målvärde
            • Nämndens lokaler är tillgängliga för alla besökare

            Målvärde
            • Kommunen ska vara en attraktiv arbetsgivare med god kompetensförsörjning

            • Medarbetarna på förvaltningen är nöjda med sin arbetsmiljö

            Målvärde
            """);
        Assert.Equal(["Kommunen ska arbeta för en god folkhälsa för alla invånare", "Kommunen ska vara en attraktiv arbetsgivare med god kompetensförsörjning"], doc.Goals.Select(g => g.Statement));
        Assert.All(doc.Goals, g => Assert.Null(g.Area));
    }

    [Fact]
    public void Contact_details_and_a_list_of_investments_after_the_goals_are_not_goals()
    {
        var doc = Parse("""
            Inriktningsmål

            Kommunfullmäktige har antagit fyra inriktningsmål:

             • Attraktiv kommun för boende
             • Trygg och hållbar kommun

            Stora investeringar som rör inriktningsmålen har bland annat varit:
             • Upprustning av centrum med nya mötesplatser för boende.
             • Muddring av hamnen, så att fartyg kan ta sig in säkert.

            Nämnderna visar i egna inriktningsmål hur de bidrar till målen.

             • Storby kommun
             • 123 45 Storby
             • Besöksadress
             • Tel: 0123-456 00 vx
             • E-post
            """);
        Assert.Equal(["Attraktiv kommun för boende", "Trygg och hållbar kommun"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_paragraph_mentioning_indicators_between_a_goal_heading_and_its_list_does_not_make_the_list_indicators()
    {
        var doc = Parse("""
            Kommunens övergripande mål 2024 – 2027

            Modellen för styrning innehåller en tydlig målkedja och resultatuppdrag med tillhörande styrtal.

              • Attraktivt boende i en unik miljö
              • Växande näringsliv
              • Välskött och stabil ekonomi
            """);
        Assert.Equal(["Attraktivt boende i en unik miljö", "Växande näringsliv", "Välskött och stabil ekonomi"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void The_purpose_of_a_goal_is_not_the_goal_and_the_areas_called_goals_are_read_instead()
    {
        var doc = Parse("""
            Nya mål är beslutade

            Kommunfullmäktige har pekat ut tre prioriterade målområden. Dessa tre är:

            - Barn och unga
            - Klimat och miljö
            - Tillväxt och attraktionskraft.

            Målen handlar om hela kommunen. Utöver dessa tre mål finns ett finansiellt mål. Syftet med det finansiella målet är att behålla en stark ekonomi.
            """);
        Assert.Equal(["Barn och unga", "Klimat och miljö", "Tillväxt och attraktionskraft."], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void The_financial_targets_among_a_decisions_att_clauses_are_its_financial_goals()
    {
        var doc = Parse("""
            Kommunfullmäktige beslutar

            att skattesatsen är oförändrad 21,50 %,

            att godkänna förslaget till budget 2026 med plan för 2027–2028,

            att resultatet ska vara minst 2 % av skatter och generella statsbidrag under perioden.

            att självfinansieringsgraden av investeringar ska vara minst 80 % under perioden.

            att kommunstyrelsen får besluta om fördelningen av investeringsramen.
            """);
        Assert.Equal(
            ["att resultatet ska vara minst 2 % av skatter och generella statsbidrag under perioden.", "att självfinansieringsgraden av investeringar ska vara minst 80 % under perioden."],
            doc.Goals.Select(g => g.Statement));
        Assert.All(doc.Goals, g => Assert.Equal(MalAnalys.Documents.GoalKind.Financial, g.Kind));
    }

    [Fact]
    public void A_lower_case_line_left_of_an_indented_list_is_not_part_of_its_last_item()
    {
        var doc = Parse("""
            Kommunens övergripande mål

              • Attraktivt boende i en unik livsmiljö
              • Växande näringsliv med mångsidig arbetsmarknad
              • Välskött och stabil ekonomi
            kollage med bilder från kommunen
            """);
        Assert.Equal("Välskött och stabil ekonomi", doc.Goals[^1].Statement);
    }

    [Fact]
    public void Lines_of_a_pdf_paragraph_are_read_together_and_a_wrapped_introduction_is_no_goal_head()
    {
        var doc = Parse("""
            Kommunfullmäktige har pekat ut tre prioriterade målområden. Dessa tre är:

            - Barn och unga
            - Klimat och miljö
            - Tillväxt

            Kommunfullmäktiges mål handlar om hela kommunen och om
            utmaningar för alla. Utöver dessa tre mål finns ett finansiellt mål.

            Övergripande målsättning år 2030

            Kommunfullmäktige beslutade att anta kommunens målsättningar för
            2030:

            • att i samverkan med näringslivet har vi skapat 1000 nya jobb
            • att vi har plats för alla.
            """);
        Assert.Equal(["att i samverkan med näringslivet har vi skapat 1000 nya jobb", "att vi har plats för alla."], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_goal_area_label_over_the_areas_name_over_one_goal_line_gives_that_goal()
    {
        var doc = Parse("""
            Målområde 5:

            En bra kommun att leva och bo i

            - Kommunen ska vara en attraktiv kommun att bo i

            Fler bostäder behöver byggas i hela kommunen. Det är viktigt att analysera behoven.
            """);
        Assert.Equal(["Kommunen ska vara en attraktiv kommun att bo i"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_text_cut_in_its_last_goal_keeps_that_goal()
    {
        // Excerpts and extracted pages end where they were cut, often in the middle of the last goal's paragraph.
        var doc = Parse("""
            Vision och mål

            Strategiska mål

            Regionfullmäktige har beslutat om tre strategiska mål.

            Trygg uppväxt

            Alla barn i länet ska få en trygg uppväxt. Arbetet sker i samverkan med kommunerna.

            Livskraftigt näringsliv

            Företagen ska ha goda villkor i hela länet.

            Hållbar ekonomi

            För att på sikt trygga välfärdens finansiering utan att höja
            """);
        Assert.Equal(["Trygg uppväxt", "Livskraftigt näringsliv", "Hållbar ekonomi"], doc.Goals.Select(g => g.ShortName));
        Assert.EndsWith("utan att höja", doc.Goals[2].Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_last_paragraph_is_a_description_not_a_heading()
    {
        var doc = Parse("""
            Kommunens mål är uppdelade under två perspektiv; hållbarhet och effektivitet.

            Hållbarhet

            Ren natur

            Kommunen ska skydda sjöarna och skogen för kommande generationer.

            Effektivitet

            Bra ekonomi

            Kommunen ska ha en ekonomi i balans över tid.

            Bra verksamhet

            Kommunens arbete ska präglas av kvalitet och effektivite
            """);
        Assert.Equal(["Ren natur", "Bra ekonomi", "Bra verksamhet"], doc.Goals.Select(g => g.Statement));
        Assert.Equal("Effektivitet", doc.Goals[2].Area);
    }

    [Fact]
    public void Goal_sentences_set_as_headings_over_descriptions_are_the_goals()
    {
        var doc = Parse("""
            Övergripande mål

            Fullmäktige antog i november följande vision och mål för kommunen.

            Mål

            Kommunen ska ha länets bästa skolor 2030

            Barn och unga ska ha de bästa förutsättningarna att lära sig. Andelen elever som når kunskapskraven ska öka varje år.

            Kommunen ska vara en trygg plats att åldras på

            Äldre ska få den vård och omsorg de behöver, med en kvalitet de är nöjda med.

            Kommunen ska minska arbetslösheten

            Jobben ska bli fler och de arbetslösa färre sett över mandatperioden.
            """);
        Assert.Equal(["Kommunen ska ha länets bästa skolor 2030", "Kommunen ska vara en trygg plats att åldras på", "Kommunen ska minska arbetslösheten"], doc.Goals.Select(g => g.Statement));
        Assert.StartsWith("Äldre ska få", doc.Goals[1].Body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Image_captions_are_not_goal_names()
    {
        var doc = Parse("""
            Vision och övergripande mål

            Illustration över hamnen och stranden

            Kommunens vision beskriver hur vi vill att kommunen ska utvecklas fram till 2040.

            Övergripande mål

            Trygghet genom hela livet

            I kommunen ska invånarna vara trygga i livets alla skeden.
            """);
        Assert.DoesNotContain(doc.Goals, g => g.Statement.StartsWith("Illustration", StringComparison.Ordinal) || g.ShortName?.StartsWith("Illustration", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Names_announced_by_a_sentence_each_over_one_sentence_are_short_names_over_statements()
    {
        var doc = Parse("""
            Vår vision

            Visionen är kommunens ledstjärna. Den bärs upp av våra tre övergripande mål:

            Livslångt lärande

            Vi vill ge alla goda möjligheter att lära och växa under hela livet.

            God omsorg

            Vi ger stöd och omsorg med hög kvalitet i livets alla skeden.

            Öppen kommun

            Vi bjuder in invånarna att påverka hur kommunen utvecklas.

            Detta är målen för hela kommunen. Nämnderna sätter egna mål utifrån dem.
            """);
        Assert.Equal(["Livslångt lärande", "God omsorg", "Öppen kommun"], doc.Goals.Select(g => g.ShortName));
        Assert.Equal("Vi bjuder in invånarna att påverka hur kommunen utvecklas.", doc.Goals[2].Statement);
    }

    [Fact]
    public void Goal_headings_in_the_infinitive_with_global_goal_links_between_are_the_goals()
    {
        var doc = Parse("""
            Mål för Byns kommun

            I juni beslutade kommunfullmäktige om nya övergripande mål. Målen är kopplade till de globala målen.

            Stärka förutsättningarna för ett växande näringsliv

            Företagen i kommunen ska ha goda villkor att starta och växa, så att fler får arbete.

            Globala mål med direkt koppling

            Globala mål med indirekt koppling

            Säkerställa en likvärdig utbildning av hög kvalitet

            Alla barn ska få en god start i förskolan och nå kunskapskraven i skolan.

            Globala mål med direkt koppling
            """);
        Assert.Equal(["Stärka förutsättningarna för ett växande näringsliv", "Säkerställa en likvärdig utbildning av hög kvalitet"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Headings_of_a_short_name_a_dash_and_the_goal_over_descriptions_are_split_into_name_and_statement()
    {
        var doc = Parse("""
            Tre övergripande mål

            Visionen ska vara en vägledning för arbetet med kommunens mål.

            En stark kommun - en stark ekonomi säkrar välfärden

            Kommunen har en välskött ekonomi och ska använda resurserna klokt för att klara välfärden även i sämre tider.

            En grön kommun - en kommun som tar ansvar för klimatet

            Utsläppen från kommunens egna verksamheter ska minska varje år fram till 2030.

            En trygg kommun - en kommun där alla känner sig säkra

            Samarbetet med polisen och föreningslivet ska stärkas i alla kommundelar.
            """);
        Assert.Equal(["En stark kommun", "En grön kommun", "En trygg kommun"], doc.Goals.Select(g => g.ShortName));
        Assert.Equal("en kommun som tar ansvar för klimatet", doc.Goals[1].Statement);
    }

    [Fact]
    public void Names_counted_by_the_sentence_above_them_are_goals_stated_by_their_paragraphs()
    {
        var doc = Parse("""
            Så styrs kommunen

            Vi följer fullmäktiges mål

            Fullmäktige har beslutat om tre övergripande utvecklingsmål.

            Tryggt samhälle

            Kommunen är en plats där alla känner sig trygga. Invånarna litar på varandra.

            Goda livsvillkor

            Kommunen ger alla invånare möjlighet till ett gott liv och god hälsa.

            Starkt näringsliv

            Kommunen ger företagen goda villkor att växa.

            Budget

            Budgeten tas fram under våren och beslutas av fullmäktige i november, tillsammans med skattesatsen för nästa år.
            """);
        Assert.Equal(["Tryggt samhälle", "Goda livsvillkor", "Starkt näringsliv"], doc.Goals.Select(g => g.ShortName));
        Assert.Equal("Kommunen är en plats där alla känner sig trygga. Invånarna litar på varandra.", doc.Goals[0].Statement);
    }

    [Fact]
    public void Goal_names_under_an_area_label_take_it_as_their_area_and_a_bare_area_label_is_no_goal()
    {
        var doc = Parse("""
            Verksamhetsmål

            Målområde 1 – Trygghet

            Ett tryggt liv hela livet

            Invånarna får stöd när de behöver det. Vården finns nära.

            Indikator

            Delaktighet för alla

            Alla kan påverka sin vardag och samhällets utveckling.

            Indikator

            Målområde 2 – Kunskap
            """);
        Assert.Equal(["Ett tryggt liv hela livet", "Delaktighet för alla"], doc.Goals.Select(g => g.Statement));
        Assert.All(doc.Goals, g => Assert.Equal("Trygghet", g.Area));
    }

    [Fact]
    public void An_image_file_name_under_the_goal_heading_does_not_hide_the_goal_names_and_strategy_bullets_are_no_goals()
    {
        var doc = Parse("""
            Kommunens övergripande mål

            malbild (2).jpg

            Hållbar tillväxt

            Med en befolkning som växer i balans kan vi bygga ut servicen. Hållbarhet är en del av allt vi gör.

            Näringslivet är viktigt för utvecklingen, och vi vill ge företagen goda villkor.

            Trygga livsmiljöer

            Varje kommundel har sin karaktär. Trygghet och skönhet gör kommunen till en bra plats att bo på.

            God service

            Kvaliteten i verksamheterna följs upp noga, i egen regi och hos privata utförare.

            Strategi

             • Vi samverkar med föreningslivet
             • Vi tar tillvara ungas kreativitet
            """);
        Assert.Equal(["Hållbar tillväxt", "Trygga livsmiljöer", "God service"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_kind_label_over_goal_names_each_over_a_description_makes_the_names_goals()
    {
        var doc = Parse("""
            Vision och inriktningsmål

            Staden har en vision och tre inriktningsmål som visar hur politiken vill att staden ska utvecklas.

            Inriktningsmål

            Starka verksamheter med valfrihet och goda villkor för invånarna

            Staden fokuserar på skola, vård och omsorg. Tjänsterna håller hög kvalitet.

            Hållbar ekonomi och effektiv styrning

            En budget i balans ger förutsättningar för god service. Skatten hålls låg.

            Ett lyssnande ledarskap

            Ledarskapet möter invånarnas behov och tar tillvara föreningslivet.
            """);
        Assert.Equal(["Starka verksamheter med valfrihet och goda villkor för invånarna", "Hållbar ekonomi och effektiv styrning", "Ett lyssnande ledarskap"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Goal_names_as_single_bullets_over_long_descriptions_are_one_list_under_the_councils_name_for_its_goals()
    {
        var doc = Parse("""
            Ekby kommuns mål:

              • Våra barn är vår framtid

            Det lönar sig att satsa på barnen. Vi skall erbjuda en förskola och skola där barnen kan utvecklas utifrån vars och ens förutsättningar, och personalen skall ges det stöd den behöver.

            Vi vill minska antalet barn i förskolegrupperna och se över vilka resurser som behövs. Framtidens skola skall vi bygga tillsammans med föräldrar och elever, och god kvalitet skall vara ledstjärnan i det arbetet.

              • Framtidsanda i hela kommunen

            Bostadspolitiken avgör hur kommunen skall utvecklas. Därför vill vi planera för nya bostäder i alla delar av kommunen.
            """);
        Assert.Equal(["Våra barn är vår framtid", "Framtidsanda i hela kommunen"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_heading_that_repeats_a_listed_goals_name_over_its_description_is_not_a_second_goal()
    {
        var doc = Parse("""
            Vision och övergripande mål

            Utifrån visionen utgår kommunfullmäktiges tre övergripande mål:

              • Nära till allt
              • Barnen i centrum
              • Jobb till alla

            Målen som strategi

            Nära till allt – hållbar livsmiljö

            Kommunen ska erbjuda attraktiva boendemiljöer och bra vägar.

            Barnen i centrum – hållbar uppväxt

            Kommunen ska erbjuda en trygg uppväxtmiljö och en skola i världsklass.
            """);
        Assert.Equal(["Nära till allt", "Barnen i centrum", "Jobb till alla"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void A_table_flattened_to_one_cell_a_paragraph_gives_the_goal_cells_and_not_the_measurements()
    {
        var doc = Parse("""
            Budget och mål antagna

            Kommunfullmäktige beslutade även om mål som verksamheterna ska arbeta efter.

            En god socialtjänst, vård och omsorg

            Människors trygghet i vardagen är en av kommunens viktigaste uppgifter.

            Målformulering

            Mätning

            Mål och jämförelser

            Öka andelen nöjda brukare inom hemtjänsten.

            Brukarundersökning en gång per år

            95 index

            (2017: 96 index)

            Minska antalet hushåll med långvarigt försörjningsstöd.

            Månadsvis mätning av antal hushåll

            Minska med 5 % per år
            """);
        Assert.Equal(["Öka andelen nöjda brukare inom hemtjänsten.", "Minska antalet hushåll med långvarigt försörjningsstöd."], doc.Goals.Select(g => g.Statement));
        Assert.All(doc.Goals, g => Assert.Equal("En god socialtjänst, vård och omsorg", g.Area));
    }

    [Fact]
    public void Goal_names_a_paragraph_counts_each_over_a_list_of_its_own_are_the_goals_and_not_the_items()
    {
        var doc = Parse("""
            Strategi för länets utveckling

            Strategin bygger på en gemensam bild av länet år 2035.

            Den regionala strategin har tre mål. Till varje mål hör ett antal insatsområden som vi arbetar med tillsammans.

            År 2035 är länet en plats där unga vill bo och arbeta

              • Det ska finnas bostäder för alla skeden i livet.
              • Unga ska kunna välja bland många utbildningar nära hemmet.

            År 2035 har länet ett näringsliv som växer hållbart

              • Fler företag som startar och stannar
              • Samverkan mellan skola och arbetsliv
              • Snabb uppkoppling i hela länet

            År 2035 reser vi klimatsmart mellan länets orter

              • Täta förbindelser med buss och tåg
            """);
        Assert.Equal(
            ["År 2035 är länet en plats där unga vill bo och arbeta", "År 2035 har länet ett näringsliv som växer hållbart", "År 2035 reser vi klimatsmart mellan länets orter"],
            doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Det ska finnas bostäder för alla skeden i livet.", "Unga ska kunna välja bland många utbildningar nära hemmet."], doc.Goals[0].Body);
    }

    [Fact]
    public void A_goal_name_over_a_paragraph_that_says_what_the_goal_was_gives_the_statement_and_the_short_name()
    {
        var doc = Parse("""
            Uppföljning av inriktningsmålen 2019–2022

            Här följer vi upp kommunens inriktningsmål för den gångna perioden.

            Fler i egen försörjning

            Målet var att andelen invånare med egen försörjning skulle öka varje år. Arbetsmarknadsenheten har fått fler uppdrag.

            Andelen har ökat tre år av fyra, och arbetet går vidare i den nya planen.

            Ett levande centrum

            Målet var att antalet besökare i centrum skulle vara fler 2022 än 2018. Torget har byggts om.

            Besökarna har blivit fler, men butikerna har blivit färre.
            """);
        Assert.Equal(
            ["att andelen invånare med egen försörjning skulle öka varje år.", "att antalet besökare i centrum skulle vara fler 2022 än 2018."],
            doc.Goals.Select(g => g.Statement));
        Assert.Equal(["Fler i egen försörjning", "Ett levande centrum"], doc.Goals.Select(g => g.ShortName));
    }

    [Fact]
    public void A_page_whose_title_the_text_calls_a_goal_and_its_unmarked_underlying_goal_lines()
    {
        var doc = Parse("""
            En stad där alla kan växa och må bra

            Här följer vi upp kommunfullmäktiges inriktningsmål, En stad där alla kan växa och må bra, med fokus på skola och omsorg.

            Staden ska ge alla barn en god start i livet. Äldre ska få stöd i tid. Arbetet har gått framåt under året.

            Den samlade bedömningen är att inriktningsmålet har uppfyllts delvis.

            Underliggande mål

            Alla barn i staden når kunskapsmålen i grundskolan

            Äldre i staden får den omsorg de behöver i rätt tid

            Fler invånare i staden har ett arbete att gå till
            """);
        Assert.Equal(
            ["En stad där alla kan växa och må bra", "Alla barn i staden når kunskapsmålen i grundskolan", "Äldre i staden får den omsorg de behöver i rätt tid", "Fler invånare i staden har ett arbete att gå till"],
            doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Counted_goal_names_under_a_grouping_heading_in_a_text_cut_before_the_last_of_them()
    {
        var doc = Parse("""
            Inriktningsmål

            Fullmäktige har för mandatperioden antagit fem så kallade inriktningsmål, som nämnderna ska arbeta efter.

            En grön kommun

            Vi ska minska utsläppen från kommunens egna transporter. Vi vill att fler ska välja cykel och buss.

            Kommunen ska ta vara på naturen och göra den tillgänglig för alla.

            Styrning utåt

            Delaktighet och dialog

            Invånarnas inflytande ska öka. Unga ska få fler sätt att påverka.

            Trygghet i vardagen

            Alla ska känna sig trygga i sitt bostadsområde. Kommunen ska samarbeta med polisen och föreningarna.

            Lärande hela livet

            Barn och vuxna ska ha tillgång till utbildning av hög kvalitet. Vuxna ska kunna byta yrke
            """);
        Assert.Equal(["En grön kommun", "Delaktighet och dialog", "Trygghet i vardagen", "Lärande hela livet"], doc.Goals.Select(g => g.Statement));
    }

    [Fact]
    public void Numbered_focus_areas_are_the_goals_where_the_text_says_its_goals_are_written_as_such_areas()
    {
        var doc = Parse("""
            Nya mål för kommunen

            Fullmäktige antog i går budgeten och nya övergripande verksamhetsmål.

            Verksamhetsmålen uttrycks som fokusområden för det som är viktigast de kommande åren.

            Fokusområde 1: Fler bostäder i hela kommunen

            Kommunen ska planera för bostäder i alla orter. Byggandet ska ske hållbart.

            Indikatorer:

             • Antal påbörjade bostäder
             • Andel ny mark med detaljplan

            Fokusområde 2: Minskade skillnader i hälsa

            Alla invånare ska ha samma möjligheter till ett friskt liv.
            """);
        Assert.Equal(["Fler bostäder i hela kommunen", "Minskade skillnader i hälsa"], doc.Goals.Select(g => g.Statement));
        Assert.Equal(["1", "2"], doc.Goals.Select(g => g.Number));
    }
}
