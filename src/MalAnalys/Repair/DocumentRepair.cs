using MalAnalys.Documents;

namespace MalAnalys.Repair;

/// <summary>Repair of whole documents, aware of where their text came from.</summary>
public static class DocumentRepair
{
    /// <summary>Diagnostic code: OCR damage was repaired.</summary>
    public const string RepairedCode = "MA3001";

    /// <summary>Diagnostic code: born-digital PDF text that looks like OCR output that lost its marks got only the light pass.</summary>
    public const string LooksDamagedCode = "MA3002";

    /// <summary>Above this estimated damage, born-digital text is reported as looking OCR-damaged.</summary>
    private const double LooksDamaged = 0.5;

    /// <summary>
    /// Repairs a document. In <see cref="RepairMode.Auto"/>, text files and PDF pages with an OCR text layer get
    /// the full pass; born-digital PDF pages only the light pass (encoding damage, ligatures).
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
        Func<int, bool> fullPassAt = repairer.Options.Mode switch
        {
            RepairMode.Full => static _ => true,
            RepairMode.Auto when document.Source.Kind == SourceKind.Pdf => OcrPages(document),
            RepairMode.Auto => static _ => true,
            _ => static _ => false,
        };

        var repair = repairer.Repair(document.Original, fullPassAt, cancellationToken);
        var extra = new List<Diagnostic>();
        if (repairer.Options.Mode == RepairMode.Auto && document.Source.Kind == SourceKind.Pdf && document.Pages.Any(p => p.HasText && !p.IsOcrTextLayer))
        {
            // Text layers made from OCR output look born-digital; measure, but leave the choice to the user.
            var estimate = repairer.Repair(document.Original, static _ => true, cancellationToken);
            if (estimate.Damage >= LooksDamaged && estimate.Corrections.Length > repair.Corrections.Length)
            {
                extra.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    LooksDamagedCode,
                    $"The PDF's text is born-digital but about {estimate.Damage:P0} of its words seem to have lost å/ä/ö, as OCR output does; only the light repair pass was applied. Use RepairMode.Full (CLI: --repair full) to repair {estimate.Corrections.Length - repair.Corrections.Length} more word(s)."));
            }
        }

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

    private static Func<int, bool> OcrPages(DocumentText document)
    {
        if (!document.HasOcrTextLayer)
        {
            return static _ => false;
        }

        var ocr = document.Pages.Where(p => p.IsOcrTextLayer).Select(p => p.Number).ToHashSet();
        return offset => ocr.Contains(document.PageAt(offset));
    }
}
