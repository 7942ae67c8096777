using System.Globalization;
using System.Text;

namespace MalAnalys.Cli;

/// <summary>
/// Text from documents, file names and arguments made harmless for a terminal: control characters (C0 but newline and
/// tab where a block of text keeps them, DEL, C1) and the bidirectional overrides are written as visible <c>\uXXXX</c>
/// escapes, so that no document can retitle, clear, recolour or reorder the user's terminal. <c>\uXXXX</c> is also how
/// JSON writes such a character, so a JSON line passed through stays valid and means the same.
/// </summary>
internal static class TerminalText
{
    /// <summary>The text with every control character escaped, newlines and tabs included: for one line or one table cell.</summary>
    public static string Line(string? text) => Clean(text, keepLayout: false);

    /// <summary>The text with every control character escaped but newline and tab: for a block of lines.</summary>
    public static string Block(string? text) => Clean(text, keepLayout: true);

    public static bool IsUnsafe(char c, bool keepLayout) =>
        (c < ' ' && !(keepLayout && c is '\n' or '\t')) || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    private static string Clean(string? text, bool keepLayout)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.Any(c => IsUnsafe(c, keepLayout)))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            Append(clean, c, keepLayout);
        }

        return clean.ToString();
    }

    public static void Append(StringBuilder to, char c, bool keepLayout)
    {
        if (IsUnsafe(c, keepLayout))
        {
            to.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        else
        {
            to.Append(c);
        }
    }
}
