using MalAnalys.Documents;
using MalAnalys.Swedish;
using System.Text.RegularExpressions;

namespace MalAnalys.Structure;

/// <summary>
/// Finds the structure of a goal document: municipality, title, period, goal areas, goals and principles.
/// It finds the sections a heading or sentence announces as the council's goals and the goals in them by general
/// rules, not by particular municipalities, names the layout by the form the goals take, and reports what it could not
/// find as diagnostics. Stateless and thread-safe.
/// </summary>
public sealed partial class GoalDocumentParser
{
    /// <summary>A shared instance.</summary>
    public static GoalDocumentParser Default { get; } = new();

    /// <summary>Parses the body text of a document.</summary>
    /// <param name="text">The document as read.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The document's structure; an empty goal list with a diagnostic when no goals are recognised.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "An instance API leaves room for parser options without breaking callers.")]
    public GoalDocument Parse(DocumentText text, CancellationToken cancellationToken = default) => Parse(text, null, cancellationToken);

    /// <summary>
    /// Parses a document and says how: each goal section, list, label and heading the parser took as goals or passed
    /// over, and why, in document order, then the layout it chose.
    /// </summary>
    /// <param name="text">The document as read.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The decisions.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "An instance API leaves room for parser options without breaking callers.")]
    public IReadOnlyList<ParseStep> Explain(DocumentText text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var log = new List<(string What, bool Taken, string Reason, int Start, int End, string Text)>();
        var document = Parse(text, log, cancellationToken);
        var steps = log.OrderBy(l => l.Start).Select(l => new ParseStep(l.What, l.Taken, l.Reason, l.Text, text.MapToOriginal(l.Start, l.End - l.Start))).ToList();
        steps.Add(new ParseStep("layout", document.Goals.Count > 0, document.Goals.Count > 0 ? $"{document.Layout}: {document.Goals.Count} goals" : "no goals", string.Empty, default));
        return steps;
    }

    private static GoalDocument Parse(DocumentText text, List<(string What, bool Taken, string Reason, int Start, int End, string Text)>? log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();

        var body = text.Body;
        // Folded once: for the searches that read the whole text, and as the folded form of one-line paragraphs.
        var folded = Diacritics.FoldLower(body);
        var paragraphs = FlatParagraphs.Split(Paragraph.Split(body, line => LayoutRules.NumberedHeader(line).Success, folded, text.MarginAt));
        var diagnostics = new List<Diagnostic>(text.Diagnostics);

        var principlesAt = paragraphs.FindIndex(LayoutRules.IsPrinciplesHeading);
        var stop = principlesAt >= 0 ? principlesAt : paragraphs.Count;

        var match = HeadingsAsGoals(FindLayout(paragraphs, stop, log, cancellationToken), folded, log);
        var goals = new List<Goal>();
        var areas = new List<GoalArea>();
        if (match is not null)
        {
            TakeGoals(text, match, goals, areas);
        }
        else
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.NoGoals, NoGoalsMessage(paragraphs, stop, log)));
        }

        var principles = principlesAt >= 0 ? Principles(text, paragraphs, principlesAt) : [];
        var municipality = SwedishCouncils.MostNamedIn(body);
        if (municipality is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, DiagnosticCodes.NoCouncilNamed, "No municipality or region of Sweden is named in the text as a council (\"X kommun\", \"X stad\", \"Region X\", \"Kommunfullmäktige i X\")."));
        }

        CheckStatedCounts(folded, goals.Count, areas.Count, diagnostics);

        return new GoalDocument
        {
            Source = text.Source,
            Municipality = municipality?.Name,
            MunicipalityCode = municipality?.Code,
            Title = DocumentFacts.Title(paragraphs),
            Period = DocumentFacts.FindPeriod(body, folded),
            Adopted = DocumentFacts.Adopted(folded),
            Layout = match?.Family ?? LayoutFamily.None,
            Areas = areas,
            Goals = goals,
            Principles = principles,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>
    /// The goal sections decide. Where they find nothing, two older readings are tried: numbered goal headers with an
    /// overview of short names in parentheses, and goals as headings over one-sentence statements; the one with more
    /// goals wins, numbered on a tie. Where none of them finds goals, goals stated in running text are read.
    /// </summary>
    private static LayoutMatch? FindLayout(List<Paragraph> paragraphs, int stop, List<(string What, bool Taken, string Reason, int Start, int End, string Text)>? log, CancellationToken cancellationToken)
    {
        var match = GoalSectionLayout.Find(paragraphs, stop, log, out var areasCalledGoals);
        cancellationToken.ThrowIfCancellationRequested();
        if (match is null)
        {
            var numbered = NumberedLayout.Find(paragraphs, stop);
            var headed = HeadedStatementLayout.Find(paragraphs, stop);
            // One heading over one goal-worded sentence, on a page with no other sign of goals, is as often a vision, an
            // agreement or a news item as a goal: it counts when the heading speaks of a goal ("Mål", "Målanalys").
            headed = headed is { Goals: [var single] } && !NamesAGoal(single.ShortName) ? null : headed;
            match = numbered is not null && (headed is null || numbered.Goals.Count >= headed.Goals.Count) ? numbered : headed;
        }

        // Last, goals stated in running text: only a document that gives its goals no other form is read for them. A
        // single headed statement that is itself such a sentence ("… ska verka för att nå det övergripande målet, "…"")
        // gives its goal more exactly.
        if (match is null || match.Family == LayoutFamily.HeadedStatements && match.Goals.Count == 1)
        {
            var prose = ProseGoalLayout.Find(paragraphs, stop);
            if (match is null || prose is { Goals.Count: 1 } && prose.Goals[0].Start >= match.Goals[0].Start && prose.Goals[0].Start < match.Goals[0].End)
            {
                match = prose ?? match;
            }
        }

        // Then headings followed up by indicators; last of all, goal areas the text speaks of as its goals.
        match ??= MeasuredGoalLayout.Find(paragraphs, stop);
        match ??= areasCalledGoals?.Invoke();

        return match;
    }

    /// <summary>
    /// Bullets under headings where the text states how many goals it has ("Våra fyra strategiska mål …"), and that
    /// number is not the bullets' but at least the headings': the headings are the goals and the bullets describe them.
    /// </summary>
    private static LayoutMatch? HeadingsAsGoals(LayoutMatch? match, string folded, List<(string What, bool Taken, string Reason, int Start, int End, string Text)>? log)
    {
        if (match is not { Family: LayoutFamily.AreaBullets } || LayoutRules.StatedCounts(folded).Goals is not { } stated
            || match.Goals.Count <= stated || match.Areas.Count < 2 || match.Areas.Count > stated || match.Areas.Any(a => a.Start < 0) || match.Goals.Any(g => g.Area is null))
        {
            return match;
        }

        var goals = match.Areas.Select(a =>
        {
            var under = match.Goals.Where(g => g.Area == a.Name).ToList();
            var body = under.Select(g => new Paragraph([new BodyLine(g.Statement, g.Start)])).ToList();
            return new GoalCandidate(null, null, a.Name, body, null, a.Start, under.Count > 0 ? under[^1].End : a.End, []);
        }).ToList();
        log?.Add(("heading", true, $"the text states {stated} goals: the {goals.Count} headings over {match.Goals.Count} bullets are the goals", match.Areas[0].Start, match.Areas[0].End, match.Areas[0].Name));
        return new LayoutMatch(LayoutFamily.HeadedStatements, goals, [], null);
    }

    /// <summary>The goals of a layout, with their bodies cleaned and spans mapped to the original text, and their areas.</summary>
    private static void TakeGoals(DocumentText text, LayoutMatch match, List<Goal> goals, List<GoalArea> areas)
    {
        // A single heading over one bullet list is more likely the document's title than a goal area.
        var distinctAreas = match.Goals.Select(g => g.Area).Where(a => a is not null).Distinct(StringComparer.Ordinal).Count();
        var keepAreas = match.Family == LayoutFamily.AreaBullets ? distinctAreas >= 2 : distinctAreas >= 1;
        foreach (var c in match.Goals)
        {
            if (c == match.Goals[^1] && match.Goals.Count > 1 && CutOffAtTheEnd(text.Body, c))
            {
                continue;
            }

            var reference = BodyCleaner.Reference([c.Statement, c.ShortName], c.ExtraReferenceText);
            var goalBody = BodyCleaner.Clean(c.BodyParagraphs, reference);
            goals.Add(new Goal(goals.Count + 1, c.Number, c.ShortName, c.Statement, goalBody, keepAreas ? c.Area : null, text.MapToOriginal(c.Start, c.End - c.Start))
            {
                Kind = KindOf(c),
                Indicators = [.. c.Indicators.Select(i => new GoalIndicator(i.Text, i.Target, i.Year, text.MapToOriginal(i.Start, i.End - i.Start)))],
            });
        }

        if (keepAreas)
        {
            foreach (var area in match.Areas)
            {
                var ordinals = goals.Where(g => g.Area == area.Name).Select(g => g.Ordinal).ToArray();
                var span = area.Start >= 0 ? text.MapToOriginal(area.Start, area.End - area.Start) : goals.First(g => g.Area == area.Name).Span;
                areas.Add(new GoalArea(area.Name, ordinals, span));
            }
        }
    }

    private static bool NamesAGoal(string? heading)
    {
        var folded = Diacritics.FoldLower(heading ?? string.Empty);
        return folded.StartsWith("mal", StringComparison.Ordinal) || GoalCues.NamesGoals(folded);
    }

    /// <summary>
    /// Whether a text stops in the middle of its last goal, leaving a fragment of fewer than four words that breaks off
    /// at a letter or two or at a word no sentence ends with ("• Minskad m", "Olofströms kommun ska"): too little is left
    /// to say what the goal is.
    /// </summary>
    private static bool CutOffAtTheEnd(string body, GoalCandidate c)
    {
        var statement = c.Statement.TrimEnd();
        if (c.End < body.AsSpan().TrimEnd().Length || c.BodyParagraphs.Count > 0 || statement.Length == 0 || !char.IsLetter(statement[^1]))
        {
            return false;
        }

        var words = statement.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1];
        return words.Length < 4 && last.All(char.IsLower) && (last.Length <= 2 || CutWord().IsMatch(last));
    }

    [GeneratedRegex(@"^(?:och|att|som|för|till|med|av|på|om|en|ett|de|den|det|är|ska|skall|har|kan|samt|eller|vi|vår|våra|vårt|inom|mot|från|genom)$", RegexOptions.CultureInvariant)]
    private static partial Regex CutWord();

    /// <summary>What was looked for, and what came nearest: a list or label passed over and why, or a goal heading with nothing under it.</summary>
    private static string NoGoalsMessage(List<Paragraph> paragraphs, int stop, List<(string What, bool Taken, string Reason, int Start, int End, string Text)>? log)
    {
        // The decisions are recorded only when asked for; a document without goals is read once more to say what came nearest.
        var decisions = log;
        if (decisions is null)
        {
            decisions = [];
            GoalSectionLayout.Find(paragraphs, stop, decisions);
        }

        const string LookedFor = "No goals were recognised. The parser looks for a heading or sentence that names the council's goals " +
            "(\"övergripande mål\", \"kommunfullmäktiges mål\", \"inriktningsmål\", \"strategiska mål\", \"finansiella mål\", …) " +
            "and takes the numbered or bulleted items, goal labels (\"Mål 1:\") or headed goal statements under it.";
        var passed = decisions.Where(d => !d.Taken && d.What is "list" or "label").ToList();
        if (passed.Count > 0)
        {
            var nearest = passed.OrderByDescending(d => d.Reason.Contains("no heading or sentence", StringComparison.Ordinal) ? 0 : 1).First();
            return $"{LookedFor} Nearest: a {nearest.What} at '{nearest.Text}' was passed over ({nearest.Reason}); `analyze --explain` shows every decision.";
        }

        var heading = paragraphs.Take(stop).FirstOrDefault(p => LayoutRules.IsHeading(p) && GoalCues.NamesGoals(p.FoldedSpan));
        return heading is not null
            ? $"{LookedFor} Nearest: the heading '{Truncate(heading.Text)}' names goals, but no list, label or goal statement follows it."
            : $"{LookedFor} No heading or sentence in the text names such goals; check that this is a goal document.";
    }

    private static string Truncate(string text) => text.Length <= 70 ? text : string.Concat(text.AsSpan(0, 70), "…");

    private static GoalKind KindOf(GoalCandidate goal) =>
        goal.InFinancialSection || GoalCues.IsFinancialStatement(Diacritics.FoldLower(string.Join(' ', goal.ShortName, goal.Statement, goal.Area)))
            ? GoalKind.Financial
            : GoalKind.Operational;

    private static List<Principle> Principles(DocumentText text, List<Paragraph> paragraphs, int heading)
    {
        var result = new List<Principle>();
        for (var i = heading + 1; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (LayoutRules.IsHeading(p))
            {
                break;
            }

            // The paragraph that introduces the principles speaks of them; the principles themselves are the rest.
            if (p.WordCount >= 5 && !p.FoldedSpan.Contains("princip", StringComparison.Ordinal))
            {
                result.Add(new Principle(LayoutRules.StripBullet(p.Text), text.MapToOriginal(p.Start, p.End - p.Start)));
            }
        }

        return result;
    }

    private static void CheckStatedCounts(string folded, int goals, int areas, List<Diagnostic> diagnostics)
    {
        var (statedGoals, statedAreas) = LayoutRules.StatedCounts(folded);
        if (statedGoals is { } g && g != goals)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.GoalCountMismatch, $"The text speaks of {g} goals but {goals} were recognised."));
        }

        if (statedAreas is { } a && a != areas)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.GoalCountMismatch, $"The text speaks of {a} goal areas but {areas} were recognised."));
        }
    }
}
