using System.Globalization;
using MalAnalys.Agenda2030;

namespace MalAnalys.Training.Tool;

/// <summary>
/// Cross-validation-only experiments (decision rules, stacking): they never read the seed goals and write nothing.
/// Every figure is given twice: with the parameters chosen on all cross-validated scores (optimistic) and chosen by
/// nested cross-validation (for each outer fold, on an inner cross-validation of the other folds only; honest).
/// </summary>
internal static class Experiments
{
    private const int L = SdgCatalogue.Count;

    /// <summary>Outer cross-validated scores plus, for each outer fold, the inner cross-validation of the other folds.</summary>
    internal sealed class NestedScores
    {
        public required IReadOnlyList<SdgExample> Examples { get; init; }

        public required float[][] Outer { get; init; }

        public required Dictionary<string, int> FoldOf { get; init; }

        public required List<(List<SdgExample> Inner, float[][] Scores, Dictionary<string, int> FoldOf)> Inner { get; init; }

        public int Folds => Inner.Count;
    }

    /// <summary>The outer cross-validation and, for each outer fold, the inner one of the other folds.</summary>
    /// <param name="examples">The corpus.</param>
    /// <param name="options">The settings; the inner cross-validations use one fold fewer.</param>
    /// <param name="crossValidate">Cross-validates a set of texts (the engine with the run's term lists).</param>
    public static NestedScores Compute(IReadOnlyList<SdgExample> examples, SdgTrainingOptions options, Func<IReadOnlyList<SdgExample>, SdgTrainingOptions, float[][]> crossValidate)
    {
        var outer = crossValidate(examples, options);
        var foldOf = SdgTraining.Folds(examples, options);
        var inner = new List<(List<SdgExample>, float[][], Dictionary<string, int>)>();
        var innerOptions = options with { Folds = options.Folds - 1 };
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var set = examples.Where(e => e.TrainOnly || foldOf[e.Group] != fold).ToList();
            inner.Add((set, crossValidate(set, innerOptions), SdgTraining.Folds(set, innerOptions)));
        }

        return new NestedScores { Examples = examples, Outer = outer, FoldOf = foldOf, Inner = inner };
    }

    // ---------- decision rules ----------

    /// <summary>
    /// SDG l is predicted when its score reaches <paramref name="High"/> and <paramref name="Relative"/> × the top score,
    /// or when it is the top SDG and reaches <paramref name="Low"/>. Low = High, Relative = 0 is one common threshold.
    /// </summary>
    internal readonly record struct Rule(float Low, float High, float Relative)
    {
        public bool[] Apply(float[] s)
        {
            var top = 0;
            for (var l = 1; l < s.Length; l++)
            {
                if (s[l] > s[top])
                {
                    top = l;
                }
            }

            var result = new bool[s.Length];
            for (var l = 0; l < s.Length; l++)
            {
                result[l] = (s[l] >= High && s[l] >= Relative * s[top]) || (l == top && s[l] >= Low);
            }

            return result;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"low {Low:0.00} high {High:0.00} rel {Relative:0.00}");
    }

    public static IEnumerable<Rule> Grid(string kind)
    {
        var steps = Enumerable.Range(1, 18).Select(i => MathF.Round(i * 0.05f, 2)).ToArray();
        switch (kind)
        {
            case "common":
                foreach (var t in steps)
                {
                    yield return new Rule(t, t, 0);
                }

                break;
            case "lowhigh":
                foreach (var lo in steps)
                {
                    foreach (var hi in steps.Where(h => h >= lo))
                    {
                        yield return new Rule(lo, hi, 0);
                    }
                }

                break;
            case "relative":
                foreach (var lo in steps)
                {
                    foreach (var hi in steps.Where(h => h >= lo))
                    {
                        foreach (var r in new[] { 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f })
                        {
                            yield return new Rule(lo, hi, r);
                        }
                    }
                }

                break;
            default:
                throw new ArgumentException(kind, nameof(kind));
        }
    }

    public sealed record Quality(double P, double R, double MicroF1, double MacroF1, int NoneWithLabel, int None, int Texts)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"micro-F1 {MicroF1:0.000} macro-F1 {MacroF1:0.000} P {P:0.000} R {R:0.000} no-SDG texts given a label {NoneWithLabel}/{None}");
    }

    public static Quality Score(IReadOnlyList<SdgExample> examples, bool[]?[] predicted)
    {
        var tp = new int[L];
        var fp = new int[L];
        var fn = new int[L];
        int none = 0, noneWith = 0, texts = 0;
        for (var i = 0; i < examples.Count; i++)
        {
            if (predicted[i] is not { } p)
            {
                continue;
            }

            texts++;
            if (examples[i].Labels.Length == 0)
            {
                none++;
                noneWith += p.Any(x => x) ? 1 : 0;
            }

            for (var l = 0; l < L; l++)
            {
                var gold = examples[i].Labels.Contains(l + 1);
                tp[l] += gold && p[l] ? 1 : 0;
                fp[l] += !gold && p[l] ? 1 : 0;
                fn[l] += gold && !p[l] ? 1 : 0;
            }
        }

        double Ratio(double a, double b) => b == 0 ? 0 : a / b;
        double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
        var macro = Enumerable.Range(0, L).Average(l => F(Ratio(tp[l], tp[l] + fp[l]), Ratio(tp[l], tp[l] + fn[l])));
        var mp = Ratio(tp.Sum(), tp.Sum() + fp.Sum());
        var mr = Ratio(tp.Sum(), tp.Sum() + fn.Sum());
        return new Quality(mp, mr, F(mp, mr), macro, noneWith, none, texts);
    }

    public static bool[]?[] Predict(float[]?[] scores, Func<int, Rule> ruleOf) =>
        scores.Select((s, i) => s is null ? null : ruleOf(i).Apply(s)).ToArray();

    public static Rule Best(IReadOnlyList<SdgExample> examples, float[]?[] scores, IEnumerable<Rule> grid)
    {
        var best = default(Rule);
        var bestF1 = -1.0;
        foreach (var rule in grid)
        {
            var f1 = Score(examples, Predict(scores, _ => rule)).MicroF1;
            if (f1 > bestF1 + 1e-9)
            {
                (best, bestF1) = (rule, f1);
            }
        }

        return best;
    }

    /// <summary>Optimistic (rule chosen on all outer scores) and nested (rule chosen per outer fold on its inner scores) quality of a rule family.</summary>
    public static (Rule All, Quality Optimistic, Quality Nested, Rule[] PerFold) Rules(NestedScores n, float[]?[] outer, IReadOnlyList<float[]?[]> inner, string kind)
    {
        var grid = Grid(kind).ToArray();
        var all = Best(n.Examples, outer, grid);
        var optimistic = Score(n.Examples, Predict(outer, _ => all));
        var perFold = new Rule[n.Folds];
        for (var k = 0; k < n.Folds; k++)
        {
            perFold[k] = Best(n.Inner[k].Inner, inner[k], grid);
        }

        var nested = Score(n.Examples, Predict(outer, i => perFold[n.FoldOf[n.Examples[i].Group]]));
        return (all, optimistic, nested, perFold);
    }

    // ---------- stacking ----------

    /// <summary>
    /// A second stage per SDG: logistic regression (Newton, L2) on the SDG's own first-stage logit and the 17
    /// first-stage scores, trained on out-of-fold first-stage scores.
    /// </summary>
    internal sealed class Stacker
    {
        public required double[][] Coefficients { get; init; } // per SDG: [bias, a·own logit, b_1..b_17]

        public static double Logit(float p)
        {
            var q = Math.Clamp((double)p, 1e-6, 1 - 1e-6);
            return Math.Log(q / (1 - q));
        }

        public static double[] Inputs(float[] s, int l, bool others)
        {
            var x = new double[others ? 2 + L : 2];
            x[0] = 1;
            x[1] = Logit(s[l]);
            if (others)
            {
                for (var m = 0; m < L; m++)
                {
                    x[2 + m] = m == l ? 0 : s[m];
                }
            }

            return x;
        }

        public static Stacker Fit(IReadOnlyList<SdgExample> examples, float[]?[] scores, double l2, bool others)
        {
            var coefficients = new double[L][];
            for (var l = 0; l < L; l++)
            {
                var xs = new List<double[]>();
                var ys = new List<double>();
                for (var i = 0; i < examples.Count; i++)
                {
                    if (scores[i] is { } s)
                    {
                        xs.Add(Inputs(s, l, others));
                        ys.Add(examples[i].Labels.Contains(l + 1) ? 1 : 0);
                    }
                }

                coefficients[l] = Newton(xs, ys, l2);
            }

            return new Stacker { Coefficients = coefficients };
        }

        public float[] Apply(float[] s)
        {
            var result = new float[L];
            for (var l = 0; l < L; l++)
            {
                var c = Coefficients[l];
                var x = Inputs(s, l, c.Length > 2);
                var z = 0.0;
                for (var j = 0; j < c.Length; j++)
                {
                    z += c[j] * x[j];
                }

                result[l] = (float)(1 / (1 + Math.Exp(-z)));
            }

            return result;
        }

        private static double[] Newton(List<double[]> xs, List<double> ys, double l2)
        {
            var d = xs[0].Length;
            var w = new double[d];
            w[1] = 1; // start from the first stage itself
            for (var iter = 0; iter < 50; iter++)
            {
                var g = new double[d];
                var h = new double[d, d];
                for (var i = 0; i < xs.Count; i++)
                {
                    var x = xs[i];
                    var z = 0.0;
                    for (var j = 0; j < d; j++)
                    {
                        z += w[j] * x[j];
                    }

                    var p = 1 / (1 + Math.Exp(-z));
                    var r = p * (1 - p);
                    for (var j = 0; j < d; j++)
                    {
                        g[j] += (p - ys[i]) * x[j];
                        for (var k = 0; k < d; k++)
                        {
                            h[j, k] += r * x[j] * x[k];
                        }
                    }
                }

                // L2 on everything but the bias; the own-logit weight is pulled towards 1 (the first stage as is).
                for (var j = 1; j < d; j++)
                {
                    g[j] += l2 * (w[j] - (j == 1 ? 1 : 0));
                    h[j, j] += l2;
                }

                var step = Solve(h, g);
                var max = 0.0;
                for (var j = 0; j < d; j++)
                {
                    w[j] -= step[j];
                    max = Math.Max(max, Math.Abs(step[j]));
                }

                if (max < 1e-9)
                {
                    break;
                }
            }

            return w;
        }

        private static double[] Solve(double[,] a, double[] b)
        {
            var n = b.Length;
            var m = new double[n, n + 1];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    m[i, j] = a[i, j];
                }

                m[i, n] = b[i];
            }

            for (var c = 0; c < n; c++)
            {
                var pivot = c;
                for (var r = c + 1; r < n; r++)
                {
                    if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c]))
                    {
                        pivot = r;
                    }
                }

                for (var j = 0; j <= n; j++)
                {
                    (m[c, j], m[pivot, j]) = (m[pivot, j], m[c, j]);
                }

                for (var r = 0; r < n; r++)
                {
                    if (r == c || m[c, c] == 0)
                    {
                        continue;
                    }

                    var f = m[r, c] / m[c, c];
                    for (var j = c; j <= n; j++)
                    {
                        m[r, j] -= f * m[c, j];
                    }
                }
            }

            var x = new double[n];
            for (var i = 0; i < n; i++)
            {
                x[i] = m[i, i] == 0 ? 0 : m[i, n] / m[i, i];
            }

            return x;
        }
    }

    /// <summary>Second-stage scores by cross-validation over given folds: each text's stacker was fitted without its fold.</summary>
    public static float[]?[] StackCv(IReadOnlyList<SdgExample> examples, float[]?[] scores, Dictionary<string, int> foldOf, int folds, double l2, bool others)
    {
        var result = new float[]?[examples.Count];
        for (var k = 0; k < folds; k++)
        {
            var train = scores.Select((s, i) => s is not null && foldOf[examples[i].Group] != k ? s : null).ToArray();
            var stacker = Stacker.Fit(examples, train, l2, others);
            for (var i = 0; i < examples.Count; i++)
            {
                if (scores[i] is { } s && foldOf[examples[i].Group] == k)
                {
                    result[i] = stacker.Apply(s);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Stacking, both ways. Optimistic: stacker cross-validated over the outer folds on the outer scores, rule chosen on
    /// the result. Nested: per outer fold, stacker fitted on the inner out-of-fold scores and applied to the outer
    /// fold's first-stage scores; its rule chosen on a cross-validation of the stacker over the inner folds.
    /// </summary>
    public static (Quality Optimistic, Rule All, Quality Nested, Rule[] PerFold) Stack(NestedScores n, double l2, bool others, string kind)
    {
        var grid = Grid(kind).ToArray();
        var outerStacked = StackCv(n.Examples, n.Outer, n.FoldOf, n.Folds, l2, others);
        var all = Best(n.Examples, outerStacked, grid);
        var optimistic = Score(n.Examples, Predict(outerStacked, _ => all));

        var nestedScores = new float[]?[n.Examples.Count];
        var perFold = new Rule[n.Folds];
        for (var k = 0; k < n.Folds; k++)
        {
            var (inner, innerScores, innerFoldOf) = n.Inner[k];
            var stacker = Stacker.Fit(inner, innerScores, l2, others);
            for (var i = 0; i < n.Examples.Count; i++)
            {
                if (n.Outer[i] is { } s && n.FoldOf[n.Examples[i].Group] == k)
                {
                    nestedScores[i] = stacker.Apply(s);
                }
            }

            var innerStacked = StackCv(inner, innerScores, innerFoldOf, n.Folds - 1, l2, others);
            perFold[k] = Best(inner, innerStacked, grid);
        }

        var nested = Score(n.Examples, Predict(nestedScores, i => perFold[n.FoldOf[n.Examples[i].Group]]));
        return (optimistic, all, nested, perFold);
    }

    public static void Run(IReadOnlyList<SdgExample> examples, SdgTrainingOptions options, Func<IReadOnlyList<SdgExample>, SdgTrainingOptions, float[][]> crossValidate, string[] args)
    {
        var at = Array.IndexOf(args, "--seeds");
        var seeds = at >= 0 ? args[at + 1].Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray() : [options.Seed];
        var configs = new List<(string Name, Func<NestedScores, (Quality Optimistic, Quality Nested)> Run)>
        {
            ("first stage, common threshold", n => Pair(Rules(n, n.Outer, InnerOf(n), "common"))),
            ("first stage, low/high", n => Pair(Rules(n, n.Outer, InnerOf(n), "lowhigh"))),
            ("first stage, relative", n => Pair(Rules(n, n.Outer, InnerOf(n), "relative"))),
        };
        if (args.Contains("--stack"))
        {
            foreach (var others in args.Contains("--no-others") ? new[] { false } : new[] { false, true })
            {
                foreach (var l2 in new[] { 3.0 })
                {
                    foreach (var kind in args.Contains("--no-others") ? new[] { "lowhigh" } : new[] { "common", "lowhigh", "relative" })
                    {
                        configs.Add((string.Create(CultureInfo.InvariantCulture, $"stack others={others} l2={l2}, {kind}"), n =>
                        {
                            var r = Stack(n, l2, others, kind);
                            return (r.Optimistic, r.Nested);
                        }));
                    }
                }
            }
        }

        var results = configs.Select(_ => new List<(Quality, Quality)>()).ToArray();
        foreach (var seed in seeds)
        {
            var n = Compute(examples, options with { Seed = seed }, crossValidate);
            for (var c = 0; c < configs.Count; c++)
            {
                var r = configs[c].Run(n);
                results[c].Add(r);
                Console.WriteLine($"seed {seed} | {configs[c].Name} | all-CV {r.Optimistic} | nested {r.Nested}");
            }
        }

        Console.WriteLine();
        for (var c = 0; c < configs.Count; c++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"mean over {seeds.Length} fold seeds | {configs[c].Name} | all-CV micro-F1 {results[c].Average(r => r.Item1.MicroF1):0.000} | nested micro-F1 {results[c].Average(r => r.Item2.MicroF1):0.000} macro-F1 {results[c].Average(r => r.Item2.MacroF1):0.000} no-SDG given a label {results[c].Average(r => r.Item2.NoneWithLabel):0.0}"));
        }
    }

    private static List<float[]?[]> InnerOf(NestedScores n) => n.Inner.Select(x => (float[]?[])x.Scores).ToList();

    private static (Quality, Quality) Pair((Rule All, Quality Optimistic, Quality Nested, Rule[] PerFold) r) => (r.Optimistic, r.Nested);
}
