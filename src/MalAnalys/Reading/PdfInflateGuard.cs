using System.Buffers;
using System.Globalization;
using System.IO.Compression;

namespace MalAnalys.Reading;

/// <summary>
/// Refuses a PDF whose compressed streams inflate to more than <see cref="ReaderOptions.MaxDecodedBytes"/> before the PDF
/// parser sees it: the parser decodes each stream whole into memory, so a megabyte of crafted deflate data (a
/// decompression bomb) would otherwise cost gigabytes. Image streams are skipped, since text extraction never decodes them.
/// </summary>
internal static class PdfInflateGuard
{
    public static void Check(byte[] bytes, long limit, string? name, CancellationToken cancellationToken)
    {
        var span = bytes.AsSpan();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            long total = 0;
            var position = 0;
            while (true)
            {
                var found = span[position..].IndexOf("stream"u8);
                if (found < 0)
                {
                    return;
                }

                var keyword = position + found;
                position = keyword + 6;
                if (keyword >= 3 && span[(keyword - 3)..keyword].SequenceEqual("end"u8))
                {
                    continue;
                }

                // The stream's dictionary is what lies between the object's "obj" and the keyword.
                var window = span[Math.Max(0, keyword - 4096)..keyword];
                var obj = window.LastIndexOf("obj"u8);
                var dictionary = obj < 0 ? window : window[obj..];
                if (dictionary.IndexOf("FlateDecode"u8) < 0 && dictionary.IndexOf("/Fl "u8) < 0 && dictionary.IndexOf("/Fl/"u8) < 0 && dictionary.IndexOf("/Fl]"u8) < 0)
                {
                    continue;
                }

                if (dictionary.IndexOf("/Image"u8) >= 0)
                {
                    continue;
                }

                var data = position;
                data += data < span.Length && span[data] == '\r' ? 1 : 0;
                data += data < span.Length && span[data] == '\n' ? 1 : 0;
                total += Inflated(bytes, data, limit - total, buffer, cancellationToken);
                if (total > limit)
                {
                    throw new DocumentReadException(name, DocumentReadError.TooLarge,
                        string.Create(CultureInfo.InvariantCulture, $"its compressed streams inflate to more than {limit / (1024.0 * 1024):0.#} MiB (a decompression bomb, or a very unusual PDF). ") +
                        "Check that this is the right file, or raise ReaderOptions.MaxDecodedBytes.");
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Counts the bytes one deflate stream inflates to, stopping just past the budget; damaged data ends the count
    // (the parser reports such a stream itself).
    private static long Inflated(byte[] bytes, int start, long budget, byte[] buffer, CancellationToken cancellationToken)
    {
        long count = 0;
        try
        {
            using var input = new MemoryStream(bytes, start, bytes.Length - start, writable: false);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            int n;
            while ((n = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                count += n;
                if (count > budget)
                {
                    break;
                }

                if ((count & ((1 << 24) - 1)) < n)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (InvalidDataException)
        {
        }

        return count;
    }
}
