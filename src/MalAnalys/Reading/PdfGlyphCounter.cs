using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace MalAnalys.Reading;

/// <summary>
/// Counts, before PdfPig lays out a page, the most letters the page can draw: every byte of a string shown by a text
/// operator is at most one letter, and a drawing block (form XObject) adds its own count each time the page or another
/// block draws it. PdfPig cannot be stopped while it builds a page's letters, and a block drawn a thousand times by a
/// block drawn a thousand times turns a 13 KB file into a hundred million letters; this count lets the reader refuse
/// such a page first (<see cref="PdfReadMemory"/>).
/// </summary>
/// <remarks>
/// A page factory of PdfPig's (<c>PdfDocument.AddPageFactory</c>): PdfPig resolves the page's inherited resources,
/// decodes its content (through the document's decoding budget) and parses the operators as it does for a real page,
/// and this class walks them instead of drawing them. Each block is parsed once per page. A block that draws itself
/// is counted once, as PdfPig removes such a call; a longer cycle, or blocks nested deeper than
/// <see cref="PdfStructureGuard.MaxFormDepth"/>, count as unbounded.
/// </remarks>
internal sealed class PdfGlyphCounter(
    IPdfTokenScanner pdfScanner,
    IResourceStore resourceStore,
    ILookupFilterProvider filterProvider,
    IPageContentParser pageContentParser,
    ParsingOptions parsingOptions)
    : BasePageFactory<PdfGlyphCounter.Glyphs>(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
{
    /// <summary>The count for one page: <see cref="long.MaxValue"/> when unbounded.</summary>
    /// <param name="Count">The most letters the page can draw.</param>
    internal sealed record Glyphs(long Count);

    protected override Glyphs ProcessPage(
        int pageNumber,
        DictionaryToken dictionary,
        NamedDestinations namedDestinations,
        MediaBox mediaBox,
        CropBox cropBox,
        UserSpaceUnit userSpaceUnit,
        PageRotationDegrees rotation,
        TransformationMatrix initialMatrix,
        IReadOnlyList<IGraphicsStateOperation> operations) =>
        new(new Walk(this, pageNumber).Count(operations, null, 0));

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Shown(IGraphicsStateOperation operation) => operation switch
    {
        ShowText t => Math.Max(t.Bytes.Length, t.Text?.Length ?? 0),
        MoveToNextLineShowText t => Math.Max(t.Bytes.Length, t.Text?.Length ?? 0),
        MoveToNextLineShowTextWithSpacing t => Math.Max(t.Bytes.Length, t.Text?.Length ?? 0),
        ShowTextsWithPositioning t => t.Array.Sum(token => token switch
        {
            StringToken s => (long)s.Data.Length,
            HexToken h => h.Bytes.Length,
            _ => 0,
        }),
        _ => 0,
    };

    /// <summary>One page's count: the blocks it has counted, and those being counted (to see cycles).</summary>
    private sealed class Walk(PdfGlyphCounter factory, int pageNumber)
    {
        private readonly Dictionary<IndirectReference, long> _counted = [];
        private readonly HashSet<IndirectReference> _counting = [];

        public long Count(IReadOnlyList<IGraphicsStateOperation> operations, IndirectReference? self, int depth)
        {
            long count = 0;
            foreach (var operation in operations)
            {
                count = Add(count, operation is InvokeNamedXObject draw ? Block(draw.Name, self, depth) : Shown(operation));
                if (count == long.MaxValue)
                {
                    break;
                }
            }

            return count;
        }

        private long Block(NameToken name, IndirectReference? self, int depth)
        {
            var store = factory.ResourceStore;
            if (!store.TryGetXObjectReference(name, out var reference) || !store.TryGetXObject(name, out var stream)
                || !stream.StreamDictionary.TryGet(NameToken.Subtype, out IToken subtype) || !NameToken.Form.Equals(subtype))
            {
                return 0;
            }

            if (_counted.TryGetValue(reference, out var known))
            {
                return known;
            }

            if (_counting.Contains(reference))
            {
                return reference.Equals(self) ? 0 : long.MaxValue;
            }

            if (depth >= PdfStructureGuard.MaxFormDepth)
            {
                return long.MaxValue;
            }

            _counting.Add(reference);
            var loaded = stream.StreamDictionary.TryGet(NameToken.Resources, factory.PdfScanner, out DictionaryToken? resources);
            if (loaded)
            {
                store.LoadResourceDictionary(resources!);
            }

            try
            {
                var content = stream.Decode(factory.FilterProvider, factory.PdfScanner);
                var operations = factory.PageContentParser.Parse(pageNumber, new MemoryInputBytes(content), factory.ParsingOptions.Logger);
                var count = Count(operations, reference, depth + 1);
                _counted[reference] = count;
                return count;
            }
            finally
            {
                _counting.Remove(reference);
                if (loaded)
                {
                    store.UnloadResourceDictionary();
                }
            }
        }
    }
}
