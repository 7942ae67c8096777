using System.Text.RegularExpressions;

namespace MalAnalys.Structure;

/// <summary>
/// The words by which Swedish goal documents announce their council's goals, and those by which they announce lists
/// that are not goals. All patterns run on folded text (lower case, å/ä/ö as a/a/o), so OCR that lost the marks
/// matches too.
/// </summary>
internal static partial class GoalCues
{
    /// <summary>Whether folded text names the council's goals: "övergripande mål", "kommunfullmäktiges mål", "inriktningsmål", "finansiella mål", "följande fyra mål".</summary>
    public static bool NamesGoals(ReadOnlySpan<char> folded) =>
        GoalWords().IsMatch(folded) && (!GlobalGoals().IsMatch(folded) || GoalWords().IsMatch(GlobalGoals().Replace(folded.ToString(), " ")));

    // The United Nations' goals ("de 17 globala målen", "FN:s globala mål") are no council's goals.
    [GeneratedRegex(@"\b(?:(?:de )?17 |fns )?globala (?:hallbarhets)?mal(?:en)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex GlobalGoals();

    /// <summary>Whether folded text names something that is not a goal: indicators, assignments, activities, values, scales, documents.</summary>
    public static bool NamesNonGoals(ReadOnlySpan<char> folded) => NonGoalWords().IsMatch(folded);

    /// <summary>
    /// Whether folded text reports what was done rather than states a goal: a perfect or past passive ("har
    /// förbättrats", "har genomförts", "invigdes", "beslutades") or, in a sentence, a past verb ("Befolkningen ökade").
    /// </summary>
    public static bool ReportsResult(string folded) =>
        PerfectOrPastPassive().IsMatch(folded) || (folded.Split(' ').Length >= 5 && !Modal().IsMatch(folded) && PastVerb().IsMatch(folded));

    /// <summary>Whether folded text begins by naming a perspective or an area ("Medborgarperspektivet som beskriver …").</summary>
    public static bool NamesPerspective(string folded) => PerspectiveStart().IsMatch(folded);

    [GeneratedRegex(@"\bhar\s+(?:\w+\s+)?\w{3,}(?:ats|its|tts|at|it)\b|\b\w{3,}(?:ades|des)\b|\b\w{4,}tes\b", RegexOptions.CultureInvariant)]
    private static partial Regex PerfectOrPastPassive();

    [GeneratedRegex(@"^\S+\s.*\b(?:\w{3,}ade|blev|vann|fick|gjorde)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastVerb();

    [GeneratedRegex(@"^\w*(?:perspektiv(?:et)?|omradet)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PerspectiveStart();

    /// <summary>Whether folded text names goals of a committee, company or department rather than of the council.</summary>
    public static bool NamesCommitteeGoals(ReadOnlySpan<char> folded) => CommitteeGoalWords().IsMatch(folded);

    /// <summary>Whether folded text names a committee, board or company ("Nämndens grunduppdrag", "Kommunstyrelsens inriktning", "Bolagen"): a heading that opens its section.</summary>
    public static bool NamesCommittee(ReadOnlySpan<char> folded) => CommitteeWord().IsMatch(folded);

    [GeneratedRegex(@"\b\w*(?:namnd|namnder|styrelse|bolag)(?:en|ens|erna|ernas|ns|ets|s|et)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex CommitteeWord();

    /// <summary>Whether folded text speaks of goals a committee or company set itself ("Nämndens mål", "Socialnämnden har beslutat om följande mål") rather than goals the council set for it.</summary>
    public static bool NamesCommitteesOwnGoals(ReadOnlySpan<char> folded) => CommitteesOwnGoals().IsMatch(folded);

    [GeneratedRegex(@"\bmal(?:en)? for (?:[\w\-]+\s+){0,4}\w*(?:namnden|styrelsen|bolaget)\b|\b\w*(?:namnd|styrelse|bolag)(?:ens|ns|ets|s)\s+(?:\w+\s+)?mal\b|\bnamnds?mal|\b\w*(?:namnden|styrelsen|bolaget) har (?:beslutat|antagit|faststallt)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CommitteesOwnGoals();

    /// <summary>
    /// Whether folded text names two levels of goals, the council's and the ones that make them concrete
    /// ("Kommunfullmäktiges strategiska mål och resultatmål"): under it, the council's goals head lists of the lower level.
    /// </summary>
    public static bool NamesTwoLevels(ReadOnlySpan<char> folded) => TwoLevels().IsMatch(folded);

    [GeneratedRegex(@"\bmal (?:och|samt|med) (?:tillhorande |underliggande )?(?:resultatmal|delmal|nämndmal|namndmal|verksamhetsmal|etappmal)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TwoLevels();

    /// <summary>Whether folded text names financial goals ("finansiella mål", "god ekonomisk hushållning").</summary>
    public static bool NamesFinancialGoals(ReadOnlySpan<char> folded) => FinancialSection().IsMatch(folded);

    /// <summary>Folded text without its names of financial goals: what is left names other goals too when it still <see cref="NamesGoals"/> ("övergripande och finansiella mål").</summary>
    public static string WithoutFinancial(string folded) => FinancialSection().Replace(folded, " ");

    /// <summary>Whether a goal statement (folded) is about the organisation's own finances.</summary>
    public static bool IsFinancialStatement(ReadOnlySpan<char> folded) => FinancialStatement().IsMatch(folded);

    /// <summary>Whether an item of a list (folded) reads as a step of an assessment scale or a legend rather than a goal.</summary>
    public static bool IsScaleStep(ReadOnlySpan<char> folded) => ScaleStep().IsMatch(folded);

    /// <summary>Whether a folded heading names a kind of document ("Översiktsplan och detaljplan", "Befolkningsprognos"): the heading of a link to one, not a goal.</summary>
    public static bool NamesDocumentKind(ReadOnlySpan<char> folded) => DocumentKind().IsMatch(folded);

    [GeneratedRegex(@"\w*(?:plan|planer|planen|program|programmet|prognos|prognoser|policy|riktlinjer|rapport|rapporter|styrdokument)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentKind();

    /// <summary>Whether folded text states or describes the council's vision rather than a goal ("Kommunens vision är att …", "Visionen lyder …", "Visionen pekar ut riktningen …").</summary>
    public static bool StatesVision(ReadOnlySpan<char> folded) => VisionStatement().IsMatch(folded);

    [GeneratedRegex(@"^(?:(?:kommunens|regionens|stadens|var|den|nya)\s+)?vision(?:en|sberattelsen)?(?:\s+\d{4})?\s+(?:ar|lyder|pekar|beskriver|visar|uttrycker|innebar|handlar|anger|tar|ger|bestar av|omfattar|innehaller)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VisionStatement();

    /// <summary>Whether a folded heading is the title of a vision ("Vision", "Vår vision", "Kommunens vision 2030"): what stands under it is the vision.</summary>
    public static bool TitlesVision(ReadOnlySpan<char> folded) => VisionTitle().IsMatch(folded);

    [GeneratedRegex(@"^(?:var |kommunens |regionens |stadens )?vision(?:en)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex VisionTitle();

    /// <summary>Whether folded text is a modal goal sentence ("… ska öka", "… skall vara", "… bör uppgå").</summary>
    public static bool IsModal(ReadOnlySpan<char> folded) => Modal().IsMatch(folded);

    /// <summary>Where a sentence that explains rather than states the goal begins ("Detta ska ske genom …", "Det innebär …", "Att två procent … innebär att …"), or -1.</summary>
    public static int ExplanationStart(string text) => Explanation().Match(text) is { Success: true } m ? m.Index : -1;

    /// <summary>Whether folded text ends by announcing the areas below it ("… följande målområden:", "De fyra fokusområdena är:").</summary>
    public static bool AnnouncesAreas(string folded) => AreasAnnounced().IsMatch(folded);

    /// <summary>
    /// Whether folded text says the goals stand under each area ("Under varje målområde har fullmäktige fastställt tre
    /// mål", "Inom varje prioriterat område finns övergripande mål"): the areas are not the goals.
    /// </summary>
    public static bool PlacesGoalsUnderEachArea(string folded) => GoalsUnderEachArea().IsMatch(folded);

    [GeneratedRegex(@"\b(?:under|inom|for|i|till)\s+(?:varje|respektive)\s+(?:\w+\s+)?(?:mal|fokus|strategi)?(?:omrade|omradet|perspektiv|perspektivet)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GoalsUnderEachArea();

    [GeneratedRegex(@"\b(?:mal|fokus|strategi|utvecklings|insats)?omraden(?:a)?\b[^.]*:$", RegexOptions.CultureInvariant)]
    private static partial Regex AreasAnnounced();

    /// <summary>Where a status remark after a goal begins ("– målet delvis uppfyllt"), or -1.</summary>
    public static int StatusStart(string folded) => Status().Match(folded) is { Success: true } m ? m.Index : -1;

    // Goal words: a qualifier before mål (up to two words between), or a compound that is itself a goal word. The
    // patterns are only asked whether they match, so their bounded loops are greedy: the source-generated matcher of
    // .NET 10 threw IndexOutOfRangeException on " pa kommunovergripande niva ar " with the lazy form ({0,2}?).
    [GeneratedRegex(@"(?:\b(?:(?:kommun|region|landstings|koncern)?over?gripande|overordnade|underliggande|allmanna|strategiska|prioriterade|riktade|langsiktiga|politiska|finansiella|ekonomiska|kommunfullmaktiges|fullmaktiges|regionfullmaktiges|landstingsfullmaktiges|kommunens|regionens|landstingets|stadens|koncernens|kommuns|regions|stads|antagna|beslutade|foljande|dessa|vara|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|tre|tva|\d{1,2})\s+(?:[a-z\-]+\s+){0,2}(?:mal|malen|inriktningsmal(?:en)?|effektmal(?:en)?|verksamhetsmal(?:en)?|malomraden?)\b)|\b(?:inriktningsmal|effektmal|utvecklingsmal|resultatmal|kommunmal|fokusmal|regionmal|fullmaktigemal|kommunfullmaktigemal|huvudmal|mandatmal|mandatperiodsmal|overgripande mal|finansiella mal|strategiska mal|malomraden|malomrade|malen for)(?:en|et)?\b|\bmalen (?:under|inom) (?:inriktningen|omradet|malomradet|fokusomradet|perspektivet)\b|\bmal for (?:god ekonomisk hushallning|mandatperioden|perioden|\d{4})|\bmal (?:och|samt) (?:inriktning|riktlinjer)\b|\bgod ekonomisk hushallning\b|\b(?:kommun|region|landstings)?fullmaktige\b[^.:]{0,60}\bmal(?:en)?\b|\bmalsattning(?:ar|arna)?\b|\bprioriterade omraden (?:for|i|inom)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GoalWords();

    [GeneratedRegex(@"\b(?:indikator\w*|nyckeltal\w*|styrtal\w*|matt(?:en)?|uppdrag(?:en|et)?|aktivitet\w*|atgard\w*|vardegrund\w*|vardeord\w*|varderingar\w*|(?:gemensamma|grundlaggande|vara) varden|(?:olika )?uppgifter(?:na)?|kannetecken\w*|kannetecknas|forhallningssatt\w*|roller(?:na)?|rollfordelning\w*|skalan|bedom\w*|teckenforklaring|fargmarkering\w*|fargkod\w*|symbol\w*|lag(?:ar|arna|stiftning)|dokument\w*|lanka\w*|las mer|utgangslage|budgeten \d{4} ger|ger bland annat|detta ska ske genom|satsning\w*|strategi(?:er|erna)?|utmaning(?:ar|arna|en)?|principer\w*|galla for malen|forvanta(?:t|d|de) resultat(?:en)?|innehall(?:sforteckning)?|meny|genvagar|senast (?:uppdaterad|andrad|granskad))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NonGoalWords();

    [GeneratedRegex(@"\b(?:namnd\w*|nämndsmal|bolag\w*|forvaltning\w*|verksamhetsomradesmal\w*|styrelsens)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CommitteeGoalWords();

    [GeneratedRegex(@"\b(?:finansiella|ekonomiska) (?:\w+ )?(?:mal|inriktningsmal|resultatmal)|\bgod ekonomisk hushallning\b", RegexOptions.CultureInvariant)]
    private static partial Regex FinancialSection();

    [GeneratedRegex(@"\b(?:arets resultat|resultat(?:et|mal\w*)?|overskott\w*|soliditet\w*|skatteintakt\w*|statsbidrag\w*|sjalvfinansier\w*|egenfinansier\w*|laneskuld\w*|skuldsattning\w*|amorter\w*|nettokostnad\w*|nettoinvestering\w*|investeringsvolym\w*|likvid\w*|betalningsberedskap\w*|budget i balans|ekonomi i balans|balanserad budget|god ekonomisk hushallning|ekonomiskt hallbar\w*|ekonomisk hallbarhet|stark ekonomi|hallbar ekonomi|sund ekonomi|resursinsats|kostnadseffektiv\w*|pensionsatagande\w*|skattesats\w*|finansiering\w*|budgetram\w*|nettokostnad\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FinancialStatement();

    [GeneratedRegex(@"^(?:ej |inte )?(?:uppnatt|uppfyllt|delvis|nar (?:delvis |inte )?malet|vid (?:hel|delvis|ej) maluppfyllelse|malet (?:ar|kan)|malet (?:ej |inte |delvis )?(?:uppnatt|uppfyllt|nas)|gront|gult|rott)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ScaleStep();

    [GeneratedRegex(@"\b(?:ska|skall|bor|ska vi|kommer att|far inte|maste)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Modal();

    /// <summary>Whether a folded sentence states a goal: a modal verb in its main clause, not only in a purpose clause ("… behövs för att investeringarna ska kunna …").</summary>
    public static bool IsGoalSentence(string folded)
    {
        // A sentence that opens with the purpose ("För att …, ska resultatet …") has its main clause after it.
        var purpose = Purpose().Match(folded);
        return IsModal(purpose.Success && purpose.Index > 0 ? folded.AsSpan(0, purpose.Index) : folded);
    }

    [GeneratedRegex(@"\b(?:for att|sa att|om att|nar|eftersom|da)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Purpose();

    [GeneratedRegex(@"(?<=[.!?]\s+|\s)(?:Detta ska ske|Detta sker|Det innebär|Detta innebär|Det leder|Det betyder|Målet innebär|Det handlar|Här ingår|Läs mer)\b|(?<=[.!?]\s+)(?=\p{Lu}[^.!?]{0,160}\binnebär att\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Explanation();

    [GeneratedRegex(@"\s+[–—-]\s+malet (?:ar |bedoms )?(?:delvis |inte |ej )?(?:uppfyllt|uppnatt|nas)", RegexOptions.CultureInvariant)]
    private static partial Regex Status();
}
