using System.Collections.ObjectModel;
using System.Text;

namespace MalAnalys.Swedish;

/// <summary>
/// The curated word list <see cref="WordListCompoundSplitter"/> splits compounds with: goal-document vocabulary
/// (welfare, growth, environment, school, care, governance). It is the data file <c>Data/compound-parts.txt</c>,
/// embedded in the assembly and read once, when first used; <c>Data/COMPOUNDS.md</c> says what it holds and how to
/// change it.
/// </summary>
internal static class CompoundParts
{
    private const string ResourceName = "MalAnalys.Swedish.Data.compound-parts.txt";

    private static readonly Lazy<ReadOnlyCollection<string>> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The parts, lower case, in the file's order.</summary>
    public static IReadOnlyList<string> Words => Loaded.Value;

    /// <summary>Reads a word list: one word a line, trimmed; blank lines and lines starting with <c>#</c> are skipped.</summary>
    internal static List<string> Parse(TextReader reader)
    {
        var words = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static ReadOnlyCollection<string> Load()
    {
        using var stream = typeof(CompoundParts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader).AsReadOnly();
    }
}
