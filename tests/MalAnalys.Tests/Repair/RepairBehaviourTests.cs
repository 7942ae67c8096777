using System.Text;
using MalAnalys.Documents;
using MalAnalys.Reading;
using MalAnalys.Repair;

namespace MalAnalys.Tests.Repair;

public class RepairBehaviourTests
{
    private static readonly SwedishRepairer Full = new(new RepairOptions { Mode = RepairMode.Full });

    [Theory]
    [InlineData("OSTERSUND", "ÖSTERSUND")]
    [InlineData("Ostersund", "Östersund")]
    [InlineData("ostersund", "östersund")]
    [InlineData("HALLBAR", "HÅLLBAR")]
    public void Case_is_preserved(string damaged, string expected) =>
        Assert.Equal($"Det galler {expected} kommun.", DamagedContext.RepairedSentence(Full, $"Det galler {damaged} kommun.").Replace("gäller", "galler", StringComparison.Ordinal));

    [Theory]
    [InlineData("Kommunen &r en 6ppen kommun.", "Kommunen är en öppen kommun.")]
    [InlineData("En héllbar tillvéxt dér alla kan delta.", "En hållbar tillväxt där alla kan delta.")]
    [InlineData("Vi ska 0ka tillgdngen till utbildning.", "Vi ska öka tillgången till utbildning.")]
    [InlineData("Det &r avgOrande for de Gvriga.", "Det är avgörande för de övriga.")]
    [InlineData("Kommunens Uthildning har hdg kvalitet.", "Kommunens Utbildning har hög kvalitet.")]
    [InlineData("Jordorukets produktion av livsmedel.", "Jordbrukets produktion av livsmedel.")]
    [InlineData("Kompetensforsorjning och kommunovergripande mal.", "Kompetensförsörjning och kommunövergripande mål.")]
    public void Typical_ocr_damage_of_swedish_is_repaired(string damaged, string expected) =>
        Assert.Equal(expected, DamagedContext.RepairedSentence(Full, damaged));

    [Theory]
    [InlineData("Kommunen deltar i Viable Cities och Creative City of Gastronomy.")]
    [InlineData("Se https://www.ostersund.se/mal och skriv till info@ostersund.se.")]
    [InlineData("Budget 2024-2027, FN:s 17 mål, SDG 11 och 3:e kvartalet.")]
    [InlineData("EU, FN, SKR och IT-stöd.")]
    public void What_is_not_Swedish_damage_is_left_alone(string sentence)
    {
        var text = DamagedContext.Around(sentence);
        var repaired = Full.Repair(text);
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.DoesNotContain(repaired.Corrections, c => c.Start >= start && c.End <= start + sentence.Length);
    }

    [Fact]
    public void A_clean_text_keeps_valid_words_that_have_marked_twins()
    {
        var text = File.ReadAllText(Seeds.Perstorp) + "\nVi har mal i garderoben och han for hem.";
        var repaired = Full.Repair(text);
        Assert.Empty(repaired.Corrections);
    }

    [Fact]
    public void A_damaged_text_decides_ambiguous_words_boldly_from_context()
    {
        var repaired = Full.Repair(File.ReadAllText(Seeds.Ostersund));
        Assert.True(repaired.Damage > 0.9);
        Assert.Contains(repaired.Corrections, c => c.Original == "for" && c.Replacement == "för" && c.Reason == CorrectionReason.Ambiguous);
        Assert.Contains(repaired.Corrections, c => c.Original == "&r" && c.Replacement == "år" && c.Rule.Contains('&', StringComparison.Ordinal));
        Assert.Contains(repaired.Corrections, c => c.Original == "ar" && c.Replacement == "är");
    }

    [Fact]
    public void A_damaged_text_keeps_a_valid_word_whose_marked_twin_is_no_likelier_in_its_context()
    {
        // The OCR'd seed's "nyanlanda fort kommer i arbete": "fort" (quickly) and "fört" (carried) are about as likely
        // there, so what was written stays, while the damage around it is repaired.
        var repaired = Full.Repair(File.ReadAllText(Seeds.Ostersund));
        Assert.Contains(repaired.Corrections, c => c.Original == "nyanlanda" && c.Replacement == "nyanlända");
        Assert.DoesNotContain(repaired.Corrections, c => c.Original == "fort");
    }

    [Fact]
    public void Corrections_and_offset_map_round_trip_to_the_original()
    {
        var original = File.ReadAllText(Seeds.Ostersund);
        var repaired = SwedishRepairer.Default.Repair(original);

        // Replaying the corrections on the original gives the repaired text; each names what it replaced.
        var rebuilt = new StringBuilder();
        var at = 0;
        foreach (var c in repaired.Corrections)
        {
            Assert.True(c.Start >= at, "corrections are ordered and never overlap");
            Assert.Equal(c.Original, original.Substring(c.Start, c.Length));
            Assert.InRange(c.Confidence, 0.5, 1);
            rebuilt.Append(original, at, c.Start - at).Append(c.Replacement);
            at = c.End;
        }

        rebuilt.Append(original, at, original.Length - at);
        Assert.Equal(repaired.Text, rebuilt.ToString());

        // Every correction's span in the repaired text maps back to its span in the original.
        var delta = 0;
        foreach (var c in repaired.Corrections)
        {
            var (start, length) = repaired.MapToOriginal(c.Start + delta, c.Replacement.Length);
            Assert.Equal((c.Start, c.Length), (start, length));
            Assert.Equal(c.Start, repaired.ToOriginal(c.Start + delta));
            Assert.Equal(c.Start + delta, repaired.FromOriginal(c.Start));
            delta += c.Replacement.Length - c.Length;
        }

        Assert.Equal(original.Length, repaired.ToOriginal(repaired.Text.Length));
        Assert.Throws<ArgumentOutOfRangeException>(() => repaired.ToOriginal(repaired.Text.Length + 1));
    }

    [Fact]
    public void Length_changing_repairs_map_back_exactly()
    {
        var text = DamagedContext.Around("Fler m\u00e9anniskor ska kunna v\u00e9axa och UTVÃ„RDERA ﬁnansieringen.");
        var repaired = Full.Repair(text);
        Assert.Contains("Fler människor ska kunna växa och UTVÄRDERA finansieringen.", repaired.Text, StringComparison.Ordinal);
        var m = repaired.Text.IndexOf("Fler människor", StringComparison.Ordinal) + "Fler ".Length;
        var (start, length) = repaired.MapToOriginal(m, "människor".Length);
        Assert.Equal("méanniskor", text.Substring(start, length));
        Assert.Contains(repaired.Corrections, c => c.Reason == CorrectionReason.Encoding && c.Replacement == "UTVÄRDERA");
        Assert.Contains(repaired.Corrections, c => c.Reason == CorrectionReason.Ligature && c.Replacement == "finansieringen");
    }

    [Fact]
    public void Keep_layout_invariant_holds_on_every_seed()
    {
        foreach (var seed in Seeds.Texts)
        {
            var text = File.ReadAllText(seed);
            var repaired = Full.Repair(text).Text;
            Assert.Equal(text.Split('\n').Select(l => Seeds.Words(l).Length), repaired.Split('\n').Select(l => Seeds.Words(l).Length));
            Assert.Equal(text.Count(char.IsWhiteSpace), repaired.Count(char.IsWhiteSpace));
        }
    }

    [Fact]
    public void A_word_hyphenated_across_lines_is_repaired_piece_by_piece()
    {
        var repaired = Full.Repair(DamagedContext.Around("Kommunens kompetensfor-\nsorjning ska starkas."));
        Assert.Contains("kompetensför-\nsörjning ska stärkas.", repaired.Text, StringComparison.Ordinal);
        Assert.Contains(repaired.Corrections, c => c.Original == "kompetensfor" && c.Replacement == "kompetensför");
        Assert.Contains(repaired.Corrections, c => c.Original == "sorjning" && c.Replacement == "sörjning");
    }

    [Fact]
    public void User_words_are_accepted_and_repaired_towards()
    {
        var sentence = "Vi bygger ut Ostberget och Frosdn.";
        var without = DamagedContext.RepairedSentence(Full, sentence);
        Assert.Contains("Ostberget", without, StringComparison.Ordinal);

        var withWords = new SwedishRepairer(new RepairOptions { Mode = RepairMode.Full, UserWords = ["Östberget"] });
        var repaired = withWords.Repair(DamagedContext.Around(sentence)).Text;
        Assert.Contains("Vi bygger ut Östberget och Frösön.", repaired, StringComparison.Ordinal);
    }

    [Fact]
    public void Confidence_threshold_drops_uncertain_corrections()
    {
        var text = File.ReadAllText(Seeds.Ostersund);
        var all = new SwedishRepairer(new RepairOptions { ConfidenceThreshold = 0 }).Repair(text).Corrections;
        var sure = new SwedishRepairer(new RepairOptions { ConfidenceThreshold = 0.99 }).Repair(text).Corrections;
        Assert.True(sure.Length < all.Length);
        Assert.All(sure, c => Assert.True(c.Confidence >= 0.99));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SwedishRepairer(new RepairOptions { ConfidenceThreshold = 1.5 }));
    }

    [Fact]
    public void Light_and_off_modes_only_fix_encoding_or_nothing()
    {
        var text = "Kommunen &r héllbar. Ã–stersund och ﬁnans.";
        var light = new SwedishRepairer(new RepairOptions { Mode = RepairMode.Light }).Repair(text);
        Assert.Equal("Kommunen &r héllbar. Östersund och finans.", light.Text);
        Assert.All(light.Corrections, c => Assert.Contains(c.Reason, new[] { CorrectionReason.Encoding, CorrectionReason.Ligature }));
        Assert.Same(text, new SwedishRepairer(new RepairOptions { Mode = RepairMode.Off }).Repair(text).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData("The council adopted the budget for the coming year and the goals for growth.")]
    [InlineData("Муниципалитет Östersund 東京 ×÷ \u0001\u0002 ∑∫ 😀😀 &&& ||| 666 000")]
    public void Odd_input_is_repaired_or_left_alone_without_exceptions(string text)
    {
        var repaired = Full.Repair(text);
        Assert.Equal(Seeds.Words(text).Length, Seeds.Words(repaired.Text).Length);
    }

    [Fact]
    public void Very_long_tokens_and_large_garbage_finish()
    {
        var random = new Random(7);
        var alphabet = "aoeéd6&0thgsiAOG| \n.,-";
        var garbage = new string([.. Enumerable.Range(0, 200_000).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var longToken = new string('a', 100_000) + " " + string.Concat(Enumerable.Repeat("hallbar", 5_000));
        foreach (var text in new[] { garbage, longToken })
        {
            var repaired = Full.Repair(text);
            Assert.Equal(Seeds.Words(text).Length, Seeds.Words(repaired.Text).Length);
        }
    }

    [Fact]
    public void English_text_is_left_alone()
    {
        var text = "The municipality shall promote sustainable growth for all people and work to increase access to care. Goals are set for every year and for all parts of the organisation.";
        Assert.Empty(Full.Repair(text).Corrections);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Full.Repair(File.ReadAllText(Seeds.Ostersund), cancelled.Token));
    }

    [Fact]
    public void Scanned_pdf_gets_the_full_pass_and_born_digital_pdf_the_light_pass()
    {
        var reader = new DocumentReader();
        var scanned = SwedishRepairer.Default.Repair(reader.Read("seeds/perstorp-kommunovergripande-mal-2023-2026-scanned.pdf"));
        Assert.True(scanned.Repair.Corrections.Length > 100);
        Assert.Contains(scanned.Text.Diagnostics, d => d.Code == DocumentRepair.RepairedCode);

        var digital = SwedishRepairer.Default.Repair(reader.Read(Seeds.Pdf(Seeds.Perstorp)));
        Assert.Empty(digital.Repair.Corrections);
        Assert.DoesNotContain(digital.Text.Diagnostics, d => d.Code is DocumentRepair.RepairedCode or DocumentRepair.LooksDamagedCode);
    }

    [Fact]
    public void Analyzer_spans_point_into_the_text_as_read()
    {
        var analyzed = MalAnalyzer.CreateDefault().Analyze(Seeds.Ostersund);
        Assert.Equal("Kompetensförsörjning", analyzed.Goals[2].ShortName);
        Assert.True(analyzed.Repair.Changed);
        foreach (var goal in analyzed.Goals)
        {
            var source = analyzed.TextOf(goal.Span);
            Assert.Contains(goal.Number!, source, StringComparison.Ordinal);
            Assert.Contains(WordScores.StripMarks(goal.Statement.Split(' ')[1]), WordScores.StripMarks(source), StringComparison.Ordinal);
        }

        Assert.Contains(analyzed.Diagnostics, d => d.Code == DocumentRepair.RepairedCode && d.Severity == DiagnosticSeverity.Info);
    }
}
