using System.Globalization;
using System.Text;
using MalAnalys.Reading;
using MalAnalys.Structure;

namespace MalAnalys.Agenda2030;

/// <summary>One hand-labelled real goal: a goal of a seed document and the SDGs it serves, most important first.</summary>
internal sealed record SdgGoldGoal(string Seed, int Ordinal, int[] Labels, string Note);

/// <summary>A real goal as classified, with its gold labels.</summary>
internal sealed record SdgGoldOutcome(SdgGoldGoal Gold, string Text, SdgResult Result)
{
    public bool Top1Correct => Gold.Labels.Contains(Result.Predictions[0].Sdg);

    public bool AllInTop3 => Gold.Labels.All(l => Result.Top(3).Any(p => p.Sdg == l));
}

/// <summary>
/// The evaluation on real goals: the seed documents are read and parsed by the pipeline, and each goal's prediction is
/// compared with the hand labels in <c>Data/evaluation/seed-goals.tsv</c>, which are never used for training.
/// </summary>
internal static class SdgSeedEvaluation
{
    public static IReadOnlyList<SdgGoldGoal> Load(string file)
    {
        return File.ReadLines(file, Encoding.UTF8)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(p => new SdgGoldGoal(p[0], int.Parse(p[1], CultureInfo.InvariantCulture), p[2].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(), p[3]))
            .ToList();
    }

    public static IReadOnlyList<SdgGoldOutcome> Run(SdgClassifier classifier, IReadOnlyList<SdgGoldGoal> gold, string seedsFolder)
    {
        var reader = new DocumentReader();
        var outcomes = new List<SdgGoldOutcome>();
        foreach (var seed in gold.GroupBy(g => g.Seed))
        {
            var document = GoalDocumentParser.Default.Parse(reader.Read(Path.Combine(seedsFolder, seed.Key)));
            foreach (var g in seed)
            {
                var goal = document.Goals.Single(x => x.Ordinal == g.Ordinal);
                var text = SdgClassifier.TextOf(goal);
                outcomes.Add(new SdgGoldOutcome(g, text, classifier.Predict(text)));
            }
        }

        return outcomes;
    }

    public static string Report(IReadOnlyList<SdgGoldOutcome> outcomes)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"top-1 accuracy {outcomes.Count(o => o.Top1Correct) / (double)outcomes.Count:0.000} ({outcomes.Count(o => o.Top1Correct)}/{outcomes.Count}), recall@3 {outcomes.Count(o => o.AllInTop3) / (double)outcomes.Count:0.000} ({outcomes.Count(o => o.AllInTop3)}/{outcomes.Count})");
        sb.AppendLine();
        sb.AppendLine("| seed | goal | gold | predicted top 3 | top-1 | recall@3 |");
        sb.AppendLine("|---|---:|---|---|:-:|:-:|");
        foreach (var o in outcomes)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {o.Gold.Seed} | {o.Gold.Ordinal} | {string.Join(",", o.Gold.Labels)} | {string.Join(" ", o.Result.Top(3))} | {(o.Top1Correct ? "yes" : "no")} | {(o.AllInTop3 ? "yes" : "no")} |");
        }

        return sb.ToString();
    }
}
