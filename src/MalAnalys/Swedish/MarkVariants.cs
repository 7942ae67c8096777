namespace MalAnalys.Swedish;

/// <summary>
/// The readings of a word that lost its marks: each plain <c>a</c> read as <c>a</c>, <c>ä</c> or <c>å</c>, each
/// <c>o</c> as <c>o</c> or <c>ö</c>, checked against the lexicon for a use.
/// </summary>
internal static class MarkVariants
{
    /// <summary>
    /// The one reading of <paramref name="lower"/> with at least one mark restored that the lexicon has with one of the
    /// uses <paramref name="uses"/> and not as a name only, or <see langword="null"/> when none or more than one is,
    /// or when the word has more than <paramref name="maxPlain"/> plain letters to try.
    /// </summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="lower">The word, lower case.</param>
    /// <param name="uses">The uses a reading must have one of.</param>
    /// <param name="maxPlain">The most plain letters tried (3 readings each for <c>a</c>, 2 for <c>o</c>).</param>
    public static string? Unique(SwedishLexicon lexicon, ReadOnlySpan<char> lower, WordUse uses, int maxPlain)
    {
        Span<int> plain = stackalloc int[maxPlain];
        var count = 0;
        for (var i = 0; i < lower.Length; i++)
        {
            if (lower[i] is 'a' or 'o')
            {
                if (count == maxPlain)
                {
                    return null;
                }

                plain[count++] = i;
            }
        }

        if (count == 0)
        {
            return null;
        }

        var chars = lower.ToArray();
        string? found = null;
        return Walk(lexicon, chars, plain[..count], 0, uses, ref found) ? found : null;
    }

    // Tries every reading of the plain letters from index k on; false once a second reading is found (ambiguous).
    private static bool Walk(SwedishLexicon lexicon, char[] chars, ReadOnlySpan<int> plain, int k, WordUse uses, ref string? found)
    {
        if (k == plain.Length)
        {
            var use = chars.AsSpan().IndexOfAny('å', 'ä', 'ö') < 0 ? WordUse.None : lexicon.LookupLower(chars);
            if ((use & uses) == 0 || (use & WordUse.ProperNoun) != 0)
            {
                return true;
            }

            if (found is not null)
            {
                return false;
            }

            found = new string(chars);
            return true;
        }

        var at = plain[k];
        var original = chars[at];
        ReadOnlySpan<char> readings = original == 'a' ? ['a', 'ä', 'å'] : ['o', 'ö'];
        foreach (var reading in readings)
        {
            chars[at] = reading;
            if (!Walk(lexicon, chars, plain, k + 1, uses, ref found))
            {
                chars[at] = original;
                return false;
            }
        }

        chars[at] = original;
        return true;
    }
}
