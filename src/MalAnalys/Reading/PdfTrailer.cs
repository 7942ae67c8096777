using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MalAnalys.Reading;

/// <summary>Writes a stand-in trailer for a PDF that lost its end, so that a truncated file still yields its first pages.</summary>
internal static partial class PdfTrailer
{
    /// <summary>The bytes with a trailer naming the last catalog object appended, or <see langword="null"/> when there is no catalog to name.</summary>
    public static byte[]? Rebuild(byte[] bytes)
    {
        // Latin-1 maps every byte to one char, so offsets stay byte offsets and binary streams pass through harmlessly.
        var text = Encoding.Latin1.GetString(bytes);
        Match? catalog = null;
        var highest = 0;
        try
        {
            foreach (Match m in ObjectHeader().Matches(text))
            {
                highest = Math.Max(highest, int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);
                if (IsCatalog(text, m.Index + m.Length))
                {
                    catalog = m;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        if (catalog is null)
        {
            return null;
        }

        // An object cut off in the middle of a stream is closed first, so the scan does not take the trailer as stream data.
        var tail = string.Create(CultureInfo.InvariantCulture, $"\nendstream\nendobj\ntrailer\n<< /Size {highest + 1} /Root {catalog.Groups[1].Value} {catalog.Groups[2].Value} R >>\n%%EOF\n");
        return [.. bytes, .. Encoding.ASCII.GetBytes(tail)];
    }

    private static bool IsCatalog(string text, int start)
    {
        var end = text.IndexOf("endobj", start, Math.Min(400, text.Length - start), StringComparison.Ordinal);
        var body = text.AsSpan(start, (end < 0 ? Math.Min(400, text.Length - start) : end - start));
        return CatalogType().IsMatch(body);
    }

    [GeneratedRegex(@"(\d{1,10})\s+(\d{1,5})\s+obj\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"/Type\s*/Catalog\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CatalogType();
}
