#!/usr/bin/env python3
"""Generates "Mål och budget 2026–2028" of the invented municipality Norrhamra.

A long goal document for MalAnalys tests and benchmarks: cover, table of
contents, foreword, vision, governance model, environment analysis, ONE section
"Kommunfullmäktiges mål" (3 målområden, 8 council goals, each with an indicator
table with target values), an economy chapter with 3 financial goals, ten
committee sections (each with its own numbered "Nämndens mål", flattened budget
and key-figure tables and "Uppdrag"), an investment plan and appendices.

All text is written for this generator; nothing is taken from a real document.
The output is deterministic: the only randomness is random.Random with fixed
seeds, and every paragraph draws from its own seeded generator, so raising
--pages adds paragraphs without changing the ones already there.

Usage:
  python3 generate.py                         # default: about 64 A4 pages
  python3 generate.py --pages 150 --out mob-150.txt --expected mob-150.expected.json
  python3 generate.py --headings FILE         # also write the heading lines

Files written:
  --out TXT        the document (UTF-8, \\n); default mal-och-budget.txt beside this script
  --expected JSON  the council goals + financial goals (the same for every --pages);
                   default mal-och-budget.expected.json beside this script
  --headings FILE  one line per heading: LEVEL|TEXT, LEVEL one of
                   c (cover title line), cs (cover line), 1 (chapter, new page), 2, 2p (new page), 3, 4.
                   Used by ../make-pdfs.sh to give the PDF its typography.

Flattened tables are lines whose cells are separated by runs of at least three
spaces (as pdftotext -layout gives them); prose lines never contain two spaces
in a row.
"""

import argparse
import json
import math
import os
import random
import sys

KOMMUN = "Norrhamra"
PERIOD = "2026–2028"

# ---------------------------------------------------------------------------
# Writer: collects lines and headings
# ---------------------------------------------------------------------------


class Doc:
    def __init__(self):
        self.lines = []
        self.headings = []  # (level, text)
        self.toc = []  # (label, text, line index)

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def heading(self, level, text, toc_label=None):
        self.blank()
        if toc_label is not None:
            self.toc.append((toc_label, text, len(self.lines)))
        self.lines.append(text)
        self.headings.append((level, text))
        self.lines.append("")

    def para(self, text):
        assert "  " not in text, text
        self.lines.append(text)
        self.lines.append("")

    def line(self, text):
        assert "  " not in text, text
        self.lines.append(text)

    def items(self, items, marker="•"):
        for it in items:
            self.line(f"{marker} {it}" if marker else it)
        self.lines.append("")

    def numbered(self, items, start=1):
        for i, it in enumerate(items, start):
            self.line(f"{i}. {it}")
        self.lines.append("")

    def table(self, rows, right=True):
        """rows: list of lists of str; first row is the header."""
        ncol = max(len(r) for r in rows)
        rows = [r + ["–"] * (ncol - len(r)) for r in rows]
        for r in rows:
            for c in r:
                assert c.strip() and "  " not in c, r
        width = [max(len(r[k]) for r in rows) for k in range(ncol)]
        for r in rows:
            cells = [r[0].ljust(width[0])]
            for k in range(1, ncol):
                cells.append(r[k].rjust(width[k]) if right else r[k].ljust(width[k]))
            self.lines.append("   ".join(cells).rstrip())
        self.lines.append("")


def kr(n):
    """Swedish thousands grouping with a plain space: 1 234 567."""
    s = f"{abs(int(round(n))):,}".replace(",", " ")
    return ("-" if n < 0 else "") + s


def pct(x, d=1):
    return f"{x:.{d}f}".replace(".", ",") + " %"


def cap(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------
# Council goals (the expected output)
# ---------------------------------------------------------------------------

AREAS = [
    ("Målområde 1 – Livskvalitet och lärande",
     "Målområdet samlar det som har störst betydelse för hur invånarna har det i vardagen: förskola och skola, en trygg uppväxt och stöd och omsorg när det behövs. Här finns den största delen av kommunens verksamhet och drygt två tredjedelar av budgeten."),
    ("Målområde 2 – Hållbar tillväxt och samhällsbyggnad",
     "Norrhamra ska kunna växa utan att det sker på bekostnad av naturen eller kommande generationers möjligheter. Målområdet handlar om arbete och företagande, om hur kommunen planerar och bygger och om omställningen till ett fossilfritt samhälle."),
    ("Målområde 3 – En effektiv och attraktiv organisation",
     "För att kunna leverera välfärd av god kvalitet behöver kommunen en organisation som fungerar väl. Målområdet riktar sig inåt, mot service, bemötande och kommunens roll som arbetsgivare, men syftar ytterst till att invånare och företag ska få bästa möjliga nytta av skattepengarna."),
]

GOALS = [
    dict(area=0, short="Goda kunskaper",
         statement="Alla barn och elever i Norrhamra utvecklas och når så långt som möjligt i sitt lärande.",
         body=[
             "Kunskapsresultaten i grundskolan har förbättrats de senaste åren men ligger fortfarande under rikssnittet, och skillnaderna mellan skolenheterna är stora. Målet innebär att förskola, grundskola och gymnasieskola ska arbeta mer sammanhållet så att varje barns utveckling kan följas och stödet sättas in tidigt.",
             "Särskild vikt läggs vid läsförståelse och matematik i de tidiga åren, eftersom brister där får följder för hela skolgången. Även elevhälsans förebyggande arbete och samarbetet med vårdnadshavarna är avgörande för att fler ska lyckas.",
         ],
         indicators=[
             ("Andel elever i årskurs 9 som är behöriga till yrkesprogram", "83 %", "86 %", "90 %"),
             ("Genomsnittligt meritvärde i årskurs 9", "214", "220", "228"),
             ("Andel gymnasieelever som tar examen inom fyra år", "71 %", "74 %", "78 %"),
         ]),
    dict(area=0, short="Trygg uppväxt",
         statement="Barn och unga i Norrhamra växer upp under trygga förhållanden och har en meningsfull fritid.",
         body=[
             "En trygg uppväxt handlar om mer än skolan. Målet omfattar socialtjänstens stöd till familjer, fritidsgårdar och föreningsliv, och det förebyggande arbetet mot droger och kriminalitet som kommunen bedriver tillsammans med polisen.",
             "Unga ska ha tillgång till platser där de kan träffas under trygga former och ett utbud av aktiviteter som inte är beroende av föräldrarnas ekonomi. Kommunen ska särskilt nå de barn som i dag inte deltar i någon organiserad fritid.",
         ],
         indicators=[
             ("Andel elever i årskurs 8 som känner sig trygga i skolan", "79 %", "83 %", "87 %"),
             ("Andel unga 13–19 år som deltar i organiserad fritidsverksamhet", "48 %", "52 %", "55 %"),
         ]),
    dict(area=0, short="Ett gott liv hela livet",
         statement="Invånare med behov av stöd och omsorg får insatser av god kvalitet som stärker deras självständighet.",
         body=[
             "Antalet invånare över 80 år väntas öka med nästan en fjärdedel fram till 2030. Omsorgen behöver därför utvecklas mot fler förebyggande och rehabiliterande insatser i hemmet, så att fler kan bo kvar hemma så länge de själva vill.",
             "Kvalitet i omsorgen handlar i hög grad om kontinuitet och bemötande. Den enskilde ska möta ett begränsat antal medarbetare, ha inflytande över när och hur insatserna ges och känna sig trygg med den hjälp som ges.",
         ],
         indicators=[
             ("Andel brukare som är nöjda med sin hemtjänst", "86 %", "89 %", "91 %"),
             ("Antal personal som en hemtjänsttagare möter under 14 dagar", "16", "14", "12"),
             ("Andel boende på särskilt boende som känner sig trygga", "84 %", "88 %", "90 %"),
         ]),
    dict(area=1, short="Fler i arbete",
         statement="Fler invånare i Norrhamra försörjer sig genom eget arbete eller företagande.",
         body=[
             "Arbetslösheten i Norrhamra är lägre än i länet som helhet, men den är hög bland unga utan fullständiga gymnasiebetyg och bland nyanlända. Samtidigt har många arbetsgivare svårt att hitta personal med rätt kompetens.",
             "Kommunen ska använda vuxenutbildningen, arbetsmarknadsenheten och det egna behovet av personal för att korta vägen till arbete. Näringslivsarbetet ska göra det enklare att starta och utveckla företag, inte minst på landsbygden.",
         ],
         indicators=[
             ("Andel invånare 20–64 år som förvärvsarbetar", "78,5 %", "79,5 %", "81,0 %"),
             ("Antal nystartade företag per 1 000 invånare", "3,9", "4,3", "4,8"),
             ("Andel hushåll med långvarigt ekonomiskt bistånd", "1,9 %", "1,6 %", "1,3 %"),
         ]),
    dict(area=1, short="Hållbart samhällsbyggande",
         statement="Norrhamra växer med bostäder, verksamhetsmark och infrastruktur som är hållbara över tid.",
         body=[
             "Översiktsplanen pekar ut utbyggnad främst i centralorten och i de tre serviceorterna, där det redan finns skola, kollektivtrafik och vatten och avlopp. Genom att bygga där förutsättningarna finns kan kommunen hålla nere både kostnader och klimatpåverkan.",
             "Kommunen ska ha en planberedskap som gör att bostäder och verksamheter kan byggas när efterfrågan finns. Det kräver att planeringen samordnas mellan förvaltningarna och med det kommunala bostadsbolaget.",
         ],
         indicators=[
             ("Antal färdigställda bostäder per år", "74", "110", "130"),
             ("Antal bostäder i antagna detaljplaner som ännu inte byggts", "420", "500", "600"),
             ("Byggklar verksamhetsmark, hektar", "8", "15", "25"),
         ]),
    dict(area=1, short="Klimat och natur",
         statement="Kommunkoncernens klimatpåverkan minskar och naturvärdena i kommunen bevaras och stärks.",
         body=[
             "Kommunfullmäktige har beslutat att kommunkoncernen ska vara fossilfri senast 2030. De största utsläppen i den egna verksamheten kommer från transporter, uppvärmning och livsmedel, och där ska insatserna riktas.",
             "Kommunen har också ett ansvar för den biologiska mångfalden. Skogar, sjöar och odlingslandskap med höga naturvärden ska skyddas, och den gröna infrastrukturen ska ges utrymme när nya områden planeras.",
         ],
         indicators=[
             ("Koldioxidutsläpp från kommunkoncernens transporter, ton", "1 180", "900", "600"),
             ("Andel förnybar energi i kommunens fastigheter", "82 %", "90 %", "100 %"),
             ("Andel skyddad natur av kommunens landareal", "4,1 %", "4,5 %", "5,0 %"),
         ]),
    dict(area=2, short="Service och bemötande",
         statement="Invånare och företag får en tillgänglig, rättssäker och effektiv service från kommunen.",
         body=[
             "Den som vänder sig till kommunen ska snabbt få svar eller veta när svar kan väntas. Kontaktcenter, e-tjänster och handläggning ska fungera så att ärenden inte blir liggande mellan förvaltningar.",
             "Rättssäkerheten är en grundförutsättning för förtroendet. Beslut ska vara begripliga och väl motiverade, och myndighetsutövningen ska vara likvärdig oavsett vem som söker.",
         ],
         indicators=[
             ("Andel e-postfrågor som besvaras inom två arbetsdagar", "79 %", "88 %", "95 %"),
             ("Företagens sammanfattande omdöme om kommunens service, NKI", "69", "72", "75"),
         ]),
    dict(area=2, short="Attraktiv arbetsgivare",
         statement="Norrhamra kommun är en attraktiv arbetsgivare där medarbetarna trivs, utvecklas och stannar.",
         body=[
             "Fram till 2030 behöver kommunen rekrytera omkring 600 medarbetare, främst till vård och omsorg, förskola och skola. Det går bara om kommunen kan erbjuda bra villkor, en god arbetsmiljö och ett tydligt ledarskap.",
             "Arbetet med heltid som norm, friskvård och kompetensutveckling fortsätter. Cheferna ska ha rimliga förutsättningar att leda, och medarbetarna ska ha möjlighet att påverka hur arbetet organiseras.",
         ],
         indicators=[
             ("Sjukfrånvaro bland kommunens anställda", "7,6 %", "7,0 %", "6,2 %"),
             ("Andel medarbetare som rekommenderar kommunen som arbetsgivare", "61 %", "66 %", "70 %"),
             ("Personalomsättning", "11,8 %", "10,5 %", "9,5 %"),
         ]),
]

FIN_GOALS = [
    dict(short="Resultat",
         statement="Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag.",
         body="Resultatet behövs för att finansiera en stor del av investeringarna utan nya lån och för att ha en buffert mot oväntade kostnader. Målet ska nås som ett genomsnitt över planperioden; ett enskilt år med lägre resultat kan accepteras om det vägs upp av de andra åren.",
         row=("Resultat i procent av skatteintäkter och generella statsbidrag", "2,0 %", "2,0 %", "2,2 %")),
    dict(short="Självfinansiering",
         statement="Nettoinvesteringarna i den skattefinansierade verksamheten ska finansieras med egna medel till minst 80 procent under planperioden.",
         body="Egna medel är årets resultat plus avskrivningar. Investeringsvolymen är hög de närmaste åren, främst på grund av skolor och särskilda boenden, och därför trappas självfinansieringsgraden upp under perioden.",
         row=("Självfinansieringsgrad, skattefinansierade investeringar", "70 %", "80 %", "90 %")),
    dict(short="Låneskuld",
         statement="Kommunens låneskuld per invånare ska inte överstiga 55 000 kronor vid utgången av planperioden.",
         body="Låneskulden avser kommunens egen upplåning exklusive vidareutlåning till bolagen. En begränsad skuldsättning minskar känsligheten för stigande räntor och lämnar utrymme för framtida generationers investeringar.",
         row=("Låneskuld per invånare, kronor", "52 000", "54 000", "55 000")),
]

# ---------------------------------------------------------------------------
# Committees
# ---------------------------------------------------------------------------

GENERIC = [
    "Inom {o} pågår ett arbete med att se över rutiner och ansvarsfördelning så att resurserna används där de gör mest nytta.",
    "Verksamheten inom {o} följs upp varje månad, och avvikelser mot budget analyseras tillsammans med ekonomiavdelningen.",
    "Under planperioden ska {o} ta fram en plan för kompetensförsörjning som visar vilka yrkesgrupper som behövs de närmaste fem åren.",
    "Medarbetarenkäten visar att arbetsmiljön inom {o} har blivit bättre, men att arbetsbelastningen fortfarande upplevs som hög under vissa perioder.",
    "Flera arbetsmoment inom {o} har digitaliserats, vilket har frigjort tid för det direkta arbetet med invånarna.",
    "Samverkan med andra förvaltningar och med civilsamhället är en förutsättning för att {o} ska kunna nå sina mål.",
    "Kostnaderna för {o} har ökat mer än beräknat, främst till följd av högre priser på material, energi och köpta tjänster.",
    "Nämnden har gjort en genomlysning av {o} för att hitta effektivare arbetssätt utan att kvaliteten försämras.",
    "Synpunkter från invånarna samlas in via kommunens synpunktshantering och används i förbättringsarbetet inom {o}.",
    "Lokalerna inom {o} behöver anpassas till nya krav på tillgänglighet och arbetsmiljö, och en inventering görs under 2026.",
    "För {o} är det viktigt att behålla erfarna medarbetare, och nämnden satsar därför på introduktion, handledning och karriärvägar.",
    "Resultaten inom {o} jämförs varje år med liknande kommuner för att se var verksamheten kan lära av andra.",
    "Arbetet inom {o} utgår från kommunens riktlinjer för jämställdhet, tillgänglighet och barnets rättigheter.",
    "Nämnden bedömer att {o} klarar sitt uppdrag inom tilldelad ram, men marginalerna är små och oförutsedda kostnader får snabbt genomslag.",
    "Ett nytt verksamhetssystem för {o} upphandlas tillsammans med två grannkommuner och beräknas vara i drift under 2027.",
    "Den interna kontrollen inom {o} visade under 2025 att rutinerna i huvudsak fungerar, men att dokumentationen kan förbättras.",
    "Befolkningsförändringarna gör att {o} behöver planera för en förskjutning av resurser mellan olika delar av kommunen.",
    "Nämnden ser positivt på att fler medarbetare inom {o} har gått över till heltidstjänster.",
    "Kvalitetsarbetet inom {o} bygger på systematisk uppföljning, analys och dialog mellan ledning och medarbetare.",
    "Förebyggande insatser prioriteras inom {o}, eftersom de på sikt både minskar kostnaderna och förbättrar livskvaliteten för invånarna.",
    "Energi- och klimatfrågorna får allt större betydelse även för {o}, bland annat när det gäller resor, inköp och lokaler.",
    "Ambitionen är att {o} ska hålla samma kvalitet i hela kommunen, oavsett om verksamheten finns i centralorten eller i någon av de mindre orterna.",
    "Under 2026 prövas ett nytt arbetssätt inom {o} där medarbetarna själva planerar sina scheman inom givna ramar.",
    "Det är svårt att bedöma hur efterfrågan på {o} kommer att utvecklas, och nämnden följer därför utvecklingen noga under året.",
]

COMMITTEES = [
    dict(
        name="Kommunstyrelsen", gen="kommunstyrelsens", org="Kommunledningsförvaltningen",
        desc=[
            "Kommunstyrelsen leder och samordnar kommunens verksamheter och har uppsikt över övriga nämnder och de kommunala bolagen. Under styrelsen finns kommunledningsförvaltningen med avdelningarna för ekonomi, HR, kommunikation, digitalisering, kansli och näringsliv. Räddningstjänsten drivs i samverkan med två grannkommuner och redovisas också under kommunstyrelsen.",
            "Styrelsen ansvarar för den långsiktiga planeringen, för den ekonomiska förvaltningen och för arbetsgivarfrågorna. Den bereder ärenden till kommunfullmäktige och verkställer fullmäktiges beslut när inget annat har bestämts.",
        ],
        events=[
            "Rekryteringsläget är fortsatt ansträngt inom flera yrkesgrupper, och konkurrensen om erfarna chefer och specialister har ökat.",
            "Kommunens ärendehanteringssystem ska bytas ut under 2027, vilket kräver ett omfattande förberedelsearbete redan under 2026.",
            "Hotbilden mot offentliga verksamheter har förändrats, och arbetet med informationssäkerhet och civilt försvar behöver få mer utrymme.",
            "Efterfrågan på verksamhetsmark är stor längs riksvägen, och flera företag har visat intresse för att etablera lager och lätt industri.",
            "Den ekonomiska planeringen präglas av osäkerhet kring skatteunderlagets utveckling och kring de statliga bidragen.",
            "Arbetet med heltid som norm har kommit långt inom omsorgen, men återstår till viss del inom kost och lokalvård.",
        ],
        goals=[
            "Kommunens service till företag ska bli snabbare och mer samordnad.",
            "Sjukfrånvaron bland kommunens medarbetare ska minska.",
            "Andelen ärenden som invånarna kan sköta digitalt ska öka.",
            "Kommunens krisberedskap och förmåga inom civilt försvar ska stärkas.",
        ],
        links="Målen bidrar till kommunfullmäktiges mål 4, 7 och 8.",
        uppdrag=[
            "Kommunstyrelsen får i uppdrag att ta fram en ny näringslivsstrategi i dialog med företagarföreningarna.",
            "Kommunstyrelsen får i uppdrag att utreda en gemensam lönefunktion med grannkommunerna.",
            "Kommunstyrelsen får i uppdrag att ta fram en lokalförsörjningsplan för perioden 2027–2036.",
        ],
        budget=[("Politisk verksamhet", 14200), ("Kommunledning och kansli", 31800), ("Ekonomi och HR", 38900),
                ("Digitalisering och IT", 27400), ("Näringsliv och turism", 9600), ("Räddningstjänst", 33100),
                ("Kollektivtrafik", 41200)],
        keys=[("Sjukfrånvaro, hela kommunen", "7,6 %", "7,3 %", "7,0 %"),
              ("Andel heltidsanställda", "86 %", "88 %", "90 %"),
              ("Antal e-tjänster", "64", "75", "90")],
        areas=[
            ("Ekonomi och upphandling", "ekonomi och upphandling", [
                "Ekonomiavdelningen stödjer nämnderna i budgetarbete, uppföljning och prognoser.",
                "Andelen inköp som görs via avtal har ökat till drygt 85 procent, men det finns fortfarande köp som görs utan avtal.",
                "En ny modell för resursfördelning till nämnderna utreds och ska tillämpas från budgetåret 2027.",
                "Upphandlingsenheten arbetar för att fler lokala företag ska kunna lämna anbud, bland annat genom dialogmöten inför större upphandlingar.",
            ]),
            ("Personal och arbetsgivarfrågor", "personalarbetet", [
                "HR-avdelningen samordnar kommunens lönebildning, rehabilitering och arbetsmiljöarbete.",
                "Den korta sjukfrånvaron har minskat, medan den långa ligger kvar på en hög nivå inom vissa yrkesgrupper.",
                "Kommunen deltar i en regional satsning på validering av kompetens för undersköterskor och barnskötare.",
                "Ett gemensamt program för nya chefer startar under hösten 2026.",
            ]),
            ("Digitalisering och IT", "digitaliseringsarbetet", [
                "IT-driften är sedan 2024 samlad i en gemensam nämnd med två grannkommuner.",
                "Säkerhetsarbetet har förstärkts med tvåfaktorsinloggning för samtliga medarbetare och regelbundna övningar.",
                "Flera verksamheter prövar automatisering av återkommande administrativa moment.",
                "Invånarna ska kunna följa sina ärenden via en gemensam portal, oavsett vilken förvaltning som handlägger dem.",
            ]),
            ("Näringsliv och turism", "näringslivsarbetet", [
                "Företagslotsen samordnar kontakterna mellan företagare och kommunens förvaltningar.",
                "Besöksnäringen har återhämtat sig och antalet gästnätter var 2025 det högsta hittills.",
                "Kommunen driver tillsammans med företagarföreningarna ett program för unga entreprenörer.",
                "Etableringsfrågor hanteras i en gemensam grupp där mark, plan och bygglov är representerade.",
            ]),
            ("Räddningstjänst och säkerhet", "räddningstjänsten", [
                "Räddningstjänsten har deltidsstationer i tre av serviceorterna och heltidsstyrka i centralorten.",
                "Rekryteringen av deltidsbrandmän är en växande utmaning, särskilt dagtid.",
                "Kommunens plan för civilt försvar revideras under 2026 i samverkan med länsstyrelsen.",
                "Utbildning i brandskydd erbjuds alla elever i årskurs 5 och alla nyanställda i kommunen.",
            ]),
        ]),
    dict(
        name="Barn- och utbildningsnämnden", gen="barn- och utbildningsnämndens", org="Barn- och utbildningsförvaltningen",
        desc=[
            "Barn- och utbildningsnämnden ansvarar för förskola, pedagogisk omsorg, förskoleklass, grundskola, anpassad grundskola och fritidshem. I kommunen finns 14 förskolor och 9 grundskolor, varav tre är fristående. Nämnden ansvarar också för skolskjuts och för elevhälsans medicinska, psykologiska och psykosociala insatser.",
            "Verksamheten styrs i hög grad av skollagen och läroplanerna, och nämnden har ett uttalat uppdrag att kompensera för skillnader i elevernas förutsättningar.",
        ],
        events=[
            "Barnkullarna minskar och antalet barn i förskolan väntas gå ned med ett femtiotal till 2028, samtidigt som antalet elever i högstadiet ökar.",
            "Behörigheten bland lärarna har ökat men är fortfarande låg i slöjd, moderna språk och matematik i årskurs 7–9.",
            "Den nya skolan i Västra Hamra tas i bruk hösten 2027 och ersätter två äldre skolbyggnader.",
            "Andelen elever med behov av särskilt stöd har ökat, och elevhälsan har svårt att möta efterfrågan.",
            "Skolskjutskostnaderna stiger när fler elever väljer skola utanför sitt upptagningsområde.",
            "Förskolans lokaler är delvis slitna och flera avdelningar behöver anpassas för mindre barngrupper.",
        ],
        goals=[
            "Andelen elever som når kunskapskraven i samtliga ämnen i årskurs 6 ska öka.",
            "Barngrupperna i förskolan ska följa Skolverkets riktmärken.",
            "Alla elever ska ha tillgång till en trygg och stimulerande fritidshemsverksamhet.",
            "Frånvaron i grundskolan ska minska.",
            "Andelen behöriga lärare ska öka i samtliga stadier.",
        ],
        links="Målen bidrar till kommunfullmäktiges mål 1, 2 och 8.",
        uppdrag=[
            "Barn- och utbildningsnämnden får i uppdrag att ta fram en plan för förskolans lokaler till och med 2032.",
            "Barn- och utbildningsnämnden får i uppdrag att utvärdera satsningen på läsombud i årskurs 1–3.",
            "Barn- och utbildningsnämnden får i uppdrag att tillsammans med socialnämnden utveckla arbetet med elever med hög frånvaro.",
        ],
        budget=[("Förskola och pedagogisk omsorg", 118400), ("Förskoleklass", 14300), ("Grundskola", 256700),
                ("Anpassad grundskola", 19800), ("Fritidshem", 31200), ("Elevhälsa", 22600), ("Skolskjuts", 18900),
                ("Administration", 16100)],
        keys=[("Antal barn i förskolan", "1 124", "1 098", "1 070"),
              ("Antal elever i grundskolan", "2 486", "2 530", "2 561"),
              ("Kostnad per elev i grundskolan, kronor", "128 400", "132 900", "136 800"),
              ("Andel behöriga lärare", "72 %", "75 %", "78 %")],
        areas=[
            ("Förskola", "förskolan", [
                "Förskolan ska lägga grunden för lärande och ge barnen möjlighet att utvecklas i sin egen takt.",
                "Platsgarantin har kunnat hållas under hela året, och de flesta barn får plats på den förskola som vårdnadshavarna valt i första hand.",
                "Språkutvecklande arbetssätt är ett prioriterat område i samtliga förskolor.",
                "Utemiljön vid tre förskolor ska rustas upp under planperioden.",
            ]),
            ("Grundskola", "grundskolan", [
                "Grundskolans resultat varierar kraftigt mellan skolenheterna, och förvaltningen har infört en gemensam modell för resultatdialoger.",
                "Alla elever i årskurs 1 kartläggs i läsning och räkning, och stöd sätts in direkt när det behövs.",
                "Skolbiblioteken har förstärkts med bemanning på samtliga skolor med årskurs 4–9.",
                "Övergången mellan låg-, mellan- och högstadiet har setts över för att minska risken att elever tappar fart.",
            ]),
            ("Fritidshem", "fritidshemmet", [
                "Fritidshemmet kompletterar skolan och ska ge eleverna en meningsfull fritid och rekreation.",
                "Andelen utbildade fritidspedagoger är låg, och nämnden ser över möjligheterna att erbjuda utbildning på arbetstid.",
                "Samarbetet med kultur- och fritidsförvaltningen ger eleverna möjlighet att pröva idrott och kultur under eftermiddagarna.",
            ]),
            ("Elevhälsa", "elevhälsan", [
                "Elevhälsan arbetar i första hand förebyggande och hälsofrämjande.",
                "Väntetiderna till skolpsykolog har minskat sedan en tjänst tillsattes under 2025.",
                "Alla skolor har ett elevhälsoteam som träffas minst varannan vecka.",
                "Skolsköterskorna genomför hälsosamtal med alla elever i förskoleklass, årskurs 4 och årskurs 7.",
            ]),
            ("Skolskjuts", "skolskjutsverksamheten", [
                "Skolskjuts ordnas för elever som har lång eller trafikfarlig väg till skolan.",
                "Upphandlingen av skolskjuts för perioden 2026–2030 innehåller krav på fossilfria fordon.",
                "Nämnden ser över riktlinjerna för skolskjuts vid växelvis boende.",
            ]),
        ]),
    dict(
        name="Gymnasie- och vuxenutbildningsnämnden", gen="gymnasie- och vuxenutbildningsnämndens", org="Gymnasie- och vuxenutbildningsförvaltningen",
        desc=[
            "Nämnden ansvarar för gymnasieskolan, anpassad gymnasieskola, kommunal vuxenutbildning, utbildning i svenska för invandrare och det kommunala aktivitetsansvaret för unga under 20 år. Hamragymnasiet erbjuder tio nationella program, och ungefär en tredjedel av kommunens gymnasieelever studerar i andra kommuner.",
            "Vuxenutbildningen är en viktig del av kommunens arbete för kompetensförsörjning och bedrivs delvis i samarbete med arbetsgivare inom vård, industri och transport.",
        ],
        events=[
            "Antalet 16–19-åringar ökar under perioden, vilket innebär fler elever och högre kostnader för interkommunala ersättningar.",
            "Söktrycket till yrkesprogrammen har minskat, samtidigt som arbetsgivarna efterfrågar yrkesutbildad personal.",
            "Statsbidragen till regional yrkesvux har minskat, vilket begränsar antalet platser.",
            "Det kommunala aktivitetsansvaret når i dag nästan alla unga i målgruppen, men insatserna behöver bli mer varaktiga.",
            "Ett samverkansavtal med grannkommunerna om gymnasieutbildning ska förnyas under 2026.",
        ],
        goals=[
            "Andelen elever som tar examen från gymnasieskolan inom fyra år ska öka.",
            "Fler elever ska välja yrkesprogram på Hamragymnasiet.",
            "Fler vuxenstuderande ska gå vidare till arbete inom ett år efter avslutad utbildning.",
            "Alla unga som omfattas av aktivitetsansvaret ska erbjudas en individuell plan.",
        ],
        links="Målen bidrar till kommunfullmäktiges mål 1, 2 och 4.",
        uppdrag=[
            "Nämnden får i uppdrag att ta fram en plan för hur programutbudet på Hamragymnasiet kan anpassas till arbetsmarknadens behov.",
            "Nämnden får i uppdrag att utreda ett lärcentrum för vuxna i samarbete med högskolan.",
        ],
        budget=[("Gymnasieskola", 121300), ("Anpassad gymnasieskola", 11200), ("Interkommunala ersättningar", 48700),
                ("Kommunal vuxenutbildning", 23400), ("Svenska för invandrare", 9800), ("Aktivitetsansvar", 3100),
                ("Administration", 7400)],
        keys=[("Antal gymnasieelever folkbokförda i kommunen", "1 012", "1 046", "1 081"),
              ("Andel elever med examen inom fyra år", "71 %", "74 %", "76 %"),
              ("Antal heltidsplatser i vuxenutbildningen", "410", "395", "395")],
        areas=[
            ("Gymnasieskola", "gymnasieskolan", [
                "Hamragymnasiet har under de senaste åren förbättrat genomströmningen på de högskoleförberedande programmen.",
                "Lärlingsutbildning erbjuds inom tre av yrkesprogrammen och ger eleverna en stor del av utbildningen på en arbetsplats.",
                "Elevernas trivsel är hög men skiljer sig mellan programmen.",
                "Skolan erbjuder läxhjälp fyra eftermiddagar i veckan.",
            ]),
            ("Vuxenutbildning", "vuxenutbildningen", [
                "Vuxenutbildningen erbjuder kurser på grundläggande och gymnasial nivå, både i klassrum och på distans.",
                "Yrkesutbildningarna inom vård och omsorg har flest deltagare.",
                "Studie- och yrkesvägledningen har förstärkts för att fler ska hitta rätt utbildning från början.",
                "Validering av tidigare kunskaper ska erbjudas inom fler yrkesområden.",
            ]),
            ("Svenska för invandrare", "sfi", [
                "Antalet elever inom sfi har minskat, men en större andel läser på studieväg 1 och behöver längre tid.",
                "Sfi kombineras i allt högre grad med yrkeskurser och praktik.",
                "Undervisningen anpassas för föräldralediga och för deltagare som arbetar skift.",
            ]),
            ("Aktivitetsansvar", "aktivitetsansvaret", [
                "Kommunen har ansvar för att hålla sig informerad om vad unga som inte studerar på gymnasiet gör.",
                "Kontakten tas i första hand genom hembesök och sms, och i de flesta fall nås den unge inom en månad.",
                "Insatserna samordnas med socialtjänsten och med Arbetsförmedlingen.",
            ]),
        ]),
    dict(
        name="Socialnämnden", gen="socialnämndens", org="Socialförvaltningen",
        desc=[
            "Socialnämnden ansvarar för individ- och familjeomsorgen: stöd och skydd till barn och unga, missbruks- och beroendevård, ekonomiskt bistånd, stöd till våldsutsatta och kommunens arbetsmarknadsenhet. Nämnden ansvarar även för familjerätt och för mottagandet av nyanlända.",
            "Verksamheten bygger till stor del på myndighetsutövning enligt socialtjänstlagen, men en växande del av arbetet sker i form av förebyggande och tidiga insatser som inte kräver biståndsbeslut.",
        ],
        events=[
            "Antalet orosanmälningar om barn har ökat med nästan 15 procent på två år.",
            "Kostnaderna för placeringar av barn och unga har minskat sedan hemmaplanslösningarna byggdes ut, men varierar kraftigt mellan åren.",
            "Den nya socialtjänstlagen ställer högre krav på förebyggande arbete och kunskapsbaserade metoder.",
            "Försörjningsstödet har ökat till följd av högre levnadskostnader och en svagare arbetsmarknad för personer med kort utbildning.",
            "Personalomsättningen bland socialsekreterare har minskat, men det är fortfarande svårt att rekrytera erfarna handläggare.",
        ],
        goals=[
            "Barn och unga som behöver stöd ska få det tidigt och så nära hemmet som möjligt.",
            "Fler personer med ekonomiskt bistånd ska gå vidare till arbete eller studier.",
            "Våldsutsatta ska få ett samordnat stöd från första kontakten.",
            "Handläggningen ska vara rättssäker och ske inom lagstadgade tider.",
        ],
        links="Målen bidrar till kommunfullmäktiges mål 2, 3, 4 och 7.",
        uppdrag=[
            "Socialnämnden får i uppdrag att ta fram en handlingsplan för att minska barnfattigdomen i kommunen.",
            "Socialnämnden får i uppdrag att tillsammans med barn- och utbildningsnämnden utveckla familjecentralen.",
            "Socialnämnden får i uppdrag att se över hur fler kommunala arbetsplatser kan ta emot personer i arbetsträning.",
        ],
        budget=[("Barn och unga", 68400), ("Vuxna, missbruk och beroende", 21700), ("Ekonomiskt bistånd", 34900),
                ("Arbetsmarknadsenheten", 18300), ("Familjerätt och stöd till våldsutsatta", 6200),
                ("Administration", 12800)],
        keys=[("Antal barnavårdsutredningar", "412", "430", "430"),
              ("Antal hushåll med ekonomiskt bistånd per månad", "318", "300", "290"),
              ("Andel utredningar klara inom fyra månader", "81 %", "90 %", "95 %")],
        areas=[
            ("Barn och unga", "stödet till barn och unga", [
                "Öppenvården för barn och familjer har byggts ut och kan erbjuda insatser redan innan en utredning har avslutats.",
                "Familjehemsvården har stärkts med egna rekryteringsinsatser och bättre handledning.",
                "Samarbetet med skolan sker i en gemensam modell för tidiga insatser.",
                "Barn som placeras utanför hemmet ska ha en egen socialsekreterare som de träffar regelbundet.",
            ]),
            ("Missbruk och beroende", "missbruksvården", [
                "Missbruksvården erbjuder stöd i öppenvård, boende med stöd och i undantagsfall behandling på institution.",
                "En samordnad mottagning med regionens beroendevård har öppnat under året.",
                "Spelberoende har blivit ett tydligare inslag i ärendena.",
            ]),
            ("Ekonomiskt bistånd", "handläggningen av ekonomiskt bistånd", [
                "Ekonomiskt bistånd är samhällets yttersta skyddsnät och ska ges för att den enskilde ska kunna leva ett självständigt liv.",
                "Alla som söker bistånd och har arbetsförmåga erbjuds en planering mot arbete eller studier.",
                "Automatiserade kontroller har kortat handläggningstiden för återansökningar.",
                "Budget- och skuldrådgivningen har fått fler besök än tidigare år.",
            ]),
            ("Arbetsmarknad", "arbetsmarknadsenheten", [
                "Arbetsmarknadsenheten erbjuder arbetsträning, praktik och anställning med stöd.",
                "Ett samarbete med lokala företag har gett fler platser för arbetsträning utanför kommunens egna verksamheter.",
                "Feriearbeten erbjuds alla ungdomar som har gått ut årskurs 9 eller årskurs 1 på gymnasiet.",
            ]),
        ]),
    dict(
        name="Vård- och omsorgsnämnden", gen="vård- och omsorgsnämndens", org="Vård- och omsorgsförvaltningen",
        desc=[
            "Vård- och omsorgsnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning och den kommunala hälso- och sjukvården. I verksamheten ingår hemtjänst, särskilt boende, korttidsvård, dagverksamhet, bostäder med särskild service och daglig verksamhet enligt LSS samt personlig assistans.",
            "Nämnden är kommunens största arbetsgivare med drygt 900 medarbetare, och verksamheten pågår dygnet runt, årets alla dagar.",
        ],
        events=[
            "Antalet invånare över 80 år ökar med omkring 60 personer per år, vilket ställer krav på både hemtjänst och särskilt boende.",
            "Det nya särskilda boendet på Solbacken med 60 platser tas i bruk våren 2027.",
            "Välfärdsteknik som digital tillsyn och läkemedelsrobotar används av allt fler hemtjänsttagare.",
            "Bristen på sjuksköterskor gör att verksamheten under perioder behöver anlita bemanningsföretag.",
            "Antalet personer med beslut om daglig verksamhet ökar, främst bland unga vuxna.",
        ],
        goals=[
            "Hemtjänsttagarna ska möta färre olika medarbetare.",
            "Alla boende på särskilt boende ska ha en aktuell genomförandeplan som de själva har varit med att ta fram.",
            "Andelen undersköterskor med yrkestitel ska öka.",
            "Fler personer inom daglig verksamhet ska gå vidare till arbete med stöd.",
        ],
        links="Målen bidrar till kommunfullmäktiges mål 3 och 8.",
        uppdrag=[
            "Vård- och omsorgsnämnden får i uppdrag att ta fram en plan för bostäder för äldre tillsammans med bostadsbolaget.",
            "Vård- och omsorgsnämnden får i uppdrag att införa en modell för trygg hemgång efter sjukhusvistelse.",
        ],
        budget=[("Hemtjänst", 142600), ("Särskilt boende", 198300), ("Hälso- och sjukvård", 41700),
                ("Stöd enligt LSS", 96400), ("Personlig assistans", 28900), ("Korttidsvård och dagverksamhet", 22100),
                ("Administration", 19500)],
        keys=[("Antal brukare i hemtjänsten", "612", "640", "670"),
              ("Antal platser i särskilt boende", "228", "228", "288"),
              ("Kostnad per brukare i hemtjänsten, kronor", "233 000", "238 000", "241 000"),
              ("Andel undersköterskor med yrkestitel", "58 %", "65 %", "72 %")],
        areas=[
            ("Hemtjänst", "hemtjänsten", [
                "Hemtjänsten är organiserad i sex geografiska grupper med egna planerare.",
                "Ett nytt planeringssystem har förbättrat kontinuiteten och minskat restiden mellan besöken.",
                "Trygghetslarmen är digitala och larmen hanteras av en gemensam larmcentral.",
                "Brukarna kan välja att få vissa insatser utförda vid andra tider än de ordinarie.",
            ]),
            ("Särskilt boende", "det särskilda boendet", [
                "Kommunen har fem särskilda boenden, varav två har avdelningar för personer med demenssjukdom.",
                "Måltiderna lagas på plats på tre av boendena och uppskattas av de boende.",
                "Aktiviteter och utevistelse planeras utifrån den enskildes önskemål.",
                "Väntetiden till särskilt boende har ökat och är i genomsnitt drygt två månader.",
            ]),
            ("Hälso- och sjukvård", "den kommunala hälso- och sjukvården", [
                "Sjuksköterskor, arbetsterapeuter och fysioterapeuter arbetar i team med hemtjänst och boenden.",
                "Samarbetet med regionens vårdcentraler regleras i en gemensam överenskommelse.",
                "Andelen fallolyckor som leder till sjukhusvård har minskat.",
            ]),
            ("Funktionsstöd", "funktionsstödet", [
                "Inom funktionsstöd finns sju gruppbostäder, en servicebostad och fyra enheter för daglig verksamhet.",
                "Brukarundersökningen visar att de flesta trivs i sitt boende och på sin dagliga verksamhet.",
                "En ny gruppbostad planeras till 2028 för att möta det ökade behovet.",
                "Personalen har utbildats i lågaffektivt bemötande och alternativ kommunikation.",
            ]),
        ]),
    dict(
        name="Kultur- och fritidsnämnden", gen="kultur- och fritidsnämndens", org="Kultur- och fritidsförvaltningen",
        desc=[
            "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, fritidsgårdar, allmänkultur och kommunens idrotts- och friluftsanläggningar. Nämnden fördelar också bidrag till föreningslivet och ansvarar för kommunens konstsamling.",
            "Verksamheten når många invånare i alla åldrar och har stor betydelse för kommunens attraktivitet, folkhälsa och för unga människors möjligheter till en meningsfull fritid.",
        ],
        events=[
            "Simhallen i centralorten har tekniska brister och en förstudie om renovering eller nybyggnad genomförs under 2026.",
            "Besöken på biblioteken har ökat igen, och meröppet har införts på två filialer.",
            "Kulturskolan har kö till flera instrument och till dans.",
            "Föreningslivet har svårt att rekrytera ledare, vilket påverkar utbudet för barn och unga.",
            "Fritidsgårdarna har förlängt öppettiderna under helgerna i samarbete med socialtjänsten.",
        ],
        goals=[
            "Fler barn och unga ska delta i kulturskolans verksamhet.",
            "Biblioteken ska nå fler invånare i alla delar av kommunen.",
            "Andelen flickor bland deltagarna i föreningslivets aktiviteter ska öka.",
            "Kommunens anläggningar ska vara tillgängliga för personer med funktionsnedsättning.",
        ],
        links="Målen bidrar till kommunfullmäktiges mål 2 och 7.",
        uppdrag=[
            "Kultur- och fritidsnämnden får i uppdrag att ta fram en kulturplan för perioden 2027–2030.",
            "Kultur- och fritidsnämnden får i uppdrag att se över reglerna för föreningsbidrag.",
        ],
        budget=[("Bibliotek", 14800), ("Kulturskola", 11300), ("Allmänkultur", 4900), ("Fritidsgårdar", 8700),
                ("Idrotts- och friluftsanläggningar", 29600), ("Föreningsbidrag", 7200), ("Administration", 4100)],
        keys=[("Antal elever i kulturskolan", "640", "680", "720"),
              ("Antal biblioteksbesök per invånare", "4,1", "4,3", "4,5"),
              ("Antal bidragsberättigade deltagartillfällen", "118 000", "121 000", "124 000")],
        areas=[
            ("Bibliotek", "biblioteken", [
                "Huvudbiblioteket och fyra filialer erbjuder medier, studieplatser och programverksamhet.",
                "Läsfrämjande insatser riktas särskilt till små barn och deras föräldrar.",
                "Biblioteken hjälper invånare med digitala tjänster som många har svårt att använda på egen hand.",
            ]),
            ("Kulturskola", "kulturskolan", [
                "Kulturskolan erbjuder musik, dans, teater och bild för barn och unga mellan 6 och 19 år.",
                "Avgiften har sänkts för att fler ska kunna delta.",
                "Kulturskolan har verksamhet på skolorna i serviceorterna för att nå elever som annars inte deltar.",
            ]),
            ("Fritidsgårdar", "fritidsgårdarna", [
                "Fritidsgårdarna är öppna för unga mellan 13 och 18 år och har verksamhet fem kvällar i veckan.",
                "Unga är med och planerar verksamheten genom gårdsråd.",
                "Fältassistenter rör sig i centralorten fredag och lördag kväll.",
            ]),
            ("Idrott och friluftsliv", "idrotts- och friluftsverksamheten", [
                "Kommunen har två sporthallar, en ishall, en simhall och ett tjugotal idrottsplatser och spår.",
                "Elljusspåren har fått ny belysning med lägre energiförbrukning.",
                "Friluftsområdet vid Storsjön har rustats med nya vindskydd och en tillgänglig badplats.",
                "Bokningssystemet för lokaler och anläggningar har gjorts om så att föreningarna kan boka direkt.",
            ]),
        ]),
    dict(
        name="Samhällsbyggnadsnämnden", gen="samhällsbyggnadsnämndens", org="Samhällsbyggnadsförvaltningen",
        desc=[
            "Samhällsbyggnadsnämnden ansvarar för fysisk planering, bygglov, bostadsanpassning, mätning, kartor och geografisk information samt för kommunens trafikplanering. Nämnden bereder detaljplaner som antas av kommunfullmäktige eller kommunstyrelsen.",
            "Verksamheten har stor betydelse för kommunens möjligheter att växa, och en snabb och förutsebar handläggning är viktig för både privatpersoner och företag.",
        ],
        events=[
            "Antalet bygglovsansökningar har minskat sedan 2023, men ärendena har blivit mer komplexa.",
            "Arbetet med en ny översiktsplan har inletts och ska vara klart för antagande 2028.",
            "Digitaliseringen av detaljplaner följer de nationella kraven och ska vara genomförd 2027.",
            "Efterfrågan på bostadsanpassning ökar i takt med att fler äldre bor kvar hemma.",
        ],
        goals=[
            "Handläggningstiden för kompletta bygglovsärenden ska vara högst fem veckor.",
            "Planberedskapen ska motsvara minst fem års bostadsbyggande.",
            "Alla nya detaljplaner ska redovisa hur de bidrar till ett minskat bilberoende.",
            "Nöjdheten bland de som söker bygglov ska öka.",
        ],
        links="Målen bidrar till kommunfullmäktiges mål 5, 6 och 7.",
        uppdrag=[
            "Samhällsbyggnadsnämnden får i uppdrag att ta fram en trafikstrategi för centralorten.",
            "Samhällsbyggnadsnämnden får i uppdrag att ta fram riktlinjer för bostadsbyggande på landsbygden.",
        ],
        budget=[("Fysisk planering", 12400), ("Bygglov", 3600), ("Bostadsanpassning", 7900),
                ("Mätning och GIS", 5200), ("Trafikplanering", 2800), ("Administration", 3300)],
        keys=[("Antal beslutade bygglov", "286", "300", "300"),
              ("Median handläggningstid för bygglov, veckor", "6", "5", "5"),
              ("Antal antagna detaljplaner", "7", "8", "8")],
        areas=[
            ("Planering", "planarbetet", [
                "Planprioriteringen beslutas av kommunstyrelsen varje år.",
                "Tidiga samråd med grannar och verksamhetsutövare har gjort att färre planer överklagas.",
                "Planavdelningen samarbetar nära med mark- och exploateringsenheten.",
            ]),
            ("Bygglov", "bygglovsverksamheten", [
                "De flesta bygglovsärenden kommer in digitalt.",
                "En bygglovsjour svarar på frågor varje vardag mellan klockan 10 och 12.",
                "Tillsynen av olovligt byggande har prioriterats upp efter flera anmälningar.",
            ]),
            ("Mätning och geografisk information", "mät- och GIS-verksamheten", [
                "Kommunens baskarta uppdateras löpande och är tillgänglig som öppna data.",
                "Flygfotografering genomförs vart tredje år tillsammans med grannkommunerna.",
                "Adressättningen på landsbygden har kompletterats för att underlätta för utryckningsfordon.",
            ]),
        ]),
    dict(
        name="Tekniska nämnden", gen="tekniska nämndens", org="Tekniska förvaltningen",
        desc=[
            "Tekniska nämnden ansvarar för kommunens gator, vägar, parker och lekplatser, för förvaltningen av kommunens fastigheter och för kost- och lokalvård. Vatten, avlopp och avfall hanteras av det kommunala bolaget Norrhamra Vatten AB, men nämnden ansvarar för dagvatten i allmän platsmark.",
            "En stor del av nämndens verksamhet är stödverksamhet till andra nämnder, som finansieras via internhyror och interna avgifter.",
        ],
        events=[
            "Underhållsskulden i gatunätet är betydande och har ökat under de senaste tio åren.",
            "Energipriserna har stabiliserats, men energieffektiviseringen av fastigheterna fortsätter.",
            "Flera förskolor och skolor har fuktskador som måste åtgärdas under planperioden.",
            "Livsmedelskostnaderna har ökat kraftigt och kostenheten har anpassat matsedlarna.",
            "Andelen vegetariska måltider i skolan har ökat utan att nöjdheten har minskat.",
        ],
        goals=[
            "Underhållsskulden i gatunätet ska minska varje år.",
            "Energianvändningen i kommunens fastigheter ska minska med minst tre procent per år.",
            "Andelen livsmedel som är ekologiska eller närproducerade ska öka.",
            "Matsvinnet i skolor och förskolor ska minska.",
            "Lekplatserna ska vara säkra och tillgängliga.",
        ],
        links="Målen bidrar till kommunfullmäktiges mål 5, 6 och 7.",
        uppdrag=[
            "Tekniska nämnden får i uppdrag att ta fram en underhållsplan för gator och broar.",
            "Tekniska nämnden får i uppdrag att utreda solceller på samtliga lämpliga kommunala tak.",
            "Tekniska nämnden får i uppdrag att ta fram en plan för laddplatser vid kommunens arbetsplatser.",
        ],
        budget=[("Gator och vägar", 32600), ("Parker och lekplatser", 11900), ("Fastighetsförvaltning", 6300),
                ("Kostenheten", 4800), ("Lokalvård", 2100), ("Dagvatten", 3700), ("Administration", 5400)],
        keys=[("Energianvändning, kWh per kvadratmeter", "148", "142", "137"),
              ("Andel ekologiska livsmedel", "31 %", "34 %", "37 %"),
              ("Matsvinn per portion, gram", "38", "34", "30")],
        areas=[
            ("Gator och vägar", "gatuverksamheten", [
                "Kommunen ansvarar för drygt 120 kilometer gator och 60 kilometer gång- och cykelvägar.",
                "Vinterväghållningen utförs av entreprenörer på landsbygden och av egen personal i centralorten.",
                "Belysningen längs gång- och cykelvägar byts successivt till LED.",
            ]),
            ("Parker och grönområden", "parkverksamheten", [
                "Parkerna sköts med ökad hänsyn till biologisk mångfald, bland annat genom ängsytor.",
                "Stadsparken har fått ny belysning och fler sittplatser.",
                "Trädinventeringen visar att flera äldre träd i centralorten behöver åtgärdas.",
            ]),
            ("Fastigheter", "fastighetsförvaltningen", [
                "Kommunen äger och förvaltar omkring 140 000 kvadratmeter lokaler.",
                "Fastighetsunderhållet planeras i en tioårig underhållsplan.",
                "Lokaler som inte längre behövs ska avyttras eller hyras ut.",
                "Energideklarationer finns för samtliga byggnader som omfattas av kravet.",
            ]),
            ("Kost och lokalvård", "kost- och lokalvården", [
                "Kostenheten serverar omkring 6 000 måltider per dag i förskolor, skolor och särskilda boenden.",
                "Måltiderna lagas i huvudsak på plats, vilket ger hög kvalitet men kräver många mindre kök.",
                "Lokalvården har infört ett nytt arbetssätt med färre kemikalier.",
            ]),
        ]),
    dict(
        name="Miljö- och hälsoskyddsnämnden", gen="miljö- och hälsoskyddsnämndens", org="Miljöförvaltningen",
        desc=[
            "Miljö- och hälsoskyddsnämnden utövar tillsyn enligt miljöbalken, livsmedelslagstiftningen och lagen om tobak och liknande produkter. Nämnden handlägger även tillstånd för serveringar och prövar ansökningar om enskilda avlopp, värmepumpar och djurhållning inom detaljplanelagt område.",
            "Tillsynen finansieras till en del av avgifter. Nämnden ska vara rättssäker och likvärdig i sin myndighetsutövning och samtidigt ge råd och information som gör det lättare för företag och invånare att göra rätt.",
        ],
        events=[
            "Ett stort antal enskilda avlopp saknar godkänd rening, och inventeringen fortsätter i de östra delarna av kommunen.",
            "Den nya avgiftsmodellen med efterhandsdebitering av livsmedelskontroll har införts.",
            "Klagomålen på buller och luktstörningar har ökat i takt med förtätningen av centralorten.",
            "Nämnden deltar i ett regionalt projekt om kemikalier i förskolan.",
        ],
        goals=[
            "Tillsynsplanen ska genomföras till minst 90 procent.",
            "Alla enskilda avlopp i inventeringsområdena ska vara åtgärdade senast 2030.",
            "Företagens nöjdhet med nämndens myndighetsutövning ska öka.",
        ],
        links="Målen bidrar till kommunfullmäktiges mål 6 och 7.",
        uppdrag=[
            "Miljö- och hälsoskyddsnämnden får i uppdrag att ta fram en plan för tillsyn av förorenade områden.",
            "Miljö- och hälsoskyddsnämnden får i uppdrag att tillsammans med samhällsbyggnadsnämnden se över handläggningen av strandskyddsärenden.",
        ],
        budget=[("Miljötillsyn", 5600), ("Livsmedelskontroll", 1900), ("Hälsoskydd", 2300),
                ("Alkohol och tobak", 700), ("Administration", 1600)],
        keys=[("Antal tillsynsbesök", "1 140", "1 200", "1 200"),
              ("Andel genomförd tillsynsplan", "84 %", "90 %", "90 %"),
              ("Antal åtgärdade enskilda avlopp", "96", "110", "120")],
        areas=[
            ("Miljötillsyn", "miljötillsynen", [
                "Tillsynen riktas i första hand mot verksamheter med stor miljöpåverkan.",
                "Lantbruken besöks enligt en rullande plan, med fokus på gödselhantering och växtskydd.",
                "Nämnden prioriterar uppföljning av tidigare påtalade brister.",
            ]),
            ("Livsmedelskontroll", "livsmedelskontrollen", [
                "Kontrollen omfattar omkring 220 livsmedelsanläggningar, från små kaféer till större industrier.",
                "Oanmälda kontroller är huvudregel.",
                "Information om allergener har varit ett särskilt tema under året.",
            ]),
            ("Hälsoskydd", "hälsoskyddet", [
                "Hälsoskyddet omfattar bland annat tillsyn av skolor, bassängbad och hygienlokaler.",
                "Radonmätningar erbjuds till självkostnadspris för villaägare.",
                "Klagomål på inomhusmiljö i flerbostadshus har ökat.",
            ]),
        ]),
    dict(
        name="Överförmyndarnämnden", gen="överförmyndarnämndens", org="Överförmyndarenheten",
        desc=[
            "Överförmyndarnämnden utövar tillsyn över gode män, förvaltare och förmyndare i Norrhamra. Nämnden rekryterar och utbildar ställföreträdare och granskar deras årsräkningar. Verksamheten bedrivs sedan 2022 i en gemensam nämnd med en grannkommun, där Norrhamra är värdkommun.",
            "Nämnden har ett särskilt ansvar för att de personer som har ställföreträdare får sina intressen tillgodosedda och att deras tillgångar förvaltas på ett korrekt sätt.",
        ],
        events=[
            "Antalet ärenden ökar, samtidigt som det är svårt att hitta nya gode män.",
            "Den nya lagen om ställföreträdare ställer högre krav på utbildning och lämplighetsprövning.",
            "Granskningen av årsräkningar ska vara klar senast den 30 juni.",
        ],
        goals=[
            "Samtliga årsräkningar ska vara granskade senast den 30 juni.",
            "Alla nya ställföreträdare ska ha genomgått grundutbildning.",
            "Tiden från ansökan till förordnande ska minska.",
        ],
        links="Målen bidrar till kommunfullmäktiges mål 3 och 7.",
        uppdrag=[
            "Överförmyndarnämnden får i uppdrag att ta fram en plan för rekrytering av ställföreträdare.",
        ],
        budget=[("Arvoden till ställföreträdare", 3100), ("Handläggning", 2900), ("Nämndverksamhet", 400)],
        keys=[("Antal ärenden med ställföreträdare", "402", "420", "440"),
              ("Andel granskade årsräkningar per 30 juni", "87 %", "100 %", "100 %")],
        areas=[
            ("Tillsyn", "tillsynen", [
                "Tillsynen sker genom granskning av förteckningar, årsräkningar och sluträkningar.",
                "Vid brister begärs komplettering, och i allvarliga fall kan ställföreträdaren entledigas.",
            ]),
            ("Rekrytering och utbildning", "rekryteringsarbetet", [
                "Nämnden annonserar löpande efter nya ställföreträdare.",
                "Grundutbildningen ges digitalt och avslutas med ett kunskapstest.",
                "Erfarna gode män erbjuds fördjupningsutbildningar två gånger per år.",
            ]),
        ]),
]

# More sentences per committee area, generic sentences and the reasons for
# budget changes, used by compose() and budget_comment().
EXTRA = {
    "Ekonomi och upphandling": [
        "Prognossäkerheten har förbättrats sedan nämnderna började lämna månadsprognoser i en gemensam mall.",
        "Kommunens betaltider till leverantörer ligger i genomsnitt på 27 dagar, vilket är inom det avtalade.",
        "Under 2026 införs e-handel för förbrukningsmaterial i samtliga förvaltningar.",
    ],
    "Personal och arbetsgivarfrågor": [
        "Löneöversynen 2026 prioriterar grupper där kommunen har svårt att rekrytera och behålla personal.",
        "Friskvårdsbidraget har höjts och används av drygt hälften av medarbetarna.",
        "Chefernas personalansvar ses över så att ingen chef har fler än 30 direkt underställda medarbetare.",
    ],
    "Digitalisering och IT": [
        "Behovet av stöd till verksamheterna i digitala frågor har ökat, och en digitaliseringsstrateg har anställts.",
        "Äldre system som inte längre får uppdateringar avvecklas enligt en fastställd plan.",
        "Medarbetarna har fått utbildning i hur information ska klassas och hanteras.",
    ],
    "Näringsliv och turism": [
        "Turistinformationen har flyttats till biblioteket och har därmed fått längre öppettider.",
        "Frukostmöten för företagare arrangeras varannan månad på olika orter i kommunen.",
        "En ny webbplats för besökare lanseras inför sommarsäsongen 2026.",
    ],
    "Räddningstjänst och säkerhet": [
        "Antalet onödiga automatiska brandlarm har minskat efter dialog med fastighetsägarna.",
        "Räddningstjänsten gör tillsyn enligt lagen om skydd mot olyckor utifrån en årlig plan.",
        "Ett nytt ledningssystem för räddningstjänsten tas i bruk gemensamt inom regionen.",
    ],
    "Förskola": [
        "Andelen förskollärare av den pedagogiska personalen är 41 procent, vilket är något lägre än i jämförbara kommuner.",
        "Barngruppernas storlek har minskat något sedan antalet barn började sjunka.",
        "Förskolorna arbetar med att stärka samarbetet med vårdnadshavare som inte talar svenska.",
    ],
    "Grundskola": [
        "Ett gemensamt arbete med bedömning och betygssättning har startats för att öka likvärdigheten.",
        "Skolornas arbete mot kränkande behandling följs upp två gånger per läsår.",
        "Lärarna har fått fortbildning i att använda digitala läromedel på ett sätt som stödjer lärandet.",
    ],
    "Fritidshem": [
        "Många fritidshem har stora elevgrupper och lokaler som i första hand är byggda för undervisning.",
        "Lovverksamheten samordnas mellan skolorna för att hålla nere kostnaderna.",
        "Fritidshemmens pedagogiska planering har utvecklats med stöd av en gemensam mall.",
    ],
    "Elevhälsa": [
        "Antalet elever med långvarig frånvaro har ökat, och elevhälsan arbetar med tidiga kartläggningar.",
        "Samverkan med barn- och ungdomspsykiatrin har förbättrats genom gemensamma konsultationstider.",
        "Specialpedagogerna stödjer lärarna i att anpassa undervisningen i klassrummet.",
    ],
    "Skolskjuts": [
        "Omkring 900 elever har rätt till skolskjuts, de flesta på landsbygden.",
        "Tidtabellerna samordnas med kollektivtrafiken så långt det är möjligt.",
        "Vårdnadshavare kan följa skolbussarnas position i en app.",
    ],
    "Gymnasieskola": [
        "Programutbudet ses över varje år i dialog med näringslivet och grannkommunerna.",
        "Andelen elever som byter program under första året har minskat.",
        "Hamragymnasiets lokaler behöver anpassas för att rymma fler elever från hösten 2027.",
    ],
    "Vuxenutbildning": [
        "En stor del av de studerande kombinerar studierna med arbete eller föräldraledighet.",
        "Vuxenutbildningen köper vissa yrkesutbildningar av externa anordnare.",
        "Genomströmningen på distanskurserna är lägre än i klassrum, och stödet till distansstuderande förstärks.",
    ],
    "Svenska för invandrare": [
        "Väntetiden till sfi är i normalfallet kortare än två veckor.",
        "Lärarna arbetar med yrkesinriktade ordlistor inom vård, bygg och transport.",
        "Kvällsundervisning erbjuds för deltagare som arbetar dagtid.",
    ],
    "Aktivitetsansvar": [
        "Många av de unga som omfattas av aktivitetsansvaret hade hög frånvaro redan i grundskolan.",
        "En del unga erbjuds praktik i kommunens verksamheter som ett första steg.",
        "Resultaten följs upp kvartalsvis och redovisas för nämnden.",
    ],
    "Barn och unga": [
        "Antalet placerade barn har minskat med nästan en femtedel på tre år.",
        "Ett nytt arbetssätt ska säkerställa att barnets egen berättelse kommer fram i utredningen.",
        "Kontaktfamiljer och kontaktpersoner är insatser som efterfrågas mer än tidigare.",
    ],
    "Missbruk och beroende": [
        "Öppenvården erbjuder behandlingsprogram både i grupp och individuellt.",
        "Tidiga samtal med unga som har provat narkotika genomförs i samarbete med polisen.",
        "Andelen klienter som har en samordnad individuell plan har ökat.",
    ],
    "Ekonomiskt bistånd": [
        "Kostnaden för ekonomiskt bistånd har ökat med drygt tio procent jämfört med föregående år.",
        "Handläggarna arbetar med en tydligare uppdelning mellan utredning och stöd mot arbete.",
        "Många hushåll behöver bistånd på grund av sjukdom, och samarbetet med Försäkringskassan har utvecklats.",
    ],
    "Arbetsmarknad": [
        "Arbetsmarknadsenheten driver en återbruksverksamhet som också fungerar som arbetsträningsplats.",
        "Deltagarna får stöd av en arbetskonsulent genom hela processen.",
        "Andelen deltagare som gick vidare till arbete eller studier var 38 procent under 2025.",
    ],
    "Hemtjänst": [
        "Antalet beviljade timmar i hemtjänsten har ökat med omkring sex procent per år.",
        "En del av insatserna utförs nu digitalt, till exempel påminnelser och tillsyn nattetid.",
        "Hemtjänsten har infört fasta omsorgsteam kring brukare med stora behov.",
    ],
    "Särskilt boende": [
        "Alla boende har en kontaktperson bland personalen.",
        "Demensteamet stödjer personalen med handledning och utbildning.",
        "Flera boenden har utvecklat samarbetet med frivilligorganisationer och föreningar.",
    ],
    "Hälso- och sjukvård": [
        "Läkemedelsgenomgångar görs för alla som flyttar in på särskilt boende.",
        "Distriktssköterskor och kommunens sjuksköterskor har gemensamma rutiner för vård i livets slutskede.",
        "Rehabilitering i hemmet efter sjukhusvistelse har minskat behovet av hemtjänst för flera brukare.",
    ],
    "Funktionsstöd": [
        "Den dagliga verksamheten erbjuder allt från skapande aktiviteter till arbete ute på företag.",
        "Personlig assistans utförs både i egen regi och av privata anordnare.",
        "Boendestödet har byggts ut för personer med psykisk funktionsnedsättning.",
    ],
    "Bibliotek": [
        "Bokbussen besöker landsbygden varannan vecka och stannar vid förskolor och skolor.",
        "Utlåningen av e-böcker har fortsatt att öka.",
        "Bibliotekens lokaler används allt mer som mötesplatser för studiecirklar och föreningar.",
    ],
    "Kulturskola": [
        "Kulturskolans elever medverkar vid nationaldagsfirandet och andra offentliga evenemang.",
        "Undervisningen sker både individuellt och i grupp.",
        "Kulturskolan samarbetar med grundskolan kring skapande skola.",
    ],
    "Fritidsgårdar": [
        "Fritidsgårdarna erbjuder läxhjälp, matlagning och idrott.",
        "Besöksantalet har ökat, särskilt bland flickor, sedan särskilda tjejkvällar infördes.",
        "Personalen har utbildats i att upptäcka och agera vid oro för enskilda ungdomar.",
    ],
    "Idrott och friluftsliv": [
        "Föreningarna har stort inflytande över hur anläggningarna sköts och utvecklas.",
        "Ishallens kylanläggning behöver bytas ut inom de närmaste åren.",
        "Vandringslederna har skyltats om och finns nu i en digital karta.",
    ],
    "Planering": [
        "Planarbetet har prioriterat områden för bostäder nära kollektivtrafik.",
        "Grönstrukturplanen ska vara vägledande i all detaljplanering.",
        "Planavgifterna ses över så att de bättre motsvarar de faktiska kostnaderna.",
    ],
    "Bygglov": [
        "Nämnden har infört en e-tjänst för anmälan av attefallsåtgärder.",
        "Rådgivning inför ansökan minskar antalet ofullständiga ansökningar.",
        "Bygglovshandläggarna deltar i ett regionalt nätverk för att få en likvärdig bedömning.",
    ],
    "Mätning och geografisk information": [
        "Det geografiska informationssystemet används av flera förvaltningar i planering och uppföljning.",
        "Nybyggnadskartor levereras i genomsnitt inom tio arbetsdagar.",
        "Kommunen deltar i ett nationellt arbete om gemensamma standarder för geodata.",
    ],
    "Gator och vägar": [
        "Beläggningsprogrammet prioriterar gator med mycket trafik och gång- och cykelvägar till skolor.",
        "Trafiksäkerhetsåtgärder genomförs vid tre skolor under 2026.",
        "Bidrag lämnas till enskilda vägar enligt de regler som nämnden har beslutat.",
    ],
    "Parker och grönområden": [
        "Lekplatserna besiktas varje år enligt gällande säkerhetsstandard.",
        "En ny hundrastgård har anlagts i centralorten.",
        "Allmänheten kan lämna synpunkter på parker och grönytor via en digital felanmälan.",
    ],
    "Fastigheter": [
        "Vakansgraden i kommunens lokaler är låg men kommer att öka när de nya skolorna tas i bruk.",
        "Fastighetsavdelningen följer energianvändningen i realtid i de största byggnaderna.",
        "Brister i tillgängligheten i äldre byggnader åtgärdas i samband med annat underhåll.",
    ],
    "Kost och lokalvård": [
        "Matsedlarna tas fram med hänsyn till näringsinnehåll, klimatpåverkan och vad barnen tycker om.",
        "Specialkost lagas till omkring 400 matgäster.",
        "Lokalvårdarna har fått en gemensam utbildning i ergonomi.",
    ],
    "Miljötillsyn": [
        "Tillsynen av förorenade områden sker i samarbete med länsstyrelsen.",
        "Nämnden har börjat använda digitala inspektionsprotokoll.",
        "Information till verksamhetsutövarna skickas ut inför tillsynsbesöken.",
    ],
    "Livsmedelskontroll": [
        "Kontrollen av dricksvattenanläggningar sker i samverkan med vattenbolaget.",
        "Antalet klagomål på livsmedel är litet, men de tas alltid om hand samma dag.",
        "Nya livsmedelsföretag erbjuds ett rådgivande samtal innan de registreras.",
    ],
    "Hälsoskydd": [
        "Badvattenprover tas vid de kommunala badplatserna under sommaren.",
        "Nämnden handlägger anmälningar om värmepumpar och enskilda avlopp.",
        "Hälsoskyddet deltar i arbetet med värmeböljeplaner för äldreomsorgen.",
    ],
    "Tillsyn": [
        "Antalet ärenden med förvaltare har ökat, vilket kräver en mer omfattande granskning.",
        "Digitala årsräkningar har införts och används av en majoritet av ställföreträdarna.",
        "Nämnden gör stickprov i ställföreträdarnas redovisningar.",
    ],
    "Rekrytering och utbildning": [
        "Många ställföreträdare har uppdrag för flera huvudmän.",
        "Rekryteringskampanjer genomförs tillsammans med frivilligorganisationer.",
        "Arvodena till ställföreträdarna har justerats enligt de nya riktlinjerna.",
    ],
}

GENERIC_MORE = [
    "Nämnden har gett förvaltningen i uppdrag att ta fram en handlingsplan för {o} med tydliga mål och en tidsplan.",
    "Skyddsronder genomförs inom {o} minst en gång per år.",
    "Den tekniska utvecklingen öppnar för nya sätt att organisera {o}, men kräver också investeringar och kompetens.",
    "För att klara de ekonomiska ramarna har {o} sett över bemanningen vid frånvaro.",
    "Det finns en risk att kostnaderna för {o} ökar snabbare än ramen om inte nuvarande trend bryts.",
    "Ett närmare samarbete med grannkommunerna kan ge {o} tillgång till specialistkompetens som är svår att rekrytera på egen hand.",
    "Ledarskapet inom {o} har utvecklats genom kommunens gemensamma chefsprogram.",
    "Invånarna ska på ett enkelt sätt kunna ta del av information om {o} på kommunens webbplats.",
    "Statistiken för {o} förbättras så att resultaten kan följas upp på enhetsnivå.",
    "Avtalen med externa utförare inom {o} följs upp enligt kommunens program för uppföljning av privata utförare.",
    "Sommarperioden är särskilt ansträngd för {o}, och rekryteringen av vikarier börjar redan under vintern.",
    "Medarbetare inom {o} har deltagit i kommunens utbildning om våld i nära relationer.",
    "Genom att samla resurserna har {o} kunnat korta svarstiderna för invånarna.",
    "Dokumentationen inom {o} har förenklats för att minska den administrativa bördan.",
]

REASONS = {
    "Politisk verksamhet": "kostnaderna för de allmänna valen 2026",
    "Kommunledning och kansli": "förberedelserna inför bytet av ärendehanteringssystem",
    "Ekonomi och HR": "en utökad lönefunktion och en ny rekryteringsfunktion",
    "Digitalisering och IT": "högre licenskostnader och förstärkt informationssäkerhet",
    "Näringsliv och turism": "satsningen på en ny webbplats för besökare",
    "Räddningstjänst": "höjda avgifter till räddningstjänstsamverkan",
    "Kollektivtrafik": "utökad trafik på linjen mellan centralorten och Ösby",
    "Förskola och pedagogisk omsorg": "löneökningar, trots att antalet barn minskar",
    "Förskoleklass": "fler elever i förskoleklass på landsbygdsskolorna",
    "Grundskola": "fler elever på högstadiet och högre lokalkostnader",
    "Anpassad grundskola": "fler elever med mottagningsbeslut",
    "Fritidshem": "längre öppettider under loven",
    "Elevhälsa": "en ny tjänst som skolpsykolog",
    "Skolskjuts": "det nya skolskjutsavtalet",
    "Administration": [  # one per committee with an administration row, in order
        "införandet av ett nytt elevadministrativt system",
        "ökade kostnader för gemensamma verksamhetssystem",
        "en ny tjänst för systemförvaltning",
        "ett nytt planeringssystem för hemtjänsten",
        "ett nytt bokningssystem",
        "digitaliseringen av detaljplaner",
        "ett nytt system för underhållsplanering",
        "ett nytt ärendehanteringssystem",
    ],
    "Gymnasieskola": "fler elever och två nya klasser på Hamragymnasiet",
    "Anpassad gymnasieskola": "fler elever som behöver boende på annan ort",
    "Interkommunala ersättningar": "att fler elever väljer utbildning i andra kommuner",
    "Kommunal vuxenutbildning": "minskade statsbidrag som delvis kompenseras av kommunen",
    "Svenska för invandrare": "längre studietid för deltagare på studieväg 1",
    "Aktivitetsansvar": "en förstärkning med en halvtidstjänst",
    "Barn och unga": "fler orosanmälningar och en utökad öppenvård",
    "Vuxna, missbruk och beroende": "fler platser i boende med stöd",
    "Ekonomiskt bistånd": "en högre riksnorm och fler hushåll med långvarigt bistånd",
    "Arbetsmarknadsenheten": "fler platser för arbetsträning",
    "Familjerätt och stöd till våldsutsatta": "ett utökat skyddat boende i samverkan med grannkommunerna",
    "Hemtjänst": "fler beviljade timmar",
    "Särskilt boende": "förberedelserna inför öppnandet av Solbacken",
    "Hälso- och sjukvård": "höjda löner för sjuksköterskor",
    "Stöd enligt LSS": "en ny gruppbostad och fler beslut om daglig verksamhet",
    "Personlig assistans": "fler timmar som inte ersätts av Försäkringskassan",
    "Korttidsvård och dagverksamhet": "fler korttidsplatser under sommaren",
    "Bibliotek": "meröppet på ytterligare en filial",
    "Kulturskola": "sänkt avgift och fler elever",
    "Allmänkultur": "ett bidrag till sommarens kulturfestival",
    "Fritidsgårdar": "förlängda öppettider under helgerna",
    "Idrotts- och friluftsanläggningar": "högre energi- och driftkostnader för simhallen",
    "Föreningsbidrag": "indexuppräkning av bidragen",
    "Fysisk planering": "arbetet med den nya översiktsplanen",
    "Bygglov": "lägre avgiftsintäkter när antalet ärenden minskar",
    "Bostadsanpassning": "fler ansökningar om bostadsanpassning",
    "Mätning och GIS": "flygfotograferingen 2026",
    "Trafikplanering": "arbetet med trafikstrategin",
    "Gator och vägar": "högre kostnader för vinterväghållning och beläggning",
    "Parker och lekplatser": "skötseln av nya grönområden i Västra Hamra",
    "Fastighetsförvaltning": "högre kapitalkostnader för nya lokaler",
    "Kostenheten": "högre livsmedelspriser",
    "Lokalvård": "nya lokaler som ska städas",
    "Dagvatten": "skärpta krav på rening av dagvatten",
    "Miljötillsyn": "inventeringen av enskilda avlopp",
    "Livsmedelskontroll": "att kontrollavgifterna numera tas ut i efterhand",
    "Hälsoskydd": "fler klagomålsärenden",
    "Alkohol och tobak": "utökad tillsyn av tobaksförsäljning",
    "Arvoden till ställföreträdare": "fler ärenden och höjda arvoden",
    "Handläggning": "högre krav på utbildning och lämplighetsprövning",
    "Nämndverksamhet": "fler sammanträden",
}

for _c in COMMITTEES:
    _c["areas"] = [(n, d, spec + EXTRA[n]) for n, d, spec in _c["areas"]]
GENERIC.extend(GENERIC_MORE)


# ---------------------------------------------------------------------------
# Fixed chapters
# ---------------------------------------------------------------------------

FOREWORD = [
    "Det här är mandatperiodens sista budget, och den präglas av två saker: en ovanligt osäker omvärld och en tydlig vilja att värna kärnverksamheten. Skatteunderlaget växer långsammare än på länge samtidigt som vi har fler äldre, fler elever på högstadiet och ett stort behov av att rusta upp våra lokaler.",
    "Vi har valt att hålla skattesatsen oförändrad. I stället prioriterar vi inom de ramar som finns. Det betyder att några verksamheter får ett tillskott, främst äldreomsorgen och grundskolan, medan andra behöver effektivisera. Det är inga lätta beslut, men jag är övertygad om att det är rätt väg för att Norrhamra ska ha en stabil ekonomi även om tio år.",
    "Budgeten innehåller också flera satsningar som syns i vardagen. Den nya skolan i Västra Hamra och boendet på Solbacken blir klara under perioden. Vi bygger ut gång- och cykelvägarna mellan centralorten och serviceorterna och fortsätter arbetet med att göra kommunens egna fordon fossilfria.",
    "Inget av detta hade varit möjligt utan kommunens medarbetare. Det är de som möter invånarna varje dag, i klassrummet, i hemtjänsten och på biblioteket. Att Norrhamra ska vara en bra arbetsplats är därför inte en fråga vid sidan av, utan en förutsättning för allt annat vi vill åstadkomma.",
    "Jag vill tacka alla som har bidragit till arbetet med budgeten: förtroendevalda i alla partier, tjänstepersoner och de invånare som har hört av sig med synpunkter under året.",
]

VISION = [
    "Norrhamra 2035 – mitt i naturen, nära till allt.",
    "Visionen beskriver hur vi vill att Norrhamra ska vara år 2035. Den togs fram efter en bred dialog med invånare, föreningar och företag och antogs av kommunfullmäktige 2023. Visionen är gemensam för hela kommunkoncernen och ska vara vägledande för alla beslut om mål och resurser.",
    "År 2035 är Norrhamra en kommun som har vuxit, men som har behållit det som gör den unik: närheten till skog och sjö, de levande byarna och den starka gemenskapen. Det är enkelt att pendla till regionens större orter, och allt fler väljer att både bo och arbeta här. Barn och unga får en god utbildning och ser en framtid i kommunen. Den som blir gammal eller sjuk får stöd med värdighet.",
    "Visionen kompletteras av kommunens värdegrund, som beskriver hur medarbetare och förtroendevalda ska förhålla sig till invånarna och till varandra.",
]

VALUES = ["Vi visar respekt", "Vi tar ansvar", "Vi är öppna för nya idéer"]

GOVERNANCE_INTRO = [
    "Norrhamra kommun styrs enligt en modell för mål- och resursstyrning som bygger på kommunallagens krav på god ekonomisk hushållning. Modellen ska se till att de beslut som fattas av kommunfullmäktige får genomslag i alla verksamheter och att resultaten följs upp på ett sätt som gör det möjligt att dra lärdom av dem.",
    "Styrningen utgår från visionen. Därifrån leds målen ned i flera nivåer, där varje nivå konkretiserar den ovanför. Samtidigt ska information om resultat och erfarenheter gå uppåt i organisationen, så att de politiska besluten kan bygga på en god kunskap om verksamheten.",
]

HIERARCHY = [
    "Vision – det långsiktiga önskade läget för kommunen som geografiskt område.",
    "Målområden – de tre områden som fullmäktige bedömer vara viktigast under mandatperioden.",
    "Kommunfullmäktiges mål – de mål som ska uppnås under mandatperioden, med indikatorer och målvärden.",
    "Nämndmål – nämndernas egna mål som visar hur de bidrar till fullmäktiges mål.",
    "Aktiviteter – förvaltningarnas planerade insatser, som beskrivs i verksamhetsplanerna.",
]

GOVERNANCE_MORE = [
    ("Indikatorer och målvärden", [
        "Till varje mål från kommunfullmäktige kopplas två eller tre indikatorer med målvärden för 2026 och 2028. Indikatorerna är valda så att de så långt som möjligt kan jämföras med andra kommuner. Där det saknas jämförbara mått används kommunens egna mätningar, till exempel medborgarundersökningen och medarbetarenkäten.",
        "En indikator visar inte ensam om ett mål är uppnått. Vid uppföljningen gör nämnderna och kommunstyrelsen en samlad bedömning där även andra resultat, analyser och genomförda aktiviteter vägs in.",
    ]),
    ("Uppföljning och rapportering", [
        "Uppföljningen är en del av det löpande arbetet och sker enligt ett fastställt årshjul. Nämnderna rapporterar till kommunstyrelsen vid tre tillfällen per år:",
    ]),
    ("God ekonomisk hushållning", [
        "Kommunallagen kräver att kommunen har en god ekonomisk hushållning i sin verksamhet och i verksamhet som bedrivs genom bolag. God ekonomisk hushållning innebär att kommunen både ska ha en ekonomi i balans och bedriva en verksamhet som är ändamålsenlig och effektiv.",
        "I Norrhamra bedöms god ekonomisk hushållning utifrån både de finansiella målen och kommunfullmäktiges mål för verksamheten. För att kommunen ska anses ha en god ekonomisk hushållning ska samtliga finansiella mål vara uppfyllda och en majoritet av verksamhetsmålen vara helt eller delvis uppfyllda.",
    ]),
    ("Styrning av bolagen", [
        "Kommunen äger helt eller delvis fyra bolag: Norrhamra Bostäder AB, Norrhamra Vatten AB, Norrhamra Energi AB och det gemensamma Hamra Fibernät AB. Bolagen styrs genom bolagsordning, ägardirektiv och de mål som kommunfullmäktige beslutar. I ägardirektiven anges hur varje bolag ska bidra till kommunfullmäktiges mål.",
        "Bolagen redovisar sin måluppfyllelse till kommunstyrelsen i samband med delårsrapporten och årsredovisningen.",
    ]),
]

FOLLOWUP = [
    "Tertialrapport per april: prognos för ekonomin och kortfattad lägesbedömning av målen.",
    "Delårsrapport per augusti: fullständig prognos och uppföljning av indikatorerna.",
    "Årsredovisning: samlad bedömning av måluppfyllelse, ekonomiskt resultat och god ekonomisk hushållning.",
]

ENVIRONMENT = [
    ("Befolkning", [
        "Norrhamra hade 23 846 invånare den 31 december 2024, vilket är en ökning med 212 personer jämfört med året innan. Ökningen beror helt på inflyttning; födelsenettot har varit negativt sedan 2019. Kommunens befolkningsprognos visar en fortsatt måttlig ökning till omkring 24 400 invånare 2028.",
        "Förändringarna i åldersstrukturen har större betydelse för verksamheten än den totala ökningen. Antalet barn i förskoleålder minskar, medan antalet ungdomar och äldre ökar. Det innebär att resurser behöver flyttas mellan verksamheter under perioden.",
    ]),
    ("Arbetsmarknad och näringsliv", [
        "Arbetsmarknaden i Norrhamra har varit stark under flera år, med en öppen arbetslöshet under länsgenomsnittet. Under 2025 har dock antalet varsel ökat inom tillverkningsindustrin, och arbetslösheten bland unga har stigit något.",
        "Näringslivet domineras av små företag inom handel, bygg och tjänster, men kommunen har också flera större arbetsgivare inom trä- och verkstadsindustrin. Besöksnäringen är en växande bransch, särskilt sommartid.",
    ]),
    ("Samhällsekonomi och skatteunderlag", [
        "Svensk ekonomi väntas återhämta sig gradvis under 2026 efter flera år med svag tillväxt. Inflationen har gått ned och räntorna har sänkts, men osäkerheten i omvärlden är fortsatt stor. För kommunsektorn innebär det att skatteunderlaget ökar i ungefär samma takt som kostnaderna för löner och priser, vilket ger små marginaler.",
        "Beräkningarna av skatteintäkter och statsbidrag i budgeten bygger på den prognos som Sveriges Kommuner och Regioner publicerade i oktober 2025. Prognosen revideras flera gånger per år, och budgeten kan behöva justeras om förutsättningarna förändras.",
    ]),
]

APPENDIX_DOCS = [
    "Översiktsplan för Norrhamra kommun, antagen 2019",
    "Vision Norrhamra 2035, antagen 2023",
    "Riktlinjer för god ekonomisk hushållning och resultatutjämningsreserv",
    "Finanspolicy med riktlinjer för upplåning och placering",
    "Reglemente för intern kontroll",
    "Ägardirektiv för Norrhamra Bostäder AB",
    "Ägardirektiv för Norrhamra Vatten AB",
    "Ägardirektiv för Norrhamra Energi AB",
    "Program för uppföljning av privata utförare",
    "Klimat- och energistrategi 2022–2030",
    "Bostadsförsörjningsprogram 2024–2030",
    "Policy för medborgardialog",
    "Personalpolicy",
    "Riktlinjer för mark- och exploatering",
    "Handlingsprogram för räddningstjänst och förebyggande verksamhet",
    "Plan för civilt försvar och krisberedskap",
    "Lokalförsörjningsplan 2024–2033",
    "Riktlinjer för investeringar och aktivering av anläggningstillgångar",
]

GLOSSARY = [
    ("Avskrivning", "Planmässig nedsättning av en anläggningstillgångs värde för att fördela kostnaden över nyttjandetiden."),
    ("Balanskrav", "Lagens krav på att intäkterna ska överstiga kostnaderna."),
    ("Driftbudget", "Budget för löpande intäkter och kostnader i verksamheten."),
    ("Eget kapital", "Skillnaden mellan tillgångar och skulder."),
    ("Generella statsbidrag", "Bidrag från staten som inte är knutna till en viss verksamhet."),
    ("Indikator", "Ett mått som används för att följa utvecklingen mot ett mål."),
    ("Investering", "Anskaffning av en tillgång som är avsedd att användas i verksamheten under flera år."),
    ("Kassaflöde", "Förändringen av likvida medel under en period."),
    ("Nettokostnad", "Kostnader minus intäkter i verksamheten."),
    ("Resultatutjämningsreserv", "En reservering av eget kapital som får användas för att täcka underskott vid en lågkonjunktur."),
    ("Självfinansieringsgrad", "Den andel av investeringarna som kan betalas med egna medel."),
    ("Soliditet", "Andelen av tillgångarna som är finansierade med eget kapital."),
]

INVESTMENTS = [
    ("Ny grundskola i Västra Hamra, F–6", 148000, "2025–2027"),
    ("Särskilt boende Solbacken, 60 platser", 196000, "2025–2027"),
    ("Ombyggnad av förskolan Lärkan", 18500, "2026"),
    ("Gång- och cykelväg centralorten–Ösby", 22000, "2026–2027"),
    ("Reinvestering i gator och broar", 12000, "årligen"),
    ("Energieffektivisering av kommunens fastigheter", 8000, "årligen"),
    ("Solceller på kommunala tak", 6500, "2026–2028"),
    ("Upprustning av lekplatser", 2500, "årligen"),
    ("Ny räddningsstation i Ösby", 38000, "2027–2028"),
    ("Ersättning av ärendehanteringssystem", 7200, "2026–2027"),
    ("Inventarier till nya verksamhetslokaler", 9400, "2027"),
    ("Exploatering av verksamhetsområdet Norra Industrivägen", 31000, "2026–2028"),
    ("Renovering av simhallen, projektering", 4000, "2026"),
    ("Laddinfrastruktur vid kommunala arbetsplatser", 3200, "2026–2027"),
    ("Tillgänglighetsanpassning av offentliga lokaler", 1500, "årligen"),
    ("IT-utrustning i skolan", 5600, "årligen"),
]

FEE_ROWS = [
    ("Bygglov för nybyggnad av enbostadshus", "24 900 kr"),
    ("Bygglov för tillbyggnad, högst 50 kvadratmeter", "9 400 kr"),
    ("Startbesked för attefallshus", "4 600 kr"),
    ("Nybyggnadskarta", "7 800 kr"),
    ("Tillstånd för enskild avloppsanläggning", "8 200 kr"),
    ("Timavgift, miljötillsyn", "1 320 kr"),
    ("Timavgift, livsmedelskontroll", "1 410 kr"),
    ("Serveringstillstånd, stadigvarande", "9 500 kr"),
    ("Maxtaxa förskola, barn 1, per månad", "1 688 kr"),
    ("Fritidshem, barn 1, per månad", "1 266 kr"),
    ("Kulturskola, per termin", "450 kr"),
    ("Hemtjänst, högsta avgift per månad", "2 576 kr"),
    ("Matdistribution, per portion", "62 kr"),
    ("Hyra sporthall, förening, per timme", "120 kr"),
    ("Hyra sporthall, övriga, per timme", "420 kr"),
]

# ---------------------------------------------------------------------------
# Composition helpers
# ---------------------------------------------------------------------------


class Deck:
    """Deals sentences without repeating one before all have been used."""

    def __init__(self, rng, items):
        self.rng, self.items, self.pile = rng, list(items), []

    def draw(self):
        if not self.pile:
            self.pile = self.items[:]
            self.rng.shuffle(self.pile)
        return self.pile.pop()


def area_paragraphs(ci, ai, specific, o, n):
    """n paragraphs about one committee area; paragraph k does not depend on n."""
    rng = random.Random(7000 + 100 * ci + ai)
    spec = Deck(rng, specific)
    gen = Deck(rng, GENERIC)
    out = []
    for k in range(n):
        size = 5 + (k + ci + ai) % 3
        n_spec = 2 if k < 2 else 1
        sents = [spec.draw() for _ in range(n_spec)]
        # name the area in every other generic sentence, "verksamheten" otherwise
        sents += [cap(gen.draw().format(o=o if j % 2 == 0 else "verksamheten"))
                  for j in range(size - n_spec)]
        rest = sents[1:]
        rng.shuffle(rest)
        out.append(" ".join([sents[0]] + rest))
    return out


def mkr(tkr):
    return f"{tkr / 1000:.1f}".replace(".", ",")


def budget_table(c, idx):
    rng = random.Random(1000 + idx)
    rows = [["Verksamhet, tkr", "Bokslut 2024", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]]
    tot = [0] * 5
    per_row = []
    for name, base in c["budget"]:
        f = [0.955 + rng.random() * 0.03, 1.0, 1.018 + rng.random() * 0.03]
        f.append(f[2] * (1.012 + rng.random() * 0.02))
        f.append(f[3] * (1.010 + rng.random() * 0.02))
        vals = [round(base * x, -1) for x in f]
        for k in range(5):
            tot[k] += vals[k]
        per_row.append((name, vals))
        rows.append([name] + [kr(v) for v in vals])
    rows.append(["Summa nettokostnad"] + [kr(v) for v in tot])
    return rows, tot, per_row


ADMIN_ORDER = [c["name"] for c in COMMITTEES if any(r[0] == "Administration" for r in c["budget"])]


def budget_comment(c, tot, per_row):
    """Two paragraphs that comment the budget table."""
    d26 = tot[2] - tot[1]
    first = (f"Nämndens ram för 2026 är {mkr(tot[2])} miljoner kronor, vilket är {mkr(d26)} miljoner kronor "
             f"eller {pct(100 * d26 / tot[1])} mer än budget 2025. I ramen ingår kompensation för löne- och "
             f"prisökningar med 3,1 procent.")
    sents = []
    for name, vals in sorted(per_row, key=lambda r: r[1][1] - r[1][2])[:4]:
        reason = REASONS[name]
        if isinstance(reason, list):
            reason = reason[ADMIN_ORDER.index(c["name"])]
        sents.append(f"Ramen för {name[0].lower() + name[1:] if not name.isupper() else name} ökar med "
                     f"{mkr(vals[2] - vals[1])} miljoner kronor, främst på grund av {reason}.")
    sents.append(f"För planåren beräknas nettokostnaden öka till {mkr(tot[4])} miljoner kronor 2028.")
    return [first, " ".join(sents)]


# ---------------------------------------------------------------------------
# The document
# ---------------------------------------------------------------------------


def build(fill):
    """fill = number of composed paragraphs spread over the committee areas."""
    d = Doc()
    # --- cover
    for level, text in (("c", "Norrhamra kommun"), ("c", "Mål och budget 2026–2028")):
        d.heading(level, text)
    d.heading("cs", "Budget för 2026 och plan för ekonomin 2027–2028")
    d.heading("cs", "Antagen av kommunfullmäktige den 24 november 2025, § 118")
    d.heading("cs", "Diarienummer KS 2025/0412")

    toc_at = len(d.lines)  # the table of contents is inserted here afterwards

    # --- 1 foreword
    d.heading("1", "1 Ordföranden har ordet", "1")
    for p in FOREWORD:
        d.para(p)
    d.para("Lena Hagström")
    d.para("Kommunstyrelsens ordförande")

    # --- 2 vision
    d.heading("1", "2 Vision och värdegrund", "2")
    d.heading("2", "Vision Norrhamra 2035")
    for p in VISION:
        d.para(p)
    d.heading("2", "Värdegrund")
    d.para("Värdegrunden gäller alla som arbetar i kommunen, oavsett yrke och förvaltning:")
    d.items(VALUES)

    # --- 3 governance
    d.heading("1", "3 Styrmodell", "3")
    for p in GOVERNANCE_INTRO:
        d.para(p)
    d.heading("2", "3.1 Målhierarkin", "3.1")
    d.para("Målstyrningen i Norrhamra har fem nivåer:")
    d.numbered(HIERARCHY)
    d.para("Fullmäktiges mål gäller för hela mandatperioden men kan revideras i samband med budgetbeslutet om förutsättningarna har förändrats väsentligt. Nämndmålen beslutas av varje nämnd senast i december året före budgetåret och redovisas i denna budget i kapitel 7.")
    for i, (h, ps) in enumerate(GOVERNANCE_MORE, 2):
        d.heading("2", f"3.{i} {h}", f"3.{i}")
        for p in ps:
            d.para(p)
        if h == "Uppföljning och rapportering":
            d.items(FOLLOWUP, "–")
            d.para("Om en nämnd prognostiserar ett underskott eller bedömer att ett mål inte kommer att nås ska den i samma rapport redovisa vilka åtgärder som vidtas.")

    # --- 4 environment
    d.heading("1", "4 Omvärld och förutsättningar", "4")
    for i, (h, ps) in enumerate(ENVIRONMENT, 1):
        d.heading("2", f"4.{i} {h}", f"4.{i}")
        for p in ps:
            d.para(p)
        if h == "Befolkning":
            d.table([["Åldersgrupp", "2024", "2025", "2026", "2027", "2028"],
                     ["0–5 år", "1 412", "1 388", "1 371", "1 360", "1 349"],
                     ["6–15 år", "2 634", "2 651", "2 662", "2 668", "2 655"],
                     ["16–19 år", "1 048", "1 071", "1 094", "1 118", "1 131"],
                     ["20–64 år", "12 981", "13 015", "13 049", "13 070", "13 102"],
                     ["65–79 år", "4 302", "4 318", "4 331", "4 327", "4 340"],
                     ["80 år och äldre", "1 469", "1 530", "1 594", "1 660", "1 728"],
                     ["Totalt", "23 846", "23 973", "24 101", "24 203", "24 305"]])
            d.para("Källa: Kommunens befolkningsprognos, mars 2025.")
        if h == "Samhällsekonomi och skatteunderlag":
            d.table([["Procentuell förändring", "2024", "2025", "2026", "2027", "2028"],
                     ["BNP", "0,9", "1,3", "2,4", "2,2", "1,9"],
                     ["Arbetade timmar", "0,1", "0,4", "1,1", "1,0", "0,7"],
                     ["KPIF", "2,0", "2,5", "1,4", "1,8", "2,0"],
                     ["Skatteunderlag, real ökning", "0,5", "0,9", "1,3", "1,2", "1,1"]])

    # --- 5 council goals: the ONE goal section
    d.heading("1", "5 Kommunfullmäktiges mål", "5")
    d.para("Kommunfullmäktige har för mandatperioden 2023–2026 beslutat om åtta mål fördelade på tre målområden. Målen gäller till dess att ett nytt fullmäktige beslutar om nya mål och ligger därför till grund även för planåren 2027–2028. De gäller för hela kommunkoncernen. Varje mål följs av en beskrivning av vad målet innebär och av de indikatorer och målvärden som ska användas i uppföljningen.")
    d.para("Indikatorernas utfall för 2024 redovisas som utgångsvärde. Målvärdena anger den nivå som ska vara uppnådd det angivna året.")
    gi = 0
    for ai, (aname, adesc) in enumerate(AREAS):
        d.heading("2", f"5.{ai + 1} {aname}", f"5.{ai + 1}")
        d.para(adesc)
        for g in GOALS:
            if g["area"] != ai:
                continue
            gi += 1
            g["number"] = str(gi)
            d.heading("3", f"Mål {gi} – {g['short']}")
            d.line(g["statement"])
            d.lines.append("")
            for p in g["body"]:
                d.para(p)
            d.heading("4", "Indikatorer och målvärden")
            d.table([["Indikator", "Utfall 2024", "Målvärde 2026", "Målvärde 2028"]] + [list(r) for r in g["indicators"]])

    # --- 6 economy
    d.heading("1", "6 Ekonomi", "6")
    d.heading("2", "6.1 Ekonomiska förutsättningar", "6.1")
    d.para("Budgeten för 2026 bygger på en oförändrad skattesats på 22,05 kronor per skattekrona och på en befolkning på 24 101 invånare den 1 november 2025. Skatteintäkter och generella statsbidrag beräknas till 1 912 miljoner kronor, vilket är en ökning med 3,4 procent jämfört med budgeten för 2025.")
    d.para("Nettokostnaderna ökar i nästan samma takt. Den största ökningen finns inom vård och omsorg, där fler äldre och nya platser i särskilt boende ger högre kostnader. Pensionskostnaderna ökar också, främst på grund av högre förmånsbestämda pensioner.")
    d.heading("2", "6.2 Finansiella mål", "6.2")
    d.para("Kommunfullmäktige har beslutat om tre finansiella mål för god ekonomisk hushållning. Målen ska ge en långsiktigt stabil ekonomi och göra det möjligt att finansiera de stora investeringarna utan att skuldsättningen växer okontrollerat.")
    for i, f in enumerate(FIN_GOALS, 1):
        f["number"] = str(i)
        d.heading("3", f"Finansiellt mål {i} – {f['short']}")
        d.line(f["statement"])
        d.lines.append("")
        d.para(f["body"])
    d.heading("4", "Målvärden för de finansiella målen")
    d.table([["Finansiellt mål", "Budget 2026", "Plan 2027", "Plan 2028"]] + [list(f["row"]) for f in FIN_GOALS])

    d.heading("2", "6.3 Resultatbudget", "6.3")
    d.para("Resultatbudgeten visar kommunens samlade intäkter och kostnader. Belopp i miljoner kronor.")
    d.table([["Miljoner kronor", "Bokslut 2024", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"],
             ["Verksamhetens intäkter", "312,4", "318,0", "326,5", "333,1", "339,8"],
             ["Verksamhetens kostnader", "-2 002,7", "-2 071,9", "-2 142,6", "-2 201,4", "-2 262,0"],
             ["Avskrivningar", "-64,8", "-69,5", "-74,2", "-83,9", "-91,6"],
             ["Verksamhetens nettokostnader", "-1 755,1", "-1 823,4", "-1 890,3", "-1 952,2", "-2 013,8"],
             ["Skatteintäkter", "1 392,6", "1 441,2", "1 488,9", "1 537,0", "1 588,3"],
             ["Generella statsbidrag och utjämning", "398,1", "408,3", "423,1", "436,4", "447,9"],
             ["Verksamhetens resultat", "35,6", "26,1", "21,7", "21,2", "22,4"],
             ["Finansiella intäkter", "18,2", "17,5", "17,9", "18,3", "18,6"],
             ["Finansiella kostnader", "-9,4", "-8,7", "-9,9", "-11,8", "-13,4"],
             ["Årets resultat", "44,4", "34,9", "29,7", "27,7", "27,6"]])
    d.heading("2", "6.4 Balansbudget", "6.4")
    d.table([["Miljoner kronor", "Bokslut 2024", "Budget 2026", "Plan 2027", "Plan 2028"],
             ["Anläggningstillgångar", "2 118,4", "2 402,6", "2 566,3", "2 642,9"],
             ["Omsättningstillgångar", "391,7", "318,2", "296,4", "301,5"],
             ["Summa tillgångar", "2 510,1", "2 720,8", "2 862,7", "2 944,4"],
             ["Eget kapital", "1 184,3", "1 249,0", "1 276,7", "1 304,3"],
             ["Avsättningar", "118,6", "124,9", "129,3", "133,8"],
             ["Långfristiga skulder", "812,0", "934,5", "1 045,2", "1 090,0"],
             ["Kortfristiga skulder", "395,2", "412,4", "411,5", "416,3"],
             ["Summa eget kapital och skulder", "2 510,1", "2 720,8", "2 862,7", "2 944,4"]])
    d.heading("2", "6.5 Driftbudget per nämnd", "6.5")
    d.para("Nämndernas ramar avser nettokostnad. Ramarna för 2026 är fastställda; ramarna för planåren är preliminära och fastställs i nästa års budgetbeslut.")
    rows = [["Nämnd, tkr", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]]
    totals = []
    for idx, c in enumerate(COMMITTEES):
        _, tot, _ = budget_table(c, idx)
        totals.append(tot)
        rows.append([c["name"]] + [kr(v) for v in tot[1:]])
    rows.append(["Summa nämnder"] + [kr(sum(t[k] for t in totals)) for k in range(1, 5)])
    d.table(rows)
    d.heading("2", "6.6 Risker och känslighetsanalys", "6.6")
    d.para("Kommunens ekonomi påverkas av faktorer som kommunen själv inte råder över. Tabellen visar hur några av dem påverkar resultatet under ett år.")
    d.table([["Förändring", "Miljoner kronor"],
             ["Skatteunderlaget ändras med 1 procent", "14,9"],
             ["Löneökningar med 1 procent", "13,2"],
             ["Räntan ändras med 1 procentenhet", "8,1"],
             ["Prisökningar med 1 procent", "6,4"],
             ["Tio fler invånare i åldern 80 år och äldre", "3,0"]])
    d.para("Den största risken under planperioden bedöms vara en svagare utveckling av skatteunderlaget än beräknat, i kombination med fortsatt höga kostnader för placeringar inom socialtjänsten. Kommunstyrelsen har därför en central reserv på 15 miljoner kronor för 2026.")

    # --- 7 committees
    d.heading("1", "7 Nämndernas verksamhet", "7")
    d.para("I detta kapitel redovisas varje nämnds uppdrag, viktiga förändringar under planperioden, nämndens mål, de uppdrag som fullmäktige ger nämnden och nämndens budget. Nämndmålen är beslutade av respektive nämnd och är inte kommunfullmäktiges mål; de visar hur nämnden bidrar till fullmäktiges mål.")
    # distribute `fill` composed paragraphs over all committee areas, round robin
    slots = [(ci, ai) for ci, c in enumerate(COMMITTEES) for ai in range(len(c["areas"]))]
    per_area = {s: 0 for s in slots}
    for k in range(fill):
        per_area[slots[k % len(slots)]] += 1
    for ci, c in enumerate(COMMITTEES):
        d.heading("2p", f"7.{ci + 1} {c['name']}", f"7.{ci + 1}")
        d.heading("3", "Verksamhetsbeskrivning")
        for p in c["desc"]:
            d.para(p)
        d.heading("3", "Viktiga förändringar och utmaningar")
        rng = random.Random(500 + ci)
        ev = c["events"][:]
        rng.shuffle(ev)
        half = (len(ev) + 1) // 2
        d.para(" ".join(ev[:half]))
        d.para(" ".join(ev[half:]))
        d.heading("3", "Nämndens mål")
        d.para(f"{cap(c['name'])} har beslutat om följande mål för 2026. {c['links']}")
        d.numbered(c["goals"])
        d.heading("3", "Uppdrag från kommunfullmäktige")
        d.items(c["uppdrag"])
        d.heading("3", "Budget")
        brows, btot, bper = budget_table(c, ci)
        d.table(brows)
        for p in budget_comment(c, btot, bper):
            d.para(p)
        d.heading("3", "Nyckeltal")
        d.table([["Nyckeltal", "Utfall 2024", "Budget 2025", "Budget 2026"]] + [list(r) for r in c["keys"]])
        if any(per_area[(ci, ai)] for ai in range(len(c["areas"]))):
            d.heading("3", "Verksamheten i korthet")
            for ai, (aname, adef, spec) in enumerate(c["areas"]):
                n = per_area[(ci, ai)]
                if not n:
                    continue
                d.heading("4", aname)
                for p in area_paragraphs(ci, ai, spec, adef, n):
                    d.para(p)

    # --- 8 investments
    d.heading("1", "8 Investeringsplan", "8")
    d.para("Investeringsplanen omfattar skattefinansierade investeringar. Belopp anges som totala utgifter i tusentals kronor för hela projektet. Investeringar i vatten och avlopp görs av Norrhamra Vatten AB och redovisas i bolagets affärsplan.")
    inv = list(INVESTMENTS)
    extra = max(0, fill // 40 - 3)
    for k in range(extra):
        inv.append((f"Reinvestering i verksamhetslokaler, etapp {k + 1}", 3000 + 250 * (k % 7), str(2026 + k % 3)))
    d.numbered([f"{n} – {kr(a)} tkr ({p})" for n, a, p in inv])
    d.table([["Tkr", "Budget 2026", "Plan 2027", "Plan 2028"],
             ["Kommunstyrelsen", "31 200", "42 800", "24 100"],
             ["Barn- och utbildningsnämnden", "86 400", "62 300", "9 800"],
             ["Vård- och omsorgsnämnden", "104 600", "81 200", "4 500"],
             ["Kultur- och fritidsnämnden", "5 900", "7 100", "6 300"],
             ["Tekniska nämnden", "46 300", "49 700", "41 900"],
             ["Summa investeringar", "274 400", "243 100", "86 600"]])

    # --- 9 appendices
    d.heading("1", "9 Bilagor", "9")
    d.heading("2", "Bilaga 1. Styrdokument som beslutas av kommunfullmäktige", "Bilaga 1")
    d.para("Följande styrdokument gäller vid sidan av budgeten och ska beaktas av nämnder och bolag:")
    docs = list(APPENDIX_DOCS)
    d.numbered(docs)
    d.heading("2", "Bilaga 2. Taxor och avgifter i urval", "Bilaga 2")
    d.para("Taxorna beslutas i särskild ordning. Tabellen visar några av de avgifter som gäller från den 1 januari 2026.")
    fee = [["Avgift", "Belopp 2026"]] + [list(r) for r in FEE_ROWS]
    for k in range(max(0, fill // 25 - 4)):
        fee.append([f"Timavgift, handläggning enligt taxa, kategori {k + 1}", f"{kr(900 + 35 * k)} kr"])
    d.table(fee, right=False)
    d.heading("2", "Bilaga 3. Ordlista", "Bilaga 3")
    for term, expl in GLOSSARY:
        d.para(f"{term} – {expl}")

    # --- table of contents, with estimated page numbers: the cover is page 1,
    # the contents page 2, and every chapter and committee starts a new page
    toc = ["Innehåll", ""]
    breaks = {t for lv, t in d.headings if lv in ("1", "2p")}
    for label, text, at in d.toc:
        page = 2 + page_estimate_lines(d.lines[toc_at:at + 1], breaks)
        dots = "." * (8 if "." in label or label.startswith("Bilaga") else 12)
        toc.append(f"{text} {dots} {page}")
    toc.append("")
    d.lines[toc_at:toc_at] = toc
    d.headings.insert(2, ("1", "Innehåll"))
    return d


LINES_PER_PAGE = 50.0


def page_estimate_lines(lines, breaks):
    """Rough A4 page count of lines, with a new page at every line in breaks."""
    total, chunk = 0, []
    for ln in lines:
        if ln in breaks and chunk:
            total += math.ceil(est_float(chunk))
            chunk = []
        chunk.append(ln)
    return total + math.ceil(est_float(chunk))


def page_estimate(d):
    """Estimate with a page break before every chapter and committee heading."""
    return page_estimate_lines(d.lines, {t for lv, t in d.headings if lv in ("1", "2p")})


def est_float(lines):
    p = 0.0
    for ln in lines:
        if ln == "":
            p += 0.45
        elif "   " in ln.strip():
            p += 1.25
        else:
            p += max(1, math.ceil(len(ln) / 95))
    return p / LINES_PER_PAGE


def expected():
    goals = []
    area_names = [a[0].split(" – ", 1)[1] for a in AREAS]
    for g in GOALS:
        inds = []
        for text, _utfall, t26, t28 in g["indicators"]:
            inds.append({"text": text, "target": t26, "year": 2026})
            inds.append({"text": text, "target": t28, "year": 2028})
        goals.append({"number": g["number"], "shortName": g["short"], "statement": g["statement"],
                      "area": area_names[g["area"]], "kind": "operational", "indicators": inds})
    for f in FIN_GOALS:
        label = f["row"][0]
        inds = [{"text": label, "target": f["row"][k], "year": 2025 + k} for k in (1, 2, 3)]
        goals.append({"number": f["number"], "shortName": f["short"], "statement": f["statement"],
                      "area": None, "kind": "financial", "indicators": inds})
    return {"municipality": KOMMUN, "goals": goals}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=64, help="approximate number of A4 pages (default 64)")
    ap.add_argument("--out", default=os.path.join(here, "mal-och-budget.txt"))
    ap.add_argument("--expected", default=os.path.join(here, "mal-och-budget.expected.json"))
    ap.add_argument("--headings", default=None, help="also write the heading lines (LEVEL|TEXT)")
    ap.add_argument("--quiet", action="store_true", help="print nothing")
    a = ap.parse_args()

    fill = 0
    d = build(fill)
    while page_estimate(d) < a.pages and fill < 20000:
        fill += 5
        d = build(fill)

    text = "\n".join(d.lines).rstrip("\n") + "\n"
    # every heading text must be a line of its own, and no prose line may
    # accidentally equal a heading (the PDF script marks headings by exact line)
    lineset = set(d.lines)
    for _lv, t in d.headings:
        assert t in lineset, t
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(a.expected, "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    if a.headings:
        seen = []
        for lv, t in d.headings:
            if (lv, t) not in seen:
                seen.append((lv, t))
        with open(a.headings, "w", encoding="utf-8", newline="\n") as f:
            for lv, t in seen:
                f.write(f"{lv}|{t}\n")
    if not a.quiet:
        print(f"wrote {a.out}: {len(text)} characters, {text.count(chr(10))} lines, "
              f"fill {fill}, estimated {page_estimate(d)} pages", file=sys.stderr)


if __name__ == "__main__":
    main()
