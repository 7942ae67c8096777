using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace MalAnalys.Search;

/// <summary>
/// Parses a query over the goal text fields with the exact fields ranked above the folded one, every word required by
/// default, and <c>sdg:N</c> / <c>year:N</c> turned into numeric queries. Syntax errors become a <see cref="SearchException"/>
/// saying what is wrong.
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

    /// <summary>Parses a query; <see langword="null"/> when nothing searchable is left (only stop words).</summary>
    public static Query? Parse(string text, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SearchException(SearchErrorKind.InvalidQuery, "The query is empty; give one or more words to search for.");
        }

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

        return query is null or BooleanQuery { Clauses.Count: 0 } ? null : query;
    }

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

    private static string Explain(string text, ParseException e)
    {
        if (text.Count(c => c == '"') % 2 == 1)
        {
            return "a phrase is missing its closing quote (\").";
        }

        if (text.Count(c => c == '(') != text.Count(c => c == ')'))
        {
            return "the parentheses do not match.";
        }

        if (e.Message.Contains("is not a field", StringComparison.Ordinal) || e.Message.StartsWith("'sdg:", StringComparison.Ordinal) || e.Message.StartsWith("'year:", StringComparison.Ordinal))
        {
            return e.Message + ".";
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
