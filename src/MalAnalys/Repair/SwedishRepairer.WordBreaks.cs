using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using MalAnalys.Swedish;

namespace MalAnalys.Repair;

/// <summary>
/// Word breaks OCR got wrong, repaired only where the layout may change (<see cref="RepairOptions.KeepLayout"/> off):
/// two words read as one (<c>kommunensmål</c> → <c>kommunens mål</c>) and a word read as two (<c>utveck lingen</c> →
/// <c>utvecklingen</c>, <c>kommun ens</c> → <c>kommunens</c>). Never across a line break.
/// </summary>
public sealed partial class SwedishRepairer
{
    /// <summary>The rule of a split, in the corrections.</summary>
    internal const string SplitRule = "split: two words read as one";

    /// <summary>The rule of a join, in the corrections.</summary>
    internal const string JoinRule = "joined: one word read as two";

    /// <summary>How sure repair is of a split or a join it makes.</summary>
    private const double BreakConfidence = 0.8;

    /// <summary>The shortest word a split may leave after the function word it splits off.</summary>
    private const int MinSplitRest = 4;

    /// <summary>The shortest word an inflectional ending is joined to.</summary>
    private const int MinStem = 4;

    /// <summary>The longest token a split is looked for in.</summary>
    private const int MaxSplitToken = 32;

    /// <summary>
    /// Inflectional endings of nouns (definite genitive and plural definite) that a reading may leave standing apart:
    /// after a word of at least <see cref="MinStem"/> letters they join it when the two make one word of the lexicon
    /// (<c>kommun ens</c> → <c>kommunens</c>, <c>nämnd erna</c> → <c>nämnderna</c>), even where the ending is a word too (<c>ens</c>).
    /// </summary>
    private static readonly FrozenSet<string> Endings = FrozenSet.Create(StringComparer.Ordinal,
        "ens", "ets", "erna", "ernas", "arna", "arnas", "orna", "ornas");

    /// <summary>
    /// Swedish function words (conjunctions, pronouns, auxiliaries) that OCR may run into the next word
    /// (<c>ochkommunen</c>, <c>attarbeta</c>): a closed class, the only first words a split takes off. Words that also
    /// begin derivations and compounds (<c>för</c>, <c>om</c>, <c>till</c>, <c>i</c>, <c>en</c>) are not among them:
    /// <c>förbockade</c> and <c>omsitta</c> are a word the lexicon lacks and a damaged word, not two words.
    /// </summary>
    private static readonly FrozenSet<string> FunctionWords = FrozenSet.Create(StringComparer.Ordinal,
        "och", "att", "som", "samt", "eller", "men", "är", "har", "ska", "skall", "kan", "vi", "de", "den", "det",
        "detta", "denna", "dessa", "deras", "sin", "sina", "sitt", "hur", "när", "där", "vad", "vilka", "vilket",
        "vilken", "inom", "genom", "mellan", "hos", "alla", "inte");

    /// <summary>A span of the text replaced as a whole (a split or a join).</summary>
    private readonly record struct SpanDecision(int Start, int End, string Replacement, CorrectionReason Reason, string Rule);

    /// <summary>Writes a split or a join into <paramref name="output"/> and reports it; returns how far the text is now copied.</summary>
    private static int Apply(string text, SpanDecision decision, StringBuilder output, int copied, ImmutableArray<Correction>.Builder corrections)
    {
        output.Append(text, copied, decision.Start - copied).Append(decision.Replacement);
        corrections.Add(new Correction(decision.Start, decision.End - decision.Start, text[decision.Start..decision.End], decision.Replacement, BreakConfidence, decision.Reason, decision.Rule));
        return decision.End;
    }

    /// <summary>Whether an analysed token reads as a word: valid as written, through lost marks and symbols, or with a dropped letter back (<c>fr</c>).</summary>
    private static bool ReadsAsWord(TokenAnalysis analysis) =>
        analysis.Valid || analysis.Candidates.Exists(static c => c.Cost <= MaxValidWordCost || c.Reason == CorrectionReason.DroppedLetter);

    /// <summary>
    /// Token <paramref name="i"/> and the next, one space apart on one line, as one word: when neither reads as a word
    /// (<c>utveck lingen</c>), or the next is an inflectional ending that makes one word of the lexicon with it
    /// (<see cref="Endings"/>). The joined token must be one word of the lexicon (no compound), as written or through
    /// lost marks and symbols.
    /// </summary>
    private SpanDecision? Join(string text, List<Token> tokens, int i, TokenAnalysis?[] analyses, Damage damage, CandidateSearch search, AnalysisCache cache)
    {
        if (Options.KeepLayout || BreakConfidence < Options.ConfidenceThreshold || i + 1 >= tokens.Count
            || analyses[i] is not { } left || analyses[i + 1] is not { } right)
        {
            return null;
        }

        var (a, b) = (tokens[i], tokens[i + 1]);
        if (b.Start != a.End + 1 || text[a.End] != ' ' || a.PieceCount > 1 || b.PieceCount > 1 || a.HasGarbage || b.HasGarbage
            || !char.IsLower(b.DecodedSpan[0]) || a.Length + b.Length > CandidateSearch.MaxTokenLength
            || CouncilNames.Read(text, tokens, i, left.Valid) is not null)
        {
            return null;
        }

        var ending = left.Valid && a.Length >= MinStem && Endings.Contains(b.Lower);
        if (!ending && (ReadsAsWord(left) || ReadsAsWord(right)))
        {
            return null;
        }

        var joined = new Token(a.Decoded + b.Decoded, a.Start, b.End, null, null, repairable: true);
        if ((Lexicon.LookupLower(joined.Lower) & WordUse.Word) != 0)
        {
            return new SpanDecision(a.Start, b.End, joined.Decoded, CorrectionReason.WordsJoined, JoinRule);
        }

        var analysis = Analyse(joined, search, Lexicon, cache);
        if (ending || analysis.Valid || Decide(analysis, damage.Share, damage.MarkCost, null, null) is not { } choice
            || choice.Confidence < Options.ConfidenceThreshold || choice.Candidate.Cost > MaxValidWordCost || choice.Candidate.Parts > 1)
        {
            return null;
        }

        return new SpanDecision(a.Start, b.End, Casing.Apply(joined, choice.Candidate, text), CorrectionReason.WordsJoined, $"{JoinRule}; {choice.Rule}");
    }

    /// <summary>
    /// A token that no reading makes a word, nor a compound's part, as a function word (<see cref="FunctionWords"/>)
    /// and the word OCR ran it into (<c>ochkommunen</c> → <c>och kommunen</c>, <c>attarbeta</c> → <c>att arbeta</c>):
    /// where exactly one such cut leaves a word of the lexicon after it, as written or through lost marks and symbols.
    /// </summary>
    private SpanDecision? Split(string text, Token token, TokenAnalysis analysis, Damage damage, CandidateSearch search)
    {
        if (Options.KeepLayout || BreakConfidence < Options.ConfidenceThreshold || ReadsAsWord(analysis) || token.HasGarbage
            || token.PieceCount > 1 || token.Length < 1 + MinSplitRest || token.Length > MaxSplitToken || token.LightReason is not null
            || Lexicon.LookupLower(token.Lower) != WordUse.None)
        {
            return null;
        }

        string? found = null;
        var lookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var cut = 1; cut <= token.Length - MinSplitRest; cut++)
        {
            if (!lookup.Contains(token.Lower.AsSpan(0, cut)) || PartWord(text, token.Start + cut, token.End, damage, search) is not { } second)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = text[token.Start..(token.Start + cut)] + " " + second;
        }

        return found is null ? null : new SpanDecision(token.Start, token.End, found, CorrectionReason.WordSplit, SplitRule);
    }

    /// <summary>
    /// The text from <paramref name="start"/> to <paramref name="end"/> as one word of the lexicon (no compound): as
    /// written, or its likeliest reading through lost marks and symbols; <see langword="null"/> when it is none.
    /// </summary>
    private string? PartWord(string text, int start, int end, Damage damage, CandidateSearch search)
    {
        var part = new Token(text[start..end], start, end, null, null, repairable: true);
        Candidate? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var c in search.Find(part.Lower, part.Upper, MaxValidWordCost))
        {
            var score = WordPriors.Of(c) - c.Cost - (c.Marks * damage.MarkCost);
            if (c.Parts == 1 && (Lexicon.LookupLower(c.Text) & WordUse.Word) != 0 && score > bestScore)
            {
                (best, bestScore) = (c, score);
            }
        }

        return best is null ? null : Casing.Apply(part, best, text);
    }
}
