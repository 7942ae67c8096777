namespace MalAnalys.Swedish;

/// <summary>Decides whether a hyphen at the end of a line splits one word (<c>ändamåls-</c> / <c>enliga</c>).</summary>
internal static class Hyphenation
{
    // A hyphen before these words is a Swedish suspended compound ("miljö- och hälsoskydd"), not a split word.
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "och", "eller", "samt", "respektive", "resp", "som", "men", "till", "liksom", "utan", "plus", "mot", "både",
    };

    private static readonly System.Buffers.SearchValues<char> UpperLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÜ");

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

        // An abbreviation before the hyphen ("IT-", "EU-", "LSS-") keeps it: "IT-infrastruktur" is one word with its hyphen.
        var start = line.Length - 1;
        while (start > 0 && char.IsLetter(line[start - 1]))
        {
            start--;
        }

        var prefix = line[start..^1];
        if (prefix.Length <= 4 && !prefix.ContainsAnyExcept(UpperLetters))
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
