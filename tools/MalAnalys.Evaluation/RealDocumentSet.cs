using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MalAnalys.Evaluation;

/// <summary>
/// A labelled set of real goal documents as checked in: each document's address, the hash of the text that was
/// labelled, and the labels as character offsets into that text. The texts themselves are third-party and are kept
/// outside the repository; <see cref="Load"/> joins the two and refuses a text whose hash differs.
/// </summary>
public sealed record RealDocumentSet(IReadOnlyList<RealDocument> Documents)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads the set and the texts it labels.</summary>
    /// <param name="setFile">The set (JSON).</param>
    /// <param name="texts">The folder holding <c>ID.txt</c> for each document.</param>
    /// <param name="normalize">Rewrite a text whose hash differs only because it still holds the invisible characters that were normalised away (see <see cref="Normalize"/>).</param>
    /// <param name="split">Load only the documents of this split (<c>dev</c>, <c>holdout</c>), or every one (<c>all</c>); the texts of the other split need not be there.</param>
    /// <returns>The documents with their texts and labels.</returns>
    /// <exception cref="InvalidDataException">Texts are missing or differ from the ones labelled (every such text is named), or a label lies outside its text.</exception>
    public static RealDocumentSet Load(string setFile, string texts, bool normalize = false, string split = "all")
    {
        var entries = JsonSerializer.Deserialize<List<Entry>>(File.ReadAllText(setFile), Json)
            ?? throw new InvalidDataException($"{setFile}: not a list of documents");
        var documents = new List<RealDocument>();
        var problems = new List<string>();
        foreach (var e in entries.Where(e => split == "all" || e.Split == split))
        {
            try
            {
                documents.Add(LoadOne(e, texts, normalize));
            }
            catch (InvalidDataException problem)
            {
                problems.Add(problem.Message);
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{problems.Count} of the set's texts cannot be used (rebuild them from the addresses in the set, as the data card says):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }

        return new RealDocumentSet(documents);
    }

    private static RealDocument LoadOne(Entry e, string texts, bool normalize)
    {
        var path = Path.Combine(texts, e.Id + ".txt");
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: missing; fetch {e.Url} again (see the data card)");
        }

        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(hash, e.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            var normalized = Encoding.UTF8.GetBytes(Normalize(new UTF8Encoding(false, false).GetString(bytes)));
            if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(normalized)), e.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidDataException($"{path}: its SHA-256 is {hash}, the labelled text's is {e.Sha256}");
            }

            if (!normalize)
            {
                throw new InvalidDataException($"{path}: differs from the labelled text only in invisible characters (no-break spaces, soft hyphens, zero-width characters); run again with --normalize to rewrite it as labelled");
            }

            File.WriteAllBytes(path, normalized);
            bytes = normalized;
        }

        var text = new UTF8Encoding(false, true).GetString(bytes);
        string? Span(int[]? s)
        {
            if (s is null)
            {
                return null;
            }

            if (s.Length != 2 || s[0] < 0 || s[1] > text.Length || s[0] > s[1])
            {
                throw new InvalidDataException($"{e.Id}: label span [{string.Join(',', s)}] lies outside the text ({text.Length} characters)");
            }

            return text[s[0]..s[1]];
        }

        var goals = e.Goals.Select(g => new GoldGoal(Span(g.Statement)!, Span(g.ShortName), Span(g.Area), g.Financial)).ToList();
        return new RealDocument(e.Id, e.Url, e.Council, e.CouncilKind ?? "municipality", e.CouncilNamed, e.Split, e.Layout ?? string.Empty, path, goals);
    }

    /// <summary>
    /// The form in which texts are labelled: a no-break space (U+00A0, U+202F) is a space, and soft hyphens, zero-width
    /// characters, word joiners and byte-order marks are removed. A page's text as stored may hold them; the labels'
    /// offsets and the hash are of this form.
    /// </summary>
    /// <param name="text">A page's text.</param>
    /// <returns>The text as labelled.</returns>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u00A0' or '\u202F':
                    result.Append(' ');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    private sealed record Entry(string Id, string Url, string Sha256, string Council, string? CouncilKind, bool CouncilNamed, string Split, string? Layout, List<GoalEntry> Goals);

    private sealed record GoalEntry(int[] Statement, [property: JsonPropertyName("shortName")] int[]? ShortName, int[]? Area, bool Financial);
}

/// <summary>One labelled document.</summary>
/// <param name="Id">Its id in the set.</param>
/// <param name="Url">Where its text was taken from.</param>
/// <param name="Council">The council whose goals these are.</param>
/// <param name="CouncilKind"><c>municipality</c> or <c>region</c>.</param>
/// <param name="CouncilNamed">Whether the text itself names the council.</param>
/// <param name="Split"><c>dev</c> or <c>holdout</c>.</param>
/// <param name="Layout">A few words on its layout.</param>
/// <param name="Path">The text file.</param>
/// <param name="Goals">The labelled goals.</param>
public sealed record RealDocument(string Id, string Url, string Council, string CouncilKind, bool CouncilNamed, string Split, string Layout, string Path, IReadOnlyList<GoldGoal> Goals);
