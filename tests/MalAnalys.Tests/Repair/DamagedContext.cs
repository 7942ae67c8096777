using MalAnalys.Repair;

namespace MalAnalys.Tests.Repair;

/// <summary>
/// A test sentence set between two sentences that lost all their marks, so that the document-level damage estimate is
/// high, as in a text read by an OCR model that does not know Swedish.
/// </summary>
internal static class DamagedContext
{
    private const string Before = "Kommunen ska framja en hallbar tillvaxt for alla manniskor och arbeta for att oka tillgangen till vard. ";
    private const string After = " Malet ar att stodja foretag och foreningar pa landsbygden sa att invanarna kanner sig trygga.";

    /// <summary>The sentence in its damaged context.</summary>
    public static string Around(string sentence) => Before + sentence + After;

    /// <summary>The sentence as <paramref name="repairer"/> gives it back from its damaged context.</summary>
    public static string RepairedSentence(SwedishRepairer repairer, string sentence)
    {
        var repaired = repairer.Repair(Around(sentence)).Text;
        var start = repaired.IndexOf(". ", StringComparison.Ordinal) + 2;
        var end = repaired.IndexOf(" Målet", StringComparison.Ordinal);
        return repaired[start..end];
    }
}
