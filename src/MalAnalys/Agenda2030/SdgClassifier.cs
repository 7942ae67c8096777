using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MalAnalys.Documents;

namespace MalAnalys.Agenda2030;

/// <summary>
/// Links Swedish text, such as a municipal goal, to the 17 global goals of Agenda 2030: a calibrated score from 0 to
/// 1 for every SDG and the words that produced it. The model (one logistic regression per SDG, trained with
/// Microsoft.ML on a hand-written Swedish corpus) ships inside the package and is loaded once, on first use.
/// Immutable and thread-safe.
/// </summary>
public sealed class SdgClassifier
{
    internal const string ModelResource = "MalAnalys.Agenda2030.sdg-model.bin.gz";

    private static readonly Lazy<SdgModel> LazyEmbedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SdgClassifier> LazyDefault = new(() => new SdgClassifier(LazyEmbedded.Value, null), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SdgModel _model;

    /// <summary>Creates a classifier over the embedded model.</summary>
    /// <param name="options">Options; <see cref="SdgClassifierOptions.Default"/> when <see langword="null"/>.</param>
    public SdgClassifier(SdgClassifierOptions? options = null)
        : this(LazyEmbedded.Value, options)
    {
    }

    internal SdgClassifier(SdgModel model, SdgClassifierOptions? options = null)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        Options = options ?? SdgClassifierOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(Options.EvidenceFor, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(Options.MaxEvidence, nameof(options));
        Threshold = Options.Threshold ?? model.Threshold;
        TopThreshold = Options.Threshold ?? model.TopThreshold;
    }

    /// <summary>The classifier with the embedded model and default options, loaded on first use.</summary>
    public static SdgClassifier Default => LazyDefault.Value;

    /// <summary>The options the classifier was built with.</summary>
    public SdgClassifierOptions Options { get; }

    /// <summary>The score from which an SDG counts as served (the highest-scoring one may count from a lower score, see <see cref="SdgResult.Served"/>).</summary>
    public double Threshold { get; }

    /// <summary>The score from which the highest-scoring SDG counts as served; at most <see cref="Threshold"/>.</summary>
    internal double TopThreshold { get; }

    /// <summary>How the model was trained.</summary>
    public string ModelDescription => _model.Description;

    /// <summary>Loads a model written by the training command or by the MalAnalys.Training package (<c>SdgTrainingResult.Save</c>) instead of the embedded one.</summary>
    /// <param name="model">The model file's content.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="SdgModelException">The stream is not a model of this version.</exception>
    public static SdgClassifier Load(Stream model, SdgClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new SdgClassifier(SdgModel.Load(model), options);
    }

    /// <summary>Classifies a text. An empty, English or off-topic text gets low scores and a diagnostic, never an exception.</summary>
    /// <param name="text">The text, typically one goal statement.</param>
    /// <returns>All 17 SDGs ranked, with evidence for the top ones.</returns>
    public SdgResult Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A thread's features (and the featurizer's scratch) are reused from text to text: nothing of them outlives
        // this call. New ones per text allocate 33 KB instead of 4.6 KB per goal and double PredictBatch's time
        // (SdgClassificationBenchmarks, 19.3 µs → 40.3 µs, most of it garbage collection).
        var features = s_features ??= new SdgFeatures();
        SdgFeaturizer.Featurize(text, _model.Terms, features);
        Span<float> scores = stackalloc float[SdgCatalogue.Count];
        Score(features, scores);

        // Highest score first, ties by number: an insertion sort of 17 rather than a LINQ sort per text, which costs
        // 1 KB more per goal and 13 % of PredictBatch's time (SdgClassificationBenchmarks, 19.3 µs → 21.8 µs).
        Span<int> order = stackalloc int[SdgCatalogue.Count];
        for (var l = 0; l < order.Length; l++)
        {
            var k = l;
            while (k > 0 && scores[order[k - 1]] < scores[l])
            {
                order[k] = order[k - 1];
                k--;
            }

            order[k] = l;
        }

        var predictions = ImmutableArray.CreateBuilder<SdgPrediction>(SdgCatalogue.Count);
        for (var rank = 0; rank < order.Length; rank++)
        {
            var l = order[rank];
            var evidence = rank < Options.EvidenceFor ? Evidence(text, features, l) : [];
            predictions.Add(new SdgPrediction(l + 1, scores[l], evidence));
        }

        return new SdgResult(text, predictions.MoveToImmutable(), Threshold, Diagnose(text, features, scores[order[0]])) { TopThreshold = TopThreshold };
    }

    [ThreadStatic]
    private static SdgFeatures? s_features;

    /// <summary>Classifies a goal by its short name and statement (and body, if <see cref="SdgClassifierOptions.IncludeBody"/>).</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The classification; evidence offsets point into <see cref="SdgResult.Text"/>.</returns>
    public SdgResult Predict(Goal goal) => Predict(TextOf(goal, Options.IncludeBody));

    /// <summary>Classifies many texts in order.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <returns>One result per text, in order.</returns>
    public ImmutableArray<SdgResult> Predict(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = ImmutableArray.CreateBuilder<SdgResult>(texts.Count);
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(Predict(text));
        }

        return results.MoveToImmutable();
    }

    /// <summary>Classifies the goals of a document.</summary>
    /// <param name="goals">The goals.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>One entry per goal, in order.</returns>
    public ImmutableArray<GoalSdgs> Predict(IReadOnlyList<Goal> goals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var results = ImmutableArray.CreateBuilder<GoalSdgs>(goals.Count);
        foreach (var goal in goals)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(new GoalSdgs(goal, Predict(goal)));
        }

        return results.MoveToImmutable();
    }

    /// <summary>The text a goal is classified by: its short name as a sentence of its own, then its statement.</summary>
    /// <param name="goal">The goal.</param>
    /// <param name="includeBody">Whether to append the body paragraphs.</param>
    /// <returns>The text.</returns>
    public static string TextOf(Goal goal, bool includeBody = false)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var sb = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(goal.ShortName))
        {
            sb.Append(goal.ShortName.Trim()).Append(". ");
        }

        sb.Append(goal.Statement.Trim());
        if (includeBody)
        {
            foreach (var paragraph in goal.Body)
            {
                sb.Append(sb.Length > 0 && sb[^1] is '.' or '!' or '?' ? " " : ". ").Append(paragraph.Trim());
            }
        }

        return sb.ToString();
    }

    /// <summary>The 17 scores only, without evidence or diagnostics: the fast path for evaluation and batches.</summary>
    internal float[] Scores(string text)
    {
        var scores = new float[SdgCatalogue.Count];
        Score(SdgFeaturizer.Featurize(text, _model.Terms), scores);
        return scores;
    }

    internal void Score(SdgFeatures features, Span<float> scores)
    {
        // Same arithmetic as ML.NET's linear scorer: a float dot product over the known features in index order, plus the bias.
        Span<float> dot = stackalloc float[SdgCatalogue.Count];
        dot.Clear();
        var weights = _model.Weights;
        var rows = features.ModelRows is { } reused && reused.Length >= features.Count ? reused : features.ModelRows = new int[features.Count];
        for (var i = 0; i < features.Count; i++)
        {
            var k = rows[i] = _model.IndexOf(features.Hashes[i]);
            if (k < 0)
            {
                continue;
            }

            var v = features.Values[i];
            var row = weights.AsSpan(k * SdgCatalogue.Count, SdgCatalogue.Count);
            for (var l = 0; l < row.Length; l++)
            {
                dot[l] += row[l] * v;
            }
        }

        for (var l = 0; l < SdgCatalogue.Count; l++)
        {
            scores[l] = _model.Probability(l, _model.Bias[l] + dot[l]);
        }
    }

    private ImmutableArray<SdgEvidence> Evidence(string text, SdgFeatures features, int label)
    {
        if (Options.MaxEvidence == 0)
        {
            return [];
        }

        var perToken = Contributions(features, label);
        var chosen = TopTokens(perToken, Options.MaxEvidence);

        // Neighbouring words that both pushed the score read as one phrase ("hållbar tillväxt").
        var evidence = new List<SdgEvidence>();
        for (var c = 0; c < chosen.Count; c++)
        {
            var first = chosen[c];
            var last = first;
            var weight = perToken[first];
            while (c + 1 < chosen.Count && chosen[c + 1] == last + 1 && SameSentence(text, features.Tokens[last], features.Tokens[last + 1]))
            {
                last = chosen[++c];
                weight += perToken[last];
            }

            var start = features.Tokens[first].Start;
            var end = features.Tokens[last].Start + features.Tokens[last].Length;
            evidence.Add(new SdgEvidence(text[start..end], weight, SentenceAround(text, start), start, end - start));
        }

        return [.. evidence.OrderByDescending(e => e.Weight).ThenBy(e => e.Start)];
    }

    /// <summary>
    /// The (at most) <paramref name="count"/> tokens with the largest positive weight, earlier tokens first among equal
    /// weights, returned in text order: a bounded insertion rather than sorting every token of the text.
    /// </summary>
    private static List<int> TopTokens(double[] perToken, int count)
    {
        Span<int> top = count <= 64 ? stackalloc int[count] : new int[count];
        var n = 0;
        for (var t = 0; t < perToken.Length; t++)
        {
            var w = perToken[t];
            if (w <= 0 || (n == count && w <= perToken[top[n - 1]]))
            {
                continue;
            }

            // Shift the lighter ones down one place (the last falls off when the list is full) and put t in.
            var at = n < count ? n++ : count - 1;
            while (at > 0 && perToken[top[at - 1]] < w)
            {
                top[at] = top[at - 1];
                at--;
            }

            top[at] = t;
        }

        var result = new List<int>(n);
        foreach (var t in top[..n])
        {
            result.Add(t);
        }

        result.Sort();
        return result;
    }

    /// <summary>The logit of an SDG's score split over the words of a text (the bias aside): what the evidence is taken from.</summary>
    internal (SdgFeatures Features, double[] PerToken, double Bias) Contributions(string text, int sdg)
    {
        var features = SdgFeaturizer.Featurize(text, _model.Terms);
        return (features, Contributions(features, sdg - 1), _model.Bias[sdg - 1]);
    }

    private double[] Contributions(SdgFeatures features, int label)
    {
        // Each feature's contribution w·x is shared among the words that produced it; a word's weight is the sum of its shares.
        var perToken = new double[features.Tokens.Count];
        var rows = features.ModelRows;
        for (var i = 0; i < features.Count; i++)
        {
            var k = rows is not null ? rows[i] : _model.IndexOf(features.Hashes[i]);
            if (k < 0)
            {
                continue;
            }

            var contribution = (double)_model.Weights[k * SdgCatalogue.Count + label] * features.Values[i];
            int from = features.OccurrenceStart[i], to = features.OccurrenceStart[i + 1];
            var share = contribution / (to - from);
            for (var r = from; r < to; r++)
            {
                perToken[features.TokenRefs[r]] += share;
            }
        }

        return perToken;
    }

    private static bool SameSentence(string text, SdgToken a, SdgToken b)
    {
        for (var i = a.Start + a.Length; i < b.Start; i++)
        {
            if (text[i] is '.' or '!' or '?' or '\n' or ';' or ':')
            {
                return false;
            }
        }

        return true;
    }

    private static string SentenceAround(string text, int position)
    {
        var start = position;
        while (start > 0 && !IsSentenceEnd(text, start - 1))
        {
            start--;
        }

        var end = position;
        while (end < text.Length && !IsSentenceEnd(text, end))
        {
            end++;
        }

        if (end < text.Length && text[end] != '\n')
        {
            end++;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == 0 && end == text.Length)
        {
            return text;
        }

        // The evidence of a text's top SDGs mostly comes from its one or two sentences: each is made into a string once.
        var last = s_lastSentence;
        if (last is not null && ReferenceEquals(last.Value.Text, text) && last.Value.Start == start && last.Value.End == end)
        {
            return last.Value.Sentence;
        }

        var sentence = text[start..end];
        s_lastSentence = (text, start, end, sentence);
        return sentence;
    }

    [ThreadStatic]
    private static (string Text, int Start, int End, string Sentence)? s_lastSentence;

    private static bool IsSentenceEnd(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));

    private ImmutableArray<Diagnostic> Diagnose(string text, SdgFeatures features, float top)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var content = 0;
        foreach (var token in features.Tokens)
        {
            content += token.IsContent ? 1 : 0;
        }

        if (content == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.SdgTextEmpty,
                string.IsNullOrWhiteSpace(text) ? "The text is empty: there is nothing to classify." : "The text has no words to classify (only numbers, punctuation or stop words)."));
        }
        else if (features.EnglishStopWords >= 2 && features.EnglishStopWords > features.SwedishStopWords)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.SdgTextEnglish,
                "The text looks English; the SDG model was trained on Swedish text and its scores mean little here."));
        }

        if (top < TopThreshold)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, DiagnosticCodes.SdgNoneReached,
                string.Create(CultureInfo.InvariantCulture, $"No SDG reaches the threshold {TopThreshold:0.00} (highest score {top:0.00}): the text says little the model links to Agenda 2030.")));
        }

        return diagnostics.ToImmutable();
    }

    private static SdgModel LoadEmbedded()
    {
        using var stream = typeof(SdgClassifier).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new SdgModelException($"The embedded SDG model ({ModelResource}) is missing from the assembly.");
        return SdgModel.Load(stream);
    }
}
