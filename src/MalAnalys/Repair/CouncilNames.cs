using System.Collections.Frozen;
using MalAnalys.Swedish;

namespace MalAnalys.Repair;

/// <summary>What repair does with a council's name: keep it as written (<see cref="Replacement"/> null) or restore its marks.</summary>
/// <param name="Replacement">The name as the gazetteer writes it, in the token's case; null to keep the token.</param>
/// <param name="Rule">What was done, in words.</param>
/// <param name="Reason">The kind of damage repaired.</param>
internal readonly record struct CouncilNameReading(string? Replacement, string Rule, CorrectionReason Reason);

/// <summary>
/// Council names in repair: a name of the gazetteer (<see cref="SwedishCouncils"/>), written with a capital in a
/// council phrase ("Vara kommun", "Östersunds kommun", "Region Skåne", "i Vara"), is a name and never a word
/// (<c>Vara</c> stays, never <c>Våra</c>); a name that lost its marks gets them back ("Ostersunds kommun"), and so
/// does a capitalised word the lexicon does not know that is a council's name with its marks lost.
/// </summary>
internal static class CouncilNames
{
    /// <summary>How sure repair is of a name restored from the gazetteer.</summary>
    public const double Confidence = 0.95;

    /// <summary>Folded words after a name that make it a council's ("Vara kommun", "Jönköpings län").</summary>
    private static readonly FrozenSet<string> After = FrozenSet.Create(StringComparer.Ordinal,
        "kommun", "kommuns", "kommunkoncern", "kommunkoncernen", "stad", "stads", "lan", "lans", "region", "regions");

    /// <summary>Folded words before a name that make it a council's ("Region Skåne", "Kommunfullmäktige i Vara").</summary>
    private static readonly FrozenSet<string> Before = FrozenSet.Create(StringComparer.Ordinal, "region", "i");

    /// <summary>Whitespace (and a hyphen, "Dals-Ed") between two words of one phrase, at most.</summary>
    private const int MaxGap = 3;

    /// <summary>
    /// The reading of token <paramref name="i"/> as a council's name, or null when it is none (or an ambiguous one
    /// outside a council phrase): then repair decides as for any word.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">The text's tokens.</param>
    /// <param name="i">The token.</param>
    /// <param name="valid">Whether the lexicon accepts the token as written.</param>
    public static CouncilNameReading? Read(string text, List<Token> tokens, int i, bool valid)
    {
        var token = tokens[i];
        if (token.Length < 2 || !char.IsUpper(token.DecodedSpan[0]) || !SwedishCouncils.NameWords.TryGetValue(token.Folded, out var name))
        {
            return null;
        }

        // A capital in the middle of a sentence makes a name as surely as a council word beside it ("tillväxten i
        // länet och Vannas centrum"): the word "vannas" would be written small there.
        var inPhrase = InPhrase(text, tokens, i) || MidSentence(text, tokens, i);
        if (name is null)
        {
            // Two names fold alike (Habo, Håbo): in a council phrase the name stays as written.
            return inPhrase ? new CouncilNameReading(null, "", CorrectionReason.MarksRestored) : null;
        }

        if (Diacritics.Lower(name) == token.Lower)
        {
            return inPhrase ? new CouncilNameReading(null, "", CorrectionReason.MarksRestored) : null;
        }

        // Only marks restored: "Våra kommun" (marks the name has not) is no damaged "Vara".
        if ((!inPhrase && valid) || name.Length != token.Length || Restoration(token.Lower, Diacritics.Lower(name)) is not { } how)
        {
            return null;
        }

        var replacement = token.AllCaps ? string.Concat(name.Select(Tokenizer.UpperChar)) : name;
        return new CouncilNameReading(replacement, $"council name {name}: {how.Rule}", how.Reason);
    }

    /// <summary>Whether the run of capitalised name words around token <paramref name="i"/> has a council word after or before it.</summary>
    private static bool InPhrase(string text, List<Token> tokens, int i)
    {
        var last = i;
        while (last + 1 < tokens.Count && last - i < 2 && IsNameWord(tokens[last + 1]) && Near(text, tokens[last], tokens[last + 1]))
        {
            last++;
        }

        if (last + 1 < tokens.Count && Near(text, tokens[last], tokens[last + 1]) && After.Contains(tokens[last + 1].Folded))
        {
            return true;
        }

        var first = i;
        while (first > 0 && i - first < 2 && IsNameWord(tokens[first - 1]) && Near(text, tokens[first - 1], tokens[first]))
        {
            first--;
        }

        return first > 0 && Near(text, tokens[first - 1], tokens[first]) && Before.Contains(tokens[first - 1].Folded);
    }

    /// <summary>
    /// Whether token <paramref name="i"/> stands inside a sentence: after a word on the same line with nothing but
    /// spaces, commas or dashes between them, so that its capital is not the one a sentence or a heading starts with.
    /// </summary>
    private static bool MidSentence(string text, List<Token> tokens, int i)
    {
        if (i == 0 || tokens[i].AllCaps || tokens[i - 1].AllCaps)
        {
            return false;
        }

        var previous = tokens[i - 1];
        if (tokens[i].Start - previous.End is < 1 or > MaxGap || !char.IsLetter(previous.DecodedSpan[^1]))
        {
            return false;
        }

        foreach (var c in text.AsSpan(previous.End, tokens[i].Start - previous.End))
        {
            if (c is not (' ' or ',' or '–' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameWord(Token token) =>
        token.Length >= 2 && char.IsUpper(token.DecodedSpan[0]) && SwedishCouncils.NameWords.ContainsKey(token.Folded);

    /// <summary>Whether two tokens are words of one phrase: only whitespace or a hyphen between them ("Dals-Ed"), never a full stop.</summary>
    private static bool Near(string text, Token left, Token right)
    {
        if (right.Start - left.End is < 1 or > MaxGap)
        {
            return false;
        }

        foreach (var c in text.AsSpan(left.End, right.Start - left.End))
        {
            if (!char.IsWhiteSpace(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How <paramref name="observed"/> becomes <paramref name="name"/> when only marks are restored (plain letters and their stand-ins); null otherwise.</summary>
    private static (string Rule, CorrectionReason Reason)? Restoration(string observed, string name)
    {
        var rule = new System.Text.StringBuilder();
        var reason = CorrectionReason.MarksRestored;
        for (var k = 0; k < name.Length; k++)
        {
            if (observed[k] == name[k])
            {
                continue;
            }

            if (name[k] is not ('å' or 'ä' or 'ö') || Diacritics.FoldWithStandIns(observed[k].ToString())[0] != Diacritics.Fold(name[k]))
            {
                return null;
            }

            reason = observed[k] is 'a' or 'o' ? reason : CorrectionReason.OcrSymbol;
            rule.Append(rule.Length > 0 ? "; " : "").Append(observed[k]).Append('→').Append(name[k]);
        }

        return (rule.ToString(), reason);
    }
}
