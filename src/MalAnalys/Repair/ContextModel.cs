using System.IO.Compression;
using MalAnalys.Swedish;

namespace MalAnalys.Repair;

/// <summary>
/// Word counts from permissively licensed Swedish running text (<c>Repair/Data/sv-context.bin</c>, built by
/// <c>tools/build-context-model.cs</c>; see <c>Repair/Data/CONTEXT.md</c>) for the words that are valid both with
/// and without their marks: for each ambiguous folded form (<c>har</c>), how often each reading occurs
/// (<c>har</c>, <c>här</c>), and how often it follows a left neighbour and precedes a right neighbour (folded). Repair
/// reads a token between its neighbours by how much more likely each reading is there than on its own.
/// </summary>
internal sealed class ContextModel
{
    /// <summary>Pseudo-counts of the backoff from a pair to the reading's own share of its folded form.</summary>
    private const double PairSmoothing = 2;

    /// <summary>Pseudo-count each reading gets in its folded form, so an unseen reading is unlikely, never impossible.</summary>
    private const double ReadingSmoothing = 0.5;

    /// <summary>
    /// How much a neighbour no pair saw counts: half, since the model's text is small and unlike goal documents
    /// (measured on goal texts with their marks stripped: 7 fewer words broken, 1 fewer restored, against none).
    /// </summary>
    private const double NovelWeight = 0.5;

    /// <summary>The most a context may move a reading, in nats, either way: a few pairs are no proof.</summary>
    private const double MaxGain = 6;

    private static readonly Lazy<ContextModel> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, string[]> _readings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unigrams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _folds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _pairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _foldPairs = new(StringComparer.Ordinal);

    /// <summary>Per reading and per folded form: how many left and right neighbours occur beside it only once.</summary>
    private readonly Dictionary<string, (int Left, int Right)> _singles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Left, int Right)> _foldSingles = new(StringComparer.Ordinal);

    private ContextModel()
    {
    }

    /// <summary>The model embedded in the assembly, loaded on first use.</summary>
    public static ContextModel Default => Embedded.Value;

    /// <summary>Words of running text the model was counted from.</summary>
    public long Words { get; private set; }

    /// <summary>Whether <paramref name="lower"/> is a reading of a folded form the model knows.</summary>
    public bool Covers(string lower) => _readings.ContainsKey(Diacritics.Fold(lower));

    /// <summary>The readings the model knows for a folded form, or an empty list.</summary>
    public IReadOnlyList<string> Readings(string folded) => _readings.TryGetValue(folded, out var r) ? r : [];

    /// <summary>How often <paramref name="lower"/> occurs, or −1 when its folded form is not in the model.</summary>
    public int Count(string lower) => Covers(lower) ? _unigrams.GetValueOrDefault(lower) : -1;

    /// <summary>
    /// How much likelier (natural log) <paramref name="lower"/> is than on its own between folded neighbours
    /// <paramref name="left"/> and <paramref name="right"/> (either may be null): log P(reading | left) − log P(reading)
    /// plus log P(right | reading) − log P(right), each smoothed towards the reading's share of its folded form, and 0
    /// for a side the model has no evidence about. 0 when the folded form is not in the model.
    /// </summary>
    public double Gain(string lower, string? left, string? right)
    {
        var folded = Diacritics.Fold(lower);
        if (!_readings.TryGetValue(folded, out var readings))
        {
            return 0;
        }

        var count = _unigrams.GetValueOrDefault(lower);
        var total = _folds.GetValueOrDefault(folded);
        var share = (count + ReadingSmoothing) / (total + (ReadingSmoothing * readings.Length));
        var singles = _singles.GetValueOrDefault(lower);
        var foldSingles = _foldSingles.GetValueOrDefault(folded);
        var gain = 0.0;
        if (left is not null && _foldPairs.TryGetValue(LeftKey(left, folded), out var leftTotal))
        {
            // P(reading | left) against P(reading): the pair count backs off to the reading's share.
            var pair = _pairs.GetValueOrDefault(LeftKey(left, lower));
            gain += Math.Log((pair + (PairSmoothing * share)) / (leftTotal + PairSmoothing)) - Math.Log(share);
        }
        else if (left is not null)
        {
            // A left word no pair saw: how often the reading follows a word met once, against the folded form.
            gain += Novel(singles.Left, count) - Novel(foldSingles.Left, total);
        }

        if (right is not null && _foldPairs.TryGetValue(RightKey(folded, right), out var rightTotal) && total > 0)
        {
            // P(right | reading) against P(right | folded form).
            var pair = _pairs.GetValueOrDefault(RightKey(lower, right));
            var rate = (double)rightTotal / total;
            gain += Math.Log((pair + (PairSmoothing * rate)) / (count + PairSmoothing)) - Math.Log(rate);
        }
        else if (right is not null)
        {
            gain += Novel(singles.Right, count) - Novel(foldSingles.Right, total);
        }

        return Math.Clamp(gain, -MaxGain, MaxGain);
    }

    /// <summary>
    /// The log share of a word's occurrences beside a neighbour met only once (Good–Turing's estimate of meeting a new
    /// one), smoothed and weighed at <see cref="NovelWeight"/>.
    /// </summary>
    private static double Novel(int singles, int count) => NovelWeight * Math.Log((singles + 0.5) / (count + 1.0));

    /// <summary>Reads a model written by <c>tools/build-context-model.cs</c> (ZLib-compressed lines).</summary>
    public static ContextModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var model = new ContextModel();
        using var zlib = new ZLibStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(zlib);
        var byFold = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f[0] == "U" && f.Length >= 3)
            {
                var folded = Diacritics.Fold(f[1]);
                var count = int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
                model._unigrams[f[1]] = count;
                model._folds[folded] = model._folds.GetValueOrDefault(folded) + count;
                if (f.Length == 5)
                {
                    var singles = (int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture));
                    var sum = model._foldSingles.GetValueOrDefault(folded);
                    model._singles[f[1]] = singles;
                    model._foldSingles[folded] = (sum.Left + singles.Item1, sum.Right + singles.Item2);
                }

                (byFold.TryGetValue(folded, out var list) ? list : byFold[folded] = []).Add(f[1]);
            }
            else if (f[0] is "L" or "R" && f.Length == 4)
            {
                var count = int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture);
                var (key, foldedKey) = f[0] == "L" ? (LeftKey(f[1], f[2]), LeftKey(f[1], Diacritics.Fold(f[2]))) : (RightKey(f[1], f[2]), RightKey(Diacritics.Fold(f[1]), f[2]));
                model._pairs[key] = count;
                model._foldPairs[foldedKey] = model._foldPairs.GetValueOrDefault(foldedKey) + count;
            }
            else if (line.StartsWith('#') && f.Length == 3 && f[1] == "words")
            {
                model.Words = long.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        foreach (var (folded, list) in byFold)
        {
            model._readings[folded] = [.. list];
        }

        return model;
    }

    private static ContextModel LoadEmbedded()
    {
        using var stream = typeof(ContextModel).Assembly.GetManifestResourceStream("MalAnalys.Repair.Data.sv-context.bin")
            ?? throw new InvalidOperationException("The embedded context model is missing from the MalAnalys assembly.");
        return Load(stream);
    }

    // A left pair is "left<word", a right pair "word>right".
    private static string LeftKey(string left, string word) => string.Concat(left, "<", word);

    private static string RightKey(string word, string right) => string.Concat(word, ">", right);
}
