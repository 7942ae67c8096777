using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace MalAnalys.Search;

/// <summary>
/// Collects every hit into groups of copies, by a sorted doc-values field (<see cref="GoalFields.CopyGroup"/> for goals,
/// <see cref="GoalFields.CopyKey"/> for documents), keeping each group's best-scored hit (on a tie, the copy with the fewest
/// OCR corrections, <see cref="GoalFields.Corrections"/>, then the lowest doc id, as Lucene's own ranking does) and the others. Lucene.Net 4.8 has no grouping collector usable here, and over-fetching
/// top hits cannot say how many groups there are in all; a group is a dictionary entry, so memory grows with the groups
/// that matched, not with the index.
/// </summary>
internal sealed class CopyCollector(string field) : ICollector
{
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private Scorer? _scorer;
    private SortedDocValues? _values;
    private NumericDocValues? _corrections;
    private string?[] _names = [];
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>How many groups matched.</summary>
    public int Count => _groups.Count;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _values = context.AtomicReader.GetSortedDocValues(field);
        _corrections = context.AtomicReader.GetNumericDocValues(GoalFields.Corrections);
        _names = _values is null ? [] : new string?[_values.ValueCount];
    }

    public void Collect(int doc)
    {
        var global = _docBase + doc;
        var score = _scorer?.GetScore() ?? 0f;
        var key = KeyOf(doc, global);
        var corrections = _corrections?.Get(doc) ?? 0;
        if (!_groups.TryGetValue(key, out var group))
        {
            _groups[key] = new Group(global, score, corrections);
            return;
        }

        if (score > group.Score || (score == group.Score && (corrections < group.Corrections || (corrections == group.Corrections && global < group.Best))))
        {
            group.Others.Add(group.Best);
            group.Best = global;
            group.Score = score;
            group.Corrections = corrections;
        }
        else
        {
            group.Others.Add(global);
        }
    }

    /// <summary>The groups, best first (score, then doc id): each group's best hit, its score, and the other copies' doc ids.</summary>
    public List<(int Doc, float Score, IReadOnlyList<int> Others)> Ranked() =>
        [.. _groups.Values.OrderByDescending(g => g.Score).ThenBy(g => g.Best).Select(g => (g.Best, g.Score, (IReadOnlyList<int>)g.Others))];

    /// <summary>Counts per municipality and SDG over each group's best hit only, so that a goal read from several files counts once.</summary>
    public FacetCollector Facets(IndexReader reader)
    {
        var facets = new FacetCollector();
        var best = _groups.Values.Select(g => g.Best).Order().ToList();
        var next = 0;
        foreach (var leaf in reader.Leaves)
        {
            facets.SetNextReader(leaf);
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            for (; next < best.Count && best[next] < end; next++)
            {
                facets.Collect(best[next] - leaf.DocBase);
            }
        }

        return facets;
    }

    // An entry without the field (none in a current index) is a group of its own.
    private string KeyOf(int doc, int global)
    {
        var ord = _values?.GetOrd(doc) ?? -1;
        if (ord < 0)
        {
            return "#" + global.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (_names[ord] is { } name)
        {
            return name;
        }

        var bytes = new BytesRef();
        _values!.LookupOrd(ord, bytes);
        return _names[ord] = bytes.Utf8ToString();
    }

    private sealed class Group(int best, float score, long corrections)
    {
        public long Corrections { get; set; } = corrections;

        public int Best { get; set; } = best;

        public float Score { get; set; } = score;

        public List<int> Others { get; } = [];
    }
}
