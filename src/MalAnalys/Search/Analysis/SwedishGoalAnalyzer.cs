using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using MalAnalys.Swedish;

namespace MalAnalys.Search.Analysis;

/// <summary>
/// The Swedish analysis chain for goal text. Each step is there for a query in the checked-in query set
/// (<c>tests/MalAnalys.Tests/Search/Queries/seed-queries.json</c>); <c>Search/ANALYSIS.md</c> lists them:
/// <list type="number">
/// <item><see cref="StandardTokenizer"/>, then <see cref="InvariantLowerCaseFilter"/> (what <see cref="LowerCaseFilter"/> does, without a call into ICU per term).</item>
/// <item>Folded variant only: <see cref="SwedishFoldingFilter"/> (å/ä→a, ö→o, é→e), so <c>Ostersund</c> and <c>hallbar</c> meet <c>Östersund</c> and <c>hållbar</c>.</item>
/// <item><see cref="StopFilter"/>: Lucene's Swedish stop words plus goal-text noise that is in nearly every goal (<c>ska</c>, <c>kommun</c>, <c>kommunen</c>, <c>årligen</c>, <c>fler</c>).</item>
/// <item>Index time only: <see cref="DecompoundFilter"/>, so <c>försörjning</c> finds <c>kompetensförsörjning</c> and <c>egenförsörjning</c>.</item>
/// <item><see cref="StemmerOverrideFilter"/> for the few words the stemmer gets wrong (<c>barn</c>→<c>bar</c>, colliding with <c>bara</c>).</item>
/// <item><see cref="GoalStemFilter"/>: Lucene's light Swedish stemmer to a fixed point, so <c>hållbar/hållbara/hållbart/hållbarhet</c> share one stem.</item>
/// </list>
/// Built once, then thread-safe (Lucene analyzers keep per-thread components).
/// </summary>
internal sealed class SwedishGoalAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Words too common in goal documents to tell goals apart; each is in almost every statement of the seeds.</summary>
    internal static readonly string[] GoalNoiseWords = ["ska", "skall", "kommun", "kommunen", "kommunens", "årligen", "fler", "samt", "även", "också"];

    // Forms the light stemmer maps wrongly; each maps to the stem its other forms get.
    private static readonly (string Word, string Stem)[] StemOverrides =
    [
        ("barn", "barn"), ("barns", "barn"), ("barnen", "barn"), ("barnens", "barn"), ("barnet", "barn"), ("barnets", "barn"),
        ("kvalité", "kvalit"), ("kvalitén", "kvalit"),
    ];

    private static readonly CharArraySet ExactStopWords = new(Version, SwedishAnalyzer.DefaultStopSet.Select(w => w.ToString()!).Concat(GoalNoiseWords).ToList(), false);
    private static readonly CharArraySet FoldedStopWords = new(Version, SwedishAnalyzer.DefaultStopSet.Select(w => Diacritics.Fold(w.ToString()!)).Concat(GoalNoiseWords.Select(Diacritics.Fold)).ToList(), false);
    private static readonly StemmerOverrideFilter.StemmerOverrideMap ExactOverrides = BuildOverrides(folded: false);
    private static readonly StemmerOverrideFilter.StemmerOverrideMap FoldedOverrides = BuildOverrides(folded: true);

    private readonly bool _folded;
    private readonly ICompoundSplitter? _splitter;

    /// <summary>Creates the chain.</summary>
    /// <param name="folded">Whether to fold diacritics (the folded field).</param>
    /// <param name="splitter">Splits compounds at index time, or <see langword="null"/> for query time.</param>
    public SwedishGoalAnalyzer(bool folded, ICompoundSplitter? splitter)
    {
        _folded = folded;
        _splitter = splitter;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new InvariantLowerCaseFilter(tokenizer);
        if (_folded)
        {
            // Split before folding, so the lexicon sees the words as written; the parts are folded with the word.
            if (_splitter is not null)
            {
                stream = new DecompoundFilter(stream, _splitter);
            }

            stream = new SwedishFoldingFilter(stream);
            stream = new StopFilter(Version, stream, FoldedStopWords);
        }
        else
        {
            stream = new StopFilter(Version, stream, ExactStopWords);
            if (_splitter is not null)
            {
                stream = new DecompoundFilter(stream, _splitter);
            }
        }

        stream = new StemmerOverrideFilter(stream, _folded ? FoldedOverrides : ExactOverrides);
        stream = new GoalStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides(bool folded)
    {
        var builder = new StemmerOverrideFilter.Builder(false);
        foreach (var (word, stem) in StemOverrides)
        {
            builder.Add(folded ? Diacritics.Fold(word) : word, folded ? Diacritics.Fold(stem) : stem);
        }

        return builder.Build();
    }
}
