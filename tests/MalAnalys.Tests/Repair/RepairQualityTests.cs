using MalAnalys.Repair;
using Xunit.Abstractions;

namespace MalAnalys.Tests.Repair;

/// <summary>
/// How well repair does on real text: the OCR'd Östersund seed against its hand-corrected version, clean seeds,
/// clean seeds with their marks stripped, and clean seeds through a real OCR round trip (seeds/ocr-roundtrip.sh).
/// The figures are printed; the assertions hold the quality targets set for repair.
/// </summary>
public class RepairQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Ostersund_keep_layout_fixes_at_least_97_percent_and_breaks_at_most_0_2_percent()
    {
        var original = File.ReadAllText(Seeds.Ostersund);
        var reference = File.ReadAllText(WordScores.Reference);
        var repaired = SwedishRepairer.Default.Repair(original);

        var (damaged, fixedCount, undamaged, broken) = WordScores.FixAndBreak(original, reference, repaired.Text);
        output.WriteLine($"Östersund: {damaged} damaged words, {fixedCount} fixed ({(double)fixedCount / damaged:P2}); {undamaged} undamaged, {broken} changed ({(double)broken / undamaged:P2}); estimated damage {repaired.Damage}");
        Assert.True(damaged > 900, $"the reference marks {damaged} damaged words");
        Assert.True((double)fixedCount / damaged >= 0.97, $"fixed {fixedCount} of {damaged}");
        Assert.True((double)broken / undamaged <= 0.002, $"broke {broken} of {undamaged}");
    }

    [Fact]
    public void Reference_keeps_the_lines_and_tokens_of_the_seed()
    {
        var original = File.ReadAllText(Seeds.Ostersund);
        var reference = File.ReadAllText(WordScores.Reference);
        Assert.Equal(original.Split('\n').Select(l => Seeds.Words(l).Length), reference.Split('\n').Select(l => Seeds.Words(l).Length));
    }

    [Theory]
    [InlineData(Seeds.Perstorp)]
    [InlineData(Seeds.Ystad)]
    public void Clean_seed_passes_through_unchanged(string seed)
    {
        var text = File.ReadAllText(seed);
        var repaired = new SwedishRepairer(new RepairOptions { Mode = RepairMode.Full }).Repair(text);
        Assert.Empty(repaired.Corrections);
        Assert.Same(text, repaired.Text);
        Assert.True(repaired.Damage < 0.05, $"damage {repaired.Damage}");
    }

    [Fact]
    public void Seeds_with_marks_stripped_are_restored_to_at_least_99_5_percent_of_words()
    {
        int right = 0, total = 0;
        foreach (var seed in new[] { Seeds.Perstorp, Seeds.Ystad })
        {
            var clean = File.ReadAllText(seed);
            var repaired = SwedishRepairer.Default.Repair(WordScores.StripMarks(clean)).Text;
            var expected = Seeds.Words(clean);
            var actual = Seeds.Words(repaired);
            Assert.Equal(expected.Length, actual.Length);
            var ok = expected.Zip(actual).Count(p => p.First == p.Second);
            output.WriteLine($"{seed}: {ok}/{expected.Length} words restored ({(double)ok / expected.Length:P2}); {expected.Length - expected.Count(w => w == WordScores.StripMarks(w))} had marks");
            right += ok;
            total += expected.Length;
        }

        Assert.True((double)right / total >= 0.995, $"{right} of {total}");
    }

    [Fact]
    public void Ocr_round_trip_of_clean_seeds_reaches_99_percent_word_accuracy()
    {
        double matched = 0;
        var total = 0;
        foreach (var seed in new[] { Seeds.Perstorp, Seeds.Ystad })
        {
            var ocr = File.ReadAllText($"TestData/Repair/{Path.GetFileNameWithoutExtension(seed)}-ocr-eng.txt");
            var reference = WordScores.Words(File.ReadAllText(seed));
            var before = WordScores.Accuracy(reference, WordScores.Words(ocr));
            var after = WordScores.Accuracy(reference, WordScores.Words(SwedishRepairer.Default.Repair(ocr).Text));
            output.WriteLine($"{seed}: word accuracy of tesseract -l eng output {before:P2}, after repair {after:P2} ({reference.Length} words)");
            Assert.True(after > before + 0.2);
            matched += after * reference.Length;
            total += reference.Length;
        }

        output.WriteLine($"both: {matched / total:P2}");
        Assert.True(matched / total >= 0.99, $"{matched / total:P4}");
    }
}
