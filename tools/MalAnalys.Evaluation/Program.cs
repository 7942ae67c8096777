using System.Globalization;
using MalAnalys.Documents;

namespace MalAnalys.Evaluation;

/// <summary>
/// Measures the goal parser on a labelled set of real goal documents (see <c>real-documents/README.md</c>):
/// <code>
/// dotnet run -c Release --project tools/MalAnalys.Evaluation -- --texts DIR [--split dev|holdout|all]
///     [--files DIR --ext .pdf] [--verbose]
/// </code>
/// <c>--texts</c> holds the labelled texts (<c>ID.txt</c>, checked against the hashes in the set); <c>--files</c> and
/// <c>--ext</c> analyse other forms of the same documents instead (born-digital or scanned PDFs named <c>ID.pdf</c>).
/// Prints goal recall and precision, the share of documents exactly right, municipality accuracy, and with
/// <c>--verbose</c> every miss. <c>--repair-strip DIR</c> measures OCR repair instead (<see cref="RepairMeasurement"/>), and
/// <c>--repair-ocr OCRDIR --clean TEXTDIR</c> on scanned PDFs against their clean texts (<see cref="OcrRepairMeasurement"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        if (Option("--repair-strip") is { } clean)
        {
            return RepairMeasurement.Run(clean, args.Contains("--verbose"));
        }

        if (Option("--repair-ocr") is { } ocr)
        {
            if (Option("--clean") is not { } cleanTexts)
            {
                Console.Error.WriteLine("--repair-ocr OCRDIR needs --clean TEXTDIR");
                return 2;
            }

            return OcrRepairMeasurement.Run(ocr, cleanTexts, args.Contains("--verbose"));
        }

        var texts = Option("--texts");
        if (texts is null)
        {
            Console.Error.WriteLine("usage: --repair-strip DIR [--verbose] | --repair-ocr OCRDIR --clean TEXTDIR [--verbose] | --texts DIR [--set FILE] [--split dev|holdout|all] [--files DIR --ext .pdf] [--verbose] [--normalize]");
            return 2;
        }

        var setFile = Option("--set") ?? Path.Combine(AppContext.BaseDirectory, "real-documents", "set.json");
        var split = Option("--split") ?? "dev";
        var files = Option("--files") ?? texts;
        var ext = Option("--ext") ?? ".txt";
        var verbose = args.Contains("--verbose");

        RealDocumentSet set;
        try
        {
            set = RealDocumentSet.Load(setFile, texts, args.Contains("--normalize"), split);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        var analyzer = new MalAnalyzer(new MalAnalyzerOptions { ClassifySdgs = false });
        var documents = set.Documents.Where(d => split == "all" || d.Split == split).ToList();
        var totals = new Totals();
        foreach (var d in documents)
        {
            var path = Path.Combine(files, d.Id + ext);
            GoalDocument parsed;
            try
            {
                parsed = analyzer.Analyze(path).Document;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A document the library cannot analyse counts as one with nothing found; the run goes on and says why.
                Console.Error.WriteLine(e is MalAnalysException ? $"{d.Id}: {e.Message}" : $"{d.Id}: unexpected {e.GetType().Name}: {e.Message}");
                parsed = new GoalDocument { Source = new SourceInfo(path, SourceKind.Text, 0, string.Empty, null) };
            }

            var found = parsed.Goals.Select(g => new FoundGoal(g.Statement, g.ShortName, g.Area, g.Kind == GoalKind.Financial)).ToList();
            var score = GoalMatching.Score(d.Goals, found);
            var municipality = MunicipalityOutcome(d, parsed);
            totals.Add(score, d, municipality);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{d.Id}\t{d.Split}\tgold {d.Goals.Count,2}\tfound {found.Count,2}\tmatched {score.Pairs.Count,2}\t{(score.Exact ? "exact" : "-")}\tmunicipality {municipality}\t{d.Layout}"));
            if (verbose)
            {
                foreach (var g in Enumerable.Range(0, d.Goals.Count).Where(g => !score.Pairs.Any(p => p.Gold == g)))
                {
                    Console.WriteLine($"    missed: {Short(d.Goals[g].Statement)}");
                }

                foreach (var f in Enumerable.Range(0, found.Count).Where(f => !score.Pairs.Any(p => p.Found == f)))
                {
                    Console.WriteLine($"    extra:  {Short(found[f].Statement)}");
                }

                foreach (var (g, f) in score.Pairs.Where(p => d.Goals[p.Gold].Area is { } a && GoalMatching.Normalize(a) != GoalMatching.Normalize(found[p.Found].Area ?? string.Empty)))
                {
                    Console.WriteLine($"    area:   labelled '{d.Goals[g].Area}', found '{found[f].Area}'");
                }

                if (parsed.Diagnostics.FirstOrDefault(x => x.Code == "MA2001") is { } none)
                {
                    Console.WriteLine($"    {none.Code}: {none.Message}");
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine(totals.Summary(split, ext));
        return 0;
    }

    private static string Short(string text) => text.Length <= 110 ? text : text[..110] + "…";

    // "found", "missed" (named, not found), "wrong" (a council other than the labelled one), "-" (not named, none given).
    private static string MunicipalityOutcome(RealDocument d, GoalDocument parsed)
    {
        if (parsed.Municipality is not { } name)
        {
            return d.CouncilNamed ? "missed" : "-";
        }

        // The labelled council is looked up in the gazetteer as the parser's is, so "Jönköpings län" and "Jönköping" (the region) agree.
        var labelled = MalAnalys.Swedish.SwedishCouncils.Find(d.Council, d.CouncilKind == "region" ? MalAnalys.Swedish.CouncilKind.Region : MalAnalys.Swedish.CouncilKind.Municipality)
            ?? MalAnalys.Swedish.SwedishCouncils.Find(d.Council);
        var same = labelled is not null && parsed.MunicipalityCode is { } code
            ? labelled.Code == code || labelled.OfficialName == MalAnalys.Swedish.SwedishCouncils.ByCode(code)?.OfficialName
            : GoalMatching.Normalize(name) == GoalMatching.Normalize(d.Council);
        return same ? "found" : "wrong";
    }

    private sealed class Totals
    {
        private int _documents;
        private int _exact;
        private int _gold;
        private int _found;
        private int _matched;
        private int _kindAgrees;
        private int _areasLabelled;
        private int _areasAgree;
        private int _named;
        private int _municipalityFound;
        private int _municipalityWrong;

        public void Add(DocumentScore score, RealDocument d, string municipality)
        {
            _documents++;
            _exact += score.Exact ? 1 : 0;
            _gold += score.Gold.Count;
            _found += score.Found.Count;
            _matched += score.Pairs.Count;
            _kindAgrees += score.KindAgrees;
            var (labelled, agrees) = score.Areas;
            _areasLabelled += labelled;
            _areasAgree += agrees;
            _named += d.CouncilNamed ? 1 : 0;
            _municipalityFound += d.CouncilNamed && municipality == "found" ? 1 : 0;
            _municipalityWrong += municipality == "wrong" ? 1 : 0;
        }

        public string Summary(string split, string ext)
        {
            static string Ratio(int a, int b) => b == 0 ? "n/a" : (a / (double)b).ToString("0.000", CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"""
                split {split}, {ext} files: {_documents} documents, {_gold} labelled goals, {_found} found, {_matched} matched
                goal recall     {Ratio(_matched, _gold)}
                goal precision  {Ratio(_matched, _found)}
                exactly right   {Ratio(_exact, _documents)} ({_exact} of {_documents} documents)
                municipality    {Ratio(_municipalityFound, _named)} ({_municipalityFound} of {_named} documents that name it); wrong: {_municipalityWrong}
                kind agrees     {Ratio(_kindAgrees, _matched)} of matched goals; area agrees {Ratio(_areasAgree, _areasLabelled)} ({_areasAgree} of {_areasLabelled} matched goals with a labelled area)
                """);
        }
    }
}
