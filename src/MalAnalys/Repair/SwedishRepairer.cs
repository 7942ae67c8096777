using System.Collections.Immutable;
using System.Text;
using MalAnalys.Swedish;

namespace MalAnalys.Repair;

/// <summary>
/// Repairs OCR damage in Swedish text: letters that lost their marks (<c>hallbar</c>), symbols that stand for
/// å/ä/ö (<c>&amp;r</c>, <c>6ka</c>, <c>héllbar</c>), misread letters (<c>Uthildning</c>), and encoding damage,
/// reporting every change as a <see cref="Correction"/> located in the original text.
/// </summary>
/// <remarks>
/// <para>Repair works on raw text, token by token, and never changes line breaks or punctuation, so the lines of the
/// output are those of the input. Whitespace changes only where OCR got a word break wrong (two words read as one, or
/// one word as two, within a line); with <see cref="RepairOptions.KeepLayout"/> never, and the whitespace-separated
/// tokens of the output are those of the input.</para>
/// <para>Each token is read against the lexicon through the confusion model (<see cref="SwedishLexicon"/>); a
/// reading's score is its prior (word frequency, compound penalty, context) plus how likely the damage is. How
/// likely lost marks are is estimated per text: the share of words that only make sense with marks restored
/// against those that carry them intact. So a text that lost nearly all its å/ä/ö is repaired boldly, and in a
/// clean text <c>har</c> stays <c>har</c>.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed partial class SwedishRepairer
{
    /// <summary>Below this estimated damage, words that are valid as written are never changed.</summary>
    private const double AmbiguityDamage = 0.2;

    /// <summary>
    /// How much likelier (in nats) another word must be than a word valid as written before it replaces it: where the
    /// two are about as likely (<c>fort</c>/<c>fört</c> with no telling neighbour), what was written stays.
    /// </summary>
    private const double ValidWordMargin = 0.05;

    /// <summary>The costliest reading that may replace a word that is valid as written (symbols yes, misread letters no).</summary>
    private const double MaxValidWordCost = 1.5;

    /// <summary>The most letters repair puts back into one token where OCR dropped them (<c>mjlig</c> → <c>möjlig</c>).</summary>
    private const int MaxDroppedLetters = 2;

    /// <summary>Tokens this short (<c>fr</c>, <c>vx</c>) get a dropped letter back only as a common word.</summary>
    private const int ShortToken = 2;

    /// <summary>
    /// How far the context may speak against a short token's reading before it is left as written. Not 0: the
    /// context model's gain is relative to each reading's own frequency, and on OCR'd goal documents a gate at 0 kept
    /// "fr" from "för" where its neighbours were unseen pairs (3 of 13 read "får" instead).
    /// </summary>
    private const double ShortContext = -3;

    /// <summary>How sure repair is that a lone <c>|</c> before a word is the preposition <c>I</c>.</summary>
    private const double PipeConfidence = 0.9;

    /// <summary>Characters a valid word may hold that could be damage: plain letters that may have lost marks, and stand-ins.</summary>
    private static readonly System.Buffers.SearchValues<char> MarkedLetters = System.Buffers.SearchValues.Create("åäö");

    private static readonly System.Buffers.SearchValues<char> RestorableCharacters = System.Buffers.SearchValues.Create("aoéèêëáàâãóòôõø&60");

    private static readonly Lazy<SwedishRepairer> DefaultInstance = new(() => new SwedishRepairer(RepairOptions.Default));

    private readonly Lazy<SwedishLexicon> _lexicon;

    /// <summary>
    /// Analyses of distinct tokens, shared by every text this repairer sees: an analysis depends only on the token
    /// and the lexicon (never on the document), and a collection of goal documents repeats its vocabulary. Bounded,
    /// so memory stays flat however many documents pass.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TokenAnalysis> _shared = new(StringComparer.Ordinal);

    /// <summary>Creates a repairer with the given options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The confidence threshold is outside 0–1.</exception>
    public SwedishRepairer(RepairOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ConfidenceThreshold is < 0 or > 1 || double.IsNaN(options.ConfidenceThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceThreshold, "The confidence threshold must be between 0 and 1.");
        }

        Options = options;
        _lexicon = new(() =>
        {
            var lexicon = options.Lexicon ?? SwedishLexicon.Default;
            return options.UserWords.Count > 0 ? lexicon.WithWords(options.UserWords) : lexicon;
        });
    }

    /// <summary>A repairer with the default options.</summary>
    public static SwedishRepairer Default => DefaultInstance.Value;

    /// <summary>The options.</summary>
    public RepairOptions Options { get; }

    /// <summary>The lexicon words are checked against (with the user's words).</summary>
    public SwedishLexicon Lexicon => _lexicon.Value;

    /// <summary>Repairs <paramref name="text"/>. In <see cref="RepairMode.Auto"/> the text is treated as possible OCR output (the full pass).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    public RepairedText Repair(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Repair(text, Options.Mode is RepairMode.Auto or RepairMode.Full ? static _ => true : static _ => false, cancellationToken);
    }

    /// <summary>
    /// Measures, without repairing, how much of <paramref name="text"/> lost its marks, per part: words only valid with
    /// marks restored against words that carry their marks intact, counted for the part <paramref name="partAt"/> gives
    /// each token's offset (a page, say). The same evidence the full pass estimates its damage from, whatever the mode.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="partAt">The part (0 to <paramref name="parts"/> - 1) a token at an offset belongs to; a negative part is not counted.</param>
    /// <param name="parts">How many parts there are.</param>
    /// <param name="cancellationToken">Cancels the measurement.</param>
    /// <returns>The evidence per part.</returns>
    internal MarkEvidence[] MeasureMarks(string text, Func<int, int> partAt, int parts, CancellationToken cancellationToken)
    {
        var evidence = new MarkEvidence[parts];
        if (text.Length == 0)
        {
            return evidence;
        }

        var search = RentSearch();
        var cache = new AnalysisCache(_shared);
        var tokens = Tokenizer.Tokens(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var token = tokens[i];
            var part = token.Repairable ? partAt(token.Start) : -1;
            if (part < 0 || part >= parts)
            {
                continue;
            }

            evidence[part] += Evidence(token, Analyse(token, search, Lexicon, cache));
        }

        return evidence;
    }

    /// <summary>Repairs <paramref name="text"/>, with the full pass only where <paramref name="fullPassAt"/> says so for a token's offset.</summary>
    internal RepairedText Repair(string text, Func<int, bool> fullPassAt, CancellationToken cancellationToken)
    {
        if (Options.Mode == RepairMode.Off || text.Length == 0)
        {
            return new RepairedText(text, text, [], 0);
        }

        var search = RentSearch();
        var cache = new AnalysisCache(_shared);
        var tokens = JoinHyphenated(text, Tokenizer.Tokens(text), search, cache, fullPassAt);

        var analyses = System.Buffers.ArrayPool<TokenAnalysis?>.Shared.Rent(tokens.Count);
        try
        {
            return Repair(text, tokens, analyses, search, cache, fullPassAt, cancellationToken);
        }
        finally
        {
            System.Buffers.ArrayPool<TokenAnalysis?>.Shared.Return(analyses, clearArray: true);
        }
    }

    private RepairedText Repair(string text, List<Token> tokens, TokenAnalysis?[] analyses, CandidateSearch search, AnalysisCache cache, Func<int, bool> fullPassAt, CancellationToken cancellationToken)
    {
        var damage = EstimateDamage(tokens, analyses, search, cache, fullPassAt, cancellationToken);
        var markCost = -Math.Log(damage);
        var corrections = ImmutableArray.CreateBuilder<Correction>();
        var decisions = s_decisions ??= new Dictionary<TokenAnalysis, Choice?>(ReferenceEqualityComparer.Instance);
        decisions.Clear();
        var output = new StringBuilder(text.Length);
        var copied = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (Join(text, tokens, i, analyses, new Damage(damage, markCost), search, cache) is { } join)
            {
                copied = Apply(text, join, output, copied, corrections);
                i++;
                continue;
            }

            if (analyses[i] is { } analysis && Split(text, tokens[i], analysis, new Damage(damage, markCost), search) is { } split)
            {
                copied = Apply(text, split, output, copied, corrections);
                continue;
            }

            if (DecideToken(text, tokens, i, analyses[i], new Damage(damage, markCost), search, cache, decisions, fullPassAt) is { } decision)
            {
                copied = Apply(text, tokens[i], decision, output, copied, corrections);
            }
        }

        output.Append(text, copied, text.Length - copied);
        return new RepairedText(text, corrections.Count == 0 ? text : output.ToString(), corrections.ToImmutable(), Math.Round(damage, 4));
    }

    /// <summary>
    /// The first pass: analyses each token the full pass applies to (filling <paramref name="analyses"/>) and
    /// estimates the share of the text's words that lost their marks, which weighs every decision of the second pass.
    /// </summary>
    private double EstimateDamage(List<Token> tokens, TokenAnalysis?[] analyses, CandidateSearch search, AnalysisCache cache, Func<int, bool> fullPassAt, CancellationToken cancellationToken)
    {
        int damaged = 0, intact = 0, swedish = 0, seen = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var token = tokens[i];
            if (!token.Repairable || Options.Mode == RepairMode.Light || !fullPassAt(token.Start))
            {
                continue;
            }

            var analysis = Analyse(token, search, Lexicon, cache);
            analyses[i] = analysis;
            var evidence = Evidence(token, analysis);
            seen++;
            swedish += evidence.Swedish;
            damaged += evidence.Damaged;
            intact += evidence.Intact;
        }

        return new MarkEvidence(damaged, intact, swedish, seen).Damage;
    }

    /// <summary>
    /// The second pass for one token: what it becomes, or <see langword="null"/> when it stays as written. Most
    /// decisions do not depend on the neighbours; those are made once per distinct token (<paramref name="decisions"/>).
    /// </summary>
    private TokenDecision? DecideToken(string text, List<Token> tokens, int i, TokenAnalysis? analysis, Damage damage, CandidateSearch search, AnalysisCache cache, Dictionary<TokenAnalysis, Choice?> decisions, Func<int, bool> fullPassAt)
    {
        var token = tokens[i];
        if (IsPipeForI(text, tokens, i, fullPassAt))
        {
            return new TokenDecision("I", null, PipeConfidence, CorrectionReason.OcrSymbol, "|→I before a capitalised word");
        }

        if (analysis is not null && CouncilNames.Read(text, tokens, i, analysis.Valid) is { } name)
        {
            // A council's name is never read as a word ("Vara kommun" stays); a damaged one gets the gazetteer's marks.
            return name.Replacement is { } written && CouncilNames.Confidence >= Options.ConfidenceThreshold
                ? new TokenDecision(written, null, CouncilNames.Confidence, name.Reason, name.Rule)
                : token.LightReason is { } light ? new TokenDecision(token.Decoded, null, 1.0, light, token.LightRule) : null;
        }

        if (analysis is not null && PartBeforeHyphen.Applies(text, token) && HyphenPart(text, token, analysis, damage.Share) is { } part)
        {
            return part.Replacement.Length == 0 ? Light(token) : part;
        }

        if (analysis is not null)
        {
            if (analysis.Valid && damage.Share >= AmbiguityDamage)
            {
                analysis = Reconsider(analysis, token, search, cache);
            }

            Choice? decided;
            if (analysis.Contextual)
            {
                var left = i > 0 ? Neighbour(text, tokens[i - 1], tokens[i - 1].End, token.Start) : null;
                var right = i + 1 < tokens.Count ? Neighbour(text, tokens[i + 1], token.End, tokens[i + 1].Start) : null;
                right = right is null && SentenceEndAt(text, token.End, text.Length) ? SentenceEnd : right;
                left = NumberBefore(text, token.Start) ? "#" : left;
                right = NumberAfter(text, token.End) ? "#" : right;
                decided = Decide(analysis, damage.Share, damage.MarkCost, left, right);
            }
            else if (!decisions.TryGetValue(analysis, out decided))
            {
                decided = Decide(analysis, damage.Share, damage.MarkCost, null, null);
                decisions[analysis] = decided;
            }

            if (decided is { } choice && choice.Confidence >= Options.ConfidenceThreshold)
            {
                return new TokenDecision(Casing.Apply(token, choice.Candidate, text), choice.Candidate.SourceIndex, choice.Confidence, choice.Reason, choice.Rule);
            }
        }

        return Light(token);
    }

    /// <summary>Only encoding damage or a ligature: the token decoded, or nothing to do.</summary>
    private static TokenDecision? Light(Token token) =>
        token.LightReason is { } reason ? new TokenDecision(token.Decoded, null, 1.0, reason, token.LightRule) : null;

    /// <summary>
    /// A compound's first part before a hyphen (<see cref="PartBeforeHyphen"/>): an empty replacement when it stays as
    /// written, the part with its marks back, or <see langword="null"/> when the rule has nothing to say (a word of its
    /// own, or no single part with marks, is decided as any word).
    /// </summary>
    private TokenDecision? HyphenPart(string text, Token token, TokenAnalysis analysis, double damage)
    {
        if (PartBeforeHyphen.IsPart(Lexicon, token.Lower))
        {
            return new TokenDecision(string.Empty, null, 1.0, CorrectionReason.MarksRestored, null);
        }

        if ((analysis.Valid && damage < AmbiguityDamage) || token.HasGarbage || PartBeforeHyphen.Confidence < Options.ConfidenceThreshold
            || PartBeforeHyphen.Restore(Lexicon, token.Lower) is not { } restored)
        {
            return null;
        }

        var marks = 0;
        for (var k = 0; k < restored.Length; k++)
        {
            marks += restored[k] != token.Lower[k] ? 1 : 0;
        }

        var candidate = new Candidate(restored, marks, 0, 1, CorrectionReason.MarksRestored, token.Lower, Identity(restored.Length));
        return new TokenDecision(Casing.Apply(token, candidate, text), null, PartBeforeHyphen.Confidence, CorrectionReason.MarksRestored, candidate.Rule + PartBeforeHyphen.RuleNote);
    }

    /// <summary>
    /// A "|" read for the pronoun or numeral "I": only in the full pass, with enough confidence, and before a
    /// capitalised word, the end of the text or at the start of a sentence.
    /// </summary>
    private bool IsPipeForI(string text, List<Token> tokens, int i, Func<int, bool> fullPassAt)
    {
        var token = tokens[i];
        if (!token.IsPipeForI || PipeConfidence < Options.ConfidenceThreshold || Options.Mode == RepairMode.Light)
        {
            return false;
        }

        var beforeCapital = i + 1 >= tokens.Count || char.IsUpper(tokens[i + 1].DecodedSpan[0]) || Casing.StartsSentence(text, token.Start);
        return beforeCapital && fullPassAt(token.Start);
    }

    /// <summary>
    /// Writes one token's decision into <paramref name="output"/> (the text since <paramref name="copied"/> first) and
    /// reports a correction for each piece that changed; returns how far the text is now copied.
    /// </summary>
    private static int Apply(string text, Token token, TokenDecision decision, StringBuilder output, int copied, ImmutableArray<Correction>.Builder corrections)
    {
        foreach (var piece in token.Pieces(decision.Replacement, decision.SourceIndex))
        {
            if (piece.Replacement.AsSpan().SequenceEqual(text.AsSpan(piece.Start, piece.Length)))
            {
                continue;
            }

            output.Append(text, copied, piece.Start - copied).Append(piece.Replacement);
            copied = piece.Start + piece.Length;
            corrections.Add(new Correction(piece.Start, piece.Length, text.Substring(piece.Start, piece.Length), piece.Replacement, Math.Round(decision.Confidence, 4), decision.Reason, decision.Rule ?? ""));
        }

        return copied;
    }

    /// <summary>The estimated share of words that lost their marks, and the cost of restoring one mark it implies.</summary>
    private readonly record struct Damage(double Share, double MarkCost);

    /// <summary>What a token becomes: its replacement (mapped to source characters by <paramref name="SourceIndex"/> when letters were inserted or removed), and why.</summary>
    private readonly record struct TokenDecision(string Replacement, int[]? SourceIndex, double Confidence, CorrectionReason Reason, string? Rule);

    /// <summary>What one analysed token says about lost marks.</summary>
    private static MarkEvidence Evidence(Token token, TokenAnalysis analysis)
    {
        var swedish = analysis.Valid || (analysis.Candidates.Count > 0 && analysis.Candidates[0].Cost <= MaxValidWordCost) ? 1 : 0;

        // Short tokens ("to", "are") turn into Swedish words too easily to count as evidence either way.
        if (token.Length < 4)
        {
            return new MarkEvidence(0, 0, swedish, 1);
        }

        if (analysis.Valid && analysis.HasMarks)
        {
            return new MarkEvidence(0, 1, swedish, 1);
        }

        return !analysis.Valid && analysis.Candidates.Count > 0 && analysis.Candidates[0] is { Marks: > 0, Cost: 0 }
            ? new MarkEvidence(1, 0, swedish, 1)
            : new MarkEvidence(0, 0, swedish, 1);
    }

    /// <summary>
    /// Reads a word hyphenated across a line break (<c>Kompetensfor-⏎sorjning</c>) as one token when the joined
    /// word is valid or repairable; the pieces keep their places in the text.
    /// </summary>
    private List<Token> JoinHyphenated(string text, List<Token> tokens, CandidateSearch search, AnalysisCache cache, Func<int, bool> fullPassAt)
    {
        if (Options.Mode == RepairMode.Light)
        {
            return tokens;
        }

        List<Token>? joined = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i + 1 < tokens.Count && token.Repairable && tokens[i + 1].Repairable && fullPassAt(token.Start)
                && Tokenizer.HyphenatedBetween(text, token, tokens[i + 1]))
            {
                var both = token.JoinWith(tokens[i + 1]);
                if (both.Repairable && (Analyse(both, search, Lexicon, cache) is { } a && (a.Valid || (a.Candidates.Count > 0 && a.Candidates[0].Cost < 2))))
                {
                    joined ??= tokens.GetRange(0, i);
                    joined.Add(both);
                    i++;
                    continue;
                }
            }

            joined?.Add(token);
        }

        return joined ?? tokens;
    }

    /// <summary>
    /// Analyses a token: first whether it is valid as written (a walk with every character read as itself); only
    /// an invalid token gets the full search through the confusion model. Results are cached per distinct token.
    /// </summary>
    private static TokenAnalysis Analyse(Token token, CandidateSearch search, SwedishLexicon lexicon, AnalysisCache cache)
    {
        // Looked up without making a string: most tokens of a collection are already known.
        var keyLength = token.CacheKeyLength;
        if (keyLength <= 256 ? cache.TryGet(token.WriteCacheKey(stackalloc char[keyLength]), out var known) : cache.TryGet(token.CacheKey, out known))
        {
            return known;
        }

        var key = token.CacheKey;

        var hasMarks = token.Lower.AsSpan().IndexOfAny(MarkedLetters) >= 0;

        // Most tokens are plain dictionary forms: one exact lookup settles them.
        if ((lexicon.LookupLower(token.Lower) & WordUse.Word) != 0)
        {
            var word = new TokenAnalysis(token.Lower, true, hasMarks, token.HasGarbage, false, [new Candidate(token.Lower, 0, 0, 1, null, token.Lower, Identity(token.Lower.Length))]);
            if (IsLoneLetter(token.Lower))
            {
                // A letter standing alone is a word only as the letter's name; "r" is more often "är" with "ä" dropped.
                word.Candidates.AddRange(search.FindDropped(token.Lower, token.Upper, 1));
            }

            cache.Add(key, word);
            return word;
        }

        // One walk with lost marks and symbols (every character read as itself among them): it tells whether the
        // token is a valid compound as written, and gives the cheap readings.
        var cheap = search.Find(token.Lower, token.Upper, MaxValidWordCost);
        var self = cheap.FindAll(static c => c.Reason is null);
        TokenAnalysis analysis;
        if (self.Count > 0)
        {
            analysis = new TokenAnalysis(token.Lower, true, hasMarks, token.HasGarbage, false, self);

            // The wider readings a damaged text would ask for are already known.
            cache.Add(ReconsiderKey(key), new TokenAnalysis(token.Lower, true, hasMarks, token.HasGarbage, false, [.. self, .. cheap.Where(c => c.Reason is not null)]) { Reconsidered = true });
        }
        else
        {
            // Misread letters (a far larger search) only when lost marks and symbols explain nothing.
            var candidates = cheap.Count > 0 ? cheap : search.Find(token.Lower, token.Upper);
            AddRestoredCompound(token, candidates, search);
            var looseCuts = !token.HasGarbage && candidates.Count > 0 && candidates.TrueForAll(c => c.Parts > 1) ? lexicon.LooseCompoundCuts(token.Lower) : 0;
            if (cheap.Count == 0)
            {
                looseCuts = AddDroppedLetters(token, candidates, search, lexicon, looseCuts);
            }
            analysis = new TokenAnalysis(token.Lower, false, hasMarks, token.HasGarbage, looseCuts != 0, candidates) { LooseCuts = looseCuts };
        }

        cache.Add(key, analysis);
        return analysis;
    }

    /// <summary>
    /// For a word no lost marks or symbols explain: the readings with letters OCR dropped put back (<c>kad</c> →
    /// <c>ökad</c>), at most <see cref="MaxDroppedLetters"/>, after the readings through misread letters. A token that
    /// had no reading before is checked for two words written together as well, as any other. Returns the loose cuts.
    /// </summary>
    private static ulong AddDroppedLetters(Token token, List<Candidate> candidates, CandidateSearch search, SwedishLexicon lexicon, ulong looseCuts)
    {
        var none = candidates.Count == 0;
        foreach (var c in search.FindDropped(token.Lower, token.Upper, MaxDroppedLetters))
        {
            if (!candidates.Exists(k => k.Text == c.Text))
            {
                candidates.Add(c);
            }
        }

        return none && candidates.Count > 0 && !token.HasGarbage && candidates.TrueForAll(c => c.Parts > 1) ? lexicon.LooseCompoundCuts(token.Lower) : looseCuts;
    }

    /// <summary>
    /// For a word no lost marks explain as the lexicon's compounds go: the reading of its parts with their marks back
    /// (<c>halsotal</c> → <c>hälso</c>+<c>tal</c>), from the curated goal vocabulary and the lexicon together.
    /// </summary>
    private static void AddRestoredCompound(Token token, List<Candidate> candidates, CandidateSearch search)
    {
        if (token.HasGarbage || candidates.Exists(static c => c.Cost == 0) || !search.Compounds.TryRestore(token.Lower, out var restored, out var parts, out var cuts))
        {
            return;
        }

        var marks = 0;
        for (var i = 0; i < restored.Length; i++)
        {
            marks += restored[i] != token.Lower[i] ? 1 : 0;
        }

        candidates.Insert(0, new Candidate(restored, marks, 0, parts, CorrectionReason.MarksRestored, token.Lower, Identity(restored.Length)) { Cuts = cuts });
    }

    /// <summary>The note on a choice between two valid words, made once per damage level rather than per token.</summary>
    private static string BothValidNote(double damage)
    {
        var notes = s_notes ??= new Dictionary<double, string>();
        if (!notes.TryGetValue(damage, out var note))
        {
            note = string.Create(System.Globalization.CultureInfo.InvariantCulture, $" (both valid; damage {damage:0.00})");
            notes[damage] = note;
            if (notes.Count > 64)
            {
                notes.Clear();
            }
        }

        return note;
    }

    [ThreadStatic]
    private static Dictionary<double, string>? s_notes;

    private static string ReconsiderKey(string key) => "\u0001" + key;

    /// <summary>For a token valid as written, in a text that lost its marks: adds the readings through lost marks and symbols.</summary>
    private static TokenAnalysis Reconsider(TokenAnalysis analysis, Token token, CandidateSearch search, AnalysisCache cache)
    {
        if (!analysis.Valid || analysis.Reconsidered || token.Lower.AsSpan().IndexOfAny(RestorableCharacters) < 0)
        {
            return analysis;
        }

        var key = ReconsiderKey(token.CacheKey);
        if (!cache.TryGet(key, out var wider))
        {
            var candidates = new List<Candidate>(analysis.Candidates);
            foreach (var c in search.Find(token.Lower, token.Upper, MaxValidWordCost))
            {
                if (!candidates.Exists(k => k.Text == c.Text))
                {
                    candidates.Add(c);
                }
            }

            // A new record (not 'with'), so that Contextual is worked out for the wider candidate list.
            wider = new TokenAnalysis(analysis.Lower, analysis.Valid, analysis.HasMarks, analysis.Garbage, analysis.LooseCompound, candidates) { Reconsidered = true };
            cache.Add(key, wider);
        }

        return wider;
    }

    /// <summary>The score, in nats, of keeping the token as written: the reading every candidate must beat.</summary>
    private static double KeepScore(TokenAnalysis analysis, double damage, string? left, string? right)
    {
        if (analysis.Valid)
        {
            var self = analysis.Candidates.Find(c => c.Reason is null);
            return self is null ? WordPriors.Word : WordPriors.Of(self) + WordPriors.Context(self.Text, left, right);
        }

        // In a damaged text an unknown word is likely damage; but two words written together as the author
        // wrote them ("vandringleder") are not OCR's doing, so a compound reading must beat that.
        return analysis.Garbage ? WordPriors.Garbage
            : analysis.LooseCompound ? WordPriors.Compound
            : WordPriors.Unknown - (2.5 * damage);
    }

    private static Choice? Decide(TokenAnalysis analysis, double damage, double markCost, string? left, string? right)
    {
        if (analysis.Candidates.Count == 0)
        {
            return null;
        }

        // A valid word is only reconsidered in a text that has visibly lost its marks.
        if (analysis.Valid && (damage < AmbiguityDamage || !analysis.Candidates.Exists(ReadsValidWord)))
        {
            return null;
        }

        var keep = KeepScore(analysis, damage, left, right);

        // Scores in nats: prior + context − damage cost; softmax over the readings for a confidence.
        var best = default(Candidate);
        var bestScore = double.NegativeInfinity;
        // The softmax's terms: the kept reading's score, then each scored candidate's.
        var max = keep;
        Span<double> scores = analysis.Candidates.Count < 64 ? stackalloc double[analysis.Candidates.Count + 1] : new double[analysis.Candidates.Count + 1];
        var scored = 0;
        scores[scored++] = keep;
        foreach (var c in analysis.Candidates)
        {
            // A valid word is only read as another through lost marks or symbols, never through misread letters.
            var context = c.Reason is null || (analysis.Valid && !ReadsValidWord(c)) ? double.NaN : WordPriors.Context(c.Text, left, right);
            if (double.IsNaN(context) || (c.Reason == CorrectionReason.DroppedLetter && !MayPutBack(analysis, c, damage, context))
                || (damage < AmbiguityDamage && !KeptMarksReading(c)))
            {
                continue;
            }

            var score = WordPriors.Of(c) + context - c.Cost - (c.Marks * markCost)
                + LooseSplitsElsewhere(analysis, c, damage);
            scores[scored++] = score;
            max = Math.Max(max, score);
            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }

        if (best is null || bestScore <= keep || (analysis.Valid && bestScore <= keep + ValidWordMargin))
        {
            return null;
        }

        var sum = 0.0;
        foreach (var s in scores[..scored])
        {
            sum += Math.Exp(s - max);
        }

        var confidence = Math.Exp(bestScore - max) / sum;
        var both = analysis.Valid && best.Reason != CorrectionReason.DroppedLetter;
        var reason = both ? CorrectionReason.Ambiguous : best.Reason!.Value;
        var rule = both ? best.Rule + BothValidNote(damage) : best.Rule;
        return new Choice(best, confidence, reason, rule);
    }

    /// <summary>
    /// Whether <paramref name="c"/> may read a token in a text that kept its marks (estimated damage below
    /// <see cref="AmbiguityDamage"/>): only through symbols that stand for a marked letter (<c>&amp;r</c>, <c>6ka</c>,
    /// <c>héllbar</c>), never through lost marks or misread letters alone. A word such a text does not know is a name,
    /// a foreign word or the author's own spelling (<c>on</c>, <c>files</c>, <c>Strat</c>) far more often than damage:
    /// on 240 clean goal texts those readings made 16 of their 17 changes.
    /// </summary>
    private static bool KeptMarksReading(Candidate c) => c.Reason is null or CorrectionReason.OcrSymbol;

    /// <summary>
    /// Whether <paramref name="c"/> may read a token valid as written: through lost marks or symbols, or (for a lone
    /// letter, <see cref="IsLoneLetter"/>) a dropped letter; never through misread letters.
    /// </summary>
    private static bool ReadsValidWord(Candidate c) =>
        c.Reason is not null && (c.Cost <= MaxValidWordCost || c.Reason == CorrectionReason.DroppedLetter);

    /// <summary>
    /// Whether <paramref name="lower"/> is a lone <c>r</c>: a word only as the letter's name, and in OCR output far
    /// more often <c>är</c> with its first letter dropped. Other letters are not: <c>s</c>, <c>d</c> and <c>t</c>
    /// stand for words of their own (<c>s. 12</c>, <c>SCB:s</c>, <c>t.o.m.</c>), and on goal texts with their marks
    /// stripped reading them as <c>så</c>, <c>då</c>, <c>åt</c> broke 31 words.
    /// </summary>
    private static bool IsLoneLetter(string lower) => lower is "r";

    /// <summary>
    /// Whether a reading with letters put back where OCR dropped them may be chosen: only in a text that visibly lost
    /// its marks (an OCR model that drops å/ä/ö strips the rest of them too), and for a token of at most
    /// <see cref="ShortToken"/> letters (<c>fr</c>) only a common word (the frequency list's) the context does not
    /// speak against by more than <see cref="ShortContext"/>.
    /// </summary>
    private static bool MayPutBack(TokenAnalysis analysis, Candidate candidate, double damage, double context) =>
        damage >= AmbiguityDamage
        && (analysis.Lower.Length > ShortToken || (WordPriors.Listed(candidate.Text, 1) > WordPriors.Word && context >= ShortContext));

    /// <summary>
    /// Two words written together (<c>vandring</c>+<c>leder</c>) are the author's when restoring marks only gives two
    /// words as likely at the same place (<c>vändring</c>+<c>leder</c>). When the marks make a compound that divides
    /// elsewhere (<c>investering</c>+<c>smal</c> against <c>investerings</c>+<c>mål</c>, <c>malar</c>+<c>betet</c>
    /// against <c>mål</c>+<c>arbetet</c>), or more frequent words at the same place (<c>inriktnings</c>+<c>målen</c>
    /// against <c>inriktnings</c>+<c>malen</c>), the pair is a coincidence, and the compound the likelier the more
    /// marks the text lost.
    /// </summary>
    private static double LooseSplitsElsewhere(TokenAnalysis analysis, Candidate candidate, double damage)
    {
        if (!analysis.LooseCompound || candidate.Cuts == 0)
        {
            return 0;
        }

        if ((candidate.Cuts & ~analysis.LooseCuts) != 0)
        {
            return damage;
        }

        var cut = System.Numerics.BitOperations.TrailingZeroCount(candidate.Cuts);
        var (text, observed) = (candidate.Text, analysis.Lower);
        if (text.Length != observed.Length)
        {
            return 0;
        }

        var gain = WordPriors.Listed(text[..cut], 1) + WordPriors.Listed(text[cut..], 1) - WordPriors.Listed(observed[..cut], 1) - WordPriors.Listed(observed[cut..], 1);
        return gain > 0 ? damage : 0;
    }

    [ThreadStatic]
    private static CandidateSearch? s_search;

    /// <summary>The decisions made once per distinct token of a text, kept per thread from text to text (cleared before each).</summary>
    [ThreadStatic]
    private static Dictionary<TokenAnalysis, Choice?>? s_decisions;

    private static readonly int[][] Identities = [.. Enumerable.Range(0, CandidateSearch.MaxTokenLength + 1).Select(n => Enumerable.Range(0, n).ToArray())];

    private static int[] Identity(int length) => length < Identities.Length ? Identities[length] : [.. Enumerable.Range(0, length)];

    /// <summary>The search holds scratch arrays for one walk at a time; each thread keeps one per lexicon.</summary>
    private CandidateSearch RentSearch()
    {
        var search = s_search;
        if (search is null || !ReferenceEquals(search.Lexicon, Lexicon))
        {
            s_search = search = new CandidateSearch(Lexicon);
        }

        return search;
    }

    /// <summary>The neighbour the context model and cues see for a sentence end between two words.</summary>
    private const string SentenceEnd = ".";

    /// <summary>
    /// A token's folded neighbour across the gap <paramref name="from"/>–<paramref name="to"/>: the sentence end when
    /// the gap holds a full stop, question or exclamation mark, the neighbour's word when the gap is at most two
    /// characters (a space and a comma), and none otherwise.
    /// </summary>
    private static string? Neighbour(string text, Token neighbour, int from, int to) =>
        SentenceEndAt(text, from, to) ? SentenceEnd : to - from <= 2 ? neighbour.Folded : null;

    /// <summary>Whether the text from <paramref name="from"/> (the end of a word) to <paramref name="to"/> starts with a sentence end: a full stop, question or exclamation mark after optional closing quotes or brackets.</summary>
    private static bool SentenceEndAt(string text, int from, int to)
    {
        for (var k = from; k < to && k < from + 3; k++)
        {
            switch (text[k])
            {
                case '.' or '!' or '?':
                    return k + 1 >= text.Length || char.IsWhiteSpace(text[k + 1]) || text[k + 1] is '"' or '”' or ')';
                case ')' or '"' or '”':
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool NumberBefore(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && i < start - 1 && char.IsAsciiDigit(text[i]);
    }

    private static bool NumberAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i > end && i < text.Length && char.IsAsciiDigit(text[i]);
    }

    /// <summary>The repairer's shared analyses, with a per-text overflow once the shared store is full.</summary>
    private sealed class AnalysisCache(System.Collections.Concurrent.ConcurrentDictionary<string, TokenAnalysis> shared)
    {
        /// <summary>Distinct tokens kept across texts (about 25 MB at most).</summary>
        private const int MaxShared = 50_000;

        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TokenAnalysis>.AlternateLookup<ReadOnlySpan<char>> _sharedBySpan = shared.GetAlternateLookup<ReadOnlySpan<char>>();

        private Dictionary<string, TokenAnalysis>? _local;

        public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TokenAnalysis? analysis) =>
            shared.TryGetValue(key, out analysis) || (_local is not null && _local.TryGetValue(key, out analysis));

        public bool TryGet(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TokenAnalysis? analysis) =>
            _sharedBySpan.TryGetValue(key, out analysis) || (_local is not null && _local.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out analysis));

        public void Add(string key, TokenAnalysis analysis)
        {
            if (shared.Count < MaxShared)
            {
                shared.TryAdd(key, analysis);
            }
            else
            {
                (_local ??= new Dictionary<string, TokenAnalysis>(StringComparer.Ordinal))[key] = analysis;
            }
        }
    }

    private sealed record TokenAnalysis(string Lower, bool Valid, bool HasMarks, bool Garbage, bool LooseCompound, List<Candidate> Candidates)
    {
        public bool Reconsidered { get; init; }

        /// <summary>Where the token divides into two words of its own written together (see <see cref="SwedishLexicon.LooseCompoundCuts"/>).</summary>
        public ulong LooseCuts { get; init; }

        /// <summary>Whether a context cue may change the decision (a candidate, or the word itself, has cues).</summary>
        public bool Contextual { get; } = WordPriors.HasCues(Lower) || Candidates.Exists(c => WordPriors.HasCues(c.Text));
    }

    private sealed record Choice(Candidate Candidate, double Confidence, CorrectionReason Reason, string Rule);
}
