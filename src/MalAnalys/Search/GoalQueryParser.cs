using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using MalAnalys.Search.Analysis;

namespace MalAnalys.Search;

/// <summary>
/// Parses a query over the goal text fields with the exact fields ranked above the folded one, every word required by
/// default, and <c>sdg:N</c> / <c>year:N</c> turned into numeric queries. A query of plain words (no operators, quotes,
/// fields or wildcards) ranks goals that hold the words as a phrase or close together first, and of three words or more
/// needs all but one (<see cref="WordsQuery"/>). Syntax errors become a <see cref="SearchException"/> saying what is wrong.
/// </summary>
internal sealed class GoalQueryParser : MultiFieldQueryParser
{
    // The folded field catches OCR-damaged text and queries typed without å/ä/ö; its low boost keeps exact matches first.
    private static readonly Dictionary<string, float> Boosts = new(StringComparer.Ordinal)
    {
        [GoalFields.ShortName] = 3f,
        [GoalFields.Statement] = 2f,
        [GoalFields.Area] = 1f,
        [GoalFields.Body] = 1f,
        [GoalFields.Title] = 0.5f,
        [GoalFields.Folded] = 0.3f,
    };

    private GoalQueryParser(Analyzer analyzer)
        : base(SwedishGoalAnalyzer.Version, [.. Boosts.Keys], analyzer, Boosts)
    {
        DefaultOperator = Operator.AND;
    }

    /// <summary>The longest query text, in characters: longer text is refused before it is parsed.</summary>
    internal const int MaxLength = 2_000;

    /// <summary>The deepest nesting of parentheses: checked before parsing, as the parser recurses once per level.</summary>
    internal const int MaxDepth = 20;

    /// <summary>The most term, phrase and range queries a parsed query may hold (every word counts once per field it searches).</summary>
    internal const int MaxLeafQueries = 2_048;

    /// <summary>
    /// The most wildcards (<c>*</c>, <c>?</c>) in one word: the automaton a word such as <c>x*a??????</c> needs doubles with
    /// every further <c>?</c>, so more are refused before Lucene builds it.
    /// </summary>
    internal const int MaxWildcards = 6;

    /// <summary>Parses a query; <see langword="null"/> when nothing searchable is left (only stop words).</summary>
    public static Query? Parse(string text, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SearchException(SearchErrorKind.InvalidQuery, "The query is empty; give one or more words to search for.");
        }

        CheckShape(text);
        Query query;
        try
        {
            query = new GoalQueryParser(analyzer).Parse(text);
        }
        catch (ParseException e)
        {
            throw new SearchException(SearchErrorKind.InvalidQuery, $"The query \"{text}\" is not valid: {Explain(text, e)}", e);
        }
        catch (ArgumentException e) when (IsRegexp(text))
        {
            // Lucene compiles /regular expressions/ while parsing and reports their syntax errors as ArgumentException.
            throw new SearchException(SearchErrorKind.InvalidQuery, $"The query \"{text}\" is not valid: a /regular expression/ in it has an error ({e.Message}); put words with '/' in quotes or escape the slash as \\/.", e);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new SearchException(SearchErrorKind.InvalidQuery, $"The query \"{text}\" expands to too many words; make its wildcards more specific.", e);
        }

        if (query is null or BooleanQuery { Clauses.Count: 0 })
        {
            return null;
        }

        if (IsPlainWords(text) && query is BooleanQuery { Clauses.Count: > 1 } words && words.Clauses.All(c => c.Occur == Occur.MUST))
        {
            query = new GoalQueryParser(analyzer).WordsQuery(text, words);
        }

        if (LeafQueries(query, MaxLeafQueries) > MaxLeafQueries)
        {
            throw TooComplex($"it expands to more than {MaxLeafQueries} word and field combinations; use fewer words");
        }

        return query;
    }

    /// <summary>How far apart, in positions, the words of a plain query may be and still count as close together.</summary>
    internal const int NearSlop = 4;

    /// <summary>How much a phrase weighs against its words, per field (times the field's boost).</summary>
    internal const float NearBoost = 3f;

    // The fields whose phrases count, with the boosts of the fields themselves: a phrase in the short name or the
    // statement says most about what a goal is.
    private static readonly string[] PhraseFields = [GoalFields.ShortName, GoalFields.Statement, GoalFields.Area, GoalFields.Body, GoalFields.Folded];

    /// <summary>
    /// The query for plain words, as Elasticsearch's <c>match</c> with <c>minimum_should_match</c> plus a
    /// <c>match_phrase</c> with slop as a should-clause: every word of one or two, all but one of three or more (a goal
    /// holding most of the words still appears, ranked below the goals holding all of them by the words' coordination);
    /// then, for each text field, the words as a phrase within <see cref="NearSlop"/> positions, which adds to the score
    /// of goals holding them together, the more so the closer (an exact phrase scores most).
    /// </summary>
    private BooleanQuery WordsQuery(string text, BooleanQuery parsed)
    {
        var words = new BooleanQuery();
        foreach (var clause in parsed.Clauses)
        {
            words.Add(clause.Query, Occur.SHOULD);
        }

        words.MinimumNumberShouldMatch = words.Clauses.Count >= 3 ? words.Clauses.Count - 1 : words.Clauses.Count;
        var near = new BooleanQuery(disableCoord: true);
        foreach (var field in PhraseFields)
        {
            if (GetFieldQuery(field, text, NearSlop) is { } phrase and (PhraseQuery or MultiPhraseQuery))
            {
                phrase.Boost = Boosts[field] * NearBoost;
                near.Add(phrase, Occur.SHOULD);
            }
        }

        var query = new BooleanQuery(disableCoord: true) { { words, Occur.MUST } };
        if (near.Clauses.Count > 0)
        {
            query.Add(near, Occur.SHOULD);
        }

        return query;
    }

    // Plain words: two or more, each only letters, digits, hyphens and apostrophes, none an operator.
    private static bool IsPlainWords(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.All(w => w is not ("AND" or "OR" or "NOT") && char.IsLetterOrDigit(w[0]) && w.All(c => char.IsLetterOrDigit(c) || c is '-' or '\''));
    }

    private static SearchException TooComplex(string why) =>
        new(SearchErrorKind.QueryTooComplex, $"The query is too complex: {why}.");

    // Length and nesting are checked on the text, before the recursive parser sees it: a query nested tens of thousands
    // of levels deep would otherwise overflow the stack, which no catch can stop.
    private static void CheckShape(string text)
    {
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++; // an escaped character is a letter, never syntax
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case '(' when !quoted:
                    if (++depth > MaxDepth)
                    {
                        throw TooComplex($"its parentheses nest more than {MaxDepth} levels deep");
                    }

                    break;
                case ')' when !quoted:
                    depth = Math.Max(0, depth - 1);
                    break;
                default:
                    break;
            }
        }

        if (text.Length > MaxLength)
        {
            throw TooComplex($"it has {text.Length.ToString(CultureInfo.InvariantCulture)} characters, at most {MaxLength} are searched; search for fewer words, or use 'similar --text' to find goals like a longer text");
        }
    }

    // Counts the leaves of the parsed query, stopping once past the limit; the depth is bounded by CheckShape.
    private static int LeafQueries(Query query, int limit) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Aggregate(0, (n, c) => n > limit ? n : n + LeafQueries(c.Query, limit - n)),
        DisjunctionMaxQuery max => max.Disjuncts.Aggregate(0, (n, q) => n > limit ? n : n + LeafQueries(q, limit - n)),
        _ => 1,
    };

    private static bool IsRegexp(string text) => text.Contains('/', StringComparison.Ordinal);

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field is GoalFields.Sdg or GoalFields.Year)
        {
            if (!int.TryParse(queryText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || (field == GoalFields.Sdg && number is < 1 or > 17))
            {
                throw new ParseException(field == GoalFields.Sdg ? $"'sdg:{queryText}': an SDG is a number from 1 to 17" : $"'year:{queryText}': a year is a number such as 2024");
            }

            if (field == GoalFields.Sdg)
            {
                return NumericRangeQuery.NewInt32Range(GoalFields.Sdg, number, number, true, true);
            }

            return new BooleanQuery
            {
                { NumericRangeQuery.NewInt32Range(GoalFields.PeriodStart, null, number, true, true), Occur.MUST },
                { NumericRangeQuery.NewInt32Range(GoalFields.PeriodEnd, number, null, true, true), Occur.MUST },
            };
        }

        if (field is not null && !GoalIndex.QueryFields.Contains(field))
        {
            throw new ParseException($"'{field}:' is not a field; fields are {string.Join(", ", GoalIndex.QueryFields)}");
        }

        return base.GetFieldQuery(field!, queryText, quoted);
    }

    // Lucene 4.8 determinizes a regular expression without a limit on its work: a 17-character expression can take minutes
    // and gigabytes. Regular expressions are refused; wildcards cover what goal searches need.
    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new ParseException($"'/{termStr}/': regular expressions are not supported in searches; use * and ? wildcards (at most {MaxWildcards} in a word), or put text with '/' in quotes");

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        if (termStr.Count(c => c is '*' or '?') > MaxWildcards)
        {
            throw TooComplex($"the word '{termStr}' has more than {MaxWildcards} wildcards (* or ?)");
        }

        return base.GetWildcardQuery(field, termStr);
    }

    // sdg:[1 TO 17] and year:[2020 TO 2030] are numeric ranges: as text ranges they would match nothing, silently.
    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (field is not (GoalFields.Sdg or GoalFields.Year))
        {
            return base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        var low = Bound(field, part1);
        var high = Bound(field, part2);
        if (field == GoalFields.Sdg)
        {
            return NumericRangeQuery.NewInt32Range(GoalFields.Sdg, low, high, startInclusive, endInclusive);
        }

        // A period matches when it overlaps the range: it starts before the range ends and ends after the range starts.
        return new BooleanQuery
        {
            { NumericRangeQuery.NewInt32Range(GoalFields.PeriodStart, null, high, true, endInclusive), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(GoalFields.PeriodEnd, low, null, startInclusive, true), Occur.MUST },
        };
    }

    private static int? Bound(string field, string? text)
    {
        if (text is null or "*")
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || (field == GoalFields.Sdg && number is < 1 or > 17))
        {
            throw new ParseException(field == GoalFields.Sdg ? $"'sdg:[{text} …]': an SDG range takes numbers from 1 to 17, as in sdg:[6 TO 9]" : $"'year:[{text} …]': a year range takes years, as in year:[2020 TO 2030]");
        }

        return number;
    }

    private static string Explain(string text, ParseException e)
    {
        // The parser wraps what an override throws in a "Cannot parse" exception of its own; ours is the innermost.
        var own = e;
        while (own.InnerException is ParseException inner)
        {
            own = inner;
        }

        if (own.Message.StartsWith("'/", StringComparison.Ordinal))
        {
            return own.Message + ".";
        }

        if (text.Count(c => c == '"') % 2 == 1)
        {
            return "a phrase is missing its closing quote (\").";
        }

        if (text.Count(c => c == '(') != text.Count(c => c == ')'))
        {
            return "the parentheses do not match.";
        }

        if (own.Message.Contains("is not a field", StringComparison.Ordinal) || own.Message.StartsWith("'sdg:", StringComparison.Ordinal) || own.Message.StartsWith("'year:", StringComparison.Ordinal))
        {
            return own.Message + ".";
        }

        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith("AND", StringComparison.Ordinal) || trimmed.EndsWith("OR", StringComparison.Ordinal) || trimmed.EndsWith("NOT", StringComparison.Ordinal) || trimmed.StartsWith("AND ", StringComparison.Ordinal) || trimmed.StartsWith("OR ", StringComparison.Ordinal))
        {
            return "AND, OR and NOT need a word on each side.";
        }

        if (text.StartsWith('*') || text.StartsWith('?') || text.Contains(" *", StringComparison.Ordinal) || text.Contains(" ?", StringComparison.Ordinal))
        {
            return "a word cannot start with * or ?.";
        }

        var first = e.Message.Split('\n')[0].Trim();
        return $"{first} Put quotes around text with special characters (: ( ) [ ] {{ }} ^ ~ * ? \\ / + - ! \") or escape them with \\.";
    }
}

/// <summary>The terms a query matches, per field, for marking them in snippets.</summary>
internal static class QueryTerms
{
    public static ILookup<string, string> Of(Query query)
    {
        var terms = new List<Term>();
        Collect(query, terms);
        return terms.ToLookup(t => t.Field, t => t.Text, StringComparer.Ordinal);
    }

    private static void Collect(Query query, List<Term> terms)
    {
        switch (query)
        {
            case TermQuery term:
                terms.Add(term.Term);
                break;
            case PhraseQuery phrase:
                terms.AddRange(phrase.GetTerms());
                break;
            case MultiPhraseQuery multi:
                foreach (var array in multi.GetTermArrays())
                {
                    terms.AddRange(array);
                }

                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Collect(clause.Query, terms);
                }

                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts)
                {
                    Collect(disjunct, terms);
                }

                break;
            case FilteredQuery filtered:
                Collect(filtered.Query, terms);
                break;
            default:
                break;
        }
    }
}
