using System.Buffers;
using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace MalAnalys.Reading;

/// <summary>
/// The most bytes one of PdfPig's filters can produce from an input, found without running it: from the input's length
/// alone where the filter's expansion is limited (<see cref="Quick"/>), or by walking the data as the filter would,
/// counting instead of writing and stopping once past a limit (<see cref="Measure"/>). Each bound follows the PdfPig
/// 0.1.16 filter it stands for, including what that filter allocates besides its output (LZW's table).
/// </summary>
internal static class PdfDecodedSize
{
    /// <summary>No bound is known: the filter is not one of PdfPig's.</summary>
    public const long Unknown = long.MaxValue;

    // Deflate spends at least two bits on a copy of at most 258 bytes, so no stream expands more than 1032 to 1.
    private const long DeflateRatio = 1032;

    /// <summary>A bound from the input's length (and, for CCITT, the declared image size); cheap, and loose for deflate and LZW.</summary>
    public static long Quick(IFilter filter, long inputLength, DictionaryToken dictionary, int index) => filter switch
    {
        AsciiHexDecodeFilter => inputLength / 2 + 1,
        Ascii85Filter => 4 * inputLength + 4,
        RunLengthFilter => 64 * inputLength + 128,
        FlateFilter => DeflateRatio * inputLength + 1024,
        LzwFilter => LzwQuick(inputLength),
        CcittFaxDecodeFilter => Ccitt(dictionary, index),

        // PdfPig does not decode these image formats: it throws before allocating anything.
        DctDecodeFilter or JpxDecodeFilter or Jbig2DecodeFilter => 0,
        _ => Unknown,
    };

    /// <summary>
    /// A tight bound, walking the data: at most <paramref name="limit"/> + 1 when the output passes <paramref name="limit"/>.
    /// </summary>
    public static long Measure(IFilter filter, ReadOnlyMemory<byte> input, DictionaryToken dictionary, int index, long limit, CancellationToken cancellationToken) => filter switch
    {
        FlateFilter => Inflated(input, limit, cancellationToken),
        LzwFilter => Lzw(input.Span, EarlyChange(dictionary, index), limit),
        RunLengthFilter => RunLength(input.Span),
        Ascii85Filter => Ascii85(input.Span),
        _ => Quick(filter, input.Length, dictionary, index),
    };

    // PdfPig's LZW keeps every table entry as its own array and never caps the table; an entry is at most one byte
    // longer than the longest before it, so with k codes (9 bits or more each) the output and the table hold at most
    // k(k+3)/2 bytes each.
    private static long LzwQuick(long inputLength)
    {
        var codes = (inputLength * 8 / 9) + 1;
        return codes > 3_000_000_000L ? Unknown : codes * (codes + 3);
    }

    private static long Ccitt(DictionaryToken dictionary, int index)
    {
        var parameters = DecodeParameterResolver.GetFilterParameters(dictionary, index);
        long columns = Int(parameters, NameToken.Columns) ?? 1728;
        long rows = Int(parameters, NameToken.Rows) ?? 0;
        long height = Int(dictionary, NameToken.Height) ?? Int(dictionary, NameToken.H) ?? 0;
        return (Math.Max(0, columns) + 7) / 8 * Math.Max(0, Math.Max(rows, height));
    }

    private static bool EarlyChange(DictionaryToken dictionary, int index) =>
        (Int(DecodeParameterResolver.GetFilterParameters(dictionary, index), NameToken.EarlyChange) ?? 1) == 1;

    private static long? Int(DictionaryToken dictionary, NameToken key) =>
        dictionary.TryGet(key, out NumericToken number) ? (long)Math.Clamp(number.Double, int.MinValue, int.MaxValue) : null;

    // As PdfPig's FlateFilter: the two zlib header bytes skipped, then raw deflate until its last block or damage.
    private static long Inflated(ReadOnlyMemory<byte> input, long limit, CancellationToken cancellationToken)
    {
        if (input.Length <= 2)
        {
            return 0;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        long count = 0;
        try
        {
            using var compressed = new ReadOnlyMemoryStream(input[2..]);
            using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
            int n;
            while ((n = deflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                count += n;
                if (count > limit)
                {
                    return count;
                }

                if ((count & ((1 << 24) - 1)) < n)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (InvalidDataException)
        {
            // PdfPig gives up on damaged data there too, and keeps the input.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Math.Max(count, input.Length);
    }

    // Output and table bytes of PdfPig's LZW decoder, walked with entry lengths only. Codes have at most 12 bits, so
    // entries past the 4,096th are counted but never looked up again.
    private static long Lzw(ReadOnlySpan<byte> input, bool earlyChange, long limit)
    {
        var lengths = new int[4096];
        var count = Reset(lengths);
        var offset = earlyChange ? 0 : 1;
        var width = 9;
        long bit = 0, total = 0;
        var previous = -1;
        while (bit + width <= input.Length * 8L && total <= limit)
        {
            var code = Code(input, bit, width);
            bit += width;
            if (code == 257)
            {
                break;
            }

            if (code == 256)
            {
                count = Reset(lengths);
                previous = -1;
                width = 9;
                continue;
            }

            if (code >= count && previous < 0)
            {
                break;
            }

            total += code < count ? lengths[code] : lengths[previous] + 1;
            if (previous >= 0)
            {
                var entry = lengths[previous] + 1;
                if (count < lengths.Length)
                {
                    lengths[count] = entry;
                }

                count++;
                total += entry;
            }

            previous = code;
            width = count >= 2047 + offset ? 12 : count >= 1023 + offset ? 11 : count >= 511 + offset ? 10 : 9;
        }

        return total;

        static int Reset(int[] lengths)
        {
            lengths.AsSpan(0, 256).Fill(1);
            lengths[256] = lengths[257] = 0;
            return 258;
        }
    }

    private static int Code(ReadOnlySpan<byte> input, long bit, int width)
    {
        var code = 0;
        for (var k = 0; k < width; k++)
        {
            var at = bit + k;
            code = (code << 1) | ((input[(int)(at >> 3)] >> (7 - (int)(at & 7))) & 1);
        }

        return code;
    }

    private static long RunLength(ReadOnlySpan<byte> input)
    {
        long total = 0;
        for (var i = 0; i < input.Length && input[i] != 128;)
        {
            var length = input[i];
            total += length <= 127 ? length + 1 : 257 - length;
            i += length <= 127 ? length + 2 : 2;
        }

        return total;
    }

    private static long Ascii85(ReadOnlySpan<byte> input)
    {
        long zeros = 0, others = 0;
        foreach (var b in input)
        {
            if (b == 'z')
            {
                zeros++;
            }
            else if (b > ' ')
            {
                others++;
            }
        }

        return 4 * zeros + (4 * others / 5) + 4;
    }

    /// <summary>A read-only stream over memory, so that measuring copies nothing.</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => memory.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, memory.Length - _position);
            memory.Span.Slice(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
