using MalAnalys.Agenda2030;

namespace MalAnalys.Tests.Agenda2030;

public sealed class SdgPipelineTests
{
    [Fact]
    public void Analysed_goals_carry_their_SDGs_and_the_document_a_profile()
    {
        var doc = MalAnalyzer.CreateDefault().Analyze(Seeds.Ystad);

        Assert.Equal(doc.Goals.Count, doc.Sdgs.Length);
        Assert.Equal(doc.Goals, doc.Sdgs.Select(s => s.Goal));
        Assert.Equal(8, doc.SdgsOf(doc.Goals[0])!.Predictions[0].Sdg);
        Assert.Equal(3, doc.SdgsOf(doc.Goals[3])!.Predictions[0].Sdg);
        var profile = doc.SdgProfile!;
        Assert.Equal(7, profile.GoalCount);
        Assert.Equal(17, profile.Entries.Length);
        Assert.Equal(doc.Sdgs.Count(s => s.Result.Served.Any(p => p.Sdg == 8)), profile[8].Goals);
        Assert.True(profile[8].Goals >= 1);
        Assert.Equal(doc.Sdgs.Max(s => s.Result.ScoreOf(8)), profile[8].MaxScore);
        Assert.Equal(0, profile[14].Goals);
    }

    [Fact]
    public void OCR_damaged_goals_are_classified_too()
    {
        var doc = MalAnalyzer.CreateDefault().Analyze(Seeds.Ostersund);

        var education = doc.Goals.Single(g => g.Statement.Contains("gymnasieexamen", StringComparison.Ordinal));
        Assert.Equal(4, doc.SdgsOf(education)!.Predictions[0].Sdg);
    }

    [Fact]
    public void Classification_can_be_switched_off()
    {
        var doc = new MalAnalyzer(new MalAnalyzerOptions { ClassifySdgs = false }).Analyze(Seeds.Perstorp);

        Assert.Empty(doc.Sdgs);
        Assert.Null(doc.SdgProfile);
        Assert.Null(doc.SdgsOf(doc.Goals[0]));
    }
}
