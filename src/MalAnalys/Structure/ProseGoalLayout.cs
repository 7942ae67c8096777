using System.Text.RegularExpressions;
using MalAnalys.Documents;

namespace MalAnalys.Structure;

/// <summary>
/// Goals stated inside running text, read only where no list, label or heading gives any: a sentence that names the
/// council's goal as a definite noun and then gives it, quoted ("… nå det övergripande målet, "En hållbar tillväxt
/// …""), in parentheses ("det finansiella målet (att återställa …)"), or as what the goal is or means ("Det
/// långsiktiga målet för en god ekonomisk hushållning är att …", "Resultatmålet innebär att …"). A goal named in
/// general terms ("målet är att alla ska må bra" in a text about goal work) is not enough: the noun must say whose or
/// which goal it is (overarching, long-term, financial, the council's, a result or vision goal).
/// </summary>
internal static partial class ProseGoalLayout
{
    /// <summary>Longest statement read from a sentence, in words; a longer clause is an explanation, not a goal.</summary>
    private const int MaxWords = 45;

    public static LayoutMatch? Find(IReadOnlyList<Paragraph> ps, int stop)
    {
        var goals = new List<GoalCandidate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < stop; i++)
        {
            var p = ps[i];
            if (p.WordCount < 6)
            {
                continue;
            }

            var text = p.Text;
            var folded = Swedish.Diacritics.FoldLower(text);
            foreach (Match m in GoalStated().Matches(folded))
            {
                if (StatementAt(text, m) is { } statement && Paragraph.CountWords(statement) is >= 3 and <= MaxWords && seen.Add(statement))
                {
                    // "Det långsiktiga målet för en god ekonomisk hushållning", "Resultatmålet": the goal's name says it is financial.
                    var financial = GoalCues.NamesFinancialGoals(m.Value) || m.Value.Contains("resultatmal", StringComparison.Ordinal);
                    goals.Add(new GoalCandidate(null, null, statement, [], null, p.Start, p.End, []) { InFinancialSection = financial });
                }
            }

            // "Att nå en positiv spiral är det främsta målet.": the goal first, then what it is; and a surplus goal named with its level.
            foreach (var (m, financial) in ForemostGoal().Matches(folded).Select(m => (m, false)).Concat(SurplusTarget().Matches(folded).Select(m => (m, true))))
            {
                var statement = text.Substring(m.Index, m.Length).Trim();
                if (Paragraph.CountWords(statement) <= MaxWords && seen.Add(statement))
                {
                    goals.Add(new GoalCandidate(null, null, statement, [], null, p.Start, p.End, []) { InFinancialSection = financial });
                }
            }
        }

        if (goals.Count == 0)
        {
            BeforeBaselines(ps, stop, goals);
        }

        // Names counted in a sentence are read even beside a goal found above (a surplus goal in a caption).
        if (goals.All(g => g.InFinancialSection))
        {
            NamedInline(ps, stop, goals);
        }

        if (goals.All(g => g.InFinancialSection))
        {
            QuotedNames(ps, stop, goals);
        }

        if (goals.Count == 0)
        {
            DecidedFinancialTargets(ps, stop, goals);
        }

        return goals.Count == 0 ? null : new LayoutMatch(LayoutFamily.Prose, goals, [], null);
    }

    /// <summary>
    /// Goals in text whose lines ran together, each followed by its baseline ("… ska öka. Utgångsläge: 48 (2013).
    /// Antal invånare ska öka. Utgångsläge: …"): the sentence before each baseline label, where the document gives two
    /// or more.
    /// </summary>
    private static void BeforeBaselines(IReadOnlyList<Paragraph> ps, int stop, List<GoalCandidate> goals)
    {
        var found = new List<GoalCandidate>();
        for (var i = 0; i < stop; i++)
        {
            var p = ps[i];
            var text = p.Text;
            var previousLabelEnd = 0;
            foreach (Match label in Baseline().Matches(text))
            {
                var start = SentenceStartBefore(text, label.Index, previousLabelEnd);
                // A section number the run-on text kept before the first goal ("3 Boende Minst 60 % …") is no part of it.
                var statement = SectionNumber().Replace(text[start..label.Index].Trim(), string.Empty);
                previousLabelEnd = label.Index + label.Length;
                if (Paragraph.CountWords(statement) is >= 3 and <= MaxWords && char.IsUpper(statement[0]) && !statement.EndsWith(':'))
                {
                    found.Add(new GoalCandidate(null, null, statement, [], null, p.Start, p.End, []));
                }
            }
        }

        if (found.Count >= 2)
        {
            goals.AddRange(found);
        }
    }

    /// <summary>
    /// Goals named in a sentence after their number ("kommunens tre övergripande mål, Samhällstjänster av högsta
    /// kvalitet, Blomstrande näringsliv och Attraktiv och hållbar livsmiljö, är …"): the names, when there are as many
    /// as the sentence says and each is a short capitalised name. The first such sentence gives the goals.
    /// </summary>
    private static void NamedInline(IReadOnlyList<Paragraph> ps, int stop, List<GoalCandidate> goals)
    {
        for (var i = 0; i < stop; i++)
        {
            var p = ps[i];
            var text = p.Text;
            foreach (Match m in CountedGoals().Matches(Swedish.Diacritics.FoldLower(text)))
            {
                var count = LayoutRules.ParseCount(m.Groups["count"].Value);
                if (count is < 2 or > 9)
                {
                    continue;
                }

                var from = m.Index + m.Length;
                var pieces = text[from..SentenceEnd(text, from)].TrimEnd('.').Split(", ");
                // After a colon the names run on as a sentence ("Där ingår fem målbilder: En sammanhållen stad, plats för
                // alla, … och den smarta staden."): only the first need be capitalised, and the last "och" parts the last two.
                var colon = m.Value.TrimEnd().EndsWith(':');
                if (pieces.Length < count - 1 || LastTwo(pieces[count - 2], colon) is not [var last1, var last2])
                {
                    continue;
                }

                List<string> names = [.. pieces.Take(count - 2), last1, last2];
                if (names.Select((n, k) => n.Length > 0 && (char.IsUpper(n[0]) || colon && k > 0 && char.IsLower(n[0])) && Paragraph.CountWords(n) is >= 1 and <= 7 && !n.Any(char.IsDigit)).All(ok => ok))
                {
                    goals.AddRange(names.Select(n => Presented(ps, i + 1, stop, n.Trim()) ?? new GoalCandidate(null, null, n.Trim(), [], null, p.Start, p.End, [])));
                    return;
                }
            }
        }
    }

    // "kommunens tre övergripande mål, …", "Regionens fyra strategiska mål är: …": a count of the council's goals, then
    // their names; "Där ingår fem målbilder: …": a count after a verb of containing, then the names after a colon.
    [GeneratedRegex(@"\b(?:kommunens|regionens|stadens|fullmaktiges|kommunfullmaktiges|regionfullmaktiges|vara|de)\s+(?<count>\d|tva|tre|fyra|fem|sex|sju|atta|nio)\s+(?:\w+\s+)?(?:mal|malomraden|malen|malomradena)(?:\s*,\s*|\s+ar\s*:?\s*|\s*:\s*)|\b(?:ingar|finns|omfattar|innehaller)\s+(?<count>tva|tre|fyra|fem|sex|sju|atta|nio)\s+(?:\w+\s+)?(?:mal|malbilder|malsattningar)\s*:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex CountedGoals();

    /// <summary>
    /// A named goal presented further on in a paragraph of its own that opens with its name, a dash or a colon and its
    /// statement ("Hög kvalitet - Kommunen ska …"): the statement, with the name as its short name; null when there is none.
    /// </summary>
    private static GoalCandidate? Presented(IReadOnlyList<Paragraph> ps, int from, int stop, string name)
    {
        for (var i = from; i < stop; i++)
        {
            var text = ps[i].Text;
            if (text.StartsWith(name, StringComparison.Ordinal) && NameSeparator().Match(text, name.Length) is { Success: true } separator
                && text[(separator.Index + separator.Length)..].Trim() is var statement && Paragraph.CountWords(statement) is >= 3 and <= MaxWords)
            {
                return new GoalCandidate(null, name, statement, [], null, ps[i].Start, ps[i].End, []);
            }
        }

        return null;
    }

    // " - ", " – ", ": " right after a name: what follows states it.
    [GeneratedRegex(@"\G\s*(?:[-–—]\s|:\s)", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    /// <summary>
    /// Goals given by their quoted names after the goal noun and "är" or a colon ("Visionsmålen är ”Bästa kommun att växa
    /// i”, ”Livslångt lärande för alla” samt ”Vi skapar ett rikt liv”."): two or more short names, capitalised unless the
    /// noun names the council's goals. The first such sentence gives the goals.
    /// </summary>
    private static void QuotedNames(IReadOnlyList<Paragraph> ps, int stop, List<GoalCandidate> goals)
    {
        for (var i = 0; i < stop; i++)
        {
            var p = ps[i];
            foreach (Match m in QuotedNameList().Matches(p.Text))
            {
                var names = m.Groups["name"].Captures.Select(c => c.Value.Trim()).ToList();
                // Names in lower case ("fyra strategiska mål: ”attraktiv arbetsplats”, ”hög tillgänglighet” …") count after a
                // noun that itself names the council's goals.
                var namesGoals = GoalCues.NamesGoals(Swedish.Diacritics.FoldLower(m.Groups["noun"].Value));
                if (names.Count >= 2 && names.All(n => (char.IsUpper(n[0]) || namesGoals && char.IsLower(n[0])) && Paragraph.CountWords(n) is >= 1 and <= 8 && !n.Any(char.IsDigit))
                    && (m.Groups["noun"].Value.EndsWith("målen", StringComparison.OrdinalIgnoreCase) || namesGoals))
                {
                    goals.AddRange(names.Select(n => new GoalCandidate(null, null, n, [], null, p.Start, p.End, [])));
                    return;
                }
            }
        }
    }

    // "Visionsmålen är ”A”, ”B” samt ”C”", "De övergripande målen är "A" och "B"", "fyra strategiska mål: ”A”, …": the goal
    // noun, "är" or a colon, then quoted names.
    [GeneratedRegex(@"(?<noun>\b(?:\p{L}+ )?\p{L}*mål(?:en)?)(?: är |: )[”“""](?<name>[^”“""\n]{2,80})[”“""](?:(?:, | och | samt )[”“""](?<name>[^”“""\n]{2,80})[”“""])+", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedNameList();

    private static string[] LastTwo(string piece, bool colon)
    {
        if (!colon)
        {
            return NameAnd().Split(piece);
        }

        var and = piece.LastIndexOf(" och ", StringComparison.Ordinal);
        return and > 0 ? [piece[..and], piece[(and + 5)..]] : [piece];
    }

    // " och " before a capitalised name: the last two names of a list.
    [GeneratedRegex(@" och (?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex NameAnd();

    /// <summary>
    /// A council's decision as a run of "att" clauses ("att godkänna förslaget till budget …", "att resultatet … ska
    /// vara minst 1,5 % av skatter och generella statsbidrag …"): the clauses that set a target for the council's own
    /// finances are its financial goals; tax rates, fees and approvals are not.
    /// </summary>
    private static void DecidedFinancialTargets(IReadOnlyList<Paragraph> ps, int stop, List<GoalCandidate> goals)
    {
        var found = new List<GoalCandidate>();
        for (var i = 0; i < stop; i++)
        {
            var p = ps[i];
            if (!p.Text.StartsWith("att ", StringComparison.Ordinal))
            {
                continue;
            }

            var folded = Swedish.Diacritics.FoldLower(p.Text);
            if (GoalCues.IsFinancialStatement(folded) && FinancialTarget().IsMatch(folded) && !TaxOrFee().IsMatch(folded) && Paragraph.CountWords(p.Text) <= MaxWords)
            {
                found.Add(new GoalCandidate(null, null, p.Text.Trim(), [], null, p.Start, p.End, []) { InFinancialSection = true });
            }
        }

        // A decision has several points: a lone "att" clause is running text.
        if (found.Count > 0 && ps.Take(stop).Count(p => p.Text.StartsWith("att ", StringComparison.Ordinal)) >= 3)
        {
            goals.AddRange(found);
        }
    }

    // A target: "ska vara minst", "inte ökar mer än", "högst", "uppgå till".
    [GeneratedRegex(@"\b(?:ska|skall|bor)\b.*\b(?:minst|hogst|overstiga|understiga|uppga|vara positivt|i balans)\b|\binte (?:oka|okar|overstiga|overstiger) mer an\b|\b(?:minst|hogst) \d", RegexOptions.CultureInvariant)]
    private static partial Regex FinancialTarget();

    // A tax rate, a fee or a charge set by the decision: not a goal.
    [GeneratedRegex(@"\b(?:skattesats\w*|utdebitering\w*|\w*taxa\w*|avgift\w*|ranta|rantesats\w*|arvode\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TaxOrFee();

    /// <summary>Where the sentence that ends at <paramref name="end"/> starts: after the last sentence end before it, not before <paramref name="floor"/>.</summary>
    private static int SentenceStartBefore(string text, int end, int floor)
    {
        for (var k = end - 2; k > floor; k--)
        {
            if (text[k] is '.' or '!' or '?' or ')' && char.IsWhiteSpace(text[k + 1]) && k + 2 < end && char.IsUpper(text[k + 2]))
            {
                return k + 2;
            }
        }

        return floor;
    }

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})*\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SectionNumber();

    // The baseline given after a goal in a follow-up: "Utgångsläge:", "Utgångsvärde:", "Nuläge:".
    [GeneratedRegex(@"\b(?:Utgångsläge|Utgångsvärde|Ingångsvärde|Nuläge)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex Baseline();

    /// <summary>The goal a match introduces: the quoted or parenthesised text, or the clause after "är"/"innebär att" up to the sentence's end.</summary>
    private static string? StatementAt(string text, Match m)
    {
        var from = m.Index + m.Length;
        var how = m.Groups["how"].Value;
        if (how.EndsWith('(') || QuoteOpen(how))
        {
            var close = how.EndsWith('(') ? text.IndexOf(')', from) : text.IndexOfAny(['"', '”', '»'], from);
            return close > from ? text[from..close].Trim().TrimEnd('.', ',') : null;
        }

        var end = SentenceEnd(text, from);
        // "Kommunens mål är att … medan det kortsiktiga målet är att …": a second goal in the same sentence starts a clause of its own.
        if (SecondGoal().Match(text, from, end - from) is { Success: true } second)
        {
            end = second.Index;
        }

        var clause = text[from..end].Trim();
        if ((how.Contains("innebar att", StringComparison.Ordinal) || how.Contains(':', StringComparison.Ordinal)) && clause.Length > 0)
        {
            // "Resultatmålet innebär att kommunens resultat ska …": the clause after "att" is the goal.
            return clause;
        }

        // "Det övergripande målet är ett hållbart län med …": the goal is the state it names, when that is short.
        if (Article().IsMatch(clause))
        {
            return Paragraph.CountWords(clause) <= 20 && !PartOf().IsMatch(Swedish.Diacritics.FoldLower(clause)) ? clause : null;
        }

        // "… målet … är att bedriva …": the goal is the whole infinitive, "att" included.
        return clause.StartsWith("att ", StringComparison.Ordinal) ? clause : null;
    }

    [GeneratedRegex(@"^(?:ett|en)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    // ", medan det …", " medan …": where a sentence turns to a second goal.
    [GeneratedRegex(@",?\s+medan\s", RegexOptions.CultureInvariant)]
    private static partial Regex SecondGoal();

    // "målet är en del av …", "ett av flera …", "ett sätt att …": what the goal belongs to or serves, not the goal.
    [GeneratedRegex(@"^(?:en|ett)\s+(?:del|av|satt|steg|verktyg|resultat|uttryck|exempel|viktigt?|tydligt?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartOf();

    private static bool QuoteOpen(string how) => how.Length > 0 && how[^1] is '"' or '“' or '”' or '«' or '»';

    private static int SentenceEnd(string text, int from)
    {
        for (var k = from; k < text.Length; k++)
        {
            if (text[k] is '.' or '!' or '?' && (k + 1 == text.Length || char.IsWhiteSpace(text[k + 1])))
            {
                return k + 1;
            }
        }

        return text.Length;
    }

    // A sentence that opens with the goal as an infinitive and ends by saying it is the main goal.
    [GeneratedRegex(@"(?:^|(?<=[.!?:]\s))att\s[^.!?]+\s(?:ar|blir)\s+(?:det|vart|kommunens)\s+(?:framsta|viktigaste|overgripande|langsiktiga|framsta)\s+malet\.", RegexOptions.CultureInvariant)]
    private static partial Regex ForemostGoal();

    // A surplus or result goal named with its level: "överskottsmålet om två procent", "ett resultat om minst 2 %",
    // "Vårt finansiella mål, ett resultatöverskott på 2,0 procent av skatteintäkterna, …". A result without "minst" and
    // without the goal's name is an outcome, not a goal.
    [GeneratedRegex(@"\b(?:overskottsmal(?:et)?|resultatmal(?:et)?)\s+(?:pa|om)\s+(?:minst\s+)?(?:\d+(?:,\d+)?\s*(?:procent|%)|(?:en|ett|tva|tre)\s+procent)(?:\s+av\s+skatte\w+)?|\b(?:ett|en)\s+(?:resultat|resultatoverskott|overskott)\s+(?:pa|om)\s+minst\s+\d+(?:,\d+)?\s*(?:procent|%)(?:\s+av\s+skatte\w+)?|(?<=\bmal,\s)(?:ett|en)\s+(?:resultat|overskott)\w*\s+(?:pa|om)\s+(?:minst\s+)?\d+(?:,\d+)?\s*(?:procent|%)(?:\s+av\s+skatte\w+)?", RegexOptions.CultureInvariant)]
    private static partial Regex SurplusTarget();

    // The noun says which goal: the council's, overarching, long-term, short-term, foremost, financial, or a result,
    // surplus, vision, direction or population goal; "Kommunens mål är att …"; "har vi målet att …". Then how the goal is
    // given: a quotation, parentheses, "är att …", "innebär att …", the noun followed at once by "att …" or a colon; or,
    // with the verb first, "… är fullmäktigemålet att …".
    [GeneratedRegex(@"(?<!\bsyftet med |\bsyfte med )(?<noun>\b(?:det|vart|kommunens|regionens|fullmaktiges|kommunfullmaktiges)\s+(?:\w+\s+){0,2}(?:overgripande|langsiktiga|kortsiktiga|framsta|finansiella|ekonomiska|strategiska)\s+\w*malet|\b(?:resultat|overskotts|visions|huvud|inriktnings|befolknings)malet|\b(?:visions|inriktnings|befolknings)mal(?=\s+att\s)|(?<=\b(?:ett|vart|kommunens|regionens|stadens)\s+)(?:visions|inriktnings|befolknings)mal(?=\s*:\s)|\b(?:kommunens|regionens|stadens)\s+mal(?=\s+ar\s+att\s)|\b(?:kommunens|regionens|stadens)\s+(?:finansiella|ekonomiska|overgripande|langsiktiga)\s+mal(?=\s+ar\s+(?:ett|en|att)\s)|\bmalet\s+med\s+(?:\w+\s+){0,3}\w*(?:strategi|strategin|planen|programmet)(?=\s+ar\s+(?:ett|en|att)\s)|(?<=\b(?:har\s+vi|vi\s+har)\s+(?:\w+\s+)?)malet(?=\s+att\s)|(?<=\bar\s)(?:kommun)?fullmaktigemal(?:et|en))(?:\s+(?:for|om|inom)\s+(?:(?!\s(?:ar|blir|innebar)\s)[^.,""()]){1,60})?(?<how>(?<=(?:fullmaktigemal(?:et|en)|(?:visions|inriktnings|befolknings)mal(?:et)?|\bmalet))\s+(?=att\s)|(?<=(?:visions|inriktnings|befolknings)mal(?:et)?)\s*:\s+|,?\s+(?:[""“”«»]|\()|\s+(?:ar|blir)\s+(?:enligt\s+\w+\s+)?(?=att\s)|\s+ar\s+(?=(?:ett|en)\s)|\s+innebar\s+att\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex GoalStated();
}
