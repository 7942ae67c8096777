namespace MalAnalys.Reading;

/// <summary>Decides whether a hyphen at the end of a line splits one word (<c>ändamåls-</c> / <c>enliga</c>).</summary>
internal static class Hyphenation
{
    // A hyphen before these words is a Swedish suspended compound ("miljö- och hälsoskydd"), not a split word.
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "och", "eller", "samt", "respektive", "resp", "som", "men", "till", "liksom", "utan", "plus", "mot", "både",
    };

    /// <summary>
    /// Whether <paramref name="line"/> ends in a word broken by a hyphen that continues at the start of
    /// <paramref name="next"/>. Both are trimmed line texts.
    /// </summary>
    public static bool JoinsNext(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        if (line.Length < 3 || line[^1] != '-' || !char.IsLetter(line[^2]) || !char.IsLetter(line[^3]) || next.IsEmpty)
        {
            return false;
        }

        if (!char.IsLower(next[0]))
        {
            return false;
        }

        var end = 0;
        while (end < next.Length && char.IsLetter(next[end]))
        {
            end++;
        }

        return !Connectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next[..end]);
    }
}
