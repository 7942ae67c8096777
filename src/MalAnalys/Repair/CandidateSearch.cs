using MalAnalys.Swedish;

namespace MalAnalys.Repair;

/// <summary>A reading of a token that the lexicon accepts.</summary>
/// <param name="Text">The lower-case word.</param>
/// <param name="Marks">How many plain letters got their marks back (their cost depends on the document's damage rate).</param>
/// <param name="Cost">The cost of the other readings (−ln likelihood).</param>
/// <param name="Parts">1 for a word, more for a compound.</param>
/// <param name="Reason">The main kind of damage repaired, <see langword="null"/> when the token is read as itself.</param>
/// <param name="Observed">The observed token (lower case) the reading is of.</param>
/// <param name="SourceIndex">For each character of <paramref name="Text"/>, the index of the first observed character it came from.</param>
internal sealed record Candidate(string Text, int Marks, double Cost, int Parts, CorrectionReason? Reason, string Observed, int[] SourceIndex)
{
    private string? _rule;

    /// <summary>Where the parts of a compound reading begin (bit <c>i</c>: a part begins at character <c>i</c>), over every equally good way the search read it.</summary>
    public ulong Cuts { get; init; }

    /// <summary>The substitutions made, in words (<c>a→å; é→ä</c>); worked out only for the readings that are chosen.</summary>
    public string Rule => _rule ??= BuildRule();

    private string BuildRule()
    {
        var rule = new System.Text.StringBuilder();
        for (var i = 0; i < Text.Length; i++)
        {
            var from = SourceIndex[i];
            var to = i + 1 < Text.Length ? SourceIndex[i + 1] : Observed.Length;
            var seen = Observed.AsSpan(from, Math.Max(0, to - from));
            if (seen.Length == 1 && seen[0] == Text[i])
            {
                continue;
            }

            // A letter put back where OCR dropped it has nothing observed behind it: "+ö".
            rule.Append(rule.Length > 0 ? "; " : "").Append(seen.IsEmpty ? "+" : seen).Append(seen.IsEmpty ? "" : "→").Append(Text[i]);
        }

        return rule.ToString();
    }
}

/// <summary>
/// Finds the readings of an observed token that the lexicon accepts, by walking the lexicon's FST and the
/// confusion model together: each observed character may be read in a few ways, and only prefixes that exist
/// in the FST are followed, so the search visits a small part of the space. At a word end that may begin a
/// compound, the walk also restarts at the root for the next part. Work per token is capped, so time stays
/// linear in the length of the text whatever the input.
/// </summary>
internal sealed class CandidateSearch
{
    public const int MaxTokenLength = 48;
    private const int MaxParts = 4;
    private const double MaxCost = 12;
    private const int MaxSteps = 6000;
    private const int MaxCandidates = 24;

    private readonly SwedishLexicon _lexicon;
    private readonly LexiconAutomaton _automaton;
    private readonly List<Reading>[] _readings = new List<Reading>[MaxTokenLength];
    private readonly char[] _chosen = new char[MaxTokenLength];
    private readonly int[] _source = new int[MaxTokenLength];
    private readonly Reading[] _used = new Reading[MaxTokenLength];
    private readonly int[] _cuts = new int[MaxParts + 1];
    private readonly List<Candidate> _found = [];
    private string _token = "";
    private int _steps;

    private double _maxCost = MaxCost;

    /// <summary>How many more dropped letters the current walk may put back.</summary>
    private int _insertsLeft;

    /// <summary>The costliest reading of an observed character a search for dropped letters allows (lost marks and symbols).</summary>
    private const double MaxMarkCost = 1.5;

    /// <summary>
    /// The cost of putting back one letter OCR dropped, besides the cost of a restored mark: more than a misread
    /// letter (<c>d</c> for <c>ä</c>, 3), so that <c>ldrande</c> reads <c>lärande</c> rather than <c>äldrande</c>.
    /// On scanned goal documents any cost from 2.5 to 4.5 gave the same word error rate.
    /// </summary>
    public const double InsertCost = 3.5;

    /// <summary>The letters OCR by a model without Swedish drops outright rather than misreads.</summary>
    private static readonly List<Reading> NoReadings = [];

    private static readonly Reading[] Dropped =
    [
        new(0, 'ö', InsertCost, true, CorrectionReason.DroppedLetter),
        new(0, 'ä', InsertCost, true, CorrectionReason.DroppedLetter),
        new(0, 'å', InsertCost, true, CorrectionReason.DroppedLetter),
    ];

    /// <summary>The shortest compound part a letter may be put back into: shorter ones (<c>år</c>) make a compound of nearly anything.</summary>
    private const int MinInsertedPart = 4;

    public SwedishLexicon Lexicon => _lexicon;

    /// <summary>Compounds read with their marks back by the curated goal vocabulary and this lexicon.</summary>
    public MarkRestoringSplitter Compounds { get; }

    public CandidateSearch(SwedishLexicon lexicon)
    {
        _lexicon = lexicon;
        _automaton = lexicon.Automaton;
        Compounds = new MarkRestoringSplitter(CompoundParts.Words, lexicon);

        for (var i = 0; i < _readings.Length; i++)
        {
            _readings[i] = [];
        }
    }

    /// <summary>All accepted readings of <paramref name="lower"/> (lower case; <paramref name="upper"/> marks characters that were upper case), cheapest first.</summary>
    public List<Candidate> Find(string lower, ReadOnlySpan<bool> upper) => Find(lower, upper, MaxCost);

    /// <summary>
    /// The readings of <paramref name="lower"/> whose cost is at most <paramref name="maxCost"/>: 0 reads every
    /// character as itself (is the token a word or a compound as written?), a small bound adds lost marks and
    /// symbols only.
    /// </summary>
    public List<Candidate> Find(string lower, ReadOnlySpan<bool> upper, double maxCost) => Find(lower, upper, maxCost, 0);

    /// <summary>
    /// The readings of <paramref name="lower"/> with one to <paramref name="maxInserts"/> letters that OCR dropped put
    /// back (<c>kad</c> → <c>ökad</c>, <c>mjlig</c> → <c>möjlig</c>), the other characters read through lost marks and
    /// symbols only: each inserted letter costs <see cref="InsertCost"/> and counts as a restored mark.
    /// </summary>
    public List<Candidate> FindDropped(string lower, ReadOnlySpan<bool> upper, int maxInserts)
    {
        if (lower.Length > MaxTokenLength - maxInserts)
        {
            return [];
        }

        var found = Find(lower, upper, MaxMarkCost, maxInserts);
        found.RemoveAll(static c => c.Reason != CorrectionReason.DroppedLetter || !InsertedIntoLongParts(c));
        return found;
    }

    /// <summary>Whether every letter put back in <paramref name="c"/> lies in a part of at least <see cref="MinInsertedPart"/> letters (where the parts begin is read from its cuts).</summary>
    private static bool InsertedIntoLongParts(Candidate c)
    {
        if (c.Parts <= 1)
        {
            return true;
        }

        for (var j = 0; j < c.Text.Length; j++)
        {
            var inserted = c.SourceIndex[j] >= c.Observed.Length || (j + 1 < c.Text.Length && c.SourceIndex[j + 1] == c.SourceIndex[j]);
            if (!inserted)
            {
                continue;
            }

            var start = j;
            while (start > 0 && (c.Cuts & (1UL << start)) == 0)
            {
                start--;
            }

            var end = j + 1;
            while (end < c.Text.Length && (c.Cuts & (1UL << end)) == 0)
            {
                end++;
            }

            if (end - start < MinInsertedPart)
            {
                return false;
            }
        }

        return true;
    }

    private List<Candidate> Find(string lower, ReadOnlySpan<bool> upper, double maxCost, int maxInserts)
    {
        _found.Clear();
        if (lower.Length == 0 || lower.Length > MaxTokenLength)
        {
            return [];
        }

        _token = lower;
        var hasLetters = false;
        foreach (var ch in lower)
        {
            hasLetters |= char.IsLetter(ch);
        }

        for (var i = 0; i < lower.Length; i++)
        {
            ConfusionModel.Readings(lower, i, upper[i], hasLetters, _readings[i]);
            if (maxCost <= 0)
            {
                _readings[i].RemoveAll(static r => r.Reason is not null);
            }
            else if (maxCost < MaxCost)
            {
                _readings[i].RemoveAll(r => r.Cost > maxCost);
            }
        }

        _maxCost = maxCost + (maxInserts * InsertCost);
        _insertsLeft = maxInserts;

        _steps = 0;
        Walk(0, 0, LexiconAutomaton.Root, -1, 0, 1, 0, 0, 0);
        AddUserWords(lower, upper, hasLetters);
        var result = new List<Candidate>(_found);
        result.Sort(static (a, b) =>
        {
            var c = (a.Cost + (0.01 * a.Marks)).CompareTo(b.Cost + (0.01 * b.Marks));
            return c != 0 ? c : string.CompareOrdinal(a.Text, b.Text);
        });
        return result;
    }

    /// <param name="pos">Next observed character.</param>
    /// <param name="outLength">Characters chosen so far.</param>
    /// <param name="node">The automaton node reached by the current part so far.</param>
    /// <param name="lastArc">The arc that led there (−1 at the start of a part).</param>
    /// <param name="partLength">Characters in the current part.</param>
    /// <param name="parts">Number of the current part (1-based).</param>
    /// <param name="cost">Cost so far.</param>
    /// <param name="marks">Marks restored so far.</param>
    /// <param name="partOutput">Automaton output accumulated in the current part.</param>
    private void Walk(int pos, int outLength, int node, int lastArc, int partLength, int parts, double cost, int marks, int partOutput)
    {
        if (pos == _token.Length)
        {
            if (lastArc >= 0 && _automaton.IsFinal(lastArc))
            {
                var use = (WordUse)(partOutput + _automaton.FinalOutput(lastArc));
                var ok = parts == 1 ? (use & WordUse.Word) != 0 : (use & WordUse.CompoundEnd) != 0 && partLength >= SwedishLexicon.MinCompoundPart;
                if (ok)
                {
                    Emit(outLength, parts, cost, marks);
                }
            }

            if (_insertsLeft == 0)
            {
                return;
            }
        }

        var readings = pos < _token.Length ? _readings[pos] : NoReadings;
        var count = readings.Count + (_insertsLeft > 0 ? Dropped.Length : 0);
        for (var r = 0; r < count; r++)
        {
            var reading = r < readings.Count ? readings[r] : Dropped[r - readings.Count];
            var nextCost = cost + reading.Cost;
            if (nextCost > _maxCost || pos + reading.Consumed > _token.Length || ++_steps > MaxSteps)
            {
                continue;
            }

            var arc = _automaton.FindArc(node, reading.Target);
            if (arc < 0)
            {
                continue;
            }

            _chosen[outLength] = reading.Target;
            _source[outLength] = pos;
            _used[outLength] = reading;
            var output = partOutput + _automaton.Output(arc);
            var nextPos = pos + reading.Consumed;
            var nextMarks = marks + (reading.Marks ? 1 : 0);
            _insertsLeft -= reading.Consumed == 0 ? 1 : 0;
            Walk(nextPos, outLength + 1, _automaton.Target(arc), arc, partLength + 1, parts, nextCost, nextMarks, output);

            // A compound boundary after this character.
            if (_automaton.IsFinal(arc) && parts < MaxParts && partLength + 1 >= SwedishLexicon.MinCompoundPart
                && _token.Length - nextPos >= SwedishLexicon.MinCompoundPart)
            {
                var use = (WordUse)(output + _automaton.FinalOutput(arc));
                if ((use & (parts == 1 ? WordUse.CompoundBegin : WordUse.CompoundMiddle)) != 0)
                {
                    _cuts[parts] = outLength + 1;
                    Walk(nextPos, outLength + 1, LexiconAutomaton.Root, -1, 0, parts + 1, nextCost, nextMarks, 0);
                }
            }

            _insertsLeft += reading.Consumed == 0 ? 1 : 0;
        }
    }

    private void Emit(int length, int parts, double cost, int marks)
    {
        var chosen = _chosen.AsSpan(0, length);
        var same = -1;
        for (var k = 0; k < _found.Count; k++)
        {
            if (chosen.SequenceEqual(_found[k].Text))
            {
                same = k;
                break;
            }
        }

        if (same >= 0 && (_found[same].Cost < cost || (_found[same].Cost == cost && _found[same].Parts <= parts)))
        {
            if (_found[same].Cost == cost && _found[same].Parts == parts && (_found[same].Cuts | CurrentCuts(parts)) != _found[same].Cuts)
            {
                _found[same] = _found[same] with { Cuts = _found[same].Cuts | CurrentCuts(parts) };
            }

            return;
        }

        if (same < 0 && _found.Count >= MaxCandidates)
        {
            return;
        }

        // The most specific reason wins: letters over symbols over marks.
        CorrectionReason? reason = null;
        for (var i = 0; i < length; i++)
        {
            if (_used[i].Reason is { } why && (reason is null || Rank(why) > Rank(reason.Value)))
            {
                reason = why;
            }
        }

        var candidate = new Candidate(new string(chosen), marks, cost, parts, reason, _token, _source[..length]) { Cuts = CurrentCuts(parts) };
        if (same >= 0)
        {
            _found[same] = candidate;
        }
        else
        {
            _found.Add(candidate);
        }

        static int Rank(CorrectionReason r) => r switch
        {
            CorrectionReason.DroppedLetter => 4,
            CorrectionReason.OcrLetter => 3,
            CorrectionReason.OcrSymbol => 2,
            _ => 1,
        };
    }

    /// <summary>Where the parts of the reading being emitted begin, as a bit set.</summary>
    private ulong CurrentCuts(int parts)
    {
        var cuts = 0UL;
        for (var p = 1; p < parts; p++)
        {
            cuts |= 1UL << _cuts[p];
        }

        return cuts;
    }

    private void AddUserWords(string lower, ReadOnlySpan<bool> upper, bool hasLetters)
    {
        var users = _lexicon.UserWordUses;
        if (users.Count == 0)
        {
            return;
        }

        // User lists are short: compare each word of the same length position by position through the model.
        var readings = new List<Reading>();
        foreach (var (word, _) in users)
        {
            if (word.Length != lower.Length || _found.Exists(c => c.Text == word))
            {
                continue;
            }

            double cost = 0;
            var marks = 0;
            CorrectionReason? reason = null;
            var ok = true;
            for (var i = 0; i < lower.Length && ok; i++)
            {
                ConfusionModel.Readings(lower, i, upper[i], hasLetters, readings);
                var match = readings.FindIndex(r => r.Consumed == 1 && r.Target == word[i]);
                if (match < 0)
                {
                    ok = false;
                    break;
                }

                cost += readings[match].Cost;
                marks += readings[match].Marks ? 1 : 0;
                reason ??= readings[match].Reason;
            }

            if (ok && cost <= MaxCost)
            {
                _found.Add(new Candidate(word, marks, cost, 1, reason, lower, [.. Enumerable.Range(0, word.Length)]));
            }
        }
    }

}
