using Lucene.Net.Analysis.Sv;

namespace MalAnalys.Search.Analysis;

/// <summary>
/// Lucene's <see cref="SwedishLightStemmer"/> applied until the word stops changing (while it is longer than four letters).
/// One pass of the light stemmer leaves inflected forms one step short of the base form's stem
/// (<c>hållbar</c>→<c>hållb</c> but <c>hållbara</c>→<c>hållbar</c>; <c>tillväxt</c>→<c>tillväx</c> but <c>tillväxten</c>→<c>tillväxt</c>);
/// repeating it makes them meet. Not thread-safe: one per token stream.
/// </summary>
internal sealed class GoalStemmer
{
    private const int MinStemLength = 4;

    private readonly SwedishLightStemmer _stemmer = new();

    /// <summary>Stems the lower-case word in <paramref name="buffer"/>[..<paramref name="length"/>] in place.</summary>
    /// <returns>The length of the stem, at the start of the buffer.</returns>
    public int Stem(char[] buffer, int length)
    {
        length = _stemmer.Stem(buffer, length);
        while (length > MinStemLength)
        {
            var next = _stemmer.Stem(buffer, length);
            if (next == length)
            {
                break;
            }

            length = next;
        }

        return length;
    }
}
