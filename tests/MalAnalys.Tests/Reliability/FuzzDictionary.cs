using System.Globalization;
using System.Text;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// A fuzzing dictionary (<c>fuzz/dictionaries/&lt;target&gt;.dict</c>) read as AFL++ reads it: one <c>name="value"</c>
/// per line, <c>#</c> comments, <c>\xNN</c> for a byte and <c>\\</c>, <c>\"</c> for a backslash and a quote.
/// </summary>
internal static class FuzzDictionary
{
    /// <summary>AFL++'s limit on one entry (MAX_DICT_FILE).</summary>
    public const int MaxEntryBytes = 128;

    /// <summary>The entries of a target's dictionary, by name, in the file's order; none when the target has none.</summary>
    public static IReadOnlyList<(string Name, byte[] Value)> Load(string target)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fuzz-dictionaries", target + ".dict");
        return File.Exists(path) ? Parse(File.ReadAllLines(path, Encoding.ASCII)) : [];
    }

    public static List<(string Name, byte[] Value)> Parse(IEnumerable<string> lines)
    {
        var entries = new List<(string, byte[])>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || line.Length < equals + 3 || line[equals + 1] != '"' || line[^1] != '"')
            {
                throw new FormatException($"not a dictionary entry: {line}");
            }

            entries.Add((line[..equals], Unescape(line[(equals + 2)..^1])));
        }

        return entries;
    }

    private static byte[] Unescape(string value)
    {
        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\')
            {
                bytes.Add(checked((byte)value[i]));
            }
            else if (value[i + 1] == 'x')
            {
                bytes.Add(byte.Parse(value.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 3;
            }
            else
            {
                bytes.Add((byte)value[++i]);
            }
        }

        return [.. bytes];
    }
}
