using System.Text.RegularExpressions;
using MalAnalys.Swedish;

namespace MalAnalys.Reading;

/// <summary>Recognises page furniture by its text: page numbers such as <c>6 (10)</c>, <c>Sida 3 av 8</c>, <c>- 4 -</c>.</summary>
internal static partial class PageFurniture
{
    /// <summary>Whether the trimmed line is unmistakably a page number wherever it stands.</summary>
    public static bool IsPageNumber(ReadOnlySpan<char> line) => StrongPageNumber().IsMatch(line.Trim());

    /// <summary>Whether the trimmed line could be a page number when it stands at the top or bottom of a page.</summary>
    public static bool IsBarePageNumber(ReadOnlySpan<char> line) =>
        StrongPageNumber().IsMatch(line.Trim()) || BarePageNumber().IsMatch(line.Trim());

    /// <summary>The line with digits folded to <c>#</c>, whitespace collapsed and case folded, to find repeated headers and footers.</summary>
    public static string Shape(string line)
    {
        var chars = new System.Text.StringBuilder(line.Length);
        var space = false;
        foreach (var c in line.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && chars.Length > 0)
            {
                chars.Append(' ');
            }

            space = false;
            chars.Append(char.IsDigit(c) ? '#' : Diacritics.Lower(c));
        }

        return chars.ToString();
    }

    [GeneratedRegex(@"^(?:\d{1,4}\s*\(\s*\d{1,4}\s*\)|(?:sida|sid\.?|s\.|page)\s*\d{1,4}(?:\s*(?:av|of|/|\()\s*\d{1,4}\)?)?|\d{1,4}\s*(?:/|av)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongPageNumber();

    [GeneratedRegex(@"^\d{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex BarePageNumber();
}
