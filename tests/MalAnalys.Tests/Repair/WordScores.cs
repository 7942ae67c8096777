namespace MalAnalys.Tests.Repair;

/// <summary>Word-level measures of repair quality.</summary>
internal static class WordScores
{
    public const string Reference = "TestData/Repair/ostersund-budget-2024-mal-corrected.txt";

    /// <summary>Whitespace-separated tokens holding at least one letter (bullets and numbers are not words).</summary>
    public static string[] Words(string text) => [.. Seeds.Words(text).Where(w => w.Any(char.IsLetter))];

    /// <summary>
    /// Fix and break rates of <paramref name="repaired"/> against a hand-corrected <paramref name="reference"/> of
    /// <paramref name="original"/>, all three with the same tokens: a damaged token is one the reference changed.
    /// </summary>
    public static (int Damaged, int Fixed, int Undamaged, int Broken) FixAndBreak(string original, string reference, string repaired)
    {
        var o = Seeds.Words(original);
        var r = Seeds.Words(reference);
        var x = Seeds.Words(repaired);
        if (o.Length != r.Length || o.Length != x.Length)
        {
            throw new InvalidOperationException($"Token counts differ: original {o.Length}, reference {r.Length}, repaired {x.Length}.");
        }

        int damaged = 0, fixedCount = 0, undamaged = 0, broken = 0;
        for (var i = 0; i < o.Length; i++)
        {
            if (o[i] != r[i])
            {
                damaged++;
                fixedCount += x[i] == r[i] ? 1 : 0;
            }
            else
            {
                undamaged++;
                broken += x[i] != o[i] ? 1 : 0;
            }
        }

        return (damaged, fixedCount, undamaged, broken);
    }

    /// <summary>
    /// Word accuracy of <paramref name="hypothesis"/> against <paramref name="reference"/> when their tokens need not
    /// line up (OCR splits and joins words): the share of reference words matched exactly in a minimal edit alignment.
    /// </summary>
    public static double Accuracy(string[] reference, string[] hypothesis)
    {
        var n = reference.Length;
        var m = hypothesis.Length;
        var d = new int[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= m; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var same = string.Equals(reference[i - 1], hypothesis[j - 1], StringComparison.Ordinal);
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (same ? 0 : 1));
            }
        }

        int a = n, b = m, matched = 0;
        while (a > 0 && b > 0)
        {
            var same = string.Equals(reference[a - 1], hypothesis[b - 1], StringComparison.Ordinal);
            if (d[a, b] == d[a - 1, b - 1] + (same ? 0 : 1))
            {
                matched += same ? 1 : 0;
                a--;
                b--;
            }
            else if (d[a, b] == d[a - 1, b] + 1)
            {
                a--;
            }
            else
            {
                b--;
            }
        }

        return n == 0 ? 1 : (double)matched / n;
    }

    /// <summary>The text with å, ä, ö (and capitals) written without their marks, as OCR loses them.</summary>
    public static string StripMarks(string text) => new([.. text.Select(c => c switch
    {
        'å' or 'ä' => 'a',
        'ö' => 'o',
        'Å' or 'Ä' => 'A',
        'Ö' => 'O',
        _ => c,
    })]);
}
