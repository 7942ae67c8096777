using MalAnalys.Documents;

namespace MalAnalys.Repair;

/// <summary>Repair of whole documents, aware of where their text came from.</summary>
public static class DocumentRepair
{
    /// <summary>Diagnostic code: OCR damage was repaired (the same as <see cref="DiagnosticCodes.Repaired"/>).</summary>
    public const string RepairedCode = DiagnosticCodes.Repaired;

    /// <summary>Diagnostic code: born-digital PDF pages whose text lost its marks, as OCR output does, got the full pass in <see cref="RepairMode.Auto"/> (the same as <see cref="DiagnosticCodes.LooksDamaged"/>).</summary>
    public const string LooksDamagedCode = DiagnosticCodes.LooksDamaged;

    /// <summary>From this estimated damage, born-digital text counts as having lost its marks.</summary>
    private const double LooksDamaged = 0.5;

    /// <summary>How many words that lost their marks a page needs to count as damaged on its own evidence.</summary>
    private const int PageEvidence = 3;

    /// <summary>
    /// Repairs a document. In <see cref="RepairMode.Auto"/>, text files and PDF pages with an OCR text layer get the
    /// full pass; born-digital PDF pages the light pass (encoding damage, ligatures), unless their words show that the
    /// text lost its å/ä/ö as OCR output does (a text layer made from OCR output looks born-digital): those pages get
    /// the full pass too, and a diagnostic (<see cref="LooksDamagedCode"/>) says which.
    /// </summary>
    /// <param name="repairer">The repairer.</param>
    /// <param name="document">The document as read.</param>
    /// <param name="cancellationToken">Cancels the repair.</param>
    /// <returns>The repaired document; the same lines and pages, and an info diagnostic when anything changed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    public static RepairedDocument Repair(this SwedishRepairer repairer, DocumentText document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repairer);
        ArgumentNullException.ThrowIfNull(document);
        var extra = new List<Diagnostic>();
        var mode = repairer.Options.Mode;
        var damagedPages = new HashSet<int>();
        if (mode == RepairMode.Auto && document.Source.Kind == SourceKind.Pdf && document.Pages.Any(p => p.HasText && !p.IsOcrTextLayer))
        {
            var (pages, damage) = PagesThatLostMarks(repairer, document, cancellationToken);
            if (pages.Count > 0)
            {
                damagedPages = pages;
                extra.Add(new Diagnostic(
                    DiagnosticSeverity.Info,
                    LooksDamagedCode,
                    $"The PDF's text is born-digital, but on {Ranges(pages)} about {damage:P0} of the words seem to have lost å/ä/ö, as OCR output does: those pages got the full repair pass. Use RepairMode.Light (CLI: --repair light) to keep their words as written."));
            }
        }

        Func<int, bool> fullPassAt = mode switch
        {
            RepairMode.Full => static _ => true,
            RepairMode.Auto when document.Source.Kind == SourceKind.Pdf => FullPassPages(document, damagedPages),
            RepairMode.Auto => static _ => true,
            _ => static _ => false,
        };

        var repair = repairer.Repair(document.Original, fullPassAt, cancellationToken);
        if (!repair.Changed && extra.Count == 0)
        {
            return new RepairedDocument(document, repair);
        }

        if (!repair.Changed)
        {
            var withWarning = DocumentTextBuilder.Build(document.Source, document.Original, document.Lines, document.Pages, [.. document.Diagnostics, .. extra]);
            return new RepairedDocument(withWarning, repair);
        }

        // Corrections never cross a line break, so each line maps to a line of the repaired text.
        var text = repair.Text;
        var lines = new List<DocumentLine>(document.Lines.Count);
        foreach (var line in document.Lines)
        {
            var start = repair.FromOriginal(line.Start);
            var end = repair.FromOriginal(line.Start + line.Length);
            lines.Add(new DocumentLine(text, start, end - start, line.Page, line.Role, line.StartsParagraph, line.Bounds));
        }

        var words = repair.Corrections.Count(c => c.Reason is not (CorrectionReason.Encoding or CorrectionReason.Ligature));
        var diagnostics = document.Diagnostics.Concat(extra).Append(new Diagnostic(
            DiagnosticSeverity.Info,
            RepairedCode,
            $"Repaired {repair.Corrections.Length} damaged word(s) ({words} from OCR; estimated share of words that lost å/ä/ö: {repair.Damage:P0}); the corrections are listed with their offsets in the text as read.")).ToList();
        var repaired = DocumentTextBuilder.Build(document.Source, text, lines, document.Pages, diagnostics);
        return new RepairedDocument(repaired, repair);
    }

    /// <summary>The pages that get the full pass: those with an OCR text layer, and born-digital pages that lost their marks.</summary>
    private static Func<int, bool> FullPassPages(DocumentText document, HashSet<int> damaged)
    {
        var pages = document.Pages.Where(p => p.IsOcrTextLayer).Select(p => p.Number).Concat(damaged).ToHashSet();
        if (pages.Count == 0)
        {
            return static _ => false;
        }

        return offset => pages.Contains(document.PageAt(offset));
    }

    /// <summary>
    /// The born-digital pages whose words show lost marks: a page with at least <see cref="PageEvidence"/> words that
    /// lost them and an estimate of at least <see cref="LooksDamaged"/>; and, when the born-digital text as a whole
    /// estimates that much, every page with no fewer words that lost their marks than words that kept them. The
    /// estimate over those pages comes with them.
    /// </summary>
    private static (HashSet<int> Pages, double Damage) PagesThatLostMarks(SwedishRepairer repairer, DocumentText document, CancellationToken cancellationToken)
    {
        var bornDigital = document.Pages.Where(p => p.HasText && !p.IsOcrTextLayer).Select(p => p.Number).ToHashSet();
        var count = document.Pages.Count == 0 ? 0 : document.Pages.Max(p => p.Number) + 1;
        var evidence = repairer.MeasureMarks(document.Original, offset => document.PageAt(offset) is var page && bornDigital.Contains(page) ? page : -1, count, cancellationToken);
        var whole = evidence.Aggregate(default(MarkEvidence), (sum, page) => sum + page);
        var wholeLost = whole.Damaged > 0 && whole.Damage >= LooksDamaged;
        var pages = new HashSet<int>();
        var lost = default(MarkEvidence);
        for (var page = 0; page < evidence.Length; page++)
        {
            var e = evidence[page];
            if ((e.Damaged >= PageEvidence && e.Damage >= LooksDamaged) || (wholeLost && e.Damaged > 0 && e.Damaged >= e.Intact))
            {
                pages.Add(page);
                lost += e;
            }
        }

        return (pages, lost.Damage);
    }

    /// <summary>Page numbers as ranges: "page 3", "pages 1–4, 7".</summary>
    private static string Ranges(HashSet<int> pages)
    {
        var sorted = pages.Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            parts.Add(j == i ? $"{sorted[i]}" : $"{sorted[i]}–{sorted[j]}");
            i = j + 1;
        }

        return (sorted.Count == 1 ? "page " : "pages ") + string.Join(", ", parts);
    }
}
