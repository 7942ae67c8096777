using MalAnalys.Documents;
using MalAnalys.Reading;
using MalAnalys.Structure;

namespace MalAnalys.Tests.Structure;

/// <summary>What each seed must give, asserted directly (the golden files hold the full detail).</summary>
public class SeedStructureTests
{
    private static (DocumentText Text, GoalDocument Document) Parse(string seed)
    {
        var text = new TextDocumentReader().Read(seed);
        return (text, GoalDocumentParser.Default.Parse(text));
    }

    [Fact]
    public void Perstorp_has_four_headed_goals_with_statements_and_three_principles()
    {
        var (text, doc) = Parse(Seeds.Perstorp);
        Assert.Equal("Perstorp", doc.Municipality);
        Assert.Equal(LayoutFamily.HeadedStatements, doc.Layout);
        Assert.Equal(new Period(PeriodKind.Mandate, 2023, 2026, "mandatperioden 2023-2026"), doc.Period);
        Assert.Equal(
            ["Trygga och goda uppväxtvillkor", "Tillväxt och egenförsörjning", "Goda levnadsvanor och livsmiljöer", "Hållbar ekonomisk utveckling"],
            doc.Goals.Select(g => g.ShortName));
        Assert.All(doc.Goals.Take(3), g => Assert.StartsWith("I Perstorp ska årligen", g.Statement, StringComparison.Ordinal));
        Assert.All(doc.Goals, g => Assert.True(g.Body.Count >= 5));
        Assert.Equal(3, doc.Principles.Count);
        Assert.StartsWith("Tidiga insatser", doc.Principles[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Goals[^1].Body, p => p.Contains("Principer", StringComparison.Ordinal));
        foreach (var goal in doc.Goals)
        {
            var span = text.Original.Substring(goal.Span.Start, goal.Span.Length);
            Assert.StartsWith(goal.ShortName!, span, StringComparison.Ordinal);
            Assert.EndsWith(goal.Body[^1][^20..], span, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ostersund_has_eight_numbered_goals_in_two_groups_without_pull_quotes()
    {
        var (text, doc) = Parse(Seeds.Ostersund);
        // The OCR'd "Ostersunds kommun" is found through the gazetteer under the council's own spelling and code.
        Assert.Equal("Östersund", doc.Municipality);
        Assert.Equal("2380", doc.MunicipalityCode);
        Assert.Equal(LayoutFamily.Numbered, doc.Layout);
        Assert.Equal(PeriodKind.Budget, doc.Period!.Kind);
        Assert.Equal(2024, doc.Period.StartYear);
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"], doc.Goals.Select(g => g.Number));
        Assert.Equal(
            ["Ledning", "Hallbarhet", "Kompetensférsorjning", "Naringsliv och tillvaxt", "Infrastruktur", "Aktivt liv", "Uthildning", "Trygghet och sttd"],
            doc.Goals.Select(g => g.ShortName));
        Assert.Equal([3, 5], doc.Areas.Select(a => a.GoalOrdinals.Count));
        Assert.Empty(doc.Diagnostics);

        // The statement is whole even where the numbered heading was cut off by the layout (1.3).
        Assert.EndsWith("attraherar manniskor ifran alla delar av Sverige och varlden", doc.Goals[2].Statement, StringComparison.Ordinal);

        foreach (var goal in doc.Goals)
        {
            // Page footers and repeated pull quotes are not in the body; no paragraph repeats the statement.
            Assert.DoesNotContain(goal.Body, p => p.Contains("(10)", StringComparison.Ordinal));
            Assert.DoesNotContain(goal.Body, p => p.StartsWith(goal.Statement[..25], StringComparison.Ordinal));
            Assert.True(goal.Body.Count >= 5, $"{goal.Number} has {goal.Body.Count} paragraphs");
            Assert.Contains(goal.Number!, text.Original.Substring(goal.Span.Start, 8), StringComparison.Ordinal);
        }

        // A sentence interrupted by a pull quote is joined again.
        Assert.Contains(doc.Goals[2].Body, p => p.Contains("Kommunens medarbetare ska kanna sig ndjda med sin arbetssituation", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Goals[2].Body, p => p.StartsWith("Y S", StringComparison.Ordinal));
    }

    [Fact]
    public void Ystad_has_three_areas_with_one_three_and_three_goals()
    {
        var (_, doc) = Parse(Seeds.Ystad);
        Assert.Equal("Ystad", doc.Municipality);
        Assert.Equal(LayoutFamily.AreaBullets, doc.Layout);
        Assert.Equal(["God och hållbar tillväxt", "Bästa möjliga medborgarnytta", "Attraktiva livsmiljöer i hela Ystads kommun"], doc.Areas.Select(a => a.Name));
        Assert.Equal([1, 3, 3], doc.Areas.Select(a => a.GoalOrdinals.Count));
        Assert.Equal(7, doc.Goals.Count);
        Assert.Equal(new DateOnly(2023, 6, 15), doc.Adopted);
        Assert.Equal("Ystads kommun har ett gott företagsklimat som ger förutsättningar för tillväxt och hög grad av egen försörjning", doc.Goals[0].Statement);
        Assert.Equal("God och hållbar tillväxt", doc.Goals[0].Area);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Parsing_is_deterministic()
    {
        foreach (var seed in Seeds.Texts)
        {
            Assert.Equal(GoalDocumentJson.Serialize(Parse(seed).Document), GoalDocumentJson.Serialize(Parse(seed).Document));
        }
    }
}
