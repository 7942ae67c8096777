using MalAnalys.Swedish;

namespace MalAnalys.Agenda2030;

/// <summary>
/// The per-SDG Swedish term lists (<c>src/MalAnalys.Training/Data/terms.tsv</c>), compiled for matching. A single-word
/// term matches a word that contains it (so compounds such as "barnfattigdom" match "fattigdom"), or only a word that
/// starts with it when written <c>^term</c>; a term of several words matches consecutive content words that start with
/// its words. The source text travels inside the model file, so a model always featurizes with the lists it was
/// trained with, and this package needs no data file at run time.
/// </summary>
internal sealed class SdgTerms
{
    private readonly Dictionary<int, List<Term>> _byKey = [];

    private SdgTerms(string source)
    {
        Source = source;
    }

    /// <summary>The term list as written, kept so that it can be stored with a model.</summary>
    public string Source { get; }

    public int TermCount { get; private set; }

    public static SdgTerms Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var terms = new SdgTerms(source);
        foreach (var raw in source.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            var sdg = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var entry in parts.Skip(1).Where(p => p.Length > 0))
            {
                var prefixOnly = entry.StartsWith('^');
                var words = (prefixOnly ? entry[1..] : entry)
                    .Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(Diacritics.FoldLower)
                    .Where(w => w.Length > 0 && !SdgFeaturizer.IsStopWord(w))
                    .ToArray();
                if (words.Length == 0 || words[0].Length < 3)
                {
                    throw new FormatException($"Term '{entry}' of SDG {sdg}: terms need at least 3 letters.");
                }

                var key = Key(words[0]);
                if (!terms._byKey.TryGetValue(key, out var list))
                {
                    terms._byKey[key] = list = [];
                }

                list.Add(new Term(sdg, words, prefixOnly || words.Length > 1));
                terms.TermCount++;
            }
        }

        return terms;
    }

    /// <summary>
    /// Finds the terms in a text's content words and reports, per match, the SDG and the words it covers.
    /// A word counts at most once per SDG.
    /// </summary>
    /// <param name="words">The folded content words, in order.</param>
    /// <param name="report">Receives (sdg, first word, last word) per match.</param>
    public void Match(IReadOnlyList<string> words, Action<int, int, int> report)
    {
        Span<bool> seen = stackalloc bool[SdgCatalogue.Count * 4];
        for (var w = 0; w < words.Count; w++)
        {
            seen.Clear();
            var word = words[w];
            for (var at = 0; at + 3 <= word.Length; at++)
            {
                if (!_byKey.TryGetValue(Key(word.AsSpan(at, 3)), out var candidates))
                {
                    continue;
                }

                foreach (var term in candidates)
                {
                    if (seen[term.Sdg - 1] || (term.PrefixOnly && at > 0) || !word.AsSpan(at).StartsWith(term.Words[0], StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var last = w;
                    var ok = true;
                    for (var k = 1; k < term.Words.Length && ok; k++)
                    {
                        ok = w + k < words.Count && words[w + k].StartsWith(term.Words[k], StringComparison.Ordinal);
                        last = w + k;
                    }

                    if (ok)
                    {
                        seen[term.Sdg - 1] = true;
                        report(term.Sdg, w, last);
                    }
                }
            }
        }
    }

    private static int Key(ReadOnlySpan<char> first3) => first3[0] | (first3[1] << 10) | (first3[2] << 20);

    private sealed record Term(int Sdg, string[] Words, bool PrefixOnly);
}
