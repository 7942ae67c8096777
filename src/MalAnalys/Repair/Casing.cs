using MalAnalys.Swedish;

namespace MalAnalys.Repair;

/// <summary>Carries the case of an observed token over to its repaired reading (<c>OSTERSUND</c> → <c>ÖSTERSUND</c>, <c>Ostersund</c> → <c>Östersund</c>).</summary>
internal static class Casing
{
    public static string Apply(Token token, Candidate candidate, string text)
    {
        // The common case: a lower-case word of letters only reads in lower case.
        if (!token.HasGarbage && !token.HasUpper)
        {
            return candidate.Text;
        }

        var observed = token.Decoded;
        var chars = candidate.Text.ToCharArray();
        var hasLower = false;
        foreach (var c in observed)
        {
            hasLower |= char.IsLower(c);
        }

        // A letter put back where OCR dropped it ("Kad" → "Ökad") takes the case of the letter it stands before.
        var firstInserted = Inserted(candidate, 0, observed.Length);
        for (var j = 0; j < chars.Length; j++)
        {
            var src = candidate.SourceIndex[j];
            bool upper;
            if (token.AllCaps)
            {
                upper = true;
            }
            else if (Inserted(candidate, j, observed.Length))
            {
                upper = j == 0 && char.IsUpper(observed[0]);
            }
            else if (firstInserted && src == 0)
            {
                upper = false;
            }
            else if (observed[src] is var o && char.IsLetter(o) && (src > 0 || Diacritics.Lower(o) == chars[j] || IsPlainOf(o, chars[j])))
            {
                // A capital after small letters is OCR noise ("avgOrande"); otherwise the letter keeps its case.
                upper = char.IsUpper(o) && !(src > 0 && hasLower);
            }
            else
            {
                // A symbol or a misread first letter ("6ppen", "&r", "Gvriga"): capital only where a sentence starts.
                upper = src == 0 && StartsSentence(text, token.Start);
            }

            chars[j] = upper ? Tokenizer.UpperChar(chars[j]) : chars[j];
        }

        // OCR capitalises a first letter it misreads ("ekonomi Ar de"); a short function word mid-sentence is lower case.
        if (!token.AllCaps && chars.Length > 0 && char.IsUpper(chars[0]) && FunctionWords.Contains(candidate.Text) && !StartsSentence(text, token.Start))
        {
            chars[0] = Diacritics.Lower(chars[0]);
        }

        return new string(chars);
    }

    /// <summary>Whether character <paramref name="j"/> of the reading was put back where OCR dropped it: it has no observed character of its own.</summary>
    private static bool Inserted(Candidate candidate, int j, int observedLength)
    {
        var index = candidate.SourceIndex;
        return j < index.Length && (index[j] >= observedLength || (j + 1 < index.Length && index[j + 1] == index[j]));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> FunctionWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "är", "för", "på", "så", "när", "där", "då", "än", "åt", "får", "går", "gör", "också", "även", "både", "ska", "och", "att");

    /// <summary>Whether <paramref name="o"/> is the plain form of <paramref name="target"/> (A for Å/Ä, O for Ö).</summary>
    private static bool IsPlainOf(char o, char target) => Diacritics.Lower(o) switch
    {
        'a' => target is 'å' or 'ä',
        'o' => target == 'ö',
        _ => false,
    };

    internal static bool StartsSentence(string text, int start)
    {
        var i = start - 1;
        var newlines = 0;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            newlines += text[i] == '\n' ? 1 : 0;
            i--;
        }

        return i < 0 || newlines >= 2 || text[i] is '.' or '!' or '?' or ':' or '•' or '-' or '–' or '(' or '"' or '”';
    }
}
