using MalAnalys.Agenda2030;
using MalAnalys.Reporting;

namespace MalAnalys.Tests.Reporting;

public sealed class SdgCoverageTests
{
    [Fact]
    public void OneRowPerMunicipality_SeventeenColumns_SharesFromTheDocumentsProfiles()
    {
        var coverage = SdgCoverage.FromDocuments(SeedDocuments.All);

        Assert.Equal(["Perstorp", "Ystad", "Östersund"], coverage.Rows.Select(r => r.Label));
        var matrix = coverage.ToMatrix();
        Assert.Equal(3, matrix.GetLength(0));
        Assert.Equal(17, matrix.GetLength(1));
        foreach (var document in SeedDocuments.All)
        {
            var row = coverage.Rows.Single(r => r.Label == document.Document.Municipality);
            Assert.Equal(document.Goals.Count, row.GoalCount);
            for (var sdg = 1; sdg <= SdgCatalogue.Count; sdg++)
            {
                Assert.Equal((double)document.SdgProfile![sdg].Goals / document.Goals.Count, row.Share(sdg), 10);
            }
        }
    }

    [Fact]
    public void TheSameMunicipalityFromSeveralFiles_IsOneRow_AndAPdfThatLostItsMarksJoinsIt()
    {
        var analyzer = MalAnalyzer.CreateDefault();
        var text = analyzer.Analyze(Seeds.Ostersund);
        var pdf = analyzer.Analyze(Seeds.Pdf(Seeds.Ostersund));

        var coverage = SdgCoverage.FromDocuments([text, pdf], allCopies: true);

        var row = Assert.Single(coverage.Rows);
        Assert.Equal("Östersund", row.Label);
        Assert.Equal(2, row.Documents);
        Assert.Equal(text.Goals.Count + pdf.Goals.Count, row.GoalCount);

        // By default the PDF is a copy of the text (the same goals): one document, its goals once.
        var once = Assert.Single(SdgCoverage.FromDocuments([text, pdf]).Rows);
        Assert.Equal((1, text.Goals.Count), (once.Documents, once.GoalCount));
    }

    [Fact]
    public void Tsv_HasAHeaderAndOneLinePerRow_WithSharesToTwoDecimals()
    {
        var lines = SdgCoverage.FromDocuments(SeedDocuments.All).ToTsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(4, lines.Length);
        Assert.Equal(["municipality", "goals", .. Enumerable.Range(1, 17).Select(i => $"sdg{i}")], lines[0].Split('\t'));
        Assert.All(lines.Skip(1), l => Assert.Equal(19, l.Split('\t').Length));
        Assert.All(lines.Skip(1).SelectMany(l => l.Split('\t').Skip(2)), v => Assert.Matches(@"^[01]\.\d\d$", v));
    }

    [Fact]
    public void DocumentsWithoutClassification_CountNoGoals()
    {
        var document = new MalAnalyzer(new MalAnalyzerOptions { ClassifySdgs = false }).Analyze(Seeds.Ystad);

        var row = Assert.Single(SdgCoverage.FromDocuments([document]).Rows);

        Assert.Equal(0, row.GoalCount);
        Assert.All(Enumerable.Range(1, 17), sdg => Assert.Equal(0, row.Share(sdg)));
    }
}
