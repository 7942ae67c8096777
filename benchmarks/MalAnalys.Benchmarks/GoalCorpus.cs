using System.Globalization;
using System.Text;
using MalAnalys.Documents;

namespace MalAnalys.Benchmarks;

/// <summary>
/// Generates realistic goal documents by recombining the seed goals: each document takes 3–8 goals (short name,
/// statement, 2–6 body paragraphs) from the three seeds, renames the municipality, shuffles paragraphs, and in one
/// document of five damages the text as OCR does (å/ä/ö lost or read as é, 6 for ö, &amp; for ä). Deterministic for a seed.
/// The test project compiles this file too: its index fingerprint indexes 200 of these documents (seed 2030).
/// </summary>
public static class GoalCorpus
{
    private static readonly string[] Municipalities =
        ["Alingsås", "Borås", "Eksjö", "Falun", "Gävle", "Härnösand", "Hässleholm", "Kalmar", "Kiruna", "Luleå", "Lund", "Malmö", "Mora", "Norrköping", "Piteå", "Skövde", "Sundsvall", "Umeå", "Vänersborg", "Växjö", "Örebro", "Östhammar"];

    private static readonly Lazy<List<Goal>> Pool = new(LoadPool);

    /// <summary>Writes <paramref name="count"/> documents into a folder as <c>doc-00000.txt</c>…, returning their paths in order.</summary>
    public static IReadOnlyList<string> Write(string folder, int count, int seed = 2030)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>(count);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"doc-{i:D5}.txt"));
            File.WriteAllText(path, Document(random), Encoding.UTF8);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>One generated document.</summary>
    public static string Document(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var pool = Pool.Value;
        var municipality = Municipalities[random.Next(Municipalities.Length)];
        var start = 2019 + random.Next(6);
        var text = new StringBuilder();
        text.Append("Kommunövergripande mål\n\nmandatperioden ").Append(start).Append('-').Append(start + 3).Append("\n\n\n\n");
        var goals = pool.OrderBy(_ => random.Next()).Take(3 + random.Next(6)).ToList();
        foreach (var goal in goals)
        {
            var name = goal.ShortName ?? goal.Area ?? "Övergripande mål";
            text.Append(name).Append("\n\n");
            text.Append("I ").Append(municipality).Append(" ska ").Append(Lower(StripLead(goal.Statement))).Append("\n\n");
            var body = goal.Body.Count > 0 ? goal.Body : [goal.Statement];
            foreach (var paragraph in body.OrderBy(_ => random.Next()).Take(2 + random.Next(5)))
            {
                text.Append(paragraph).Append("\n\n");
            }

            text.Append("\n\n");
        }

        var result = text.ToString();
        return random.Next(5) == 0 ? Damage(result, random) : result;
    }

    private static List<Goal> LoadPool()
    {
        var analyzer = MalAnalyzer.CreateDefault();
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        seeds = Directory.Exists(seeds) ? seeds : "seeds";
        return Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).SelectMany(f => analyzer.Analyze(f).Goals).ToList();
    }

    private static string StripLead(string statement)
    {
        // "I Perstorp ska årligen fler …" → "årligen fler …": the generated document names its own municipality.
        var ska = statement.IndexOf(" ska ", StringComparison.Ordinal);
        return ska is > 0 and < 40 ? statement[(ska + 5)..] : statement;
    }

    private static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    private static string Damage(string text, Random random)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                'å' => random.Next(4) == 0 ? 'é' : 'a',
                'ä' => random.Next(6) == 0 ? '&' : 'a',
                'ö' => random.Next(5) == 0 ? '6' : 'o',
                'Ö' => 'O',
                'Å' => 'A',
                'Ä' => 'A',
                _ => chars[i],
            };
        }

        return new string(chars);
    }
}
