using System.Globalization;
using System.Text;
using MalAnalys.Repair;
using MalAnalys.Swedish;

namespace MalAnalys.Evaluation;

/// <summary>
/// Measures OCR repair on a folder of clean Swedish texts (<c>*.txt</c>), without labels:
/// <code>
/// dotnet run -c Release --project tools/MalAnalys.Evaluation -- --repair-strip DIR [--verbose]
/// </code>
/// Each text has its å/ä/ö stripped (å/ä→a, ö→o, capitals too) and is repaired in the full mode; a word counts as
/// restored when it comes back exactly as it was, word by word, so the stripped text is repaired keeping its layout
/// (<see cref="RepairOptions.KeepLayout"/>); the splits and joins repair would make there without it are counted apart.
/// The clean texts are repaired too, as the default repair does (splits and joins allowed): every change to them is a
/// word broken. Council names (the gazetteer's names and genitives, written with a capital) are counted apart:
/// a name that does not come back as written is name damage (<c>Vara</c> read as <c>Våra</c>).
/// </summary>
internal static class RepairMeasurement
{
    public static int Run(string folder, bool verbose)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"no such folder: {folder}");
            return 1;
        }

        var repairer = new SwedishRepairer(new RepairOptions { Mode = RepairMode.Full });
        var aligned = new SwedishRepairer(new RepairOptions { Mode = RepairMode.Full, KeepLayout = true });
        var names = CouncilNameWords();
        var total = new Tally();
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var clean = File.ReadAllText(path).Normalize(NormalizationForm.FormC);
            var tally = Measure(repairer, aligned, clean, names, verbose ? Path.GetFileName(path) : null);
            total += tally;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(path)}\tdamaged {tally.Damaged,5}\trestored {tally.Restored,5}\tbroken {tally.Broken,3}\tclean changes {tally.CleanChanges,3}\tname damage {tally.NameDamage,2} of {tally.Names}"));
        }

        var (sweep, sweepChanged, sweepRestored) = Gazetteer(repairer);
        static string Share(int a, int b) => b == 0 ? "n/a" : (100.0 * a / b).ToString("0.00", CultureInfo.InvariantCulture) + "%";
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            texts               {total.Texts}
            words               {total.Words}
            words with å/ä/ö    {total.Damaged} stripped; restored exactly {total.Restored} ({Share(total.Restored, total.Damaged)})
            words without       {total.Words - total.Damaged}; changed by repair of the stripped text {total.Broken}
            all words exact     {Share(total.Words - (total.Damaged - total.Restored) - total.Broken, total.Words)}
            clean-text changes  {total.CleanChanges} (corrections made to the unstripped texts)
            splits and joins    {total.Breaks} made in the stripped texts (not counted above: they are repaired keeping the layout)
            name damage         {total.NameDamage} of {total.Names} council names not restored as written (stripped); {total.CleanNameChanges} changed in the clean texts
            gazetteer sweep     {sweep} council phrases ("Vara kommun", "Region Skåne") after a text that lost its marks: {sweepChanged} names changed as written (Vara → Våra); stripped, {sweepRestored} restored exactly ({Share(sweepRestored, sweep)})
            """));
        return 0;
    }

    private static Tally Measure(SwedishRepairer repairer, SwedishRepairer aligned, string clean, HashSet<string> names, string? show)
    {
        var stripped = Strip(clean);
        var repaired = aligned.Repair(stripped).Text;
        var cleanRepair = repairer.Repair(clean);
        var breaks = repairer.Repair(stripped).Corrections.Where(c => c.Reason is CorrectionReason.WordSplit or CorrectionReason.WordsJoined).ToList();
        var tally = new Tally { Texts = 1, CleanChanges = cleanRepair.Corrections.Length, Breaks = breaks.Count };
        foreach (var c in breaks.Where(_ => show is not null))
        {
            Console.WriteLine($"    {show} stripped break: {c.Original} → {c.Replacement} ({c.Rule})");
        }

        foreach (var c in cleanRepair.Corrections)
        {
            if (names.Contains(c.Original))
            {
                tally.CleanNameChanges++;
            }

            if (show is not null)
            {
                Console.WriteLine($"    {show} clean change: {c.Original} → {c.Replacement} ({c.Rule})");
            }
        }

        var cleanWords = Words(clean);
        var repairedWords = Words(repaired);
        if (cleanWords.Count != repairedWords.Count)
        {
            Console.Error.WriteLine($"{show}: word counts differ ({cleanWords.Count} vs {repairedWords.Count}); skipped");
            return tally;
        }

        for (var i = 0; i < cleanWords.Count; i++)
        {
            var (want, got) = (cleanWords[i], repairedWords[i]);
            var marked = want.AsSpan().IndexOfAny(Marked) >= 0;
            tally.Words++;
            tally.Damaged += marked ? 1 : 0;
            tally.Restored += marked && want == got ? 1 : 0;
            tally.Broken += !marked && want != got ? 1 : 0;
            if (names.Contains(want))
            {
                tally.Names++;
                tally.NameDamage += want != got ? 1 : 0;
            }

            if (show is not null && want != got)
            {
                Console.WriteLine($"    {show}: {want} → {got}{(marked ? "" : " (broken)")}");
            }
        }

        return tally;
    }

    /// <summary>
    /// Every council of the gazetteer in its council phrase ("Vara kommun", "Varas kommun", "Region Skåne"), after
    /// sentences that lost their marks: how many names repair changes as written, and how many come back exactly
    /// once stripped.
    /// </summary>
    private static (int Phrases, int Changed, int Restored) Gazetteer(SwedishRepairer repairer)
    {
        const string Lost = "Kommunen ska framja en hallbar tillvaxt for alla manniskor och arbeta for att oka tillgangen till vard. ";
        int phrases = 0, changed = 0, restored = 0;
        foreach (var c in SwedishCouncils.All)
        {
            var forms = c.Kind == CouncilKind.Municipality ? new[] { $"{c.Name} kommun", $"{c.Genitive} kommun" } : [$"Region {c.Name}"];
            foreach (var phrase in forms)
            {
                // At the start of a sentence and after a preposition, where "Vara" reads most like "Våra".
                foreach (var lead in new[] { Lost, Lost + "Vi samarbetar med " })
                {
                    phrases++;
                    changed += repairer.Repair($"{lead}{phrase} for att vaxa.").Text.Contains(phrase, StringComparison.Ordinal) ? 0 : 1;
                    restored += repairer.Repair($"{lead}{Strip(phrase)} for att vaxa.").Text.Contains(phrase, StringComparison.Ordinal) ? 1 : 0;
                }
            }
        }

        return (phrases, changed, restored);
    }

    /// <summary>The words of a council's name and genitive that are written with a capital (Vara, Varas, Östersunds, Väsby).</summary>
    private static HashSet<string> CouncilNameWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in SwedishCouncils.All)
        {
            foreach (var w in $"{c.Name} {c.Genitive}".Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (w.Length >= 3 && char.IsUpper(w[0]))
                {
                    words.Add(w);
                }
            }
        }

        return words;
    }

    // Whitespace-separated chunks, trimmed of punctuation: repair replaces a word with one word and keeps whitespace.
    private static List<string> Words(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(Punctuation)).Where(w => w.Any(char.IsLetter))];

    private static readonly System.Buffers.SearchValues<char> Marked = System.Buffers.SearchValues.Create("åäöÅÄÖ");

    private static readonly char[] Punctuation = ".,;:!?()[]\"'«»”“–-—/*•".ToCharArray();

    private static string Strip(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                'å' or 'ä' => 'a',
                'Å' or 'Ä' => 'A',
                'ö' => 'o',
                'Ö' => 'O',
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    private struct Tally
    {
        public int Texts;
        public int Words;
        public int Damaged;
        public int Restored;
        public int Broken;
        public int CleanChanges;
        public int Breaks;
        public int CleanNameChanges;
        public int Names;
        public int NameDamage;

        public static Tally operator +(Tally a, Tally b) => new()
        {
            Texts = a.Texts + b.Texts,
            Words = a.Words + b.Words,
            Damaged = a.Damaged + b.Damaged,
            Restored = a.Restored + b.Restored,
            Broken = a.Broken + b.Broken,
            CleanChanges = a.CleanChanges + b.CleanChanges,
            Breaks = a.Breaks + b.Breaks,
            CleanNameChanges = a.CleanNameChanges + b.CleanNameChanges,
            Names = a.Names + b.Names,
            NameDamage = a.NameDamage + b.NameDamage,
        };
    }
}
