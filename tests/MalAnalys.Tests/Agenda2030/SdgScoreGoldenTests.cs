using System.Globalization;
using System.Text;
using MalAnalys.Agenda2030;
using MalAnalys.Tests.Search;

namespace MalAnalys.Tests.Agenda2030;

/// <summary>
/// The classifier's score for every SDG of every goal of the seeds, with the evidence of the top SDGs, compared with
/// Golden/seed-sdg-scores.txt: any change to featurizing (folding, stop words, stems, compound parts) or scoring shows.
/// </summary>
public sealed class SdgScoreGoldenTests
{
    [Fact]
    public void Every_seed_goal_scores_as_its_golden_file_says()
    {
        var text = new StringBuilder();
        text.Append("# SDG scores of the seed goals: goal, then SDG:score for all 17 (by SDG), then evidence of the top SDGs.\n");
        foreach (var (seed, document) in SeedIndex.Documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            foreach (var goal in document.Sdgs)
            {
                var result = goal.Result;
                text.Append('\n').Append(seed).Append(" #").Append(goal.Goal.Ordinal.ToString(CultureInfo.InvariantCulture))
                    .Append(": ").Append(result.Text).Append('\n');
                text.Append("  scores ").AppendJoin(' ', result.Predictions.OrderBy(p => p.Sdg).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Sdg}:{p.Score:R}"))).Append('\n');
                text.Append("  served ").AppendJoin(',', result.Served.Select(p => p.Sdg.ToString(CultureInfo.InvariantCulture))).Append('\n');
                foreach (var prediction in result.Predictions.Where(p => p.Evidence.Length > 0))
                {
                    text.Append("  evidence ").Append(prediction.Sdg.ToString(CultureInfo.InvariantCulture)).Append(": ")
                        .AppendJoin("; ", prediction.Evidence.Select(e => string.Create(CultureInfo.InvariantCulture, $"'{e.Text}' {e.Weight:R} @{e.Start}+{e.Length}")))
                        .Append('\n');
                }

                foreach (var diagnostic in result.Diagnostics)
                {
                    text.Append("  diagnostic ").Append(diagnostic.Code).Append('\n');
                }
            }
        }

        GoldenFile.Check(Path.Combine("Agenda2030", "Golden", "seed-sdg-scores.txt"), text.ToString());
    }
}
