using System.Collections.Immutable;

namespace MalAnalys.Training;

/// <summary>
/// A classifier on a set of labelled texts: top-1 accuracy and recall@3 over the texts with labels (overall and by
/// number of labels), the served SDGs' micro precision, recall and F1 against the labels, and how many texts without
/// an SDG were given one. <see cref="Summary"/> is what the training command's <c>--evaluate FILE</c> prints.
/// </summary>
/// <param name="Outcomes">Each text as classified, in input order.</param>
public sealed record SdgLabelledEvaluation(ImmutableArray<SdgLabelledOutcome> Outcomes)
{
    /// <summary>How many texts were classified.</summary>
    public int Texts => Outcomes.Length;

    /// <summary>How many of them have labels.</summary>
    public int Labelled => Outcomes.Count(o => o.Text.Labels.Length > 0);

    /// <summary>How many of them serve no SDG.</summary>
    public int WithoutSdg => Texts - Labelled;

    /// <summary>How many labelled texts have a labelled SDG first.</summary>
    public int Top1Correct => Outcomes.Count(o => o.Text.Labels.Length > 0 && o.Top1Correct);

    /// <summary>How many labelled texts have every labelled SDG in the top three.</summary>
    public int AllInTop3 => Outcomes.Count(o => o.Text.Labels.Length > 0 && o.AllInTop3);

    /// <summary><see cref="Top1Correct"/> as a share of <see cref="Labelled"/>.</summary>
    public double Top1Accuracy => Labelled == 0 ? 0 : Top1Correct / (double)Labelled;

    /// <summary><see cref="AllInTop3"/> as a share of <see cref="Labelled"/>.</summary>
    public double RecallAt3 => Labelled == 0 ? 0 : AllInTop3 / (double)Labelled;

    /// <summary>Top-1 and recall@3 by number of labels (1, 2, 3 or more), for the numbers that occur.</summary>
    public ImmutableArray<SdgLabelCountFigures> ByLabelCount =>
    [
        .. Outcomes.Where(o => o.Text.Labels.Length > 0)
            .GroupBy(o => Math.Min(o.Text.Labels.Length, 3))
            .OrderBy(g => g.Key)
            .Select(g => new SdgLabelCountFigures(g.Key, g.Count(), g.Count(o => o.Top1Correct), g.Count(o => o.AllInTop3))),
    ];

    /// <summary>Of the SDGs served (by the classifier's decision rule), the share that are labels.</summary>
    public double ServedPrecision => Served().Precision;

    /// <summary>Of the labels, the share that were served.</summary>
    public double ServedRecall => Served().Recall;

    /// <summary>The harmonic mean of <see cref="ServedPrecision"/> and <see cref="ServedRecall"/>.</summary>
    public double ServedF1
    {
        get
        {
            var (p, r) = Served();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /// <summary>How many texts without an SDG were served one.</summary>
    public int WithoutSdgServed => Outcomes.Count(o => o.Text.Labels.Length == 0 && o.Result.Served.Any());

    /// <summary>The figures as the training command's <c>--evaluate FILE</c> prints them, one per line.</summary>
    public string Summary => SdgSeedEvaluation.Summary(
        [.. Outcomes.Select((o, i) => new SdgGoldOutcome(new SdgGoldGoal(o.Text.Group, i + 1, [.. o.Text.Labels], o.Text.Text), o.Text.Text, o.Result))]);

    /// <inheritdoc cref="Summary" />
    public override string ToString() => Summary;

    private (double Precision, double Recall) Served() =>
        SdgSeedEvaluation.ServedPrecisionRecall(Outcomes.Select(o => (o.Result, (IReadOnlyCollection<int>)o.Text.Labels)));
}
