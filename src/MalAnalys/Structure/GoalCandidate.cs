using MalAnalys.Swedish;

namespace MalAnalys.Structure;

/// <summary>A goal as a layout family found it, before body cleaning and numbering.</summary>
internal sealed record GoalCandidate(
    string? Number,
    string? ShortName,
    string Statement,
    IReadOnlyList<Paragraph> BodyParagraphs,
    string? Area,
    int Start,
    int End,
    IReadOnlyList<string> ExtraReferenceText)
{
    /// <summary>Whether the goal stands in a section of financial goals ("Finansiella mål"), whatever its wording.</summary>
    public bool InFinancialSection { get; init; }

    /// <summary>The indicators and target values given for the goal, with body offsets.</summary>
    public IReadOnlyList<IndicatorCandidate> Indicators { get; init; } = [];
}

/// <summary>An indicator or target value found under a goal, with its body offsets.</summary>
internal sealed record IndicatorCandidate(string? Text, string? Target, int? Year, int Start, int End);

/// <summary>A goal area as a layout family found it.</summary>
internal sealed record AreaCandidate(string Name, int Start, int End);

/// <summary>What one layout family recognised in a document.</summary>
internal sealed record LayoutMatch(
    Documents.LayoutFamily Family,
    IReadOnlyList<GoalCandidate> Goals,
    IReadOnlyList<AreaCandidate> Areas,
    int? PrinciplesHeading);

/// <summary>Turns the paragraphs after a goal into its body: drops pull quotes, subheadings and OCR debris, rejoins split sentences.</summary>
internal static class BodyCleaner
{
    /// <summary>The share of a paragraph's words found in the goal's own statement above which it is a repeated pull quote.</summary>
    private const double PullQuoteShare = 0.8;

    public static List<string> Clean(IEnumerable<Paragraph> paragraphs, HashSet<string> reference)
    {
        var result = new List<string>();
        foreach (var p in paragraphs)
        {
            if (!HasLetters(p.Text, 3) || IsRepeat(p, reference) || LayoutRules.IsHeading(p, maxWords: 7))
            {
                continue;
            }

            var text = p.Text;
            if (result.Count > 0 && !LayoutRules.EndsSentence(result[^1]) && char.IsLower(LayoutRules.FirstLetter(text)))
            {
                // A sentence broken by a pull quote or a page break continues here.
                result[^1] = string.Concat(result[^1], " ", text);
            }
            else
            {
                result.Add(text);
            }
        }

        return result;
    }

    private static bool HasLetters(string text, int count)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && --count == 0)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsRepeat(Paragraph p, HashSet<string> reference)
    {
        if (reference.Count == 0)
        {
            return false;
        }

        // The paragraph's words looked up as spans of its folded text: no string per word.
        var lookup = reference.GetAlternateLookup<ReadOnlySpan<char>>();
        var folded = p.FoldedSpan;
        int tokens = 0, found = 0, i = 0;
        while (FoldedTokens.Next(folded, ref i, out var token))
        {
            tokens++;
            found += lookup.Contains(token) ? 1 : 0;
        }

        return tokens > 0 && found >= PullQuoteShare * tokens;
    }

    public static HashSet<string> Reference(params IEnumerable<string?>[] texts)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in texts)
        {
            foreach (var text in group)
            {
                if (text is not null)
                {
                    set.UnionWith(FoldedTokens.Of(Diacritics.FoldLower(text)));
                }
            }
        }

        return set;
    }
}
