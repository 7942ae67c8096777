using System.Text;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MalAnalys.Documents;
using MalAnalys.Reading;
using MalAnalys.Repair;
using MalAnalys.Structure;

namespace MalAnalys.Tests.Reliability;

/// <summary>Properties of repair, the parser and the analyzer that must hold for every text, checked on generated ones.</summary>
public sealed class PropertyTests
{
    private static readonly SwedishRepairer FullRepair = new(new RepairOptions { Mode = RepairMode.Full });
    private static readonly SwedishRepairer LayoutRepair = new(new RepairOptions { Mode = RepairMode.Full, KeepLayout = true });
    private static readonly MalAnalyzer Analyzer = new();

    [Property(MaxTest = 300, Arbitrary = [typeof(OcrTextGenerator)])]
    public bool Repair_keeping_the_layout_keeps_the_line_count_and_token_count(OcrText text)
    {
        var repaired = LayoutRepair.Repair(text.Value);
        return Lines(repaired.Text) == Lines(text.Value) && Seeds.Words(repaired.Text).Length == Seeds.Words(text.Value).Length;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(OcrTextGenerator)])]
    public bool Repair_keeps_the_line_count_and_changes_tokens_only_by_splits_and_joins(OcrText text)
    {
        var repaired = FullRepair.Repair(text.Value);
        var breaks = repaired.Corrections.Count(c => c.Reason is CorrectionReason.WordSplit or CorrectionReason.WordsJoined);
        return Lines(repaired.Text) == Lines(text.Value)
            && (breaks > 0 || Seeds.Words(repaired.Text).Length == Seeds.Words(text.Value).Length)
            && repaired.Corrections.All(c => !c.Original.Contains('\n', StringComparison.Ordinal) && !c.Replacement.Contains('\n', StringComparison.Ordinal));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(OcrTextGenerator)])]
    public bool Corrections_and_the_offset_map_round_trip_to_the_original(OcrText text)
    {
        var r = FullRepair.Repair(text.Value);

        // Corrections applied to the original give the repaired text; undone on the repaired text, the original.
        var forward = new StringBuilder();
        var backward = new StringBuilder();
        int from = 0, repairedFrom = 0;
        foreach (var c in r.Corrections)
        {
            if (c.Start < from || r.Original.AsSpan(c.Start, c.Length).SequenceEqual(c.Original) is false)
            {
                return false;
            }

            var between = r.Original[from..c.Start];
            forward.Append(between).Append(c.Replacement);
            var repairedStart = repairedFrom + between.Length;
            if (!r.Text.AsSpan(repairedStart, c.Replacement.Length).SequenceEqual(c.Replacement))
            {
                return false;
            }

            backward.Append(r.Text[repairedFrom..repairedStart]).Append(c.Original);
            from = c.End;
            repairedFrom = repairedStart + c.Replacement.Length;
        }

        forward.Append(r.Original[from..]);
        backward.Append(r.Text[repairedFrom..]);
        if (forward.ToString() != r.Text || backward.ToString() != r.Original)
        {
            return false;
        }

        // Every character outside a correction maps to the same character and back to its own offset, and both ends map to ends.
        var inside = new bool[r.Original.Length];
        foreach (var c in r.Corrections)
        {
            inside.AsSpan(c.Start, c.Length).Fill(true);
        }

        for (var i = 0; i < r.Original.Length; i++)
        {
            if (inside[i])
            {
                continue;
            }

            var j = r.FromOriginal(i);
            if (r.Text[j] != r.Original[i] || r.ToOriginal(j) != i)
            {
                return false;
            }
        }

        return r.FromOriginal(r.Original.Length) == r.Text.Length && r.ToOriginal(r.Text.Length) == r.Original.Length;
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(OcrTextGenerator)])]
    public void The_parser_never_throws_on_any_string(OcrText text)
    {
        // Lines built directly, so that strings the text reader would refuse as binary reach the parser too.
        var raw = text.Value.Split('\n').Select(l => new RawLine(l, 1, string.IsNullOrWhiteSpace(l) ? LineRole.Blank : LineRole.Body, true)).ToList();
        var read = DocumentTextBuilder.FromLines(new SourceInfo("generated.txt", SourceKind.Text, text.Value.Length, "0", "utf-16"), raw, [new DocumentPage(1, 0, 0, false, true)], []);

        var document = GoalDocumentParser.Default.Parse(read);
        Assert.All(document.Goals, g => Assert.InRange(g.Span.Start + g.Span.Length, 0, read.Original.Length));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(OcrTextGenerator)])]
    public void The_text_reader_gives_a_text_or_a_typed_error_for_any_string(OcrText text)
    {
        try
        {
            var read = new TextDocumentReader().ReadString(text.Value, "generated.txt");
            _ = GoalDocumentParser.Default.Parse(read);
        }
        catch (DocumentReadException e)
        {
            Assert.Contains("generated.txt", e.Message, StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(OcrTextGenerator)])]
    public bool Analysing_the_same_input_twice_gives_identical_output(OcrText text)
    {
        if (string.IsNullOrWhiteSpace(text.Value))
        {
            return true;
        }

        string Output(MalAnalyzer analyzer)
        {
            try
            {
                var doc = analyzer.AnalyzeText(text.Value, "generated.txt");
                var sdgs = string.Join(";", doc.Sdgs.Select(s => string.Join(",", s.Result.Predictions.Select(p => $"{p.Sdg}:{p.Score:R}"))));
                return GoalDocumentJson.Serialize(doc.Document) + "\n" + doc.Repair.Text + "\n" + string.Join("|", doc.Repair.Corrections) + "\n" + sdgs;
            }
            catch (MalAnalysException e)
            {
                return e.GetType().Name + ": " + e.Message;
            }
        }

        // Twice on one analyzer (caches warm the second time) and once on a fresh one.
        var first = Output(Analyzer);
        return first == Output(Analyzer) && first == Output(new MalAnalyzer());
    }

    [Fact]
    public void The_generated_texts_give_repair_work_to_do()
    {
        // The properties above say little if repair changed nothing: most generated texts must carry corrections.
        var texts = OcrTextGenerator.OcrText().Generator.Sample(50, 200).Distinct().ToList();
        var changed = texts.Count(t => FullRepair.Repair(t.Value).Changed);
        Assert.True(texts.Count >= 40 && changed >= texts.Count * 0.8, $"{changed} of {texts.Count} distinct generated texts were changed by repair");
    }

    private static int Lines(string text) => text.Count(c => c == '\n');
}
