namespace MalAnalys.Swedish;

/// <summary>
/// The lexicon as a minimal automaton in flat arrays: Lucene.Net's FST builder minimises the word list at build
/// time (<c>tools/build-lexicon.cs</c>), and its nodes and arcs are stored unpacked, because the repair search
/// follows tens of thousands of arcs per document and indexing an array is about four times faster than
/// reading Lucene's packed arcs (and unpacking them at load time took 200–400 ms). Immutable and thread-safe.
/// </summary>
internal sealed class LexiconAutomaton
{
    /// <summary>The root node.</summary>
    public const int Root = 0;

    /// <summary>Target of an arc into a final state without outgoing arcs.</summary>
    public const int NoNode = -1;

    private const byte FinalBit = 0x80;

    private readonly int[] _firstArc; // per node; node n's arcs are [_firstArc[n], _firstArc[n + 1])
    private readonly char[] _labels; // per arc, ascending within a node
    private readonly int[] _targets; // per arc
    private readonly byte[] _outputs; // per arc: output on the arc
    private readonly byte[] _finals; // per arc: FinalBit if the arc ends a word, plus the output added there

    private LexiconAutomaton(int[] firstArc, char[] labels, int[] targets, byte[] outputs, byte[] finals)
    {
        _firstArc = firstArc;
        _labels = labels;
        _targets = targets;
        _outputs = outputs;
        _finals = finals;
    }

    /// <summary>Follows the arc labelled <paramref name="label"/> out of <paramref name="node"/>; −1 if there is none.</summary>
    public int FindArc(int node, char label)
    {
        if (node < 0)
        {
            return -1;
        }

        var lo = _firstArc[node];
        var hi = _firstArc[node + 1] - 1;
        if (hi - lo < 8)
        {
            for (var a = lo; a <= hi; a++)
            {
                var l = _labels[a];
                if (l == label)
                {
                    return a;
                }

                if (l > label)
                {
                    return -1;
                }
            }

            return -1;
        }

        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var l = _labels[mid];
            if (l == label)
            {
                return mid;
            }

            if (l < label)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    public int Target(int arc) => _targets[arc];

    public int Output(int arc) => _outputs[arc];

    public bool IsFinal(int arc) => (_finals[arc] & FinalBit) != 0;

    public int FinalOutput(int arc) => _finals[arc] & ~FinalBit;

    /// <summary>File signature of the flat lexicon format written by <c>tools/build-lexicon.cs</c>.</summary>
    private const uint Magic = 0x584C414D; // "MALX"

    private const int Version = 1;

    /// <summary>
    /// Reads the flat format: a header (signature, version, node and arc counts), then the arrays, all
    /// little-endian, the whole compressed with ZLib.
    /// </summary>
    /// <exception cref="InvalidDataException">The stream does not hold a lexicon in this format.</exception>
    public static LexiconAutomaton Read(Stream stream)
    {
        using var zlib = new System.IO.Compression.ZLibStream(stream, System.IO.Compression.CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(zlib);
        try
        {
            if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException("The stream does not hold a MalAnalys lexicon (wrong signature or version).");
            }

            var nodes = reader.ReadInt32();
            var arcs = reader.ReadInt32();
            if (nodes is < 1 or > 50_000_000 || arcs is < 0 or > 100_000_000)
            {
                throw new InvalidDataException("The lexicon header is damaged.");
            }

            var firstArc = ReadArray<int>(reader, nodes + 1);
            var labels = ReadArray<char>(reader, arcs);
            var targets = ReadArray<int>(reader, arcs);
            var outputs = ReadArray<byte>(reader, arcs);
            var finals = ReadArray<byte>(reader, arcs);
            if (firstArc[0] != 0 || firstArc[nodes] != arcs)
            {
                throw new InvalidDataException("The lexicon arrays are inconsistent.");
            }

            foreach (var t in targets)
            {
                if (t < NoNode || t >= nodes)
                {
                    throw new InvalidDataException("The lexicon has an arc to a node that does not exist.");
                }
            }

            return new LexiconAutomaton(firstArc, labels, targets, outputs, finals);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The lexicon is truncated.", e);
        }
    }

    private static T[] ReadArray<T>(BinaryReader reader, int count)
        where T : unmanaged
    {
        var array = new T[count];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(array.AsSpan());
        reader.BaseStream.ReadExactly(bytes);
        if (!BitConverter.IsLittleEndian && typeof(T) != typeof(byte))
        {
            throw new PlatformNotSupportedException("The embedded lexicon is stored little-endian.");
        }

        return array;
    }
}
