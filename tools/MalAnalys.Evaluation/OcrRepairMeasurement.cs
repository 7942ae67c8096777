using System.Globalization;
using System.Text;
using MalAnalys.Reading;
using MalAnalys.Repair;

namespace MalAnalys.Evaluation;

/// <summary>
/// Measures OCR repair on scanned PDFs against the clean text of the same documents:
/// <code>
/// dotnet run -c Release --project tools/MalAnalys.Evaluation -- --repair-ocr OCRDIR --clean TEXTDIR [--verbose]
/// </code>
/// For each <c>OCRDIR/ID.pdf</c> with a <c>TEXTDIR/ID.txt</c>, the PDF's text is read with the library's reader (no
/// repair), then repaired in the default mode (<see cref="RepairMode.Auto"/>); each is compared with the clean text by
/// word error rate: the word-level edit distance over normalised tokens (lower case, punctuation stripped) divided by
/// the clean text's token count. Prints the rate per document and over all documents, before and after repair.
/// </summary>
internal static class OcrRepairMeasurement
{
    public static int Run(string ocrFolder, string cleanFolder, bool verbose)
    {
        if (!Directory.Exists(ocrFolder) || !Directory.Exists(cleanFolder))
        {
            Console.Error.WriteLine($"no such folder: {(Directory.Exists(ocrFolder) ? cleanFolder : ocrFolder)}");
            return 1;
        }

        var reader = new DocumentReader();
        var repairer = SwedishRepairer.Default;
        long words = 0, ocrErrors = 0, repairedErrors = 0, corrections = 0;
        var documents = 0;
        foreach (var pdf in Directory.EnumerateFiles(ocrFolder, "*.pdf").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(pdf);
            var cleanPath = Path.Combine(cleanFolder, id + ".txt");
            if (!File.Exists(cleanPath))
            {
                continue;
            }

            MalAnalys.Documents.DocumentText read;
            try
            {
                read = reader.Read(pdf);
            }
            catch (DocumentReadException e)
            {
                Console.Error.WriteLine($"{id}: {e.Message}");
                continue;
            }

            var repaired = repairer.Repair(read);
            var clean = Tokens(File.ReadAllText(cleanPath));
            var before = Tokens(read.Original);
            var after = Tokens(repaired.Text.Original);
            var (ocr, fixedUp) = (Distance(before, clean), Distance(after, clean));
            documents++;
            words += clean.Length;
            ocrErrors += ocr;
            repairedErrors += fixedUp;
            corrections += repaired.Repair.Corrections.Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{id}\twords {clean.Length,5}\tOCR WER {Rate(ocr, clean.Length)}\trepaired WER {Rate(fixedUp, clean.Length)}\tcorrections {repaired.Repair.Corrections.Length,4}"));
            if (verbose)
            {
                foreach (var c in repaired.Repair.Corrections)
                {
                    Console.WriteLine($"    {c.Original} → {c.Replacement} ({c.Reason}: {c.Rule})");
                }

                foreach (var (got, want) in Edits(after, clean))
                {
                    Console.WriteLine($"    left: {got} ≠ {want}");
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            documents     {documents}
            clean words   {words}
            OCR WER       {Rate(ocrErrors, words)} ({ocrErrors} word edits)
            repaired WER  {Rate(repairedErrors, words)} ({repairedErrors} word edits; {corrections} corrections)
            """));
        return 0;
    }

    private static string Rate(long errors, long words) =>
        words == 0 ? "n/a" : (100.0 * errors / words).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>Whitespace-separated tokens, lower-cased, with every character that is not a letter or digit removed; empty ones dropped.</summary>
    internal static string[] Tokens(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var chunk in text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            word.Clear();
            foreach (var ch in chunk)
            {
                if (char.IsLetterOrDigit(ch))
                {
                    word.Append(char.ToLowerInvariant(ch));
                }
            }

            if (word.Length > 0)
            {
                tokens.Add(word.ToString());
            }
        }

        return [.. tokens];
    }

    /// <summary>The word edits that remain between <paramref name="a"/> and <paramref name="b"/>, as (token of a, token of b) with "-" for none.</summary>
    private static List<(string A, string B)> Edits(string[] a, string[] b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            for (var j = 0; j <= b.Length; j++)
            {
                d[i, j] = i == 0 ? j : j == 0 ? i
                    : Math.Min(d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
            }
        }

        var edits = new List<(string, string)>();
        for (int i = a.Length, j = b.Length; i > 0 || j > 0;)
        {
            if (i > 0 && j > 0 && d[i, j] == d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            {
                if (a[i - 1] != b[j - 1])
                {
                    edits.Add((a[i - 1], b[j - 1]));
                }

                (i, j) = (i - 1, j - 1);
            }
            else if (i > 0 && d[i, j] == d[i - 1, j] + 1)
            {
                edits.Add((a[--i], "-"));
            }
            else
            {
                edits.Add(("-", b[--j]));
            }
        }

        edits.Reverse();
        return edits;
    }

    /// <summary>Word-level Levenshtein distance (insertions, deletions and substitutions of whole tokens).</summary>
    internal static int Distance(string[] a, string[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + (string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
