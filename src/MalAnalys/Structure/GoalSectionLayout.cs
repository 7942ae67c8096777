using System.Buffers;
using System.Text.RegularExpressions;
using MalAnalys.Documents;
using MalAnalys.Swedish;

namespace MalAnalys.Structure;

/// <summary>
/// Goals found as the items of a goal section, whatever their typography: a heading or sentence that names the
/// council's goals ("Kommunfullmäktiges strategiska mål", "… beslutades om följande fyra mål") announces them, and the
/// goals are the numbered or bulleted items that follow it, goal labels with their statements ("Mål 3: …",
/// "Målområde 1:2" over a sentence, "Inriktningsmål: …", "Resultatmål"), or, in a section without lists, headings
/// with their statements and short statement lines over explanations. Lists announced as something else (indicators,
/// assignments, core values, an assessment scale, documents), navigation and committee goals under a council goal
/// are not taken.
/// </summary>
internal static partial class GoalSectionLayout
{
    /// <summary>How many units before a list are read as its introduction.</summary>
    private const int ContextUnits = 4;

    /// <param name="ps">The paragraphs.</param>
    /// <param name="stop">Where the goal part ends (the principles heading, or the end).</param>
    /// <param name="log">Receives each decision with body offsets, or <see langword="null"/>.</param>
    public static LayoutMatch? Find(IReadOnlyList<Paragraph> ps, int stop, List<(string What, bool Taken, string Reason, int Start, int End, string Text)>? log = null) =>
        Find(ps, stop, log, out _);

    /// <summary>
    /// The goal sections' reading, and, where it gives no goals, the last reading of a document nothing else gives goals
    /// (<paramref name="areasCalledGoals"/>, built only when called): a list announced as goal areas ("Dessa målområden
    /// är:"), whose items the text then speaks of as its goals ("För att kunna nå målen …"), gives the goals when it is
    /// the only such list.
    /// </summary>
    /// <param name="ps">The paragraphs.</param>
    /// <param name="stop">Where the goal part ends (the principles heading, or the end).</param>
    /// <param name="log">Receives each decision with body offsets, or <see langword="null"/>.</param>
    /// <param name="areasCalledGoals">The last reading, or <see langword="null"/> when there is none.</param>
    public static LayoutMatch? Find(IReadOnlyList<Paragraph> ps, int stop, List<(string What, bool Taken, string Reason, int Start, int End, string Text)>? log, out Func<LayoutMatch>? areasCalledGoals)
    {
        areasCalledGoals = null;
        var units = TextUnits.Classify(ps, stop);
        var state = Read(ps, units, log);
        if (state.Goals.Count > 0)
        {
            return state.Build();
        }

        if (state.AreaListsCalledGoals is [var (run, items, context)])
        {
            areasCalledGoals = () =>
            {
                var fallback = new State(ps, units) { Log = log };
                TakeItems(fallback, run, items, context);
                fallback.Note("list", true, "goal areas the text then speaks of as its goals, where nothing else gives goals", units[items[0]]);
                return fallback.Build();
            };
        }

        return null;
    }

    private static State Read(IReadOnlyList<Paragraph> ps, List<TextUnit> units, List<(string What, bool Taken, string Reason, int Start, int End, string Text)>? log)
    {
        var state = new State(ps, units) { Log = log };
        if (units.Count > 0)
        {
            TitleCalledGoal(state);
            AreaNamesCalledGoals(state);
            CountedNameLists(state);
            Lists(state);
            Labels(state);
            FieldLabels(state);
            AreaGoalRows(state);
            CellPerLineTables(state);
            PerspectivesNamedAbove(state);
            Headed(state);
        }

        return state;
    }

    /// <summary>
    /// Whether a list announced as goal areas is spoken of as goals right after it: the next paragraph's first
    /// sentences say "målen" or "dessa tre mål".
    /// </summary>
    private static bool AreasCalledGoals(State s, List<int> run, TextUnit intro)
    {
        var units = s.Units;
        var after = run[^1] + 1;
        if (!AreasOrPartsWord().IsMatch(Diacritics.FoldLower(intro.Content)) || after >= units.Count || units[after].Kind != UnitKind.Text || !s.IsParagraphStart(after) || run.Count > 8)
        {
            return false;
        }

        var paragraph = string.Join(' ', units.Skip(after).TakeWhile(u => u.Paragraph == units[after].Paragraph).Select(u => u.Folded));
        var sentences = SentenceEnd().Split(paragraph);
        // "Kommunstyrelsen och varje nämnd har strategiska mål inom respektive målområde": the goals are the committees'.
        // "Under varje målområde har fullmäktige fastställt tre övergripande mål": the goals stand under the areas, elsewhere.
        return sentences.Take(2).Any(t => GoalsSpokenOf().IsMatch(t)) && !sentences.Take(2).Any(t => CommitteesHaveGoals().IsMatch(t) || GoalCues.PlacesGoalsUnderEachArea(t)) && run.All(r => units[r].Words <= 12);
    }

    [GeneratedRegex(@"\b\w*(?:namnd|namnder|styrelse|styrelsen|bolag|bolagen)\s+(?:\w+\s+){0,3}har\s+(?:\w+\s+){0,2}mal\b", RegexOptions.CultureInvariant)]
    private static partial Regex CommitteesHaveGoals();

    // "… nå målen", "dessa tre mål": the goals just listed.
    [GeneratedRegex(@"\bmalen\b|\bdessa (?:\w+ )?mal\b", RegexOptions.CultureInvariant)]
    private static partial Regex GoalsSpokenOf();

    /// <summary>Bulleted and numbered lists announced as the council's goals.</summary>
    private static void Lists(State s)
    {
        var units = s.Units;
        var i = 0;
        while (i < units.Count)
        {
            // (Items already read as the body of a goal above them are no list of goals.)
            if (units[i].Kind != UnitKind.Item || s.Used[i] || s.Held[i])
            {
                i++;
                continue;
            }

            var run = new List<int> { i };
            var j = i + 1;
            while (j < units.Count && !s.Used[j] && !s.Held[j])
            {
                var u = units[j];
                if (u.Kind == UnitKind.Item)
                {
                    run.Add(j++);
                }
                else if (u.Kind == UnitKind.Text && u.Words <= 2 && !LayoutRules.EndsSentence(u.Content))
                {
                    // An empty field label between items ("Målvärde") belongs to the item above.
                    j++;
                }
                else if (u.Kind == UnitKind.Text && u.Paragraph == units[j - 1].Paragraph && units[j - 1].Kind == UnitKind.Item && u.Words <= 12 && !u.Content.EndsWith(':')
                    && j + 1 < units.Count && (units[j + 1].Kind == UnitKind.Item && units[j + 1].Paragraph == u.Paragraph
                        || units[j + 1].Kind is UnitKind.Heading && j + 2 < units.Count && units[j + 2].Kind == UnitKind.Item && s.IsAreaLike(j + 1)))
                {
                    // A short follow-up line under an item ("Årlig utvärdering."), its indentation lost: it belongs to the item above.
                    j++;
                }
                else if (u.Kind is UnitKind.Heading or UnitKind.Label && j + 1 < units.Count && units[j + 1].Kind == UnitKind.Item
                    && !GoalCues.NamesNonGoals(u.Folded) && !GoalCues.NamesCommittee(u.Folded) && s.IsAreaLike(j))
                {
                    // An area heading between two groups of goals (a committee's heading, "Nämndens uppdrag", ends them).
                    j++;
                }
                else if (u.Kind == UnitKind.Text && u.Paragraph == units[run[^1]].Paragraph && ExplainedItemResumes(units, run, j) is var next and > 0)
                {
                    // An item's explanation, indented under it, then the next item of the same list.
                    j = next;
                }
                else if (NextInSequence(units, run[^1], j) is var resume and > 0)
                {
                    // "1. …", committee goals or an explanation, "2. …": the numbered list goes on; what stands between belongs to the item above.
                    j = resume;
                }
                else
                {
                    break;
                }
            }

            TakeList(s, run);
            i = j;
        }
    }

    /// <summary>
    /// Where a list resumes after the explanation lines under its last item: the next unit that is not text, when it
    /// is an item at the list's indentation in the same paragraph and the last item is a short name; otherwise -1.
    /// </summary>
    private static int ExplainedItemResumes(List<TextUnit> units, List<int> run, int from)
    {
        var item = units[run[^1]];
        if (item.Words > 6 || LayoutRules.EndsSentence(item.Content))
        {
            return -1;
        }

        var k = from;
        while (k < units.Count && units[k].Kind == UnitKind.Text && units[k].Paragraph == item.Paragraph && units[k].Indent > item.Indent)
        {
            k++;
        }

        return k < units.Count && k > from && units[k].Kind == UnitKind.Item && units[k].Paragraph == item.Paragraph && units[k].Indent == item.Indent ? k : -1;
    }

    /// <summary>The unit, within a few after <paramref name="from"/>, of the numbered item that follows <paramref name="item"/> in sequence ("2." after "1."), or -1.</summary>
    private static int NextInSequence(List<TextUnit> units, int item, int from)
    {
        if (units[item].Number is not { } number || !int.TryParse(number, out var n))
        {
            return -1;
        }

        var next = (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var k = from; k < units.Count && k - from < 8; k++)
        {
            var u = units[k];
            if (u.Kind == UnitKind.Item)
            {
                return u.Number == next && u.Indent == units[item].Indent ? k : -1;
            }

            if (u.Kind == UnitKind.Heading && (GoalCues.NamesGoals(u.WholeFolded) || GoalCues.NamesNonGoals(u.Folded)))
            {
                return -1;
            }
        }

        return -1;
    }

    private static void TakeList(State s, List<int> run)
    {
        var units = s.Units;
        var context = ListContext(units, run);

        run = WithoutNavigation(units, run, context);
        var mainIndent = units[run[0]].Indent;
        var items = HeadsOfFieldedItems(units, run, run.Where(r => units[r].Indent <= mainIndent).ToList());
        if (CompletesSentenceOrCommittee(s, run, items, context))
        {
            return;
        }

        var intro = context.Count > 0 ? context[0] : null;
        var cue = context.Any(u => GoalCues.NamesGoals(u.WholeFolded)) || s.CueHeadingAbove(run[0]) || s.ContinuesGoalLists(run[0]) || BareGoalHeadingOverStatements(units, run, items);
        var negative = IntroducedAsNonGoals(intro, context);
        if (items.Count == 0)
        {
            return;
        }

        var first = units[items[0]];
        if (!cue || negative)
        {
            if (cue && AreasCalledGoals(s, run, intro!))
            {
                s.AreaListsCalledGoals.Add((run, items, context));
            }

            s.Note("list", false, !cue ? $"{items.Count} items; no heading or sentence before it names the council's goals" : $"{items.Count} items introduced as something else: '{Short(intro!.Content)}'", first);
            return;
        }

        if (s.SectionHeadingAbove(run[0]) is { } section && GoalCues.NamesTwoLevels(units[section].WholeFolded) && run[0] - 1 > section && IsGoalHead(units[run[0] - 1]))
        {
            TakeTwoLevels(s, run, section, "items of the lower level under the goal");
            return;
        }

        if (items.Count == 1 && !SingleItemAnnounced(units, run, intro) && !s.NextNameOverDescription(run[0]) && !(s.ContinuesGoalLists(run[0]) && AreaHeadingJustAbove(s, run[0])))
        {
            s.Note("list", false, "a single item without an introduction that announces goals", first);
            return;
        }

        if (2 * items.Count(r => GoalCues.ReportsResult(units[r].Folded)) > items.Count && s.SectionHeadingAbove(run[0]) is { } goalSection && run[0] - 1 > goalSection && IsGoalHead(units[run[0] - 1]))
        {
            // A follow-up: each goal is a heading over what was done for it ("Befolkningen ökade …", "… har genomförts").
            TakeTwoLevels(s, run, goalSection, "results reported under the goal");
            return;
        }

        var rejected = Rejected(units, items) ?? (NameSectionsBelow(units, run, items) ? "the items name the sections below them (areas or perspectives)" : null);
        if (rejected is not null)
        {
            s.Note("list", false, $"{items.Count} items: {rejected}", first);
            return;
        }

        TakeItems(s, run, items, context);
    }

    /// <summary>
    /// "… har antagit inriktningsmål som är vägledande för all verksamhet:", then one goal sentence as a paragraph of its
    /// own, then the list of the other goals: the sentence between the announcement and the list is the first goal.
    /// </summary>
    private static void TakeLeadingStatement(State s, List<int> run, List<TextUnit> context)
    {
        var lead = run[0] - 1;
        var units = s.Units;
        if (context.Count < 2 || lead < 0 || s.Used[lead] || units[lead].Kind != UnitKind.Text || !s.IsParagraphStart(lead) || !s.IsLastLineOfParagraph(lead)
            || !context[1].Content.EndsWith(':') || !GoalCues.NamesGoals(context[1].WholeFolded) || GoalCues.NamesNonGoals(context[1].WholeFolded))
        {
            return;
        }

        var u = units[lead];
        if (u.Words <= 30 && LayoutRules.EndsSentence(u.Content) && GoalCues.IsGoalSentence(u.Folded) && !ContinuesText().IsMatch(u.Content))
        {
            s.Add(lead, null, null, u.Content, u.Start, u.End, last: lead);
            s.Used[lead] = true;
            s.Note("list", true, $"a goal sentence between the announcement '{Short(context[1].Content)}' and its list", u);
        }
    }

    /// <summary>
    /// Whether a list is passed over because its items complete the sentence above them ("… ska öka över tid och • år
    /// 2025 nå 15 procent"), or because the nearest announcement makes them a committee's own goals ("Socialnämnden har
    /// beslutat om följande mål", "Nämndens mål").
    /// </summary>
    private static bool CompletesSentenceOrCommittee(State s, List<int> run, List<int> items, List<TextUnit> context)
    {
        var units = s.Units;
        // ("… uppnår visionen genom fyra mål:" / "Kommunen ska vara en plats…" / "• med …": the sentence the items complete
        // is itself announced as the goals, so the items are the goals.)
        if (run[0] > 0 && units[run[0] - 1] is { Kind: UnitKind.Text or UnitKind.Heading } lead && !LayoutRules.EndsSentence(lead.Content) && GoalCues.IsModal(lead.Folded)
            && items.All(r => char.IsLower(units[r].Content[0]) || char.IsDigit(units[r].Content[0]))
            && !(run[0] > 1 && units[run[0] - 2] is { Kind: UnitKind.Text } above && above.Content.TrimEnd().EndsWith(':') && GoalCues.NamesGoals(above.Folded) && !GoalCues.NamesNonGoals(above.Folded)))
        {
            s.Note("list", false, $"{items.Count} items complete the sentence above: '{Short(lead.Content)}'", units[run[0]]);
            return true;
        }

        var owner = context.FirstOrDefault(u => GoalCues.NamesGoals(u.WholeFolded) || GoalCues.NamesCommitteesOwnGoals(FirstSentence(u.WholeFolded)));
        if (owner is not null && GoalCues.NamesCommitteesOwnGoals(FirstSentence(owner.WholeFolded)) && !IntroducesCouncilGoals(owner))
        {
            s.Note("list", false, $"{run.Count} items of a committee's own goals: '{Short(owner.Content)}'", units[run[0]]);
            return true;
        }

        return false;
    }

    // An area's heading right over a list, or over the area's lead sentence and the list: a single item there goes on
    // with the goal lists above ("Grön omställning" / its lead sentence / "• …").
    private static bool AreaHeadingJustAbove(State s, int first)
    {
        for (var k = first - 1; k >= 0 && first - k <= 3; k--)
        {
            var u = s.Units[k];
            if (u.Kind == UnitKind.Heading)
            {
                return s.IsAreaLike(k) && !GoalCues.NamesNonGoals(u.Folded);
            }

            if (u.Kind != UnitKind.Text)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a paragraph ends with a sentence that introduces the council's goals ("… nämndmål och nyckeltal. De
    /// övergripande målen är:"): its last sentence, not its first, says whose the list below is.
    /// </summary>
    private static bool IntroducesCouncilGoals(TextUnit paragraph)
    {
        var content = paragraph.Content.TrimEnd();
        if (!content.EndsWith(':'))
        {
            return false;
        }

        var last = Diacritics.FoldLower(SentenceEnd().Split(content)[^1]);
        return last.Length < content.Length && GoalCues.NamesGoals(last) && !GoalCues.NamesCommitteesOwnGoals(last) && !GoalCues.NamesCommitteeGoals(last);
    }

    /// <summary>
    /// A heading that is only the word "Mål" ("Målen", "Våra mål") right over a list of two or more items that are
    /// nearly all goal sentences ("… ska …"): the heading names them as the goals, although it names no kind of goal.
    /// </summary>
    private static bool BareGoalHeadingOverStatements(List<TextUnit> units, List<int> run, List<int> items) =>
        run[0] > 0 && units[run[0] - 1] is { Kind: UnitKind.Heading or UnitKind.Label } above && BareGoalWord().IsMatch(above.WholeFolded.Trim())
        && (items.Count >= 2 && 4 * items.Count(r => GoalCues.IsGoalSentence(units[r].Folded)) >= 3 * items.Count || AreaLabelAbove(units, run[0] - 1) >= 0)
        && !items.Any(r => GoalCues.NamesCommitteeGoals(units[r].Folded));

    /// <summary>
    /// The goal-area label ("Målområde 1: Name") that a unit stands under, with only text between, or -1: a bare "Mål"
    /// heading there names the area's goals, whatever their wording.
    /// </summary>
    private static int AreaLabelAbove(List<TextUnit> units, int unit)
    {
        for (var k = unit - 1; k >= 0 && unit - k <= 12; k--)
        {
            if (units[k] is { Kind: UnitKind.Label, Label: { } word } && AreaLabelWord().IsMatch(Diacritics.FoldLower(word)))
            {
                return k;
            }

            if (units[k].Kind != UnitKind.Text)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the text says its goals are written as areas ("Verksamhetsmålen uttrycks som fokusområden"), the names of
    /// the numbered areas after it ("Fokusområde 1: Sammanhållen samhällsplanering") are the goals.
    /// </summary>
    private static void AreaNamesCalledGoals(State s)
    {
        var units = s.Units;
        var cue = units.FindIndex(t => t.Kind == UnitKind.Text && GoalsAsAreas().IsMatch(t.WholeFolded));
        for (var k = cue + 1; cue >= 0 && k < units.Count; k++)
        {
            var u = units[k];
            var (number, name) = u switch
            {
                { Kind: UnitKind.Label, Label: { } word } when u.Content.Length > 0 && AreaLabelWord().IsMatch(Diacritics.FoldLower(word)) => (u.Number, u.Content),
                { Kind: UnitKind.Heading } when NumberedAreaHeading().Match(u.Content) is { Success: true } m => (m.Groups[1].Value, m.Groups[2].Value),
                _ => (null, null),
            };
            if (name is null || s.Used[k] || Paragraph.CountWords(name) > 8 || LayoutRules.EndsSentence(name))
            {
                continue;
            }

            s.Add(k, number, null, name, u.Start, u.End, last: k);
            s.Used[k] = true;
            s.Note("heading", true, "a numbered area's name, and the text says its goals are written as such areas", u);
        }
    }

    // "Fokusområde 1: Sammanhållen samhällsplanering", "Målområde 2 – Trygghet": a numbered area's heading.
    [GeneratedRegex(@"^(?:Fokusområde|Målområde|Utvecklingsområde)\s+(\d{1,2})\s*[:.–-]\s*(\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedAreaHeading();

    // "Verksamhetsmålen uttrycks som fokusområden", "målen är formulerade som målområden": goals written as areas.
    [GeneratedRegex(@"\b(?:mal|\w*malen)\s+(?:uttrycks|formuleras|ar formulerade|beskrivs)\s+som\s+(?:\w+\s+)?(?:fokusomraden|malomraden|omraden)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GoalsAsAreas();

    // "Målområde", "Fokusområde", "Strategiskt område": the label of a goal area.
    [GeneratedRegex(@"^(?:malomrade|fokusomrade|strategiskt omrade|utvecklingsomrade)$", RegexOptions.CultureInvariant)]
    private static partial Regex AreaLabelWord();

    [GeneratedRegex(@"^(?:vara |kommunens |regionens |stadens )?mal(?:en)?(?:\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?)?\s*:?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareGoalWord();

    /// <summary>A single item is a goal when a sentence ending in a colon announces it, or a goal label stands right above it.</summary>
    private static bool SingleItemAnnounced(List<TextUnit> units, List<int> run, TextUnit? intro)
    {
        var labelAbove = run[0] > 0 && units[run[0] - 1] is { Kind: UnitKind.Label or UnitKind.Heading, Content.Length: < 40 } above && GoalCues.NamesGoals(above.WholeFolded) && !GoalCues.NamesCommitteeGoals(above.WholeFolded);
        // "Målområde 5:" over the area's name over the one goal: the label announces it through the name.
        var labelOverName = run[0] > 1 && units[run[0] - 1] is { Kind: UnitKind.Heading, Words: <= 10 } name && !GoalCues.IsModal(name.Folded)
            && units[run[0] - 2] is { Kind: UnitKind.Label, Content.Length: 0 } label && GoalCues.NamesGoals(label.WholeFolded) && !GoalCues.NamesCommitteeGoals(label.WholeFolded);
        return labelAbove || labelOverName || (intro is not null && (intro.Content.EndsWith(':') && GoalCues.NamesGoals(intro.Folded) || EndsNamingGoal().IsMatch(intro.WholeFolded)));
    }

    // A sentence that ends by naming the goal the item below completes: "… har kommunfullmäktige antagit målet",
    // "… har de bara antagit ett sådant mål;".
    [GeneratedRegex(@"\b(?:antagit|beslutat om|faststallt|satt)\s+(?:\w+\s+){0,3}(?:malet|malen|mal)\s*[:;]?$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsNamingGoal();

    /// <summary>What stands before a list, a paragraph at a time (a PDF paragraph is several lines), nearest first.</summary>
    private static List<TextUnit> ListContext(List<TextUnit> units, List<int> run)
    {
        var context = new List<TextUnit>();
        for (var k = run[0] - 1; k >= 0 && context.Count < ContextUnits && units[k].Kind != UnitKind.Item; k--)
        {
            var top = k;
            while (top > 0 && units[top - 1].Paragraph == units[k].Paragraph && units[top - 1].Kind is UnitKind.Text && units[k].Kind is UnitKind.Text)
            {
                top--;
            }

            // The lines of the paragraph above the list, not the whole paragraph: a list without blank lines around it shares one.
            context.Add(top == k ? units[k] : units[top] with { Content = Paragraph.Reflow(units.Skip(top).Take(k - top + 1).Select(u => u.Content)), End = units[k].End });
            k = top;
        }

        return context;
    }

    /// <summary>
    /// Whether what stands before a list says it is not goals: its introduction, or, past an area heading right over
    /// the list (which does not say what the list is), a sentence that announces means ("… genom:").
    /// </summary>
    private static bool IntroducedAsNonGoals(TextUnit? intro, List<TextUnit> context)
    {
        var announcement = context.FirstOrDefault(u => !(u.Kind == UnitKind.Heading && u.Words <= 6 && !GoalCues.NamesGoals(u.WholeFolded) && !GoalCues.NamesNonGoals(u.Folded)));
        if (intro is { Kind: UnitKind.Text } && !intro.Content.TrimEnd().EndsWith(':') && context.Count > 1
            && context[1] is { Kind: UnitKind.Heading } heading && GoalCues.NamesGoals(heading.WholeFolded) && !GoalCues.NamesNonGoals(heading.Folded))
        {
            // A paragraph between a goal heading and its list that mentions indicators in passing does not announce the
            // list ("Kommunens övergripande mål 2016 – 2019" / "… resultatuppdrag med tillhörande styrtal." / the goals).
            return false;
        }

        // "Vision för Lidingö – hälsans ö" right over the list: its items state the vision.
        // "Visionsberättelsen består av åtta punkter …": the points of the vision.
        // "Det strategiska målet Fler i jobb bedöms vara delvis uppfyllt. …" over the list: what was done, the goal's follow-up.
        return intro is not null && (AnnouncesNonGoals(intro) || intro.Kind == UnitKind.Heading && GoalCues.TitlesVision(intro.Folded)
                || intro.Kind == UnitKind.Text && !intro.Content.TrimEnd().EndsWith(':') && AssessesGoal().IsMatch(intro.Folded)
                || intro.Kind == UnitKind.Text && GoalCues.StatesVision(Diacritics.FoldLower(SentenceEnd().Split(intro.Content.TrimEnd())[^1])))
            || announcement is not null && announcement != intro && MeansIntroduction().IsMatch(Diacritics.FoldLower(announcement.Content));
    }

    /// <summary>
    /// A goal tree whose levels the layout no longer shows (a printed export whose indentation was lost): where some
    /// items are followed by an empty field label ("Målvärde") and others stand right over such items, the items with
    /// the fields are the lower level, and the ones over them are the list.
    /// </summary>
    private static List<int> HeadsOfFieldedItems(List<TextUnit> units, List<int> run, List<int> items)
    {
        var labels = run.Where(r => r + 1 < units.Count && units[r + 1] is { Kind: UnitKind.Text or UnitKind.Label or UnitKind.Heading, Words: <= 2 } label && !LayoutRules.EndsSentence(label.Content))
            .GroupBy(r => units[r + 1].WholeFolded, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .SelectMany(g => g)
            .ToHashSet();
        var inRun = run.ToHashSet();
        bool Fielded(int r) => labels.Contains(r) && (inRun.Contains(r + 2) || r + 2 >= units.Count);
        var fielded = items.Count(Fielded);
        var heads = items.Where(r => !Fielded(r) && r + 1 < units.Count && units[r + 1].Kind == UnitKind.Item && Fielded(r + 1)).ToList();
        return heads.Count >= 2 && fielded >= heads.Count && items.Count > heads.Count ? heads : items;
    }

    /// <summary>
    /// Navigation ("• Övergripande mål • Nämndsmål") over the real list: short items at the top level, deeper items
    /// below, or, at one level, short items naming kinds of goal over longer ones. The navigation joins the context,
    /// and the items below it are the list.
    /// </summary>
    private static List<int> WithoutNavigation(List<TextUnit> units, List<int> run, List<TextUnit> context)
    {
        var mainIndent = units[run[0]].Indent;
        while (true)
        {
            var main = run.Where(r => units[r].Indent <= mainIndent).ToList();
            var deeper = run.Where(r => units[r].Indent > mainIndent).ToList();
            if (deeper.Count == 0 || main.Any(r => units[r].Words > 3))
            {
                break;
            }

            context.InsertRange(0, main.Select(r => units[r]).Reverse());
            run = deeper;
            mainIndent = units[run[0]].Indent;
        }

        // Where the levels are lost, navigation is the run of short items at the top that name kinds of goal
        // ("Övergripande mål", "Nämndsmål", "Övergripande mål 2024"), over longer items.
        var navigation = run.TakeWhile(r => units[r].Words <= 4 && GoalKindWord().IsMatch(units[r].Folded)).Count();
        if (navigation >= 2 && run.Count - navigation >= 2 && run.Skip(navigation).Take(2).All(r => units[r].Words > 4))
        {
            context.InsertRange(0, run.Take(navigation).Select(r => units[r]).Reverse());
            run = run.Skip(navigation).ToList();
        }

        return run;
    }

    // An item that names a kind of goal: it ends in "mål" (or "mål 2024").
    [GeneratedRegex(@"mal(?:en)?(?:\s+\d{4}(?:[-–]\d{2,4})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GoalKindWord();

    /// <summary>"Strategiska mål och resultatmål": each council goal heads the list of result goals that make it concrete.</summary>
    private static void TakeTwoLevels(State s, List<int> run, int section, string what)
    {
        var units = s.Units;
        foreach (var r in run)
        {
            if (units[r - 1] is var head && head.Kind != UnitKind.Item && !s.Used[r - 1] && IsGoalHead(head))
            {
                s.Add(r - 1, null, null, head.Content, head.Start, head.End);
                s.Used[r - 1] = true;
                s.Note("list", false, $"{what} '{Short(head.Content)}' in the section '{Short(units[section].Content)}'", units[r]);
            }

            s.Used[r] = true;
        }

        s.LastListEnd = run[^1];
    }

    /// <summary>The numbered goal label ("Mål 1.", "Inriktningsmål 2:") nearest above a list, before any goal heading or other list, or null.</summary>
    private static TextUnit? NumberedGoalLabelAbove(List<TextUnit> units, int item)
    {
        for (var k = item - 1; k >= 0 && item - k <= 8; k--)
        {
            var u = units[k];
            if (u.Kind == UnitKind.Label && u.Number is not null && Diacritics.FoldLower(u.Label!) is var word && (word.StartsWith("mal", StringComparison.Ordinal) || word.EndsWith("mal", StringComparison.Ordinal)) && AreaLabel().Match(word).Length == 0)
            {
                return u;
            }

            if (u.Kind == UnitKind.Item || u.Kind == UnitKind.Heading && GoalCues.NamesGoals(u.WholeFolded))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Why a list's items are not goals (a scale, indicators, links, navigation, paragraphs), or <see langword="null"/>.</summary>
    private static string? Rejected(List<TextUnit> units, List<int> items)
    {
        var scale = items.Count(r => GoalCues.IsScaleStep(units[r].Folded));
        var links = items.Count(r => LinkPattern().IsMatch(units[r].Folded));
        var navigation = items.All(r => units[r].Words <= 3 && units[r].Folded.Contains("mal", StringComparison.Ordinal)) && items.Count >= 2;
        var average = items.Average(r => units[r].Words);
        var nonGoals = items.Count(r => GoalCues.NamesNonGoals(units[r].Folded) && !GoalCues.NamesGoals(units[r].Folded));
        var perspectives = items.Count(r => GoalCues.NamesPerspective(units[r].Folded));
        var decisions = items.Count(r => DecisionPoint().IsMatch(units[r].Folded));
        var contact = items.Count(r => ContactDetail().IsMatch(units[r].Folded));
        var measures = items.Count(r => Measure().IsMatch(units[r].Folded) && !GoalCues.IsModal(units[r].Folded) && !ChangeVerb().IsMatch(units[r].Folded));
        var committees = items.Count(r => CommitteeInParentheses().IsMatch(units[r].Folded));
        var abbreviations = items.Count(r => Abbreviation().IsMatch(units[r].Content));
        // "Mål 1. Kvalitetsmål" over its statement, then lists under perspective headings: what each part does for that goal.
        var label = NumberedGoalLabelAbove(units, items[0]);
        return label is not null ? $"the items stand under the numbered goal label '{label.Label} {label.Number}' and belong to that goal"
            : 2 * scale > items.Count ? "the items are the steps of an assessment scale"
            : 2 * committees > items.Count ? "the items are committees' goals, each with its committee in parentheses"
            : 2 * abbreviations > items.Count ? "the items explain abbreviations (\"KS = kommunstyrelsen\")"
            : 2 * measures > items.Count ? "the items are measures (\"Andel …\", \"Antal …\") without a goal of their own: indicators"
            : 2 * contact >= items.Count ? "the items are contact details"
            : 2 * decisions > items.Count ? "the items are the points of a decision"
            : 2 * nonGoals > items.Count ? "the items name indicators, assignments, values or documents"
            : 2 * links > items.Count ? "the items are links to documents"
            : 2 * perspectives > items.Count ? "the items describe perspectives or areas"
            : navigation ? "the items are navigation"
            : average > 70 ? "the items are paragraphs, not goals"
            : null;
    }

    // "KS = kommunstyrelsen", "BoU = barn- och utbildningsnämnden": a legend of abbreviations.
    [GeneratedRegex(@"^[\p{L}\d&/-]{1,15}\s*=\s*\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();

    /// <summary>
    /// Whether most of a list's items, short names all, stand again below the list as headings or labels: the list
    /// names the areas or perspectives the goals are grouped in ("Visionen är uppdelad i tre strategiska områden").
    /// </summary>
    private static bool NameSectionsBelow(List<TextUnit> units, List<int> run, List<int> items)
    {
        if (items.Count < 2 || items.Any(r => units[r].Words > 6))
        {
            return false;
        }

        // Sections of running text alone describe the items; areas hold goals of their own, as items.
        var headings = units.Skip(run[^1] + 1).Where(u => u.Kind is UnitKind.Heading or UnitKind.Label).Select(u => u.Folded.Trim()).ToHashSet(StringComparer.Ordinal);
        return 2 * items.Count(r => headings.Contains(units[r].Folded.Trim())) > items.Count && units.Skip(run[^1] + 1).Any(u => u.Kind == UnitKind.Item);
    }

    /// <summary>Takes a list's items as goals.</summary>
    private static void TakeItems(State s, List<int> run, List<int> items, List<TextUnit> context)
    {
        TakeLeadingStatement(s, run, context);
        var units = s.Units;
        // A page's feedback widget set as the list's last items ("Hjälpte informationen på den här sidan dig?", "Ja Nej").
        items = items.Count > 2 && Feedback().IsMatch(units[items[^1]].Folded) ? [.. items.SkipLast(1)] : items;
        items = items.Count > 2 && units[items[^1]].Content.EndsWith('?') ? [.. items.SkipLast(1)] : items;
        var announcer = context.FirstOrDefault(u => GoalCues.NamesGoals(u.WholeFolded));
        // Announced as financial goals ("Finansiella mål", "… mål för god ekonomisk hushållning:"), the items are financial whatever their wording.
        var financialList = announcer is not null && GoalCues.NamesFinancialGoals(announcer.WholeFolded) && !GoalCues.NamesGoals(GoalCues.WithoutFinancial(announcer.WholeFolded));
        s.Note("list", true, announcer is null ? $"{items.Count} items under a goal heading" : $"{items.Count} items announced by '{Short(announcer.Content.Length > 0 ? announcer.Content : announcer.Label ?? string.Empty)}'", units[items[0]]);

        foreach (var r in items)
        {
            var u = units[r];
            var (number, label, rest) = TextUnits.SplitLabel(u.Content);
            var (shortName, statement) = Clean(rest, splitName: label is not null);
            s.Add(r, number ?? u.Number, shortName, statement, u.Start, u.End, u.Prefix, last: r == items[^1] ? -1 : r, financial: financialList);
        }

        foreach (var r in run)
        {
            s.Used[r] = true;
        }

        s.LastListEnd = run[^1];
    }

    // A heading directly over a list: "Inriktningsmål" over "Tillväxt" over its goals names a section and its first area.
    private static bool HeadsList(List<TextUnit> units, int unit) =>
        units[unit] is { Kind: UnitKind.Heading, Words: <= 10 } heading && !GoalCues.IsModal(heading.Folded) && unit + 1 < units.Count
        && (units[unit + 1].Kind == UnitKind.Item || HeadsLabelledList(units, unit));

    // An area heading over a paragraph on the area, then a goal label or heading ("Mål för 2023") over the area's goal list.
    private static bool HeadsLabelledList(List<TextUnit> units, int unit) =>
        unit + 3 < units.Count && units[unit + 1].Kind == UnitKind.Text && units[unit + 2] is { Kind: UnitKind.Label or UnitKind.Heading } label
        && (GoalCues.NamesGoals(label.WholeFolded) || LayoutRules.MentionsGoals(label.WholeFolded)) && units[unit + 3].Kind == UnitKind.Item;

    // "Delmål 2: …", "Delmål": a label of a sub-goal.
    private static bool IsSubGoalLabel(TextUnit label) => label.Label is { } l && Diacritics.FoldLower(l).StartsWith("delmal", StringComparison.Ordinal);

    // A heading that can be a goal over the list of its lower-level goals: short, not a cue, not a sentence.
    private static bool IsGoalHead(TextUnit head) =>
        head.Kind is UnitKind.Heading or UnitKind.Text && head.Words <= 12 && !GoalCues.NamesGoals(head.WholeFolded) && !head.Content.EndsWith('.') && !head.Content.EndsWith(':');

    /// <summary>Goal labels: "Mål 3: …", "Inriktningsmål: …", "Målområde 1:2" or "Resultatmål" over its statement.</summary>
    private static void Labels(State s)
    {
        var units = s.Units;
        var areasOverNames = false;
        var areaLists = false;
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            if (u.Kind != UnitKind.Label || s.Used[i])
            {
                continue;
            }

            var next = i + 1 < units.Count ? i + 1 : -1;
            if (u.Content.Length == 0 && next >= 0 && units[next].Kind is UnitKind.Item or UnitKind.Label)
            {
                // A bare label over a list or over another label names an area or a group, not a goal.
                continue;
            }

            if (i > 0 && units[i - 1] is { Kind: UnitKind.Text } intro && intro.Content.EndsWith(':') && GlobalGoalsNamed().IsMatch(intro.WholeFolded))
            {
                // "De tolv globala hållbarhetsmål som kopplar till mål 4 är:" over "Mål 1: Ingen fattigdom, …": the United Nations' goals.
                s.Note("label", false, "the United Nations' global goals, announced as such", u);
            }
            else if (IsSubGoalLabel(u) && s.GoalLabelAbove(i))
            {
                // "Delmål 1: …" under "Mål 1:": a sub-goal that makes the council's goal concrete, not a goal of its own.
                s.Note("label", false, "a sub-goal under the goal label above", u);
            }
            else if (NamesUnderAreaLabel(s, i, ref areasOverNames))
            {
                // Read as an area over goal names.
            }
            else if (u.Content.Length > 0 && (AreaOverTakenList(s, i) || u.Label is { } word && AreaLabelWord().IsMatch(Diacritics.FoldLower(word))
                && (areaLists || next >= 0 && units[next].Kind == UnitKind.Item && s.Used[next] && !IsSubNumbered(u))))
            {
                // "Målområde 1: Name" over its description and a "Mål" heading over the area's goals, taken as a list (and
                // the next area's label so too, when the text is cut before its list), or right over goals taken as a list
                // ("Målområde 1 - Ett samhälle för alla" over its bullets).
                s.Note("label", false, "an area's label over the area's goal list", u);
                areaLists = true;
            }
            else if (u.Content.Length > 0 && NamesAreaOnly(units, i, next))
            {
                // "Målområde 1: God ekonomisk hushållning" over the next area's label: the area's name, its goals given elsewhere.
                s.Note("label", false, "an area's label with its name and no goal under it", u);
            }
            else if (u.Content.Length > 0)
            {
                TakeLabelWithText(s, i, next);
            }
            else
            {
                TakeLabelOverText(s, i, next);
            }
        }
    }

    /// <summary>A goal label without text of its own over the goal: its name, its one sentence, or its statement.</summary>
    private static void TakeLabelOverText(State s, int i, int next)
    {
        var units = s.Units;
        var u = units[i];
        if (u.Number is not null && next >= 0 && units[next] is { Kind: UnitKind.Text or UnitKind.Heading } name && name.Paragraph == u.Paragraph && IsGoalHead(name)
            && !name.Content.EndsWith(':') && char.IsUpper(name.Content[0]) && s.IsLastLineOfParagraph(next))
        {
            // "Mål 1:" with the goal's name on the line below it, in one paragraph: the name is the goal.
            s.Add(i, u.Number, null, name.Content, u.Start, name.End, last: next);
            s.Note("label", true, "a numbered goal label over the goal's name", u);
            s.Used[i] = true;
            s.Used[next] = true;
        }
        else if (IsBareGoalWord(u) && next >= 0 && units[next].Kind == UnitKind.Text && s.IsParagraphStart(next) && (s.IsRepeatedBareLabel(i) || s.SectionHeadingAbove(i) is not null)
            && s.ParagraphStatementAt(next) is { } stated && Paragraph.CountWords(stated.Statement) <= 40 && !stated.Statement.EndsWith(':'))
        {
            // "Mål" over one goal sentence under each area's heading and description.
            s.Add(i, null, null, stated.Statement, u.Start, stated.End, last: next);
            s.Note("label", true, "a bare goal label over its statement", u);
            s.Used[i] = true;
            s.Used[next] = true;
        }
        else
        {
            LabelOverStatement(s, i, next);
        }
    }

    // An area label whose "Mål" heading's list below was taken as goals.
    private static bool AreaOverTakenList(State s, int label)
    {
        var units = s.Units;
        for (var k = label + 1; k + 1 < units.Count && k - label <= 13; k++)
        {
            if (units[k] is { Kind: UnitKind.Heading or UnitKind.Label } above && BareGoalWord().IsMatch(above.WholeFolded.Trim()) && units[k + 1].Kind == UnitKind.Item)
            {
                return s.Used[k + 1] && AreaLabelAbove(units, k) == label;
            }
        }

        return false;
    }

    // "Målområde 1:2", "Fokusområde 2.1": a goal numbered within its area, not the area.
    private static bool IsSubNumbered(TextUnit u) => u.Number is { } n && (n.Contains(':', StringComparison.Ordinal) || n.Contains('.', StringComparison.Ordinal));

    // An area label ("Målområde 2:") with a short name and no sentence, followed by the next area's label or nothing.
    private static bool NamesAreaOnly(List<TextUnit> units, int label, int next) =>
        units[label].Label is { } word && Diacritics.FoldLower(word).StartsWith("malomrade", StringComparison.Ordinal) && units[label].Words <= 8
        && !LayoutRules.EndsSentence(units[label].Content) && !GoalCues.IsModal(units[label].Folded)
        && (next < 0 || units[next] is { Kind: UnitKind.Label, Label: { } nextWord } && Diacritics.FoldLower(nextWord).StartsWith("malomrade", StringComparison.Ordinal) || units[next].Kind == UnitKind.Heading);

    /// <summary>"Målområde 1:2" or "Resultatmål" over its statement; a bare "Övergripande mål" is a section heading.</summary>
    private static void LabelOverStatement(State s, int i, int next)
    {
        var units = s.Units;
        var u = units[i];
        if (IsCompound(u) && u.Content.Length == 0 && next >= 0 && NamesOverParagraphs(s, next, units.Count, 0) is { Taken.Count: >= 2 } named && named.Stated * 2 < named.Taken.Count)
        {
            // "Inriktningsmål" over goal names, each over paragraphs that describe it: the names are the goals.
            foreach (var k in named.Taken)
            {
                s.Add(k, null, null, units[k].Content, units[k].Start, units[k].End, last: k);
                s.Used[k] = true;
                s.Note("heading", true, $"a goal name under the label '{Short(u.Label!)}', over paragraphs that describe it", units[k]);
            }

            s.Used[i] = true;
        }
        else if ((u.Number is not null || IsCompound(u)) && PastTableHeader(s, next) is var statedAt and >= 0 && units[statedAt].Kind is UnitKind.Text or UnitKind.Heading && !HeadsList(units, statedAt) && s.ParagraphStatementAt(statedAt) is { } below
            && !(u.Number is null && GoalCues.NamesGoals(Diacritics.FoldLower(FirstSentence(below.Statement)))) && !below.Statement.EndsWith(':') && !AnnouncesNonGoals(units[statedAt] with { Content = FirstSentence(below.Statement) }))
        {
            // ("Inriktningsmål" over "Inriktningsmålen är kommunens övergripande mål och …" heads a text about the
            // goals; "Förändringsmål" over "Förändringsmålen har två inriktningar:" introduces what follows.)
            var compound = IsCompound(u);
            s.Add(i, u.Number, compound ? u.Label : null, below.Statement, u.Start, below.End, last: statedAt);
            s.Note("label", true, "a goal label over its statement", u);
            s.Used[i] = true;
            s.Used[statedAt] = true;
            if (compound && u.Number is null)
            {
                FurtherTargets(s, i, statedAt, below.Statement);
            }
        }
    }

    /// <summary>
    /// A goal kind's label over several targets, each a short sentence with a figure in a paragraph of its own
    /// ("Klimatmål" over "100 % förnybar elproduktion år 2030." and "Klimatneutral år 2035."): each target is a goal.
    /// </summary>
    private static void FurtherTargets(State s, int label, int statedAt, string first)
    {
        var units = s.Units;
        if (!first.Any(char.IsDigit))
        {
            return;
        }

        for (var k = s.NextParagraphUnit(statedAt, units.Count); k >= 0 && units[k].Kind == UnitKind.Text && !s.Used[k] && s.IsLastLineOfParagraph(k); k = s.NextParagraphUnit(k, units.Count))
        {
            var target = units[k].Content;
            if (!target.Any(char.IsDigit) || Paragraph.CountWords(target) > 30 || !target.EndsWith('.') || SentenceEnd().Split(target.TrimEnd('.')).Length > 1 || GoalCues.NamesNonGoals(units[k].Folded))
            {
                return;
            }

            s.Add(k, null, units[label].Label, target, units[k].Start, units[k].End, last: k);
            s.Note("paragraph", true, $"a further target under the goal label '{Short(units[label].Label!)}'", units[k]);
            s.Used[k] = true;
        }
    }

    /// <summary>
    /// The unit at <paramref name="next"/>, or past a unit or two of a flattened table's header between a label and its
    /// statement ("Resultatmål" / "Procent" / "Det genomsnittliga resultatet … ska …"); -1 when there is none.
    /// </summary>
    private static int PastTableHeader(State s, int next)
    {
        var units = s.Units;
        for (var k = next; k >= 0 && k < units.Count && k - next < 3; k++)
        {
            var u = units[k];
            if (u.Kind is not (UnitKind.Text or UnitKind.Heading) || u.Words > 2 || LayoutRules.EndsSentence(u.Content) || !s.IsLastLineOfParagraph(k))
            {
                return k;
            }
        }

        return next;
    }

    /// <summary>A goal label with text after it: "Mål 3: statement", or "Mål 2: Trygg uppväxt" over its statement.</summary>
    private static void TakeLabelWithText(State s, int i, int next)
    {
        var units = s.Units;
        var u = units[i];
        if (!char.IsUpper(u.Content[0]) && !char.IsDigit(u.Content[0]) || u.Content.EndsWith('?'))
        {
            // "Kommunmål - hur hänger de ihop med visionen?" is a heading about goals, not a goal.
            s.Note("label", false, "the text after the label is not a goal statement", u);
            return;
        }

        var labelWord = Diacritics.FoldLower(u.Label!);
        if (u.Number is null && labelWord.Length >= 4 && u.Folded.StartsWith(labelWord, StringComparison.Ordinal))
        {
            // "Inriktningsmål: Inriktningsmålen säger vad som är viktigt att uppnå …": a glossary's definition of the term.
            s.Note("label", false, "the text after the label defines the label's term", u);
            return;
        }

        var (shortName, statement) = Clean(u.Content, splitName: true);
        var numbered = u.Number is not null && (labelWord.StartsWith("mal", StringComparison.Ordinal) || labelWord.EndsWith("mal", StringComparison.Ordinal));
        // (A name may open with a number: "Mål 1: 30 000 invånare 2030".)
        var isName = LayoutRules.IsHeading(new Paragraph([new BodyLine(u.Content, 0)]), maxWords: 6)
            || char.IsDigit(u.Content[0]) && u.Words <= 6 && !LayoutRules.EndsSentence(u.Content) && !GoalCues.IsModal(u.Folded);
        // ("Mål 4: Klimatneutralitet 2030" over "Inriktningsmålet knyter an till …": the paragraph speaks of the goal, it does not state it.)
        if (numbered && isName && next >= 0 && s.StatementAt(next) is { } following && !SpeaksOfTheGoal().IsMatch(Diacritics.FoldLower(following.Statement)))
        {
            // "Mål 2: Trygg uppväxt" names the goal; its statement is the paragraph below.
            s.Add(i, u.Number, u.Content, following.Statement, u.Start, following.End, last: next);
            s.Used[next] = true;
        }
        else
        {
            s.Add(i, u.Number, shortName, statement, u.Start, u.End, last: i);
        }

        s.Used[i] = true;
        s.Note("label", true, "a goal label with its statement", u);
    }

    /// <summary>
    /// An area label ("Målområde 1 – Livskvalitet") over goal names, each over paragraphs that describe it: the names are
    /// the goals and the label their area. Once one such label is found, the text's other area labels name areas too,
    /// also one with no names under it. Returns whether the label was read so.
    /// </summary>
    private static bool NamesUnderAreaLabel(State s, int i, ref bool areasOverNames)
    {
        var units = s.Units;
        var u = units[i];
        var areaLabel = u.Content.Length > 0 && AreaLabel().Match(Diacritics.FoldLower(u.Label!)).Length > 0 && u.Words <= 6 && !GoalCues.IsModal(u.Folded);
        if (areaLabel && areasOverNames)
        {
            s.Note("label", false, "an area label like the others of the text, with no goal names under it", u);
            return true;
        }

        if (!areaLabel || NamesUnderAreaLabel(s, i) is not { Count: >= 2 } names)
        {
            return false;
        }

        areasOverNames = true;
        foreach (var k in names)
        {
            s.Add(k, null, null, units[k].Content, units[k].Start, units[k].End, area: u.Content, last: k);
            s.Used[k] = true;
            s.Note("heading", true, $"a goal name under the area label '{Short(u.Content)}', over paragraphs that describe it", units[k]);
        }

        s.Used[i] = true;
        return true;
    }

    /// <summary>
    /// The goal names under an area label, up to the next label: headings each over paragraphs that describe them,
    /// passing over a link's label after each ("Indikator"). Empty when anything else stands there.
    /// </summary>
    private static List<int> NamesUnderAreaLabel(State s, int label)
    {
        var units = s.Units;
        var names = new List<int>();
        for (var k = s.NextParagraphUnit(label, units.Count); k >= 0 && units[k].Kind != UnitKind.Label; k = s.NextParagraphUnit(k, units.Count))
        {
            var u = units[k];
            if (s.Used[k] || u.Kind == UnitKind.Item)
            {
                return [];
            }

            if (u.Kind == UnitKind.Text && names.Count > 0 || u.Kind == UnitKind.Heading && u.Words <= 2 && GoalCues.NamesNonGoals(u.Folded))
            {
                continue;
            }

            if (!IsDescribedGoalName(u) || s.NextParagraphUnit(k, units.Count) is not (>= 0 and var text) || units[text].Kind != UnitKind.Text || s.ModalStatementAt(text) is not null)
            {
                break;
            }

            names.Add(k);
        }

        return names;
    }

    /// <summary>A heading that is a whole name, not a line of wrapped text ("Attraktiva, tillgängliga och ändamåls-", "För att nå våra ambitioner angående").</summary>
    private static bool IsWholeHeading(string text) =>
        !text.EndsWith('-') && !text.EndsWith(',') && !FragmentEdge().IsMatch(Diacritics.FoldLower(text));

    [GeneratedRegex(@"^(?:genom|for att|med|och|som|men|aven|att|i|pa|av)\b|\b(?:och|att|for|i|pa|med|av|som|angaende|till|om|den|det|de|en|ett)$", RegexOptions.CultureInvariant)]
    private static partial Regex FragmentEdge();

    // "Mål" or "Målet" alone: the label of the goal that follows.
    private static bool IsBareGoalWord(TextUnit label) => label.Content.Length == 0 && label.Number is null && label.Label is { } l && Diacritics.FoldLower(l) is "mal" or "malet";

    private static bool IsCompound(TextUnit label) => label.Label is { } l && l.Split(' ') is { Length: 1 } or [[.., 't'], _] && !Diacritics.FoldLower(l).StartsWith("mal", StringComparison.Ordinal) && label.Number is null;

    /// <summary>
    /// Exports of goal-management systems: a field label that names the council's goals ("Kommunfullmäktiges mål"),
    /// repeated for each goal, on the line above the goal itself; labels of committee goals, indicators and owners
    /// are passed over.
    /// </summary>
    private static void FieldLabels(State s)
    {
        var units = s.Units;
        var repeated = units.Where(u => u.Kind is UnitKind.Text or UnitKind.Heading && u.Words <= 4).GroupBy(u => u.Folded).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i + 1 < units.Count; i++)
        {
            var label = units[i];
            var value = units[i + 1];
            if (s.Used[i] || s.Used[i + 1] || !repeated.Contains(label.Folded) || !GoalCues.NamesGoals(label.Folded) || GoalCues.NamesCommitteeGoals(label.Folded)
                || value.Kind is not (UnitKind.Text or UnitKind.Heading) || value.Words < 3 || GoalCues.NamesGoals(value.Folded) || value.Content.EndsWith(':'))
            {
                continue;
            }

            s.Add(i + 1, null, null, value.Content, value.Start, value.End);
            s.Used[i] = s.Used[i + 1] = true;
            s.Note("label", true, $"a field '{Short(label.Content)}' with the goal below it", value);
        }
    }

    /// <summary>In a goal section without lists or labels: headings over their statements, and short statement lines over explanations.</summary>
    private static void Headed(State s)
    {
        var units = s.Units;
        for (var anchor = 0; anchor < units.Count; anchor++)
        {
            if (SectionAt(s, anchor) is not { } a)
            {
                continue;
            }

            var end = SectionEnd(units, anchor);
            if (Enumerable.Range(anchor + 1, end - anchor - 1).Any(k => s.Used[k] || units[k].Kind == UnitKind.Label || units[k].Kind == UnitKind.Item && units[k].Number is not null))
            {
                // Numbered goals or labels structure this section; its headings are subheadings of goals, not goals.
                continue;
            }

            NamedAfterIntroduction(s, a, anchor, end);
            var financial = GoalCues.NamesFinancialGoals(a.Folded);
            var areaLines = new List<int>();
            var before = s.Goals.Count;
            if (GoalParagraphs(s, a, anchor, end) || SentenceParagraphs(s, a, anchor, end) || StatementHeadings(s, a, anchor, end))
            {
                // The section's goals are the paragraphs under its heading; the headings after them open other parts.
                continue;
            }

            for (var k = anchor + 1; k < end; k++)
            {
                if (!s.Used[k] && units[k].Kind is UnitKind.Heading or UnitKind.Text && s.IsParagraphStart(k))
                {
                    k = HeadedAt(s, a, k, end, financial, areaLines);
                }
            }

            if (!financial && s.Goals.Skip(before).Count(g => g.Goal.ShortName is not null) >= 2)
            {
                InTheSameRhythm(s, a, anchor, end);
            }

            TakeAreaLines(s, a, areaLines);
        }
    }

    /// <summary>
    /// An area heading over one goal line is a pattern of the section when it recurs; one heading over another alone
    /// ("Målprocessen – steg för steg" over "Inramning och utgångspunkt") is a heading and its subheading.
    /// </summary>
    private static void TakeAreaLines(State s, TextUnit section, List<int> areaLines)
    {
        var units = s.Units;
        if (areaLines.Count >= 2)
        {
            foreach (var line in areaLines)
            {
                s.Add(line, null, null, units[line].Content, units[line].Start, units[line].End);
                s.Note("heading", true, $"an area heading over one goal line in the section '{Short(section.Content)}'", units[line]);
            }
        }
        else
        {
            areaLines.ForEach(line => s.Used[line] = false);
        }
    }

    /// <summary>
    /// A goal heading over paragraphs that each open with a goal sentence ("Ekonomiska mål" over "Den genomsnittliga
    /// resultatnivån … ska inte vara lägre än 1,5 %." and two more): up to the next heading, every paragraph is a goal,
    /// its modal sentences the statement and the rest its body. Returns whether it took them.
    /// </summary>
    private static bool GoalParagraphs(State s, TextUnit section, int anchor, int end)
    {
        var units = s.Units;
        var taken = new List<(int Unit, string Statement, int End)>();
        for (var k = s.NextParagraphUnit(anchor, end); k >= 0 && units[k].Kind == UnitKind.Text; k = s.NextParagraphUnit(k, end))
        {
            if (taken.Count > 0 && !s.Used[k] && ExplainsAbove().IsMatch(units[k].Content))
            {
                // "Detta innebär att …" in a paragraph of its own: the body of the goal above it.
                continue;
            }

            if (s.Used[k] || s.ParagraphWords(k) > 60 || s.ModalStatementAt(k) is not { } stated || Paragraph.CountWords(stated.Statement) > 40
                || GoalCues.NamesGoals(GoalCues.WithoutFinancial(Diacritics.FoldLower(stated.Statement))) || stated.Statement.EndsWith(':'))
            {
                return false;
            }

            taken.Add((k, stated.Statement, stated.End));
        }

        if (taken.Count is < 2 or > 10)
        {
            return false;
        }

        var financial = GoalCues.NamesFinancialGoals(section.Folded);
        foreach (var (k, statement, stop) in taken)
        {
            s.Add(k, null, null, statement, units[k].Start, stop, last: k, financial: financial);
            s.Used[k] = true;
            s.Note("paragraph", true, $"a paragraph that opens with a goal sentence under '{Short(section.Content)}'", units[k]);
        }

        return true;
    }

    // A goal on a line of its own without a full stop ("Stockholm är en trygg, säker och välskött stad att bo och vistas
    // i"): a list whose markers the page did not keep.
    private static bool IsUnmarkedGoalLine(State s, int k) =>
        s.IsParagraphStart(k) && s.IsLastLineOfParagraph(k) && s.Units[k] is { Words: >= 4 and <= 30 } u && !u.Content.EndsWith(':') && !u.Content.EndsWith('?')
        && !SentenceEnd().IsMatch(u.Content) && char.IsUpper(u.Content[0]);

    // "… bedöms vara delvis uppfyllt", "Målet har uppfyllts": an assessment of how far a goal was reached.
    [GeneratedRegex(@"\bbedoms (?:vara |som )?(?:helt |delvis |inte |ej )?(?:uppfyllt|uppfyllda|uppnatt|uppnadda)\b|\bmalet (?:har|ar) (?:helt |delvis |inte )?(?:uppfyllts|uppnatts|uppfyllt|uppnatt)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AssessesGoal();

    // A heading over a paragraph that ends a sentence: a name over its statement or description, not an unmarked goal line.
    private static bool OverSentence(State s, int k, int end) =>
        s.NextParagraphUnit(k, end) is var next and >= 0 && s.Units[next].Kind == UnitKind.Text && LayoutRules.EndsSentence(s.Units[next].Content);

    /// <summary>
    /// A goal heading over nothing but one-sentence paragraphs up to the next heading ("Kommunfullmäktiges
    /// inriktningsmål" over "Vi skapar god boendemiljö …", "Vi tar betydande steg mot …"): each sentence is a goal, in
    /// whatever tense it is written. Returns whether it took them.
    /// </summary>
    private static bool SentenceParagraphs(State s, TextUnit section, int anchor, int end)
    {
        var units = s.Units;
        var taken = new List<int>();
        var k = s.NextParagraphUnit(anchor, end);
        // (Unmarked goal lines may have been read as headings, being short and alone; after sentences, a heading ends them.)
        for (; k >= 0 && (units[k].Kind == UnitKind.Text || units[k].Kind == UnitKind.Heading && IsUnmarkedGoalLine(s, k) && !GoalCues.NamesGoals(units[k].WholeFolded)
            && taken.All(t => !LayoutRules.EndsSentence(units[t].Content)) && !OverSentence(s, k, end)); k = s.NextParagraphUnit(k, end))
        {
            if (s.Used[k] || !(IsOneSentence(s, k) || IsUnmarkedGoalLine(s, k)) || GoalCues.NamesGoals(units[k].WholeFolded) || GoalCues.NamesNonGoals(units[k].Folded) || GoalCues.StatesVision(units[k].Folded))
            {
                return false;
            }

            taken.Add(k);
        }

        if (taken.Count is < 2 or > 10 || k >= 0 && units[k].Kind != UnitKind.Heading || !GoalCues.NamesGoals(section.WholeFolded))
        {
            return false;
        }

        foreach (var t in taken)
        {
            var paragraph = s.ParagraphAt(t);
            s.Add(t, null, null, paragraph.Text.TrimEnd(), units[t].Start, paragraph.End, last: t, financial: GoalCues.NamesFinancialGoals(section.Folded));
            s.Used[t] = true;
            s.Note("paragraph", true, $"a one-sentence paragraph under '{Short(section.Content)}'", units[t]);
        }

        return true;
    }

    /// <summary>
    /// Goal sentences set as headings, without a full stop, each over paragraphs that describe it ("Kommunen ska vara en
    /// av de bästa skolkommunerna 2020" over "Barn och unga ska ha …"): two or more in a goal section are its goals, the
    /// paragraphs their bodies. Returns whether it took them.
    /// </summary>
    private static bool StatementHeadings(State s, TextUnit section, int anchor, int end)
    {
        var units = s.Units;
        var taken = new List<int>();
        for (var k = s.NextParagraphUnit(anchor, end); k >= 0; k = s.NextParagraphUnit(k, end))
        {
            var u = units[k];
            if (u.Kind != UnitKind.Heading || s.Used[k] || GlobalGoalsLink().IsMatch(u.Folded))
            {
                continue;
            }

            var next = s.NextParagraphUnit(k, end);
            if (u.Words < 4 || !(GoalCues.IsGoalSentence(u.Folded) || GoalVerb().IsMatch(u.Folded) || IsNamedStatement(u.Content)) || ContinuesText().IsMatch(u.Content) || GoalCues.NamesGoals(u.Folded)
                || next < 0 || units[next].Kind != UnitKind.Text || s.ParagraphWords(next) <= u.Words && next < units.Count - 1)
            {
                return false;
            }

            taken.Add(k);
        }

        if (taken.Count < 2)
        {
            return false;
        }

        var financial = GoalCues.NamesFinancialGoals(section.Folded);
        foreach (var k in taken)
        {
            var u = units[k];
            var (name, statement) = NamedStatement(u.Content) ?? (null, u.Content);
            s.Add(k, null, name, statement, u.Start, u.End, last: k, financial: financial);
            s.Used[k] = true;
            s.Note("heading", true, $"a goal sentence set as a heading over its description in the section '{Short(section.Content)}'", u);
        }

        return true;
    }

    private static bool IsNamedStatement(string heading) => NamedStatement(heading) is not null;

    // "En stark kommun - en stark ekonomi säkrar välfärden": a capitalised short name of up to five words, a spaced dash,
    // and the goal in three words or more, in either case.
    private static (string? Name, string Statement)? NamedStatement(string heading)
    {
        var dash = NameDash().Match(heading);
        if (!dash.Success)
        {
            return null;
        }

        var name = heading[..dash.Index].Trim();
        var statement = heading[(dash.Index + dash.Length)..].Trim();
        return name.Length > 0 && char.IsUpper(name[0]) && Paragraph.CountWords(name) <= 5 && Paragraph.CountWords(statement) >= 3 ? (name, statement) : null;
    }

    [GeneratedRegex(@"\s[-–—]\s", RegexOptions.CultureInvariant)]
    private static partial Regex NameDash();

    /// <summary>Announced names, each over one sentence of its own: the name is the goal's short name, the sentence its statement.</summary>
    private static void TakeNamesOverSentences(State s, int intro, List<int> names, List<int> sentences)
    {
        var units = s.Units;
        for (var i = 0; i < names.Count; i++)
        {
            var (k, text) = (names[i], sentences[i]);
            var paragraph = s.ParagraphAt(text);
            s.Add(k, null, units[k].Content, paragraph.Text.TrimEnd(), units[k].Start, paragraph.End, last: text);
            s.Used[k] = s.Used[text] = true;
            s.Note("heading", true, $"a goal name announced by '{Short(units[intro].Content)}' over the paragraph that states it", units[k]);
        }
    }

    /// <summary>Announced areas, each over one sentence of its own: the sentence is the area's goal.</summary>
    private static void TakeAreasOverSentences(State s, int intro, List<int> areas, List<int> sentences)
    {
        var units = s.Units;
        for (var i = 0; i < areas.Count; i++)
        {
            var (k, text) = (areas[i], sentences[i]);
            var paragraph = s.ParagraphAt(text);
            s.Add(text, null, null, paragraph.Text.TrimEnd(), paragraph.Start, paragraph.End, area: units[k].Content, last: text);
            s.Used[k] = s.Used[text] = true;
            s.Note("heading", true, $"an area announced by '{Short(units[intro].Content)}' over the sentence that states its goal", units[text]);
        }
    }

    // A paragraph holding one sentence of 4 to 30 words that ends with a stop (a PDF may wrap it over lines).
    private static bool IsOneSentence(State s, int unit) =>
        s.IsParagraphStart(unit) && s.ParagraphAt(unit) is { WordCount: >= 4 and <= 30 } p && p.Text.TrimEnd() is var text && LayoutRules.EndsSentence(text)
        && !text.EndsWith(':') && !SentenceEnd().IsMatch(text);

    /// <summary>
    /// The heading of a goal section that starts at a unit, or null: a heading that names goals, or a goal label on a
    /// line of its own ("Mål") read as one. What needs no section is read here: one goal sentence alone under a goal
    /// label, and names announced by a sentence with no goal heading above it.
    /// </summary>
    private static TextUnit? SectionAt(State s, int anchor)
    {
        var units = s.Units;
        var a = units[anchor];
        if (SoleStatement(s, a, anchor))
        {
            return null;
        }

        if (IsBareLabel(a))
        {
            a = a with { Kind = UnitKind.Heading, Content = a.Label!, Label = null };
        }

        if (a is { Kind: UnitKind.Text } && a.Content.EndsWith(':') && anchor > 0 && s.IsLastLineOfParagraph(anchor) && GoalCues.NamesGoals(a.WholeFolded) && !GoalCues.NamesCommitteeGoals(a.WholeFolded))
        {
            // A sentence that announces the goals ("… står för våra fem övergripande mål:") with no goal heading above it.
            NamedAfterIntroduction(s, a, anchor - 1, SectionEnd(units, anchor));
            return null;
        }

        return a.Kind != UnitKind.Heading || !(GoalCues.NamesGoals(a.Folded) || LayoutRules.IsGoalLabel(a.Content) || CouncilGoalsHeading().IsMatch(a.Folded))
            || GoalCues.NamesCommitteeGoals(a.Folded) ? null : a;
    }

    /// <summary>
    /// A page whose title is a goal: one of its first paragraphs calls the title by a goal noun ("… bedömningen av
    /// kommunfullmäktiges inriktningsmål, En modern storstad …, där …").
    /// </summary>
    private static void TitleCalledGoal(State s)
    {
        var units = s.Units;
        if (units[0] is not { Kind: UnitKind.Heading, Words: >= 3 and <= 20 } title || title.Content.EndsWith(':') || GoalCues.NamesGoals(title.WholeFolded)
            || GoalCues.NamesNonGoals(title.Folded))
        {
            return;
        }

        var name = title.Folded.TrimEnd('.', ' ');
        for (int k = s.NextParagraphUnit(0, units.Count), seen = 0; k >= 0 && seen < 2; k = s.NextParagraphUnit(k, units.Count), seen++)
        {
            var folded = Diacritics.FoldLower(s.ParagraphAt(k).Text);
            var at = folded.IndexOf(name, StringComparison.Ordinal);
            if (units[k].Kind == UnitKind.Text && at > 0 && GoalNounBefore().IsMatch(folded[..at]))
            {
                s.Add(0, null, null, title.Content, title.Start, title.End, last: 0);
                s.Used[0] = true;
                s.Note("heading", true, $"the page's title, which the text calls a goal", title);
                return;
            }
        }
    }

    // "… kommunfullmäktiges inriktningsmål, ", "… målet ”": a goal noun right before a name.
    [GeneratedRegex(@"\b\w*mal(?:et)?\s*[,:]?\s*[”""“']?$", RegexOptions.CultureInvariant)]
    private static partial Regex GoalNounBefore();

    /// <summary>Names a paragraph counts as goals, each over a list of its own: read before the lists, whose items they hold.</summary>
    private static void CountedNameLists(State s)
    {
        var units = s.Units;
        for (var k = 0; k < units.Count; k++)
        {
            // "Strategin har tre mål. Varje mål har ett antal prioriterade områden.": the counted names, each over a list.
            if (units[k] is { Kind: UnitKind.Text } u && s.IsParagraphStart(k) && CountedGoals().Match(FirstSentence(u.WholeFolded)) is { Success: true } count
                && !GoalCues.NamesCommitteeGoals(u.WholeFolded))
            {
                CountedNamesOverLists(s, u, k, LayoutRules.ParseCount(count.Groups[1].Value));
            }
        }
    }

    /// <summary>
    /// As many name lines as the paragraph at <paramref name="anchor"/> counts goals, one after another, each over a list
    /// of its own ("År 2030 är länet platsen där företag väljer att växa" over its priority areas): the names are the
    /// goals and the lists what each holds. With as many items as goals in all, the items would be the goals, so some
    /// list must hold more than one.
    /// </summary>
    private static void CountedNamesOverLists(State s, TextUnit intro, int anchor, int counted)
    {
        var units = s.Units;
        var names = new List<int>();
        var items = new List<int>();
        for (var k = s.NextParagraphUnit(anchor, units.Count); k >= 0 && names.Count <= counted && IsListName(s, k); )
        {
            names.Add(k);
            k = s.NextParagraphUnit(k, units.Count);
            while (k >= 0 && units[k].Kind == UnitKind.Item && !s.Used[k] && !s.Held[k])
            {
                items.Add(k);
                k = k + 1 < units.Count ? k + 1 : -1;
            }
        }

        if (counted < 2 || names.Count != counted || items.Count == counted)
        {
            return;
        }

        items.ForEach(k => s.Held[k] = true);
        for (var n = 0; n < names.Count; n++)
        {
            // The body is the name's list, an item a paragraph.
            var k = names[n];
            var until = n + 1 < names.Count ? names[n + 1] : units.Count;
            var body = items.Where(i => i > k && i < until).Select(i => new Paragraph([new BodyLine(units[i].Content, units[i].Start)])).ToList();
            s.Add(k, null, null, units[k].Content, units[k].Start, units[k].End);
            s.Goals[^1] = (k, s.Goals[^1].Goal with { BodyParagraphs = body, End = units[k].End });
            s.Used[k] = true;
            s.Note("heading", true, $"one of the {counted} goals the paragraph '{Short(intro.Content)}' counts, each over a list of its own", units[k]);
        }
    }

    // A line of its own over a list: a name, not a sentence, an introduction or a cue.
    private static bool IsListName(State s, int k)
    {
        var u = s.Units[k];
        return u.Kind is UnitKind.Text or UnitKind.Heading && !s.Used[k] && s.IsParagraphStart(k) && s.IsLastLineOfParagraph(k) && u.Words is >= 2 and <= 25
            && !u.Content.EndsWith(':') && !SentenceEnd().IsMatch(u.Content) && !GoalCues.NamesGoals(u.WholeFolded) && !GoalCues.NamesNonGoals(u.Folded)
            && s.NextParagraphUnit(k, s.Units.Count) is var list and >= 0 && s.Units[list].Kind == UnitKind.Item && !s.Used[list];
    }

    // Where the section that starts at a unit ends: at the next heading that names goals or something else. A goal label on
    // a line of its own ends the section of another such label; under a heading, labels structure the section.
    private static int SectionEnd(List<TextUnit> units, int anchor)
    {
        var end = anchor + 1;
        while (end < units.Count && !(units[end].Kind == UnitKind.Heading && (GoalCues.NamesGoals(units[end].Folded) || GoalCues.NamesNonGoals(units[end].Folded)) && !GlobalGoalsLink().IsMatch(units[end].Folded))
            && !(IsBareLabel(units[anchor]) && IsBareLabel(units[end])))
        {
            end++;
        }

        return end;
    }

    // "För målområde Barn och unga har …", "Inom fokusområdet Trygghet gäller …": a sentence over goals that names their area.
    [GeneratedRegex(@"^(?:För|Inom) (?:målområdet?|fokusområdet?|strategiområdet?|perspektivet?) (?<name>\p{Lu}(?:(?! (?:har|gäller|finns|ska)\b)[^.:;]){1,50}) (?:har|gäller|finns|ska)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AreaInSentence();

    // "Mål för Mölndals stad", "Mål för Region Gotland", "Mål för kommunen": a heading over the council's goals.
    [GeneratedRegex(@"^mal for (?:[\p{L}-]+s (?:kommun|stad)|region [\p{L}-]+|kommunen|staden|regionen)$", RegexOptions.CultureInvariant)]
    private static partial Regex CouncilGoalsHeading();

    // "globala hållbarhetsmål", "de globala målen", "Agenda 2030-målen": the United Nations' goals.
    [GeneratedRegex(@"\bglobala (?:\w+)?mal(?:en)?\b|\bagenda 2030(?:-mal|s mal)", RegexOptions.CultureInvariant)]
    private static partial Regex GlobalGoalsNamed();

    // "Inriktningsmålet knyter an till …", "Målet handlar om …": a sentence about the goal above, not its statement.
    [GeneratedRegex(@"^(?:\w*malet|det har malet|detta mal)\s+(?!ar att\b|ska\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SpeaksOfTheGoal();

    // "Globala mål med direkt koppling", "Agenda 2030": labels of links to the global goals, not a section of the council's.
    [GeneratedRegex(@"^(?:de )?globala mal(?:en)?\b|^agenda 2030$", RegexOptions.CultureInvariant)]
    private static partial Regex GlobalGoalsLink();

    // A goal heading that opens with what the council will do, in the infinitive ("Stärka förutsättningarna för …").
    [GeneratedRegex(@"^(?:starka|sakerstalla|utveckla|framja|stodja|oka|minska|skapa|erbjuda|verka|bidra|bygga|mojliggora|forbattra|trygga|underlatta|varna|attrahera|hoja|behalla|tillhandahalla|forenkla|effektivisera|halvera|fordubbla|sanka|bevara|forstarka|uppna|na)\s", RegexOptions.CultureInvariant)]
    private static partial Regex GoalVerb();

    private static bool IsBareLabel(TextUnit u) => u is { Kind: UnitKind.Label, Content.Length: 0, Number: null, Label: not null };

    /// <summary>
    /// A goal label ("Övergripande mål") over one sentence and nothing else before the next heading, the sentence
    /// stating the council's goal ("Nora kommun är en attraktiv boendekommun med 13 000 invånare 2030!"): that sentence
    /// is the goal. A sentence that speaks of goals, states a vision or has no modal verb and no council as subject is not.
    /// </summary>
    private static bool SoleStatement(State s, TextUnit section, int anchor)
    {
        var units = s.Units;
        var name = section.Kind == UnitKind.Label && section.Content.Length == 0 ? section.Label ?? string.Empty : section.Content;
        if (section.Kind is not (UnitKind.Heading or UnitKind.Label) || !LayoutRules.IsGoalLabel(name))
        {
            return false;
        }

        var k = s.NextParagraphUnit(anchor, units.Count);
        if (k < 0 || s.NextParagraphUnit(k, units.Count) is var next && next >= 0 && units[next].Kind is not (UnitKind.Heading or UnitKind.Label) || s.Used[k] || units[k].Kind != UnitKind.Text
            || !s.IsParagraphStart(k) || !s.IsLastLineOfParagraph(k))
        {
            return false;
        }

        var u = units[k];
        var folded = u.Folded;
        if (u.Words is < 5 or > 30 || !LayoutRules.EndsSentence(u.Content) || u.Content.EndsWith(':') || SentenceEnd().IsMatch(u.Content) || GoalCues.NamesGoals(folded) || GoalCues.StatesVision(folded)
            || !(GoalCues.IsGoalSentence(folded) || CouncilSubject().IsMatch(folded)))
        {
            return false;
        }

        s.Add(k, null, null, u.Content, u.Start, u.End, last: k);
        s.Used[k] = true;
        s.Note("paragraph", true, $"the one goal sentence under '{Short(name)}'", u);
        return true;
    }

    // The council as the subject of a stating sentence, in folded text: "nora kommun ar …", "regionen ska …".
    [GeneratedRegex(@"^(?:[\p{L}-]+\s+)?(?:kommun|region|stad|kommunen|regionen|staden)\s+(?:ar|ska|skall|har|ger|blir)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CouncilSubject();

    /// <summary>
    /// In a section whose goals are headings over goal sentences, a heading of the same kind over a paragraph whose
    /// first sentence states without a modal verb ("Systemsyn och förnyelse" over "Verksamhetsutvecklingen utgår från
    /// …") is a goal too: the heading its short name, the paragraph (of a long one, its first sentence) its statement.
    /// </summary>
    private static void InTheSameRhythm(State s, TextUnit section, int anchor, int end)
    {
        var units = s.Units;
        for (var k = anchor + 1; k < end; k++)
        {
            if (s.Used[k] || !IsGoalNameHeading(units[k]) || !s.IsParagraphStart(k) || s.NextParagraphUnit(k, end) is not (>= 0 and var next)
                || units[next].Kind != UnitKind.Text || s.Used[next] || s.ParagraphStatementAt(next) is not { } paragraph)
            {
                continue;
            }

            // A short paragraph states the goal whole; of a longer one, the first sentence.
            var first = SentenceEnd().Split(paragraph.Statement)[0];
            var statement = Paragraph.CountWords(paragraph.Statement) <= 50 ? paragraph.Statement : first;
            // The text's last paragraph may be a statement cut off where the text ends.
            if (Paragraph.CountWords(first) is >= 5 and <= 40 && (LayoutRules.EndsSentence(statement) || next == units.Count - 1) && !ContinuesText().IsMatch(first))
            {
                s.Add(k, null, units[k].Content, statement, units[k].Start, paragraph.End, last: next);
                s.Used[k] = s.Used[next] = true;
                s.Note("heading", true, $"a heading over a statement in the rhythm of the section '{Short(section.Content)}'", units[k]);
            }
        }
    }

    /// <summary>
    /// Goal names as headings, each over paragraphs that describe it rather than state it: right under the section's
    /// heading, or after a sentence that announces them ("Våra övergripande mål är:"). The headings are the goals and
    /// the paragraphs their bodies, when most of them describe ("Hållbart" over "Tillsammans tar vi ansvar för …");
    /// where most state the goal in a short modal sentence, the general reading takes them as headings over statements.
    /// </summary>
    private static void NamedAfterIntroduction(State s, TextUnit section, int anchor, int end)
    {
        var units = s.Units;
        var first = s.NextParagraphUnit(anchor, end);
        if (first >= 0 && ImageFileName().IsMatch(units[first].Folded))
        {
            // "kommunmål (2).jpg": an image's file name left where the image stood.
            first = s.NextParagraphUnit(first, end);
        }

        var intro = Enumerable.Range(anchor + 1, end - anchor - 1).FirstOrDefault(k => units[k] is { Kind: UnitKind.Text } u && u.Content.EndsWith(':') && s.IsLastLineOfParagraph(k) && GoalCues.NamesGoals(u.WholeFolded), -1);
        // "Kommunfullmäktige har beslutat om fyra övergripande utvecklingsmål.": a sentence that counts the names below it.
        // (The sentence may open a longer paragraph: "… har fem kommunövergripande mål som är uppsatta av fullmäktige. Målen har …".)
        var counted = intro < 0 && first >= 0 && units[first].Kind == UnitKind.Text && s.IsLastLineOfParagraph(first) && Paragraph.CountWords(FirstSentence(units[first].Content)) <= 30
            && CountedGoals().Match(FirstSentence(units[first].WholeFolded)) is { Success: true } count ? LayoutRules.ParseCount(count.Groups[1].Value) : 0;
        var h = intro >= 0 ? s.NextParagraphUnit(intro, end) : counted > 0 ? s.NextParagraphUnit(first, end) : first;
        if (intro < 0 && counted == 0 && h >= 0 && units[h].Kind == UnitKind.Text && GoalCues.NamesGoals(units[h].WholeFolded) && !GoalCues.NamesNonGoals(units[h].Folded))
        {
            // "Kommunfullmäktige beslutar om övergripande mål som …": a paragraph under the heading that speaks of the goals, then the names.
            h = s.NextParagraphUnit(h, end);
        }
        var (taken, texts, sentences, describedFurther, alone, stated, toTheEnd) = NamesOverParagraphs(s, h, end, counted);
        if (counted > 0)
        {
            TakeCountedNames(s, first, counted, taken, texts, alone, toTheEnd);
            return;
        }

        if (intro >= 0 && taken.Count >= 2 && sentences.Count == taken.Count && GoalCues.AnnouncesAreas(units[intro].WholeFolded))
        {
            // "De fyra målområden som beslutats av kommunfullmäktige är:": the names are areas, each over the sentence that states its goal.
            TakeAreasOverSentences(s, intro, taken, sentences);
            return;
        }

        // A sentence with more paragraphs under it describes; only the last name may have a closing paragraph after it.
        if (intro >= 0 && taken.Count >= 2 && sentences.Count == taken.Count && !describedFurther.SkipLast(1).Any(further => further))
        {
            TakeNamesOverSentences(s, intro, taken, sentences);
            return;
        }

        // Announced names may be one or more; unannounced ones must be a run of at least three, one-word names too.
        var enough = intro >= 0 ? taken.Count >= 2 : taken.Count >= 3 || taken.Count == 2 && taken.All(k => units[k].Words >= 2);
        if (!enough || stated * 2 >= taken.Count || intro < 0 && taken.Any(k => units[k].Words == 1) && !taken.All(k => units[k].Words <= 2))
        {
            return;
        }

        var by = intro >= 0 ? $"announced by '{Short(units[intro].Content)}'" : "under the heading";
        for (var i = 0; i < taken.Count; i++)
        {
            AddDescribedName(s, taken[i], texts[i], $"a goal name {by} of the section '{Short(section.Content)}', over paragraphs that describe it");
        }
    }

    /// <summary>
    /// A goal name over the paragraphs that describe it: the name is the goal, unless the first paragraph says what the
    /// goal is ("Målet var att …"), when that clause is its statement and the name its short name.
    /// </summary>
    private static void AddDescribedName(State s, int name, int text, string why)
    {
        var units = s.Units;
        var paragraph = s.ParagraphAt(text);
        if (s.IsParagraphStart(text) && TheGoalIs().Match(paragraph.Text) is { Success: true } m)
        {
            var clause = m.Groups[1].Value;
            var end = clause.IndexOf(". ", StringComparison.Ordinal);
            var statement = end < 0 ? clause.TrimEnd() : clause[..(end + 1)];
            s.Add(name, null, units[name].Content, statement, units[name].Start, paragraph.Start + m.Groups[1].Index + statement.Length, last: text);
            s.Used[name] = true;
            s.Note("heading", true, $"{why}; its first paragraph says what the goal is", units[name]);
            return;
        }

        s.Add(name, null, null, units[name].Content, units[name].Start, units[name].End, last: name);
        s.Used[name] = true;
        s.Note("heading", true, why, units[name]);
    }

    // "Målet var att …", "Målet är att …", "Målsättningen har varit att …": a paragraph that says what the goal above it is.
    [GeneratedRegex(@"^(?:Målet|Målsättningen) (?:är|var|har varit) (att \w.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TheGoalIs();

    /// <summary>
    /// As many names as the sentence at <paramref name="first"/> counts: each over one short paragraph, the paragraphs
    /// state the goals; each over several paragraphs, the names are the goals and the paragraphs describe them.
    /// </summary>
    private static void TakeCountedNames(State s, int first, int counted, List<int> taken, List<int> texts, bool alone, bool toTheEnd)
    {
        var units = s.Units;
        // (A text cut before its last names holds fewer than it counts, running on to its end.)
        if (!(taken.Count == counted || toTheEnd && taken.Count >= 3 && taken.Count < counted) || counted < 2)
        {
            return;
        }

        if (alone)
        {
            TakeNamesOverSentences(s, first, taken, texts);
            return;
        }

        for (var i = 0; i < taken.Count; i++)
        {
            AddDescribedName(s, taken[i], texts[i], $"one of the {counted} goal names the sentence '{Short(units[first].Content)}' counts, over paragraphs that describe it");
        }
    }

    /// <summary>The run of goal names from a unit on, each over its paragraphs (at most <paramref name="limit"/> names when it is not 0), and what their paragraphs are like.</summary>
    private static (List<int> Taken, List<int> Texts, List<int> Sentences, List<bool> DescribedFurther, bool Alone, int Stated, bool ToTheEnd) NamesOverParagraphs(State s, int h, int end, int limit)
    {
        var units = s.Units;
        var taken = new List<int>();
        var sentences = new List<int>();
        var describedFurther = new List<bool>();
        var texts = new List<int>();
        var alone = true;
        var stated = 0;
        // (Names a sentence counts may end or start like a fragment: "… att bo, verka och vistas i", "I Kungsbacka …".)
        while (h >= 0 && (limit == 0 || taken.Count < limit) && GroupedName(s, h, end, limit > 0) is var grouped && (h = grouped) >= 0 && IsDescribedGoalName(units[h], counted: limit > 0) && s.NextParagraphUnit(h, end) is var text and >= 0 && units[text].Kind == UnitKind.Text && !s.Used[h])
        {
            if (s.ModalStatementAt(text) is not null && s.ParagraphWords(text) <= 30)
            {
                stated++;
            }

            taken.Add(h);
            texts.Add(text);
            h = s.NextParagraphUnit(text, end);
            if (IsOneSentence(s, text))
            {
                sentences.Add(text);
                describedFurther.Add(h >= 0 && units[h].Kind == UnitKind.Text);
            }

            alone &= s.ParagraphWords(text) <= 60 && (h < 0 || units[h].Kind != UnitKind.Text || taken.Count == limit);
            while (h >= 0 && (units[h].Kind == UnitKind.Text || units[h].Kind == UnitKind.Item && ListOfNonGoals(units, h)))
            {
                h = s.NextParagraphUnit(h, end);
            }
        }

        return (taken, texts, sentences, describedFurther, alone, stated, h < 0);
    }

    // Counted names may be grouped under headings of their own ("Styrning utåt" over "Inflytande och dialog"): a
    // heading right over a goal name is passed over to the name.
    private static int GroupedName(State s, int h, int end, bool counted)
    {
        var units = s.Units;
        return counted && units[h].Kind == UnitKind.Heading && s.NextParagraphUnit(h, end) is var name and >= 0 && IsDescribedGoalName(units[name], counted: true)
            && s.NextParagraphUnit(name, end) is var text and >= 0 && units[text].Kind == UnitKind.Text ? name : h;
    }

    // An item of a list its introduction calls something else than goals ("Förväntat resultat:" over results): part of a description.
    private static bool ListOfNonGoals(List<TextUnit> units, int item)
    {
        var k = item;
        while (k > 0 && units[k - 1].Kind == UnitKind.Item)
        {
            k--;
        }

        return k > 0 && units[k - 1] is { Kind: UnitKind.Text } intro && intro.Content.EndsWith(':') && GoalCues.NamesNonGoals(intro.Folded) && !GoalCues.NamesGoals(intro.WholeFolded);
    }

    // A goal's name over its description: a goal-name heading, or one word that is not a heading of a document's parts.
    private static bool IsDescribedGoalName(TextUnit u, bool counted = false) =>
        IsGoalNameHeading(u, counted) || u is { Kind: UnitKind.Heading, Words: 1 } && char.IsUpper(u.Content[0]) && !VisionHeading().IsMatch(u.Folded) && !DocumentPart().IsMatch(u.Folded) && !GoalCues.NamesDocumentKind(u.Folded)
        && !GoalCues.NamesGoals(u.WholeFolded) && !GoalCues.NamesNonGoals(u.Folded) && u.Content.All(c => char.IsLetter(c) || c == '-');

    // "Inledning", "Bakgrund", "Syfte": the parts of a document, not goals.
    [GeneratedRegex(@"^(?:inledning|bakgrund|syfte|sammanfattning|forord|uppfoljning|uppdrag|malgrupp|genomforande|kontakt|definitioner|begrepp|referenser|bilagor?|beslut|historik|omvarld|omvarldsanalys|styrmodell|styrning|vision|utgangspunkter|forutsattningar)$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentPart();

    // A goal's name as a heading: short, whole, neither a sentence nor a cue.
    private static bool IsGoalNameHeading(TextUnit u, bool counted = false) =>
        u.Kind == UnitKind.Heading && u.Words is >= 2 and <= 10 && (u.Number is not null || counted || IsWholeHeading(u.Content)) && !GoalCues.IsModal(u.Folded) && !GoalCues.NamesGoals(u.WholeFolded) && !GoalCues.NamesNonGoals(u.Folded)
        && !u.Content.EndsWith(':') && !u.Content.EndsWith('?') && !Caption().IsMatch(u.Folded) && !GoalCues.NamesDocumentKind(u.Folded) && !VisionNamed().IsMatch(u.Folded);

    // "Vision för kommunkoncernen", "Vision 2030": a heading that names a vision, not a goal.
    [GeneratedRegex(@"^(?:var |kommunens |regionens )?vision(?:en)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex VisionNamed();

    // "Illustration över …", "Foto: …", "Bild: …": an image's caption or credit, not a heading.
    [GeneratedRegex(@"^(?:illustration|foto|fotograf|bild|bildtext|photo)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    /// <summary>
    /// One paragraph of a goal section without labels or numbers: a heading over a goal sentence, an area heading
    /// over one goal line (kept in <paramref name="areaLines"/> until the section is read), a financial aspect, or a
    /// financial statement line over its explanation. Returns the last unit it took (<paramref name="k"/> when it took
    /// the paragraph alone or nothing).
    /// </summary>
    private static int HeadedAt(State s, TextUnit a, int k, int end, bool financial, List<int> areaLines)
    {
        var units = s.Units;
        var u = units[k];
        var next = s.NextParagraphUnit(k, end);
        if (u.Kind == UnitKind.Heading && u.Words <= 6 && IsWholeHeading(u.Content) && !(financial && GoalCues.IsModal(u.Folded)) && !DocumentPart().IsMatch(u.Folded) && !GoalCues.NamesDocumentKind(u.Folded))
        {
            if (s.RepeatsGoal(u.Content))
            {
                // "Nära till allt – hållbar livsmiljö" over its description, after a list that gave "Nära till allt": the
                // goal again, described; it is no second goal.
                s.Used[k] = true;
                s.Note("heading", false, "the heading repeats the name of a goal already taken", u);
            }
            else if (next >= 0 && units[next].Kind is UnitKind.Text or UnitKind.Heading && !VisionHeading().IsMatch(u.Folded) && s.ModalStatementAt(next) is { } statement)
            {
                s.Add(k, null, u.Content, statement.Statement, u.Start, statement.End, last: next, financial: financial);
                s.Used[k] = s.Used[next] = true;
                s.Note("heading", true, $"a heading over a goal sentence in the section '{Short(a.Content)}'", u);
            }
            else if (next >= 0 && units[next].Kind == UnitKind.Heading && units[next].Words >= 2 && !GoalCues.IsModal(units[next].Folded)
                && s.NextParagraphUnit(next, end) is var after && (after < 0 || units[after].Kind != UnitKind.Heading) && s.IsAreaLike(k))
            {
                // An area heading over one goal line: taken when the section has more than one.
                areaLines.Add(next);
                s.Used[next] = true;
                return next;
            }
            else if (financial && next >= 0 && units[next].Kind == UnitKind.Text)
            {
                // Financial goals by aspect: an aspect heading, a sentence on the aspect, then its goals.
                FinancialAspect(s, k, next, end, a);
            }
        }
        else if (financial && s.IsSingleLineParagraph(k) && (u.Words is >= 5 and <= 30 || u.Words >= 3 && GoalCues.IsModal(u.Folded)) && !u.Content.EndsWith('.') && !u.Content.EndsWith(':') && !u.Content.EndsWith('?')
            && char.IsUpper(u.Content[0]) && !u.Content.Contains(". ", StringComparison.Ordinal) && !ContinuesText().IsMatch(u.Content)
            && next >= 0 && units[next].Kind == UnitKind.Text && s.ParagraphWords(next) > u.Words)
        {
            // A statement line over its explanation ("Soliditeten ska vara oförändrad" over why).
            s.Add(k, null, null, u.Content, u.Start, u.End, last: k, financial: true);
            s.Used[k] = true;
            s.Note("line", true, $"a statement line over its explanation in the section '{Short(a.Content)}'", u);
        }

        return k;
    }

    /// <summary>
    /// The goals under a financial aspect heading ("Kapacitet"): each paragraph up to the next heading that states a
    /// goal, with the milestones listed under a sentence that runs on into them ("… ska öka över tid och • år 2025 …").
    /// </summary>
    private static void FinancialAspect(State s, int heading, int from, int end, TextUnit section)
    {
        var units = s.Units;
        // A goal sentence that runs on into its milestones has no full stop and may read as a heading; the next aspect's
        // heading is short and states nothing.
        for (var k = from; k >= 0 && k < end && !(units[k].Kind == UnitKind.Heading && !GoalCues.IsModal(units[k].Folded)); k = s.NextParagraphUnit(k, end))
        {
            if (s.Used[k] || s.ModalStatementAt(k) is not { } goal)
            {
                continue;
            }

            var statement = goal.Statement;
            var last = k;
            var stop = goal.End;
            var milestones = new List<IndicatorCandidate>();
            if (!LayoutRules.EndsSentence(statement))
            {
                var item = s.NextParagraphUnit(k, end);
                while (item >= 0 && item < end && units[item].Kind == UnitKind.Item)
                {
                    statement = string.Concat(statement, " ", units[item].Content);
                    if (GoalIndicators.Milestone(units[item]) is { } milestone)
                    {
                        milestones.Add(milestone);
                    }

                    stop = units[item].End;
                    s.Used[item] = true;
                    last = item;
                    item = item + 1 < end && units[item + 1].Kind == UnitKind.Item ? item + 1 : -1;
                }
            }

            AddTargets(s, k, statement, stop, last, milestones);
            s.Used[k] = true;
            s.Note("heading", true, $"a goal under the financial aspect '{Short(units[heading].Content)}' in the section '{Short(section.Content)}'", units[k]);
        }
    }

    /// <summary>A financial goal under an aspect heading, or the targets it states side by side, each a goal of its own.</summary>
    private static void AddTargets(State s, int k, string statement, int stop, int last, List<IndicatorCandidate> milestones)
    {
        var targets = milestones.Count == 0 ? ParallelTargets(statement) : [(0, statement.Length)];
        var starts = targets.Select(t => t.At == 0 ? s.Units[k].Start : s.SourceOffsetOf(k, statement.Substring(t.At, t.Length))).ToList();
        if (starts.Any(x => x < 0))
        {
            (targets, starts) = ([(0, statement.Length)], [s.Units[k].Start]);
        }

        for (var t = 0; t < targets.Count; t++)
        {
            var (at, length) = targets[t];
            var whole = t == targets.Count - 1;
            // A sentence on one line ends where its text ends; one that wraps, where the next begins.
            var end = whole ? stop : Math.Min(starts[t] + length, starts[t + 1]);
            s.Add(k, null, null, statement.Substring(at, length), starts[t], end, last: whole ? last : -1, financial: true, targets: milestones);
        }
    }

    /// <summary>
    /// Financial targets stated side by side in one paragraph, each a sentence with its own figure and the same
    /// opening word ("Budgetföljsamheten inom driften ska … högst 0,5 procent …. Budgetföljsamheten för investeringar
    /// ska … 0 procent …"): each sentence is a target of its own. Otherwise the paragraph is one goal.
    /// </summary>
    private static List<(int At, int Length)> ParallelTargets(string statement)
    {
        var sentences = new List<(int At, int Length)>();
        var at = 0;
        foreach (Match end in SentenceEnd().Matches(statement))
        {
            sentences.Add((at, end.Index - at));
            at = end.Index + end.Length;
        }

        sentences.Add((at, statement.Length - at));
        var opening = FirstWord(statement);
        var parallel = sentences.Count >= 2 && opening.Length >= 4
            && sentences.All(x => FirstWord(statement.Substring(x.At, x.Length)) == opening && statement.AsSpan(x.At, x.Length).ContainsAny(Digits)
                && GoalCues.IsModal(Diacritics.FoldLower(statement.Substring(x.At, x.Length))));
        return parallel ? sentences : [(0, statement.Length)];
    }

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static string FirstWord(string sentence) => sentence.Split(' ', 2)[0];

    /// <summary>Cuts a status remark and an explanation off a goal text, and splits off a short name.</summary>
    private static (string? ShortName, string Statement) Clean(string text, bool splitName)
    {
        var folded = Diacritics.FoldLower(text);
        var status = GoalCues.StatusStart(folded);
        if (status > 0)
        {
            text = text[..status].TrimEnd();
        }

        var explanation = GoalCues.ExplanationStart(text);
        if (explanation > 0)
        {
            text = text[..explanation].TrimEnd();
        }

        text = ModalSentences(text);
        if (splitName || GoalCues.IsModal(folded))
        {
            var (name, statement) = TextUnits.SplitShortName(text);
            if (name is not null && (splitName || GoalCues.IsModal(Diacritics.FoldLower(statement))))
            {
                return (name, statement);
            }
        }

        return (null, text);
    }

    /// <summary>A text whose first sentence is a modal goal sentence, cut before the first sentence that is not ("… ska minska. Utgångspunkt …").</summary>
    private static string ModalSentences(string text)
    {
        var sentences = SentenceEnd().Split(text);
        if (sentences.Length < 2 || !GoalCues.IsGoalSentence(Diacritics.FoldLower(sentences[0])))
        {
            return text;
        }

        var taken = sentences.TakeWhile(x => GoalCues.IsGoalSentence(Diacritics.FoldLower(x))).ToList();
        return string.Join(" ", taken);
    }

    private static string FirstSentence(string folded)
    {
        var end = folded.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? folded : folded[..end];
    }

    private static string Short(string text) => text.Length <= 70 ? text : string.Concat(text.AsSpan(0, 70), "…");

    // The sentence just before a list says what the list is: "… genom skalan:", "Detta ska ske genom", "… indikatorer:".
    // A passing mention of indicators earlier in the paragraph does not make the goals that follow indicators.
    private static bool AnnouncesNonGoals(TextUnit intro)
    {
        var sentences = SentenceEnd().Split(intro.Content.TrimEnd()).Select(Diacritics.FoldLower).ToArray();
        var last = sentences[^1];
        if (sentences.Length > 1 && last.Split(' ').Length <= 5 && !GoalCues.NamesGoals(last) && !GoalCues.NamesNonGoals(last))
        {
            // "De viktigaste är:" says nothing itself; the sentence before says what follows.
            last = sentences[^2] + " " + last;
        }

        // "Prioriterade områden:", "I planen finns fyra målområden …:", "Förändringsmålen har två inriktningar:",
        // "Andra angelägna utvecklingsfrågor är:" announce
        // the areas or kinds the goals are grouped in, "Delmål för varje insatsområde är:" the parts a goal is broken
        // into, not the council's goals: these words are no goal words here.
        var withoutAreas = AreasOrPartsWord().Replace(sentences[^1], " ");
        if (NonGoalSubject().IsMatch(sentences[^1]) || FollowingNonGoals().IsMatch(sentences[^1]))
        {
            // "Till de övergripande målen hör följande indikatorer:": what follows is named, whatever goals it belongs to.
            // "Stora investeringar som rör inriktningsmålen har bland annat varit:": the list is what the sentence is about.
            return true;
        }

        // A paragraph that ends in a full stop and names indicators or activities only in passing ("Hållbarhetsbegreppet
        // genomsyrar alla beslut och aktiviteter.") describes; it does not say what the list under it is.
        var inPassing = intro.Kind == UnitKind.Text && intro.Content.TrimEnd().EndsWith('.') && !ForwardReference().IsMatch(last);
        return (GoalCues.NamesNonGoals(last) && !inPassing || MeansIntroduction().IsMatch(sentences[^1])) && !GoalCues.NamesGoals(sentences[^1])
            || AreasOrPartsWord().IsMatch(last) && !GoalCues.NamesGoals(withoutAreas) && !GoalNoun().IsMatch(withoutAreas) && !NamesOnePerspective(intro);
    }

    // "Ekonomiskt perspektiv", "Invånar–brukarperspektiv": a heading that names the one perspective its list is under, not the perspectives to come.
    private static bool NamesOnePerspective(TextUnit intro) =>
        intro.Kind == UnitKind.Heading && intro.Words <= 4 && Diacritics.FoldLower(intro.Content).EndsWith("perspektiv", StringComparison.Ordinal);

    // Words by which a sentence points at what follows it: "följande", "nedan", "dessa", "här", "bland annat".
    [GeneratedRegex(@"\b(?:foljande|nedan|nedanstaende|dessa|denna|detta|har|bland annat|exempelvis|sasom|till exempel|nagra|de)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ForwardReference();

    [GeneratedRegex(@"\b\w*omraden(?:a)?\b|\b\w*perspektiv(?:en)?\b|\binriktningar(?:na)?\b|\bdelmal(?:en)?\b|\b\w*fragor(?:na)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex AreasOrPartsWord();

    // A goal stated as what to do, opening with the verb in the infinitive ("Säkerställa hälsosamma liv …", "Öka
    // utbildningsnivån …"), as the global goals and many councils word theirs.
    [GeneratedRegex(@"^(?:sakerstalla|framja|oka|minska|starka|utveckla|skapa|uppna|bevara|forbattra|tillhandahalla|trygga|utoka|bekampa|motverka|sanka|halvera|avskaffa|uppmuntra|underlatta|verka for|bidra till|ge (?:alla|varje|barn|invanare|medborgare)|erbjuda)\s+\w", RegexOptions.CultureInvariant)]
    private static partial Regex InfinitiveGoal();

    // "följande indikatorer", "nedanstående nyckeltal", "dessa aktiviteter": the sentence names what the list holds.
    [GeneratedRegex(@"\b(?:foljande|nedanstaende|dessa)\s+(?:\w+\s+){0,2}(?:indikator(?:er|erna)?|nyckeltal(?:en)?|styrtal(?:en)?|matt(?:en)?|uppdrag(?:en)?|aktiviteter(?:na)?|atgarder(?:na)?|strategier(?:na)?|insatser(?:na)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FollowingNonGoals();

    // A sentence about investments, activities, measures or examples, whatever goals it relates them to.
    [GeneratedRegex(@"^(?:\w+\s+){0,2}(?:investeringar(?:na)?|aktiviteter(?:na)?|insatser(?:na)?|atgarder(?:na)?|exempel|projekt(?:en)?)\s+(?:som|under|inom|for|i|pa|har|ar|var)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NonGoalSubject();

    // "Detta åstadkommer vi genom:", "Detta ska vi åstadkomma genom att:", "… når vi genom att:": the means to a goal.
    [GeneratedRegex(@"\bgenom(?: att)?\s*:\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MeansIntroduction();

    // "mål" or "målen" as a word of its own ("målområden och mål:").
    [GeneratedRegex(@"\bmal(?:en)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex GoalNoun();

    // "Tel: 0243-740 00", "781 81 Borlänge", "Besöksadress", "E-post", "Org nr": a page's contact details.
    [GeneratedRegex(@"^(?:tel(?:efon)?|fax|e-?post|epost|besoksadress|postadress|adress|org\.? ?nr|organisationsnummer|oppettider|vaxel|kontakta oss)\b|^\d{3} ?\d{2}\s+\p{L}+$|\b\d{2,4}-\d{2,3} ?\d{2} ?\d{2}\b|@\w+\.\w+|^\p{L}+ (?:kommun|stad|region)$", RegexOptions.CultureInvariant)]
    private static partial Regex ContactDetail();

    // "Detta innebär att …", "Det betyder att …": a sentence that explains what stands before it.
    [GeneratedRegex(@"^(?:Detta|Det|Det här) (?:innebär|betyder)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExplainsAbove();

    // "fyra övergripande utvecklingsmål", "tre inriktningsmål", "sex så kallade inriktningsmål", "5 mål": a count of
    // goals, compounds on mål included.
    [GeneratedRegex(@"\b(\d{1,2}|tva|tre|fyra|fem|sex|sju|atta|nio|tio)\s+(?:sa kallade\s+)?(?:[a-z]+\s+)?[a-z]*mal\b", RegexOptions.CultureInvariant)]
    private static partial Regex CountedGoals();

    // "… (barn- och ungdomsnämnden).", "(kommunstyrelsen)": the committee whose goal an item is.
    [GeneratedRegex(@"\((?:[\w\-]+ )*[\w\-]*(?:namnden|namnd|styrelsen|namnderna)\)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommitteeInParentheses();

    // "Vision", "Vision 2030", "Vår vision", "Vision för Lidingö": a heading over the vision.

    // "kommunmål (2).jpg", "bild.png": an image's file name as a line of its own.
    [GeneratedRegex(@"^\S[^\n]{0,80}\.(?:jpe?g|png|gif|svg|webp|tiff?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ImageFileName();

    // "Ja Nej", "Var sidan till hjälp?": a page's feedback widget.
    [GeneratedRegex(@"^(?:ja\s+nej|ja|nej|hjalpte (?:informationen|sidan)\b.*|var (?:den har )?sidan (?:till )?hjalp\w*.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Feedback();

    // "Andel elever som …", "Antal barn per årsarbetare", "Kostnad per invånare": what an indicator measures.
    [GeneratedRegex(@"^(?:andel(?:en)?|antal(?:et)?|betyg|medelbetyg|meritvarde\w*|kostnad(?:en)? per|nettokostnad\w*|sjukfranvaro\w*|genomsnittlig\w*|nkiz?|sci)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Measure();

    // "… ska öka", "Ökad andel …", "minska": a measure with a direction is a goal.
    [GeneratedRegex(@"\b(?:oka\w*|minska\w*|hoja\w*|sanka\w*|forbattra\w*|uppga|overstiga|understiga|hogst|minst|lagst)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChangeVerb();

    // "Regionfullmäktige godkänner …", "Kommunstyrelsen ger förvaltningen i uppdrag …": a decision's points.
    [GeneratedRegex(@"^(?:\w+ )?(?:kommun|region|landstings)?(?:fullmaktige|styrelsen|namnden)\w* (?:godkanner|beslutar|bemyndigar|ger|antar|faststaller|uppdrar|noterar|overlamnar|anser|foreslar|tillstyrker|lagger)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DecisionPoint();

    // "Vision", "Vår vision", "Verksamhetsidé", "Värdegrund": what stands under them is not a goal.
    [GeneratedRegex(@"^(?:var |kommunens |regionens )?(?:vision(?:en)?|verksamhetside(?:n)?|vardegrund(?:en)?|mission|uppdrag(?:et)?|karnvarden)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex VisionHeading();

    [GeneratedRegex(@"\bladda ner\b|\bpdf\b|\b\d+(?:[,.]\d+)?\s*(?:kb|mb)\b|\bpdf,|oppnas i nytt fonster", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^(?:perspektiv|strategiomrade|strategiskt omrade|strategiska omraden|malomrade|fokusomrade|omrade|malomraden)\b\s*(?:\d{1,2}(?:[.:]\d{1,2})*)?\s*[:.–—\-▶►]*\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AreaLabel();

    /// <summary>The units of a document and what has been found in them.</summary>
    private sealed class State(IReadOnlyList<Paragraph> paragraphs, List<TextUnit> units)
    {
        public List<TextUnit> Units { get; } = units;

        public bool[] Used { get; } = new bool[units.Count];

        /// <summary>Units read as the body of a goal above them (a counted goal's list): no list of goals, but its body.</summary>
        public bool[] Held { get; } = new bool[units.Count];

        public List<(int Unit, GoalCandidate Goal)> Goals { get; } = [];

        /// <summary>Lists announced as goal areas that the text then speaks of as its goals ("För att nå målen …").</summary>
        public List<(List<int> Run, List<int> Items, List<TextUnit> Context)> AreaListsCalledGoals { get; } = [];

        public List<(string What, bool Taken, string Reason, int Start, int End, string Text)>? Log { get; init; }

        public void Note(string what, bool taken, string reason, TextUnit at) => Log?.Add((what, taken, reason, at.Start, at.End, Short(at.Content)));

        // Takes a goal found at a unit. Last is the last unit of the goal's own text: the paragraphs after it, up to the
        // next goal or section, are its body (-1: none).
        public void Add(int unit, string? number, string? shortName, string statement, int start, int end, string? area = null, int last = -1, bool financial = false, IReadOnlyList<IndicatorCandidate>? targets = null)
        {
            statement = statement.Trim();
            // "Vi har moderna arbetsplatser med målet: Kommunen är en attraktiv arbetsgivare": what follows the colon is the goal.
            if (LeadClause().Match(statement) is { Success: true } lead && lead.Index + lead.Length < statement.Length)
            {
                statement = statement[(lead.Index + lead.Length)..];
            }

            if (statement.Length == 0 || !statement.Any(char.IsLetter))
            {
                return;
            }

            Goals.Add((unit, new GoalCandidate(number, shortName, statement, [], area, start, end, []) { InFinancialSection = financial, Indicators = targets ?? [] }));
            Lasts.Add(last);
        }

        private List<int> Lasts { get; } = [];

        /// <summary>
        /// Whether a heading, or its part before a dash ("Nära till allt – hållbar livsmiljö"), is the whole statement of
        /// a goal already taken (a name listed before); a heading that repeats another goal's short name is a goal of its own.
        /// </summary>
        public bool RepeatsGoal(string heading)
        {
            var name = NameDash().Match(heading) is { Success: true } dash ? heading[..dash.Index] : heading;
            var folded = Diacritics.FoldLower(name.Trim().TrimEnd('.', ':'));
            return folded.Length > 0 && Goals.Any(g => Diacritics.FoldLower(g.Goal.Statement.TrimEnd('.')) == folded);
        }

        /// <summary>
        /// The paragraphs after a goal's own text that explain it: up to the next goal, a heading that opens another
        /// goal section or names something else, or the end of the goal part.
        /// </summary>
        private List<Paragraph> Body(int last, int nextGoalUnit)
        {
            var body = new List<Paragraph>();
            if (last < 0)
            {
                return body;
            }

            var from = Units[last].Paragraph + 1;
            var to = nextGoalUnit >= 0 ? Units[nextGoalUnit].Paragraph : Units[^1].Paragraph + 1;
            var k = last + 1;
            for (var p = from; p < to; p++)
            {
                while (k < Units.Count && Units[k].Paragraph < p)
                {
                    k++;
                }

                if (k < Units.Count && Units[k].Paragraph == p && (Used[k] || Units[k].Kind is UnitKind.Heading or UnitKind.Label && (GoalCues.NamesGoals(Units[k].WholeFolded) || GoalCues.NamesNonGoals(Units[k].Folded))))
                {
                    break;
                }

                body.Add(paragraphs[p]);
            }

            return body;
        }

        /// <summary>The unit where the last list taken as goals ends, or -1.</summary>
        public int LastListEnd { get; set; } = -1;

        public bool IsParagraphStart(int unit) => unit == 0 || Units[unit - 1].Paragraph != Units[unit].Paragraph;

        public bool IsSingleLineParagraph(int unit) => paragraphs[Units[unit].Paragraph].Lines.Count == 1;

        public int ParagraphWords(int unit) => paragraphs[Units[unit].Paragraph].WordCount;

        /// <summary>The paragraph a unit is part of.</summary>
        public Paragraph ParagraphAt(int unit) => paragraphs[Units[unit].Paragraph];

        /// <summary>
        /// Where in the source a sentence of the paragraph at a unit starts, found by its opening words on one of the
        /// paragraph's lines (a sentence that starts at a line's end is found on the next); -1 when no line holds them.
        /// </summary>
        public int SourceOffsetOf(int unit, string sentence)
        {
            var words = sentence.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
            var opening = string.Join(' ', words.Take(Math.Min(3, words.Length)));
            foreach (var line in paragraphs[Units[unit].Paragraph].Lines)
            {
                var at = line.Text.IndexOf(opening, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return line.Start + at;
                }
            }

            var first = words.Length > 0 ? words[0] : string.Empty;
            var lines = paragraphs[Units[unit].Paragraph].Lines;
            for (var i = 0; i < lines.Count && first.Length > 0; i++)
            {
                if (lines[i].Text.TrimEnd().EndsWith(" " + first, StringComparison.Ordinal))
                {
                    return lines[i].Start + lines[i].Text.TrimEnd().Length - first.Length;
                }
            }

            return -1;
        }

        /// <summary>The first unit of the next paragraph before <paramref name="end"/>, or -1.</summary>
        public int NextParagraphUnit(int unit, int end)
        {
            for (var k = unit + 1; k < Math.Min(end, Units.Count); k++)
            {
                if (Units[k].Paragraph != Units[unit].Paragraph)
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>The nearest heading or label above a unit that names goals, or <see langword="null"/>.</summary>
        public int? SectionHeadingAbove(int unit)
        {
            for (var k = unit - 1; k >= 0; k--)
            {
                if (Units[k].Kind is UnitKind.Heading or UnitKind.Label && GoalCues.NamesGoals(Units[k].WholeFolded))
                {
                    return k;
                }
            }

            return null;
        }

        /// <summary>Whether a cue heading stands above a unit with nothing but headings, labels and short lines between.</summary>
        public bool CueHeadingAbove(int unit)
        {
            for (var k = unit - 1; k >= 0 && unit - k <= 8; k--)
            {
                var u = Units[k];
                if (u.Kind is UnitKind.Heading or UnitKind.Label && GoalCues.NamesGoals(u.WholeFolded))
                {
                    return true;
                }

                // ("Kommunstyrelsens grunduppdrag och inriktning" opens a committee's section under the council's goals.)
                if (u.Kind == UnitKind.Item || u.Kind == UnitKind.Text && u.Words > 30 || u.Kind == UnitKind.Heading && GoalCues.NamesCommittee(u.Folded))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a list follows the last goal list with only area headings and short introductions between
        /// ("Hållbar miljö", a sentence on the area, then its goals): it goes on with the same goal section.
        /// </summary>
        public bool ContinuesGoalLists(int unit)
        {
            if (NextNameOverDescription(unit))
            {
                return true;
            }

            if (LastListEnd < 0 || unit - LastListEnd > 6)
            {
                return false;
            }

            for (var k = LastListEnd + 1; k < unit; k++)
            {
                var u = Units[k];
                if (GoalCues.NamesNonGoals(u.Folded) || u.Kind == UnitKind.Text && ParagraphWords(k) > 40 || u.Kind == UnitKind.Heading && (u.Content.EndsWith('?') || GoalCues.NamesCommittee(u.Folded)))
                {
                    // ("Vad händer nu?" opens another section, "Nämndens grunduppdrag och inriktning" a committee's.)
                    return false;
                }
            }

            // "Därefter upprättar:" announces a list of something else; "… är de så kallade perspektivmålen:" names
            // another kind of the same goals.
            var lead = Units[unit - 1];
            return !(lead.Kind == UnitKind.Text && lead.Content.EndsWith(':') && !GoalCues.NamesGoals(lead.WholeFolded) && !EndsWithGoalNoun(lead));
        }

        private static bool EndsWithGoalNoun(TextUnit lead) =>
            lead.Folded.TrimEnd(':', ' ').Split(' ')[^1] is { Length: > 5 } last && (last.EndsWith("malen", StringComparison.Ordinal) || last.EndsWith("mal", StringComparison.Ordinal))
            && !GoalCues.NamesCommitteeGoals(lead.Folded);

        /// <summary>
        /// Goal names as single bullets, each over paragraphs that describe it ("• Vård och omsorg efter behov" over
        /// what the council will do): a short bullet alone after such a goal, with only running text between, is the
        /// next goal of the same list, however long the description.
        /// </summary>
        public bool NextNameOverDescription(int unit)
        {
            if (LastListEnd < 0)
            {
                return false;
            }

            static bool ShortName(TextUnit u) => u is { Kind: UnitKind.Item, Words: >= 2 and <= 8 } && !LayoutRules.EndsSentence(u.Content) && !GoalCues.IsModal(u.Folded);
            var last = Units[LastListEnd];
            if (!ShortName(last) || LastListEnd > 0 && Units[LastListEnd - 1].Kind == UnitKind.Item || !ShortName(Units[unit]) || Units[unit].Indent != last.Indent
                || unit + 1 < Units.Count && Units[unit + 1].Kind == UnitKind.Item || unit - LastListEnd > 20 || unit - LastListEnd < 2)
            {
                return false;
            }

            for (var k = LastListEnd + 1; k < unit; k++)
            {
                if (Units[k].Kind != UnitKind.Text || Units[k].Content.EndsWith(':'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether a unit reads as the name of a goal area: a short heading that is not a cue, a goal, or an announcement.</summary>
        public bool IsAreaLike(int unit)
        {
            var u = Units[unit];
            return u.Words <= 10 && !GoalCues.IsModal(u.Folded) && !(GoalCues.NamesGoals(u.Folded) && AreaLabel().Match(u.Folded).Length == 0);
        }

        /// <summary>Whether a unit is the last line of its paragraph.</summary>
        public bool IsLastLineOfParagraph(int unit) =>
            unit + 1 >= Units.Count || Units[unit + 1].Paragraph != Units[unit].Paragraph;

        /// <summary>Whether a goal label ("Mål 1:") that is not a sub-goal's was taken above a unit, with no other heading of a goal section between.</summary>
        public bool GoalLabelAbove(int unit)
        {
            for (var k = unit - 1; k >= 0; k--)
            {
                var u = Units[k];
                if (u.Kind == UnitKind.Label && !IsSubGoalLabel(u))
                {
                    return Used[k];
                }

                if (u.Kind == UnitKind.Heading && GoalCues.NamesGoals(u.WholeFolded))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>The statement a paragraph starting at a unit gives: its sentences up to an explanation.</summary>
        public (string Statement, int End)? ParagraphStatementAt(int unit)
        {
            if (!IsParagraphStart(unit))
            {
                return null;
            }

            var p = paragraphs[Units[unit].Paragraph];
            var text = p.Text;
            var explanation = GoalCues.ExplanationStart(text);
            if (explanation > 0)
            {
                text = text[..explanation].TrimEnd();
            }

            return text.Length == 0 || p.WordCount > 80 ? null : (text, p.End);
        }

        /// <summary>A paragraph whose first sentence is a modal goal sentence ("… ska …"): its modal sentences in a row.</summary>
        public (string Statement, int End)? ModalStatementAt(int unit)
        {
            if (ParagraphStatementAt(unit) is not { } whole || ContinuesText().IsMatch(whole.Statement))
            {
                return null;
            }

            var sentences = SentenceEnd().Split(whole.Statement);
            var taken = new List<string>();
            foreach (var sentence in sentences)
            {
                var folded = Diacritics.FoldLower(sentence);
                if (!(GoalCues.IsGoalSentence(folded) || taken.Count == 0 && InfinitiveGoal().IsMatch(folded) && folded.Split(' ').Length <= 30) || ExplainsAbove().IsMatch(sentence))
                {
                    break;
                }

                taken.Add(sentence);
            }

            return taken.Count == 0 ? null : (string.Join(" ", taken), whole.End);
        }

        /// <summary>A paragraph that states a goal on its own line (not a list, not a label), as a statement.</summary>
        public (string Statement, int End)? StatementAt(int unit)
        {
            if (Units[unit].Kind != UnitKind.Text)
            {
                return null;
            }

            if (IsParagraphStart(unit))
            {
                return ParagraphStatementAt(unit);
            }

            // "Mål 1: Trygg uppväxt" with its statement on the next lines of the same paragraph.
            var end = unit;
            while (end + 1 < Units.Count && Units[end + 1].Paragraph == Units[unit].Paragraph && Units[end + 1].Kind == UnitKind.Text)
            {
                end++;
            }

            var text = Paragraph.Reflow(Units.Skip(unit).Take(end - unit + 1).Select(u => u.Content));
            return (text, Units[end].End);
        }

        public LayoutMatch Build()
        {
            var ordered = Goals.Select((g, i) => (g.Unit, g.Goal, Last: Lasts[i])).OrderBy(g => g.Goal.Start).ToList();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var goals = new List<GoalCandidate>();
            var areas = new List<AreaCandidate>();
            var kinds = new List<UnitKind>();
            var lastUnit = -1;
            string? area = null;
            for (var n = 0; n < ordered.Count; n++)
            {
                var (unit, goal, last) = ordered[n];
                var nextGoal = n + 1 < ordered.Count ? ordered[n + 1].Unit : -1;
                if (Body(last, nextGoal) is { Count: > 0 } body)
                {
                    goal = goal with { BodyParagraphs = body, End = Math.Max(goal.End, body[^1].End) };
                }

                // Indicators stand between the goal and the next; after the last goal, only in the units close below it.
                var from = Math.Max(unit, last) + 1;
                var indicators = GoalIndicators.Find(Units, from, nextGoal >= 0 ? nextGoal : Math.Min(Units.Count, from + 30), Used);
                if (indicators.Count > 0)
                {
                    goal = goal with { Indicators = [.. goal.Indicators, .. indicators] };
                }

                if (IsRepeat(seen, goal.Statement))
                {
                    // The same goal again (a summary table after the list, or a repeat cut off where the text ends): it is one goal.
                    continue;
                }

                if (goal.Area is { } named)
                {
                    // The item named its own area ("Medborgare: …").
                    area = named;
                    if (!areas.Any(a => a.Name == named))
                    {
                        areas.Add(new AreaCandidate(named, goal.Start, goal.Start + named.Length));
                    }
                }
                else if (AreaBefore(unit, lastUnit) is { } found)
                {
                    area = found.Name;
                    if (!areas.Any(a => a.Name == found.Name))
                    {
                        areas.Add(found);
                    }
                }
                else if (CueBetween(lastUnit, unit))
                {
                    area = null;
                }

                goals.Add(goal with { Area = area });
                kinds.Add(Units[unit].Kind);
                lastUnit = unit;
            }

            return new LayoutMatch(FamilyOf(kinds, goals), goals, areas, null);
        }

        // Whether a statement was seen before, whole, or as the start of one seen (six words or more: a repeat cut off where the text ends).
        private static bool IsRepeat(HashSet<string> seen, string statement)
        {
            var tokens = string.Join(' ', FoldedTokens.Of(Diacritics.FoldLower(statement)));
            return !seen.Add(tokens) || tokens.Count(c => c == ' ') >= 5 && seen.Any(t => t.Length > tokens.Length && t.StartsWith(tokens + " ", StringComparison.Ordinal));
        }

        // "Målområde 1 - Ett samhälle för alla" over the area's goals, or "5.1 Målområde 1 – Livskvalitet och lärande": a
        // numbered section heading that names an area.
        private static AreaCandidate? LabelledArea(TextUnit u)
        {
            if (u is { Kind: UnitKind.Label, Label: { } word } && u.Content.Length > 0 && AreaLabelWord().IsMatch(Diacritics.FoldLower(word)) && !IsSubNumbered(u))
            {
                var labelled = u.Content.Trim(' ', '–', '—', '-', ':');
                var at = u.End - u.Content.Length + u.Content.IndexOf(labelled, StringComparison.Ordinal);
                return labelled.Length > 0 ? new AreaCandidate(labelled, at, at + labelled.Length) : null;
            }

            if (u.Kind == UnitKind.Item && AreaLabel().Match(u.Folded) is { Length: > 0 } numberedArea)
            {
                var areaName = u.Content[numberedArea.Length..].Trim(' ', '–', '—', '-', ':');
                return areaName.Length > 0 ? new AreaCandidate(areaName, u.End - areaName.Length, u.End) : null;
            }

            return null;
        }

        private AreaCandidate? AreaBefore(int unit, int previousGoal)
        {
            var skippedIntro = false;
            for (var k = unit - 1; k > previousGoal && k >= 0; k--)
            {
                var u = Units[k];
                if (Used[k] && k != unit)
                {
                    continue;
                }

                if (u.Kind is UnitKind.Text or UnitKind.Heading && AreaInSentence().Match(u.Content) is { Success: true } named)
                {
                    // "För målområde Barn och unga har kommunfullmäktige antagit målet": the sentence names the area.
                    var name = named.Groups["name"];
                    return new AreaCandidate(name.Value, u.Start + name.Index, u.Start + name.Index + name.Length);
                }

                if (u.Kind == UnitKind.Text && u.Words > 12)
                {
                    // One sentence on the area may stand between its heading and its goals.
                    if (skippedIntro || !IsParagraphStart(k))
                    {
                        return null;
                    }

                    skippedIntro = true;
                    continue;
                }

                if (LabelledArea(u) is { } labelled)
                {
                    return labelled;
                }

                if (u.Kind is UnitKind.Heading or UnitKind.Label && GoalCues.NamesGoals(u.WholeFolded) && AreaLabel().Match(u.Folded).Length == 0)
                {
                    if (IsRepeatedBareLabel(k) || u.Content.Length > 0 && IsRepeatedLine(k))
                    {
                        // "Övergripande mål" or "Mål för 2023" over each area's goals is a field label: the area's name stands above it.
                        continue;
                    }

                    // Areas stand below the heading of the goal section, not above it.
                    return null;
                }

                if (u.Kind is UnitKind.Heading or UnitKind.Label or UnitKind.Text && IsAreaLike(k) && !GoalCues.NamesNonGoals(u.Folded) && AreaNamedAt(k) is { } area)
                {
                    return area;
                }
            }

            return null;
        }

        private Dictionary<string, int>? _lineCounts;

        /// <summary>Whether a line's text stands more than once in the document: a field label ("Målvärde"), not a name.</summary>
        public bool IsRepeatedLine(int unit)
        {
            _lineCounts ??= Units.GroupBy(u => u.Folded, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return _lineCounts[Units[unit].Folded] >= 2;
        }

        /// <summary>The area a heading, label or short line names, or <see langword="null"/> when it names none.</summary>
        private AreaCandidate? AreaNamedAt(int k)
        {
            var u = Units[k];
            var label = AreaLabel().Match(u.Folded);
            var name = (u.Kind == UnitKind.Label ? u.Content : u.Content[label.Length..]).Trim(' ', '–', '—', '-', ':', '▶', '►');
            if (u.Kind == UnitKind.Label && name.Length == 0)
            {
                return null;
            }

            if (u.Kind == UnitKind.Text && label.Length == 0 && !(u.Words <= 8 && !LayoutRules.EndsSentence(u.Content) && !u.Content.EndsWith(':')
                && (Units[k + 1] is { Kind: UnitKind.Label, Content.Length: 0 } || IsParagraphStart(k) && char.IsUpper(u.Content[0]) && !u.Content.Any(char.IsDigit) && !IsRepeatedLine(k) && Units[k + 1].Kind == UnitKind.Item && Units[k + 1].Paragraph == u.Paragraph)))
            {
                // Running text is not an area; a short line right above a bare goal label, or opening a paragraph whose
                // list follows it, in a paragraph without blank lines, is its heading.
                return null;
            }

            if (name.Length > 0 && !GoalCues.NamesGoals(Diacritics.FoldLower(name)))
            {
                return new AreaCandidate(name, u.End - name.Length, u.End);
            }

            return null;
        }

        /// <summary>
        /// The family the goals' forms make: all headings over statements, all numbered, all list items under two or
        /// more areas, all list items without areas; a mix of forms is a goal section.
        /// </summary>
        private static LayoutFamily FamilyOf(List<UnitKind> kinds, List<GoalCandidate> goals)
        {
            if (kinds.All(k => k is UnitKind.Heading or UnitKind.Text))
            {
                return LayoutFamily.HeadedStatements;
            }

            if (kinds.All(k => k is UnitKind.Item or UnitKind.Label) && 2 * goals.Count(g => g.Number is not null) > goals.Count)
            {
                return LayoutFamily.Numbered;
            }

            if (kinds.All(k => k == UnitKind.Item))
            {
                return goals.Select(g => g.Area).Where(a => a is not null).Distinct(StringComparer.Ordinal).Count() >= 2 ? LayoutFamily.AreaBullets
                    : goals.All(g => g.Area is null) ? LayoutFamily.GoalList
                    : LayoutFamily.GoalSections;
            }

            return LayoutFamily.GoalSections;
        }

        // How often each goal label stands without text, counted on first use.
        private Dictionary<string, int>? _bareLabels;

        /// <summary>Whether a unit is a goal label without text ("Övergripande mål") that the document repeats.</summary>
        public bool IsRepeatedBareLabel(int unit)
        {
            var u = Units[unit];
            if (u.Kind != UnitKind.Label || u.Content.Length > 0 || u.Label is null)
            {
                return false;
            }

            if (_bareLabels is null)
            {
                _bareLabels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                foreach (var other in Units)
                {
                    if (other is { Kind: UnitKind.Label, Content.Length: 0, Label: { } label })
                    {
                        _bareLabels[label] = _bareLabels.GetValueOrDefault(label) + 1;
                    }
                }
            }

            return _bareLabels.GetValueOrDefault(u.Label) >= 2;
        }

        private bool CueBetween(int from, int to)
        {
            for (var k = Math.Max(0, from + 1); k < to; k++)
            {
                if (Units[k].Kind is UnitKind.Heading or UnitKind.Label or UnitKind.Item && !Used[k] && GoalCues.NamesGoals(Units[k].WholeFolded))
                {
                    // A new goal section ("6.2 Finansiella mål") ends the area of the goals above it.
                    return true;
                }
            }

            return false;
        }
    }

    // A sentence that opens with a connective continues the text before it; a goal statement stands on its own.
    [GeneratedRegex(@"^(?:Även|Dessutom|Också|Därför|Därmed|Detta|Det|Vi|Men|Samtidigt|Dock)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContinuesText();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    // A lead clause that ends by naming the goal to come: "… med målet:", "… med det övergripande målet:".
    [GeneratedRegex(@"\s(?:med|och)\s+(?:det\s+\w+\s+)?målet\s*:\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadClause();
}
