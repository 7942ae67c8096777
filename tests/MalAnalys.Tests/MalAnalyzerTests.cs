using MalAnalys.Documents;

namespace MalAnalys.Tests;

public class MalAnalyzerTests
{
    [Fact]
    public async Task Analyze_reads_and_parses_text_and_pdf_alike()
    {
        var analyzer = MalAnalyzer.CreateDefault();
        var fromText = await analyzer.AnalyzeAsync(Seeds.Ystad);
        var fromPdf = await analyzer.AnalyzeAsync(Seeds.Pdf(Seeds.Ystad));
        Assert.Equal(SourceKind.Pdf, fromPdf.Document.Source.Kind);
        Assert.Equal(fromText.Goals.Select(g => g.Statement), fromPdf.Goals.Select(g => g.Statement));
        Assert.Equal(fromText.Document.Areas.Select(a => a.Name), fromPdf.Document.Areas.Select(a => a.Name));
        Assert.StartsWith("•", fromPdf.TextOf(fromPdf.Goals[0].Span).TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_keeps_input_order_reports_failures_and_progress()
    {
        var analyzer = new MalAnalyzer(new MalAnalyzerOptions { MaxParallelism = 3 });
        string[] paths = [Seeds.Ystad, "finns-inte.txt", Seeds.Perstorp, Seeds.Ostersund, Seeds.Pdf(Seeds.Ostersund)];
        var reports = new List<AnalysisProgress>();
        var progress = new SynchronousProgress(reports.Add);
        var outcomes = new List<AnalysisOutcome>();
        await foreach (var outcome in analyzer.AnalyzeManyAsync(paths, progress))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal(paths, outcomes.Select(o => o.Path));
        Assert.False(outcomes[1].Succeeded);
        Assert.IsType<MalAnalys.Reading.DocumentReadException>(outcomes[1].Error);
        Assert.Equal([7, 4, 8, 8], outcomes.Where(o => o.Succeeded).Select(o => o.Document!.Goals.Count));
        Assert.Equal(new AnalysisProgress(5, 1, 5), reports[^1]);
    }

    [Fact]
    public async Task A_time_limit_longer_than_the_timers_can_wait_is_no_limit()
    {
        // 60 days: more than a timer can be set to. Every document must still be analysed, not failed.
        var analyzer = new MalAnalyzer(new MalAnalyzerOptions { DocumentTimeout = TimeSpan.FromDays(60) });
        var outcomes = new List<AnalysisOutcome>();
        await foreach (var outcome in analyzer.AnalyzeManyAsync([Seeds.Ystad, Seeds.Perstorp]))
        {
            outcomes.Add(outcome);
        }

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error?.Message));
        Assert.Equal([7, 4], outcomes.Select(o => o.Document!.Goals.Count));
    }

    [Fact]
    public async Task A_batch_stopped_early_stops_its_workers_and_returns()
    {
        var analyzer = new MalAnalyzer(new MalAnalyzerOptions { MaxParallelism = 2 });
        string[] paths = [.. Enumerable.Repeat(Seeds.Ystad, 40)];
        var taken = 0;
        await foreach (var outcome in analyzer.AnalyzeManyAsync(paths))
        {
            Assert.True(outcome.Succeeded);
            if (++taken == 3)
            {
                break;
            }
        }

        Assert.Equal(3, taken);
    }

    [Fact]
    public void FindDocuments_expands_folders_in_ordinal_order()
    {
        var found = MalAnalyzer.FindDocuments(["seeds"]);
        Assert.Equal(7, found.Count);
        Assert.Equal(found.Order(StringComparer.Ordinal), found);
        Assert.All(found, f => Assert.True(f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_word_file_is_refused_as_unsupported()
    {
        using var stream = new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
        var e = Assert.Throws<MalAnalys.Reading.DocumentReadException>(() => MalAnalyzer.CreateDefault().Analyze(stream, "mal.docx"));
        Assert.Equal(MalAnalys.Reading.DocumentReadError.UnsupportedFormat, e.Error);
        Assert.Contains("mal.docx", e.Message, StringComparison.Ordinal);
    }

    private sealed class SynchronousProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }
}

public class PdfAnalysisTests
{
    [Fact]
    public void The_scanned_Perstorp_pdf_still_yields_its_four_goals_and_is_flagged_as_OCR()
    {
        var doc = MalAnalyzer.CreateDefault().Analyze("seeds/perstorp-kommunovergripande-mal-2023-2026-scanned.pdf");
        Assert.True(doc.Text.HasOcrTextLayer);
        Assert.Contains(doc.Diagnostics, d => d.Code == "MA1003");
        Assert.Equal(LayoutFamily.HeadedStatements, doc.Document.Layout);
        Assert.Equal(4, doc.Goals.Count);
        Assert.Equal(3, doc.Document.Principles.Count);
        Assert.Equal("Perstorp", doc.Document.Municipality);
    }

    [Fact]
    public void Goal_spans_in_a_pdf_carry_their_page()
    {
        var analyzer = MalAnalyzer.CreateDefault();
        var pdf = analyzer.Analyze(Seeds.Pdf(Seeds.Perstorp));
        var text = analyzer.Analyze(Seeds.Perstorp);
        Assert.Equal(text.Goals.Select(g => g.ShortName), pdf.Goals.Select(g => g.ShortName));
        Assert.Equal(text.Goals.Select(g => g.Statement), pdf.Goals.Select(g => g.Statement));
        Assert.Equal(text.Goals.Select(g => g.Body), pdf.Goals.Select(g => g.Body));
        Assert.Equal(1, pdf.Goals[0].Span.Page);
        Assert.True(pdf.Goals[^1].Span.Page >= 4, $"goal 4 starts on page {pdf.Goals[^1].Span.Page}");
        foreach (var goal in pdf.Goals)
        {
            Assert.StartsWith(goal.ShortName!, pdf.TextOf(goal.Span), StringComparison.Ordinal);
            Assert.Equal(goal.Span.Page, pdf.Text.Lines.First(l => l.Start <= goal.Span.Start && goal.Span.Start < l.Start + Math.Max(1, l.Text.Length)).Page);
        }
    }

    [Fact]
    public void Ostersund_pdf_with_running_headers_parses_like_its_text()
    {
        // The PDF is born-digital, so by default it only gets the light repair pass; asked for the full pass, it reads like its text.
        var analyzer = new MalAnalyzer(new MalAnalyzerOptions { Repair = new MalAnalys.Repair.RepairOptions { Mode = MalAnalys.Repair.RepairMode.Full } });
        var pdf = analyzer.Analyze(Seeds.Pdf(Seeds.Ostersund));
        var text = analyzer.Analyze(Seeds.Ostersund);
        Assert.Equal(text.Goals.Select(g => (g.Number, g.ShortName, g.Statement, g.Area)), pdf.Goals.Select(g => (g.Number, g.ShortName, g.Statement, g.Area)));
        Assert.All(pdf.Goals, g => Assert.DoesNotContain(g.Body, p => p.Contains("Budget 2024", StringComparison.Ordinal)));
        Assert.Equal("Kompetensförsörjning", pdf.Goals[2].ShortName);
    }

    [Fact]
    public void Born_digital_pdf_that_lost_its_marks_gets_the_full_pass_in_auto_mode_and_says_so()
    {
        var pdf = MalAnalyzer.CreateDefault().Analyze(Seeds.Pdf(Seeds.Ostersund));
        var text = MalAnalyzer.CreateDefault().Analyze(Seeds.Ostersund);
        Assert.Equal("Kompetensförsörjning", pdf.Goals[2].ShortName);
        Assert.Equal("Östersund", pdf.Document.Municipality);
        Assert.Equal(text.Goals.Select(g => g.Statement), pdf.Goals.Select(g => g.Statement));
        Assert.True(pdf.Repair.Corrections.Length > 900, $"{pdf.Repair.Corrections.Length} corrections");
        var note = Assert.Single(pdf.Diagnostics, d => d.Code == MalAnalys.Repair.DocumentRepair.LooksDamagedCode);
        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
        Assert.Contains("pages 1–12", note.Message, StringComparison.Ordinal);
        Assert.Contains("got the full repair pass", note.Message, StringComparison.Ordinal);

        // The light pass stays available, and keeps the words as written.
        var light = new MalAnalyzer(new MalAnalyzerOptions { Repair = new MalAnalys.Repair.RepairOptions { Mode = MalAnalys.Repair.RepairMode.Light } }).Analyze(Seeds.Pdf(Seeds.Ostersund));
        Assert.Equal("Kompetensférsorjning", light.Goals[2].ShortName);
        Assert.DoesNotContain(light.Diagnostics, d => d.Code == MalAnalys.Repair.DocumentRepair.LooksDamagedCode);
    }

    [Fact]
    public void Born_digital_pdfs_that_kept_their_marks_keep_the_light_pass()
    {
        foreach (var seed in new[] { Seeds.Perstorp, Seeds.Ystad })
        {
            var pdf = MalAnalyzer.CreateDefault().Analyze(Seeds.Pdf(seed));
            Assert.Empty(pdf.Repair.Corrections);
            Assert.DoesNotContain(pdf.Diagnostics, d => d.Code == MalAnalys.Repair.DocumentRepair.LooksDamagedCode);
        }
    }
}
