using System.Buffers;
using System.Globalization;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace MalAnalys.Reading;

/// <summary>
/// The objects packed into a compressed object stream (<c>/Type /ObjStm</c>), for <see cref="PdfStructureGuard"/>:
/// the stream's data decoded with PdfPig's own filters, each through the document's <see cref="PdfDecodeBudget"/>
/// (<see cref="PdfBudgetedFilters"/>), then cut into the objects its header lists. A stream whose data cannot be
/// decoded yields nothing, as PdfPig cannot read its objects either; a decode past the budget refuses the document.
/// </summary>
/// <remarks>
/// The filters are read from the stream's dictionary as written: a name, an array of names, or a reference to an
/// object holding either. Decode parameters are taken from the numbers the dictionary gives for a predictor
/// (<c>/Predictor</c>, <c>/Columns</c>, <c>/Colors</c>, <c>/BitsPerComponent</c>) and for LZW (<c>/EarlyChange</c>).
/// </remarks>
internal static class PdfObjectStreams
{
    private static readonly SearchValues<byte> NameEnd = SearchValues.Create(" \r\n\t\f\0/[]<>()%{}"u8);

    private static readonly string[] ParameterKeys = ["Predictor", "Columns", "Colors", "BitsPerComponent", "EarlyChange"];

    /// <summary>Whether a stream's dictionary marks it as an object stream.</summary>
    public static bool IsObjectStream(ReadOnlySpan<byte> dictionary) =>
        NameAfter(dictionary, "/Type"u8) is "ObjStm";

    /// <summary>
    /// The stream's data in the file: from after the <c>stream</c> keyword, as long as its direct <c>/Length</c> says when
    /// that fits the file, or else up to <c>endstream</c>.
    /// </summary>
    /// <param name="bytes">The file.</param>
    /// <param name="dictionary">The stream's dictionary.</param>
    /// <param name="dataStart">Where the data starts (just past the <c>stream</c> keyword and its end of line).</param>
    /// <param name="bodyEnd">Where the object ends (its <c>endobj</c>, or the end of the file).</param>
    public static ReadOnlyMemory<byte> Data(byte[] bytes, ReadOnlySpan<byte> dictionary, int dataStart, int bodyEnd)
    {
        if (dataStart < bytes.Length && bytes[dataStart] == '\r')
        {
            dataStart++;
        }

        if (dataStart < bytes.Length && bytes[dataStart] == '\n')
        {
            dataStart++;
        }

        if (IntegerAfter(dictionary, "/Length"u8, direct: true) is { } length && length >= 0 && length <= bytes.Length - dataStart)
        {
            return bytes.AsMemory(dataStart, (int)length);
        }

        var end = Math.Max(dataStart, Math.Min(bodyEnd, bytes.Length));
        var found = bytes.AsSpan(dataStart, end - dataStart).LastIndexOf("endstream"u8);
        var data = bytes.AsMemory(dataStart, found < 0 ? end - dataStart : found);
        return data.Span.EndsWith("\r\n"u8) ? data[..^2] : data.Span.EndsWith("\n"u8) || data.Span.EndsWith("\r"u8) ? data[..^1] : data;
    }

    /// <summary>The objects of one object stream: each object's number and its text; none when the stream cannot be decoded.</summary>
    /// <param name="dictionary">The stream's dictionary as written.</param>
    /// <param name="data">The stream's data as written.</param>
    /// <param name="resolve">The text of an object written in the file, by number (for a filter given by reference).</param>
    /// <param name="budget">The document's decoded-bytes budget.</param>
    /// <exception cref="DocumentReadException">The decoded data does not fit the budget (<see cref="DocumentReadError.TooLarge"/>).</exception>
    public static List<(int Number, ReadOnlyMemory<byte> Body)> Unpack(ReadOnlySpan<byte> dictionary, ReadOnlyMemory<byte> data, Func<int, ReadOnlyMemory<byte>?> resolve, PdfDecodeBudget budget)
    {
        budget.CancellationToken.ThrowIfCancellationRequested();
        var decoded = Decode(dictionary, data, resolve, budget);
        if (decoded is null || IntegerAfter(dictionary, "/First"u8, direct: true) is not { } first || first < 0 || first > decoded.Value.Length)
        {
            return [];
        }

        var count = IntegerAfter(dictionary, "/N"u8, direct: true) ?? long.MaxValue;
        var header = Integers(decoded.Value.Span[..(int)first]);
        var entries = new List<(int Number, int Start)>();
        for (var k = 0; k + 1 < header.Count && entries.Count < count; k += 2)
        {
            var start = first + header[k + 1];
            if (header[k] <= int.MaxValue && start < decoded.Value.Length)
            {
                entries.Add(((int)header[k], (int)start));
            }
        }

        var starts = entries.Select(e => e.Start).Append(decoded.Value.Length).Distinct().Order().ToArray();
        var objects = new List<(int Number, ReadOnlyMemory<byte> Body)>(entries.Count);
        foreach (var (number, start) in entries)
        {
            var end = starts[Array.BinarySearch(starts, start) + 1];
            objects.Add((number, decoded.Value[start..end]));
        }

        return objects;
    }

    // The data run through the stream's filters, each within the budget; null when a filter is unknown or fails.
    private static ReadOnlyMemory<byte>? Decode(ReadOnlySpan<byte> dictionary, ReadOnlyMemory<byte> data, Func<int, ReadOnlyMemory<byte>?> resolve, PdfDecodeBudget budget)
    {
        if (Filters(dictionary, resolve) is not { } names)
        {
            return null;
        }

        var entries = new Dictionary<NameToken, IToken> { [NameToken.Filter] = new ArrayToken([.. names.Select(n => (IToken)NameToken.Create(n))]) };
        var parameters = new Dictionary<NameToken, IToken>();
        foreach (var key in ParameterKeys)
        {
            if (IntegerAfter(dictionary, System.Text.Encoding.ASCII.GetBytes("/" + key), direct: true) is { } value && value is >= int.MinValue and <= int.MaxValue)
            {
                parameters[NameToken.Create(key)] = new NumericToken((int)value);
            }
        }

        if (parameters.Count > 0)
        {
            entries[NameToken.DecodeParms] = new DictionaryToken(parameters);
        }

        var streamDictionary = new DictionaryToken(entries);
        var provider = new PdfBudgetedFilters(budget);
        try
        {
            var filters = provider.GetFilters(streamDictionary);
            var current = data.ToArray().AsMemory();
            for (var i = 0; i < filters.Count; i++)
            {
                current = filters[i].Decode(current, streamDictionary, provider, i);
            }

            return current;
        }
        catch (Exception e) when (e is not DocumentReadException and not OperationCanceledException and not OutOfMemoryException)
        {
            // PdfPig fails on this stream as well, and its objects stay unread.
            return null;
        }
    }

    // The filter names: none, one name, an array of names, or a reference to an object holding one of those.
    private static List<string>? Filters(ReadOnlySpan<byte> dictionary, Func<int, ReadOnlyMemory<byte>?> resolve)
    {
        var at = KeyValue(dictionary, "/Filter"u8);
        if (at < 0)
        {
            return [];
        }

        var value = dictionary[at..];
        if (!value.IsEmpty && char.IsAsciiDigit((char)value[0]))
        {
            var numbers = Integers(value, 2);
            if (numbers.Count < 2 || numbers[0] > int.MaxValue || resolve((int)numbers[0]) is not { } target)
            {
                return null;
            }

            value = target.Span.Trim(" \r\n\t\f\0"u8);
        }

        if (value.StartsWith("/"u8))
        {
            return [Name(value[1..])];
        }

        if (!value.StartsWith("["u8))
        {
            return null;
        }

        var close = value.IndexOf((byte)']');
        var names = new List<string>();
        var inside = close < 0 ? value[1..] : value[1..close];
        for (var slash = inside.IndexOf((byte)'/'); slash >= 0; slash = inside.IndexOf((byte)'/'))
        {
            inside = inside[(slash + 1)..];
            names.Add(Name(inside));
        }

        return names;
    }

    // Where the value of a key starts (past the key and any space), or -1; "/N" does not match "/Name".
    private static int KeyValue(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> key)
    {
        var from = 0;
        while (from < dictionary.Length)
        {
            var found = dictionary[from..].IndexOf(key);
            if (found < 0)
            {
                return -1;
            }

            var after = from + found + key.Length;
            if (after >= dictionary.Length || !char.IsAsciiLetterOrDigit((char)dictionary[after]))
            {
                var rest = dictionary[after..];
                return after + (rest.Length - rest.TrimStart(" \r\n\t\f\0"u8).Length);
            }

            from = after;
        }

        return -1;
    }

    private static string? NameAfter(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> key)
    {
        var at = KeyValue(dictionary, key);
        return at >= 0 && dictionary[at..].StartsWith("/"u8) ? Name(dictionary[(at + 1)..]) : null;
    }

    // A whole number given for a key; with direct, not when it is the start of a reference ("12 0 R").
    private static long? IntegerAfter(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> key, bool direct)
    {
        var at = KeyValue(dictionary, key);
        if (at < 0)
        {
            return null;
        }

        var numbers = Integers(dictionary[at..], 2, out var consumed);
        if (numbers.Count == 0)
        {
            return null;
        }

        var rest = dictionary[(at + consumed)..].TrimStart(" \r\n\t\f\0"u8);
        return direct && numbers.Count == 2 && rest.StartsWith("R"u8) ? null : numbers[0];
    }

    private static List<long> Integers(ReadOnlySpan<byte> text, int most = int.MaxValue) => Integers(text, most, out _);

    // The whole numbers at the start of the text, separated by space, up to 'most' of them.
    private static List<long> Integers(ReadOnlySpan<byte> text, int most, out int consumed)
    {
        var numbers = new List<long>();
        var i = 0;
        consumed = 0;
        while (numbers.Count < most)
        {
            while (i < text.Length && text[i] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0)
            {
                i++;
            }

            var start = i;
            while (i < text.Length && i - start < 18 && char.IsAsciiDigit((char)text[i]))
            {
                i++;
            }

            if (i == start || (i < text.Length && (char.IsAsciiLetterOrDigit((char)text[i]) || text[i] == '.')))
            {
                return numbers;
            }

            numbers.Add(long.Parse(text[start..i], NumberStyles.None, CultureInfo.InvariantCulture));
            consumed = i;
        }

        return numbers;
    }

    // A name's characters, up to the first space or delimiter.
    private static string Name(ReadOnlySpan<byte> text)
    {
        var end = text.IndexOfAny(NameEnd);
        return System.Text.Encoding.Latin1.GetString(end < 0 ? text : text[..end]);
    }
}
