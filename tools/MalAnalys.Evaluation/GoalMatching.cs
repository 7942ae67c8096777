using System.Globalization;
using System.Text;

namespace MalAnalys.Evaluation;

/// <summary>A labelled goal: its statement and, when labelled, short name, area and whether it is financial.</summary>
/// <param name="Statement">The goal's statement as it stands in the text.</param>
/// <param name="ShortName">Its short name, or <see langword="null"/>.</param>
/// <param name="Area">The goal area it stands under, or <see langword="null"/>.</param>
/// <param name="Financial">Whether it is a financial goal.</param>
public sealed record GoldGoal(string Statement, string? ShortName, string? Area, bool Financial);

/// <summary>A goal the parser found, reduced to what is compared with a label.</summary>
/// <param name="Statement">The statement.</param>
/// <param name="ShortName">The short name, or <see langword="null"/>.</param>
/// <param name="Area">The area, or <see langword="null"/>.</param>
/// <param name="Financial">Whether the parser calls it financial.</param>
public sealed record FoundGoal(string Statement, string? ShortName, string? Area, bool Financial);

/// <summary>How the goals of one document compare with its labels.</summary>
/// <param name="Gold">Labelled goals.</param>
/// <param name="Found">Goals found.</param>
/// <param name="Pairs">Matched pairs (index into gold, index into found), one to one.</param>
public sealed record DocumentScore(IReadOnlyList<GoldGoal> Gold, IReadOnlyList<FoundGoal> Found, IReadOnlyList<(int Gold, int Found)> Pairs)
{
    /// <summary>Every labelled goal found and nothing else.</summary>
    public bool Exact => Pairs.Count == Gold.Count && Pairs.Count == Found.Count;

    /// <summary>Matched goals whose kind (financial or not) agrees.</summary>
    public int KindAgrees => Pairs.Count(p => Gold[p.Gold].Financial == Found[p.Found].Financial);

    /// <summary>Matched goals with a labelled area, and those whose found area is the same.</summary>
    public (int Labelled, int Agrees) Areas => (
        Pairs.Count(p => Gold[p.Gold].Area is not null),
        Pairs.Count(p => Gold[p.Gold].Area is { } a && Found[p.Found].Area is { } f && GoalMatching.Normalize(a) == GoalMatching.Normalize(f)));
}

/// <summary>
/// The matching rule of the real-document evaluation, fixed before any figure was looked at: texts are compared as
/// words (lower-cased, without diacritics and punctuation); a found goal matches a labelled one when the Dice
/// coefficient of their words is at least <see cref="Threshold"/>, taking the better of the found statement alone and
/// the found short name with the statement (a parser may keep a short name inside the statement); pairs are made one
/// to one, best first.
/// </summary>
public static class GoalMatching
{
    /// <summary>The least word overlap (Dice) for a match.</summary>
    public const double Threshold = 0.7;

    /// <summary>Pairs found goals with labelled ones.</summary>
    /// <param name="gold">The labelled goals.</param>
    /// <param name="found">The goals found.</param>
    /// <returns>The comparison.</returns>
    public static DocumentScore Score(IReadOnlyList<GoldGoal> gold, IReadOnlyList<FoundGoal> found)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(found);
        var candidates = new List<(double Score, int Gold, int Found)>();
        for (var g = 0; g < gold.Count; g++)
        {
            var goldWords = Words(gold[g].Statement);
            for (var f = 0; f < found.Count; f++)
            {
                var alone = Dice(goldWords, Words(found[f].Statement));
                var withName = found[f].ShortName is { } name ? Dice(goldWords, Words(name + " " + found[f].Statement)) : 0;
                var score = Math.Max(alone, withName);
                if (score >= Threshold)
                {
                    candidates.Add((score, g, f));
                }
            }
        }

        var usedGold = new HashSet<int>();
        var usedFound = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, g, f) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Gold).ThenBy(c => c.Found))
        {
            if (usedGold.Add(g))
            {
                if (usedFound.Add(f))
                {
                    pairs.Add((g, f));
                }
                else
                {
                    usedGold.Remove(g);
                }
            }
        }

        pairs.Sort();
        return new DocumentScore(gold, found, pairs);
    }

    /// <summary>Lower case, no diacritics, words separated by single spaces.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The normalised text.</returns>
    public static string Normalize(string text) => string.Join(' ', Words(text));

    internal static List<string> Words(string text)
    {
        var decomposed = text.ToLower(CultureInfo.InvariantCulture).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return [.. builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static double Dice(List<string> a, List<string> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 1;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in a)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }

        var common = 0;
        foreach (var w in b)
        {
            if (counts.GetValueOrDefault(w) > 0)
            {
                counts[w]--;
                common++;
            }
        }

        return 2.0 * common / (a.Count + b.Count);
    }
}
