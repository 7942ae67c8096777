using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace MalAnalys.Search;

/// <summary>
/// Builds a hit's snippet from its stored text: the text is analysed again with the index analyzer (exact and folded),
/// tokens whose terms the query matched give the character offsets to mark with <c>«…»</c>. The statement is preferred;
/// when the words matched only in the body, the body paragraph with the most matches is shown, cut to about
/// <see cref="MaxLength"/> characters around the first match. (Lucene.Net.Highlighter is not available on our mirror.)
/// </summary>
internal sealed class SnippetBuilder
{
    public const int MaxLength = 240;
    private const int LeadIn = 60;

    private static readonly string[] ExactFields = [GoalFields.ShortName, GoalFields.Statement, GoalFields.Body, GoalFields.Area, GoalFields.Title];

    private readonly HashSet<string> _exact;
    private readonly HashSet<string> _folded;
    private readonly Analyzer _analyzer;

    public SnippetBuilder(ILookup<string, string> terms, Analyzer indexAnalyzer)
    {
        _exact = ExactFields.SelectMany(f => terms[f]).ToHashSet(StringComparer.Ordinal);
        _folded = terms[GoalFields.Folded].Concat(terms[GoalFields.Core]).ToHashSet(StringComparer.Ordinal);
        _analyzer = indexAnalyzer;
    }

    public string Build(string statement, string body)
    {
        var spans = Matches(statement);
        if (spans.Count > 0 || body.Length == 0)
        {
            return Mark(statement, spans);
        }

        var best = (Text: statement, Spans: spans, Distinct: 0);
        foreach (var paragraph in body.Split("\n\n"))
        {
            var found = Matches(paragraph);
            var distinct = found.Select(s => paragraph[s.Start..s.End].ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count();
            if (distinct > best.Distinct)
            {
                best = (paragraph, found, distinct);
            }
        }

        return Mark(best.Text, best.Spans);
    }

    // Character ranges of the words in text that the query matched, sorted and merged.
    internal List<(int Start, int End)> Matches(string text)
    {
        var spans = new List<(int Start, int End)>();
        if (_exact.Count > 0)
        {
            Collect(text, GoalFields.Statement, _exact, spans);
        }

        if (_folded.Count > 0)
        {
            Collect(text, GoalFields.Folded, _folded, spans);
        }

        spans.Sort();
        var merged = new List<(int Start, int End)>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private void Collect(string text, string field, HashSet<string> terms, List<(int Start, int End)> spans)
    {
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        while (stream.IncrementToken())
        {
            if (lookup.Contains(term.Buffer.AsSpan(0, term.Length)))
            {
                spans.Add((offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
    }

    private static string Mark(string text, List<(int Start, int End)> spans)
    {
        int from = 0, to = text.Length;
        if (text.Length > MaxLength)
        {
            from = spans.Count == 0 ? 0 : Math.Max(0, spans[0].Start - LeadIn);
            if (from > 0)
            {
                var space = text.IndexOf(' ', from);
                from = space < 0 || space >= spans[0].Start ? from : space + 1;
            }

            to = Math.Min(text.Length, from + MaxLength);
            if (to < text.Length)
            {
                var space = text.LastIndexOf(' ', to - 1, to - from);
                to = space > from ? space : to;
            }
        }

        var result = new StringBuilder(to - from + 16);
        if (from > 0)
        {
            result.Append('…');
        }

        var at = from;
        foreach (var (start, end) in spans)
        {
            if (start < from || end > to)
            {
                continue;
            }

            result.Append(text, at, start - at).Append('«').Append(text, start, end - start).Append('»');
            at = end;
        }

        result.Append(text, at, to - at);
        if (to < text.Length)
        {
            result.Append('…');
        }

        return CollapseWhitespace(result.ToString());
    }

    private static string CollapseWhitespace(string s)
    {
        var result = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && result.Length > 0)
            {
                result.Append(' ');
            }

            space = false;
            result.Append(c);
        }

        return result.ToString();
    }
}
