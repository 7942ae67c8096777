using System.Globalization;
using System.Text;
using MalAnalys.Agenda2030;
using MalAnalys.Reading;
using MalAnalys.Structure;

namespace MalAnalys.Training;

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

    /// <summary>
    /// Loads a labelled set of goal texts kept outside the repository: UTF-8, tab-separated, lines starting with '#'
    /// ignored; the last two columns are the gold SDGs (most important first, comma-separated, or <c>-</c> for none) and
    /// the text, and the first column names the goal when there are more than two.
    /// </summary>
    public static IReadOnlyList<SdgGoldGoal> LoadLabelled(string file)
    {
        var goals = new List<SdgGoldGoal>();
        foreach (var (lineNumber, parts) in SdgCorpus.Rows(file))
        {
            if (parts.Length < 2)
            {
                throw new InvalidDataException($"{file}:{lineNumber}: expected at least 2 tab-separated columns (labels, text).");
            }

            goals.Add(new SdgGoldGoal(parts.Length > 2 ? parts[0] : Path.GetFileName(file), lineNumber, SdgCorpus.Labels(parts[^2], file, lineNumber), parts[^1]));
        }

        return goals;
    }

    /// <summary>Classifies each labelled text as it stands (its <see cref="SdgGoldGoal.Note"/>).</summary>
    public static IReadOnlyList<SdgGoldOutcome> Classify(SdgClassifier classifier, IReadOnlyList<SdgGoldGoal> gold) =>
        gold.Select(g => new SdgGoldOutcome(g, g.Note, classifier.Predict(g.Note))).ToList();

    /// <summary>Micro precision and recall of the SDGs each result serves against each text's gold SDGs.</summary>
    internal static (double Precision, double Recall) ServedPrecisionRecall(IEnumerable<(SdgResult Result, IReadOnlyCollection<int> Gold)> outcomes)
    {
        int truePositives = 0, predicted = 0, gold = 0;
        foreach (var (result, labels) in outcomes)
        {
            var served = result.Served.Select(p => p.Sdg).ToList();
            predicted += served.Count;
            gold += labels.Count;
            truePositives += served.Count(labels.Contains);
        }

        return (predicted == 0 ? 0 : truePositives / (double)predicted, gold == 0 ? 0 : truePositives / (double)gold);
    }

    /// <summary>
    /// Top-1 accuracy and recall@3 over the texts with gold SDGs, the served SDGs' micro precision, recall and F1 against
    /// the gold SDGs, and how many texts without an SDG were given one.
    /// </summary>
    public static string Summary(IReadOnlyList<SdgGoldOutcome> outcomes)
    {
        var labelled = outcomes.Where(o => o.Gold.Labels.Length > 0).ToList();
        var none = outcomes.Count - labelled.Count;
        var (precision, recall) = ServedPrecisionRecall(outcomes.Select(o => (o.Result, (IReadOnlyCollection<int>)o.Gold.Labels)));
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{outcomes.Count} texts, {labelled.Count} with gold SDGs, {none} with none");
        sb.AppendLine(CultureInfo.InvariantCulture, $"top-1 accuracy {Ratio(labelled.Count(o => o.Top1Correct), labelled.Count)}, recall@3 {Ratio(labelled.Count(o => o.AllInTop3), labelled.Count)}");
        foreach (var group in labelled.GroupBy(o => Math.Min(o.Gold.Labels.Length, 3)).OrderBy(g => g.Key))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  with {(group.Key == 3 ? "3 or more" : group.Key.ToString(CultureInfo.InvariantCulture))} gold SDGs: top-1 {Ratio(group.Count(o => o.Top1Correct), group.Count())}, recall@3 {Ratio(group.Count(o => o.AllInTop3), group.Count())}");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"served SDGs: micro P {precision:0.000} R {recall:0.000} F1 {f1:0.000}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"texts without an SDG given one: {outcomes.Count(o => o.Gold.Labels.Length == 0 && o.Result.Served.Any())} of {none}");
        return sb.ToString();

        static string Ratio(int count, int of) => string.Create(CultureInfo.InvariantCulture, $"{(of == 0 ? 0 : count / (double)of):0.000} ({count}/{of})");
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
