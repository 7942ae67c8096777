using System.Collections.Immutable;

namespace MalAnalys.Agenda2030;

/// <summary>
/// The 17 global goals: numbers, Swedish and English names, official colours and a Swedish description of each.
/// Names and colours: UN General Assembly resolution A/RES/70/1 (2015) and the UN's SDG communications guidelines
/// (colour palette); Swedish names as used by the Swedish government and the Swedish UN Association (globalamalen.se).
/// The descriptions are our own summaries of the goals' targets.
/// </summary>
public static class SdgCatalogue
{
    /// <summary>How many global goals there are.</summary>
    public const int Count = 17;

    /// <summary>The goals, ordered by number (index 0 holds goal 1).</summary>
    public static ImmutableArray<SdgGoal> Goals { get; } =
    [
        new(1, "Ingen fattigdom", ["Avskaffa fattigdom"], "No Poverty", "#E5243B",
            "Att avskaffa fattigdom i alla dess former: minska andelen som lever i fattigdom, bygga sociala skyddssystem, ge lika rätt till ekonomiska resurser och grundläggande service och göra utsatta människor mindre sårbara för kriser och katastrofer."),
        new(2, "Ingen hunger", ["Avskaffa hunger", "Tryggad livsmedelsförsörjning"], "Zero Hunger", "#DDA63A",
            "Att avskaffa hunger och undernäring, trygga tillgången till säker och näringsrik mat året om, fördubbla småskaliga producenters produktivitet och inkomster, och främja hållbar livsmedelsproduktion och motståndskraftigt jordbruk som bevarar genetisk mångfald."),
        new(3, "Hälsa och välbefinnande", ["God hälsa och välbefinnande"], "Good Health and Well-being", "#4C9F38",
            "Att säkerställa hälsosamma liv och främja välbefinnande för alla i alla åldrar: minska mödra- och barnadödlighet, smittsamma sjukdomar, icke-smittsamma sjukdomar och psykisk ohälsa, förebygga missbruk, halvera dödsfall i trafiken, ge hälso- och sjukvård åt alla och minska ohälsa av farliga ämnen och föroreningar."),
        new(4, "God utbildning för alla", ["God utbildning"], "Quality Education", "#C5192D",
            "Att säkerställa en inkluderande och likvärdig utbildning av god kvalitet och främja livslångt lärande: avgiftsfri och likvärdig grund- och gymnasieutbildning, förskola av god kvalitet, yrkes- och högre utbildning, färdigheter för arbete, läs- och räknekunnighet samt kunskap för hållbar utveckling."),
        new(5, "Jämställdhet", ["Uppnå jämställdhet"], "Gender Equality", "#FF3A21",
            "Att uppnå jämställdhet och egenmakt för alla kvinnor och flickor: avskaffa diskriminering, våld och skadliga sedvänjor som barnäktenskap, erkänna obetalt omsorgsarbete, ge kvinnor lika möjligheter till ledarskap och beslutsfattande och lika rätt till ekonomiska resurser."),
        new(6, "Rent vatten och sanitet för alla", ["Rent vatten och sanitet"], "Clean Water and Sanitation", "#26BDE2",
            "Att säkerställa tillgång till och hållbar förvaltning av vatten och sanitet för alla: säkert dricksvatten, sanitet och hygien, bättre vattenkvalitet genom minskade föroreningar och rening av avloppsvatten, effektiv vattenanvändning, integrerad vattenförvaltning och skydd av vattenrelaterade ekosystem."),
        new(7, "Hållbar energi för alla", ["Ren energi för alla", "Hållbar energi"], "Affordable and Clean Energy", "#FCC30B",
            "Att säkerställa tillgång till ekonomiskt överkomlig, tillförlitlig, hållbar och modern energi för alla: öka andelen förnybar energi, fördubbla takten i energieffektiviseringen och bygga ut infrastruktur och teknik för ren energi."),
        new(8, "Anständiga arbetsvillkor och ekonomisk tillväxt", ["Anständiga arbetsvillkor och hållbar ekonomisk tillväxt"], "Decent Work and Economic Growth", "#A21942",
            "Att främja varaktig, inkluderande och hållbar ekonomisk tillväxt, full och produktiv sysselsättning med anständiga arbetsvillkor för alla: högre produktivitet, företagande och innovation, frikoppling av tillväxt från miljöförstöring, lika lön för lika arbete, färre unga utan arbete eller utbildning, säkra arbetsmiljöer och hållbar turism."),
        new(9, "Hållbar industri, innovationer och infrastruktur", ["Hållbar industri, innovation och infrastruktur"], "Industry, Innovation and Infrastructure", "#FD6925",
            "Att bygga motståndskraftig infrastruktur, främja inkluderande och hållbar industrialisering och innovation: tillförlitlig och hållbar infrastruktur för alla, resurseffektiv och ren industri, tillgång till finansiering för småföretag, mer forskning och utveckling samt tillgång till informations- och kommunikationsteknik."),
        new(10, "Minskad ojämlikhet", ["Minska ojämlikheten"], "Reduced Inequalities", "#DD1367",
            "Att minska ojämlikheten inom och mellan länder: inkomsttillväxt för de fattigaste, social, ekonomisk och politisk inkludering av alla oavsett ålder, kön, funktionsnedsättning, ursprung eller religion, lika möjligheter och avskaffande av diskriminerande lagar och praxis, samt ordnad och trygg migration."),
        new(11, "Hållbara städer och samhällen", ["Hållbara städer"], "Sustainable Cities and Communities", "#FD9D24",
            "Att göra städer och bosättningar inkluderande, säkra, motståndskraftiga och hållbara: bostäder och grundläggande service åt alla, säkra och hållbara transportsystem, hållbar samhällsplanering, skydd av kultur- och naturarv, minskade skador av katastrofer, bättre luftkvalitet och avfallshantering samt säkra, gröna och tillgängliga offentliga platser."),
        new(12, "Hållbar konsumtion och produktion", ["Hållbar konsumtion"], "Responsible Consumption and Production", "#BF8B2E",
            "Att säkerställa hållbara konsumtions- och produktionsmönster: effektiv användning av naturresurser, halverat matsvinn, ansvarsfull hantering av kemikalier och avfall, minskade avfallsmängder genom förebyggande, återanvändning och återvinning, hållbarhetsredovisning i företag, hållbar offentlig upphandling och kunskap om hållbar livsstil."),
        new(13, "Bekämpa klimatförändringarna", ["Bekämpa klimatförändringen", "Klimatet"], "Climate Action", "#3F7E44",
            "Att vidta omedelbara åtgärder för att bekämpa klimatförändringarna och dess konsekvenser: stärka motståndskraften och anpassningsförmågan mot klimatrelaterade risker och naturkatastrofer, integrera klimatåtgärder i politik och planering och öka kunskapen om utsläppsminskning och klimatanpassning."),
        new(14, "Hav och marina resurser", ["Livet i havet"], "Life Below Water", "#0A97D9",
            "Att bevara och nyttja haven och de marina resurserna på ett hållbart sätt: minska havsföroreningar och marint skräp, skydda och återställa marina och kustnära ekosystem, motverka havsförsurning, stoppa överfiske och olagligt fiske, skydda kust- och havsområden och stödja småskaligt fiske."),
        new(15, "Ekosystem och biologisk mångfald", ["Livet på land"], "Life on Land", "#56C02B",
            "Att skydda, återställa och främja hållbart nyttjande av landbaserade ekosystem: bevara skogar, våtmarker, berg och sötvattensmiljöer, hejda förlusten av biologisk mångfald, skydda hotade arter, motverka markförstöring och invasiva främmande arter och ta hänsyn till ekosystemens värden i planering."),
        new(16, "Fredliga och inkluderande samhällen", ["Fred, rättvisa och starka institutioner"], "Peace, Justice and Strong Institutions", "#00689D",
            "Att främja fredliga och inkluderande samhällen, rättvisa för alla och effektiva, ansvarsskyldiga och inkluderande institutioner: minska våld och brottslighet, skydda barn mot övergrepp, rättssäkerhet, minskad korruption, öppna och effektiva institutioner, delaktighet i beslutsfattande, tillgång till information och skydd av grundläggande friheter."),
        new(17, "Genomförande och globalt partnerskap", ["Partnerskap för att genomföra målen", "Partnerskap och genomförande"], "Partnerships for the Goals", "#19486A",
            "Att stärka genomförandet och återvitalisera det globala partnerskapet för hållbar utveckling: finansiering och bistånd, teknik- och kunskapsöverföring, kapacitetsuppbyggnad, rättvis handel, samstämmig politik för hållbar utveckling, partnerskap mellan offentliga aktörer, näringsliv och civilsamhälle samt data och uppföljning."),
    ];

    /// <summary>The goal with a number.</summary>
    /// <param name="number">1 to 17.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not 1 to 17.</exception>
    public static SdgGoal Get(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, Count);
        return Goals[number - 1];
    }
}
