namespace MalAnalys.Structure;

/// <summary>The words of folded text (<see cref="Swedish.Diacritics.FoldLower(string)"/>) as the parser compares them: runs of letters and digits, two characters or longer.</summary>
internal static class FoldedTokens
{
    /// <summary>The runs of letters and digits in already folded text, two characters or longer.</summary>
    public static string[] Of(string folded)
    {
        var tokens = new List<string>();
        var i = 0;
        while (Next(folded, ref i, out var token))
        {
            tokens.Add(token.ToString());
        }

        return [.. tokens];
    }

    /// <summary>The next run of letters and digits, two characters or longer, from <paramref name="i"/> on; false at the end.</summary>
    public static bool Next(ReadOnlySpan<char> folded, ref int i, out ReadOnlySpan<char> token)
    {
        while (i < folded.Length)
        {
            while (i < folded.Length && !char.IsLetterOrDigit(folded[i]))
            {
                i++;
            }

            var start = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                i++;
            }

            if (i - start >= 2)
            {
                token = folded[start..i];
                return true;
            }
        }

        token = default;
        return false;
    }
}
