using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace MalAnalys.Search;

/// <summary>
/// Counts hits per municipality and per SDG from doc values, segment by segment by ordinal (no string per hit):
/// facets without the Lucene.Net.Facet package, which is not on our mirror.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> _municipalities = new(StringComparer.Ordinal);
    private readonly int[] _sdgs = new int[18];
    private SortedDocValues? _municipality;
    private SortedSetDocValues? _sdg;
    private int[] _municipalityOrds = [];
    private int[] _sdgOrds = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _municipality = context.AtomicReader.GetSortedDocValues(GoalFields.MunicipalityFacet);
        _sdg = context.AtomicReader.GetSortedSetDocValues(GoalFields.SdgFacet);
        _municipalityOrds = _municipality is null ? [] : new int[_municipality.ValueCount];
        _sdgOrds = _sdg is null ? [] : new int[(int)_sdg.ValueCount];
    }

    public void Collect(int doc)
    {
        if (_municipality is not null)
        {
            var ord = _municipality.GetOrd(doc);
            if (ord >= 0)
            {
                _municipalityOrds[ord]++;
            }
        }

        if (_sdg is not null)
        {
            _sdg.SetDocument(doc);
            long ord;
            while ((ord = _sdg.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _sdgOrds[ord]++;
            }
        }
    }

    public IReadOnlyList<FacetCount> Municipalities()
    {
        Flush();
        return _municipalities.Select(p => new FacetCount(p.Key, p.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<SdgCount> Sdgs()
    {
        Flush();
        return Enumerable.Range(1, 17).Where(s => _sdgs[s] > 0).Select(s => new SdgCount(s, _sdgs[s])).OrderByDescending(s => s.Count).ThenBy(s => s.Sdg).ToList();
    }

    private void Flush()
    {
        var bytes = new BytesRef();
        for (var ord = 0; ord < _municipalityOrds.Length; ord++)
        {
            if (_municipalityOrds[ord] > 0)
            {
                _municipality!.LookupOrd(ord, bytes);
                var name = bytes.Utf8ToString();
                _municipalities[name] = _municipalities.GetValueOrDefault(name) + _municipalityOrds[ord];
                _municipalityOrds[ord] = 0;
            }
        }

        for (var ord = 0; ord < _sdgOrds.Length; ord++)
        {
            if (_sdgOrds[ord] > 0)
            {
                _sdg!.LookupOrd(ord, bytes);
                _sdgs[int.Parse(bytes.Utf8ToString(), CultureInfo.InvariantCulture)] += _sdgOrds[ord];
                _sdgOrds[ord] = 0;
            }
        }
    }
}
