using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace MalAnalys.Reading;

/// <summary>
/// The filters PdfPig decodes a document's streams with, each wrapped so that it runs only when its output fits the
/// document's <see cref="PdfDecodeBudget"/>. PdfPig takes every filter it runs from the one provider in its parsing
/// options (content streams, drawing blocks, fonts and their character maps, object streams and cross-reference
/// streams), whether the stream names its filters directly or through a reference, so no decode passes around it.
/// </summary>
/// <remarks>
/// A wrapper, not a check of the file before parsing: a scan of the file's bytes cannot follow chains of filters,
/// filters or lengths given by reference, or objects packed into compressed object streams, and PdfPig's own check
/// lets a chain's last filter expand without limit. Before a filter runs, its output is bounded from the input's length
/// (<see cref="PdfDecodedSize.Quick"/>); only when that bound does not fit what is left is the data walked to measure
/// it (<see cref="PdfDecodedSize.Measure"/>), so ordinary streams are decoded once.
/// <para>
/// The bound: for one document, the outputs of all filter runs (LZW's table counted with its output, a stream decoded
/// twice counted twice) sum to at most <see cref="ReaderOptions.MaxDecodedBytes"/>, and no filter starts unless the
/// most it can produce fits what is left. Memory for decoding is at most a small multiple of that: PdfPig grows its
/// output buffers by doubling and copies the result once. Measuring costs one more pass over the data with a 64 KB
/// buffer, and stops as soon as the budget is passed.
/// </para>
/// </remarks>
internal sealed class PdfBudgetedFilters(PdfDecodeBudget budget) : IFilterProvider
{
    private static readonly IFilterProvider Inner = DefaultFilterProvider.Instance;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(Inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(Inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(Inner.GetAllFilters());

    private IFilter[] Wrap(IReadOnlyList<IFilter> filters)
    {
        var wrapped = new IFilter[filters.Count];
        for (var i = 0; i < wrapped.Length; i++)
        {
            wrapped[i] = new BudgetedFilter(filters[i], budget);
        }

        return wrapped;
    }

    private sealed class BudgetedFilter(IFilter inner, PdfDecodeBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.ThrowIfExceeded();
            var bound = PdfDecodedSize.Quick(inner, input.Length, streamDictionary, filterIndex);
            if (bound > budget.Remaining)
            {
                bound = PdfDecodedSize.Measure(inner, input, streamDictionary, filterIndex, budget.Remaining, budget.CancellationToken);
            }

            budget.Reserve(bound);
            var produced = 0L;
            try
            {
                var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
                produced = inner is LzwFilter ? 2L * output.Length : output.Length;
                return output;
            }
            finally
            {
                budget.Settle(bound, produced);
            }
        }
    }
}
