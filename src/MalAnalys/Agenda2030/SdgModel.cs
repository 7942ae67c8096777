using System.IO.Compression;
using System.Text;

namespace MalAnalys.Agenda2030;

/// <summary>
/// The trained classifier in compact form: for each known feature (by hash) one weight per SDG, a bias per SDG and the
/// Platt calibration ML.NET attached to each logistic regression. Scoring reproduces ML.NET's
/// <c>bias + w·x</c> and <c>1 / (1 + exp(slope·score + offset))</c>; the weights are copied from the trained
/// ML.NET models, not approximated (the shipped model has each SDG's recalibration, <c>A · logit + C</c>, folded in
/// exactly, see <c>SdgTraining.Build</c> in the MalAnalys.Training package). Immutable and thread-safe.
/// </summary>
internal sealed class SdgModel
{
    private const string Magic = "MALANALYS-SDG";
    private const int FormatVersion = 2;

    private readonly Dictionary<ulong, int> _index;

    public SdgModel(ulong[] hashes, float[] weights, float[] bias, double[] slope, double[] offset, float threshold, string description, SdgTerms? terms, float topThreshold = float.NaN)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != hashes.Length * SdgCatalogue.Count || bias.Length != SdgCatalogue.Count || slope.Length != SdgCatalogue.Count || offset.Length != SdgCatalogue.Count)
        {
            throw new ArgumentException("The model's arrays do not match its feature count.", nameof(weights));
        }

        Hashes = hashes;
        Weights = weights;
        Bias = bias;
        Slope = slope;
        Offset = offset;
        Threshold = threshold;
        TopThreshold = float.IsNaN(topThreshold) ? threshold : Math.Min(topThreshold, threshold);
        Description = description;
        Terms = terms;
        _index = new Dictionary<ulong, int>(hashes.Length);
        for (var i = 0; i < hashes.Length; i++)
        {
            _index.Add(hashes[i], i);
        }
    }

    /// <summary>Feature hashes, ascending; feature i has weights <c>Weights[i * 17 .. i * 17 + 16]</c>.</summary>
    public ulong[] Hashes { get; }

    public float[] Weights { get; }

    public float[] Bias { get; }

    public double[] Slope { get; }

    public double[] Offset { get; }

    /// <summary>The score from which an SDG counts as served, chosen by cross-validation at training time.</summary>
    public float Threshold { get; }

    /// <summary>The score from which the highest-scoring SDG counts as served (at most <see cref="Threshold"/>), chosen with it: a text with a clear first SDG gets it even when its score is modest.</summary>
    public float TopThreshold { get; }

    /// <summary>How the model was made (corpus, settings, date-free so that the file is reproducible).</summary>
    public string Description { get; }

    public int FeatureCount => Hashes.Length;

    /// <summary>The term lists the model was trained with; <see langword="null"/> when it uses none.</summary>
    public SdgTerms? Terms { get; }

    public int IndexOf(ulong hash) => _index.TryGetValue(hash, out var i) ? i : -1;

    /// <summary>ML.NET's PlattCalibrator: <c>1 / (1 + exp(slope · score + offset))</c>, computed in double and rounded to float as ML.NET does.</summary>
    public float Probability(int label, float score) => (float)(1 / (1 + Math.Exp(Slope[label] * score + Offset[label])));

    public void Save(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(zip, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(SdgCatalogue.Count);
        w.Write(Description);
        w.Write(Threshold);
        w.Write(TopThreshold);
        w.Write(Terms?.Source ?? string.Empty);
        for (var l = 0; l < SdgCatalogue.Count; l++)
        {
            w.Write(Bias[l]);
            w.Write(Slope[l]);
            w.Write(Offset[l]);
        }

        w.Write(Hashes.Length);
        foreach (var h in Hashes)
        {
            w.Write(h);
        }

        foreach (var x in Weights)
        {
            w.Write(x);
        }
    }

    public static SdgModel Load(Stream stream)
    {
        try
        {
            using var zip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(zip, Encoding.UTF8, leaveOpen: true);
            if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion || r.ReadInt32() != SdgCatalogue.Count)
            {
                throw new SdgModelException("Not an SDG model of this version.");
            }

            var description = r.ReadString();
            var threshold = r.ReadSingle();
            var topThreshold = r.ReadSingle();
            var terms = r.ReadString();
            var bias = new float[SdgCatalogue.Count];
            var slope = new double[SdgCatalogue.Count];
            var offset = new double[SdgCatalogue.Count];
            for (var l = 0; l < SdgCatalogue.Count; l++)
            {
                bias[l] = r.ReadSingle();
                slope[l] = r.ReadDouble();
                offset[l] = r.ReadDouble();
            }

            var count = r.ReadInt32();
            var hashes = new ulong[count];
            for (var i = 0; i < count; i++)
            {
                hashes[i] = r.ReadUInt64();
            }

            var weights = new float[count * SdgCatalogue.Count];
            var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan());
            zip.ReadExactly(bytes);
            if (!BitConverter.IsLittleEndian)
            {
                throw new SdgModelException("SDG models are stored little-endian.");
            }

            return new SdgModel(hashes, weights, bias, slope, offset, threshold, description, terms.Length == 0 ? null : SdgTerms.Parse(terms), topThreshold);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or FormatException)
        {
            throw new SdgModelException($"The SDG model is damaged: {e.Message}", e);
        }
    }
}
