using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace MalAnalys.Tests.Search.Analysis;

/// <summary>
/// Assertions over token streams in the manner of Lucene's <c>BaseTokenStreamTestCase</c>: the terms, and where given their
/// start and end offsets and position increments, checked token by token, with the stream's contract checked along the
/// way (reset before use, offsets that never go backwards and never end before they start, a first token that moves
/// forward, <c>End</c> giving the final offset). A failure shows the whole stream as <c>term[start-end,+increment]</c>.
/// </summary>
internal static class AnalysisAssert
{
    private const int MaxTokens = 10_000;

    /// <summary>Analyses <paramref name="input"/> as the field <paramref name="field"/> twice (the second time with the analyzer's reused components) and checks the tokens.</summary>
    public static void AssertAnalyzesTo(
        Analyzer analyzer,
        string input,
        string[] expectedTerms,
        int[]? startOffsets = null,
        int[]? endOffsets = null,
        int[]? positionIncrements = null,
        string field = "statement")
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        for (var run = 0; run < 2; run++)
        {
            using var stream = analyzer.GetTokenStream(field, new StringReader(input));
            AssertTokenStreamContents(stream, expectedTerms, startOffsets, endOffsets, positionIncrements, input.Length);
        }
    }

    /// <summary>Consumes <paramref name="stream"/> (reset, every token, end) and checks its tokens; it does not dispose it.</summary>
    public static void AssertTokenStreamContents(
        TokenStream stream,
        string[] expectedTerms,
        int[]? startOffsets = null,
        int[]? endOffsets = null,
        int[]? positionIncrements = null,
        int? finalOffset = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(expectedTerms);
        foreach (var (name, values) in new[] { ("startOffsets", startOffsets), ("endOffsets", endOffsets), ("positionIncrements", positionIncrements) })
        {
            if (values is not null && values.Length != expectedTerms.Length)
            {
                throw new ArgumentException($"{name} has {values.Length} values for {expectedTerms.Length} terms.", name);
            }
        }

        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var tokens = new List<(string Term, int Start, int End, int Increment)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            Assert.True(tokens.Count < MaxTokens, $"more than {MaxTokens} tokens: the stream does not end");
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement));
        }

        stream.End();
        var actual = string.Join(' ', tokens.Select(Format));
        var lastStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (text, start, end, increment) = tokens[i];
            Assert.True(start >= lastStart, $"token {i} '{text}' starts at {start}, before the token before it ({lastStart}): {actual}");
            Assert.True(end >= start, $"token {i} '{text}' ends at {end}, before it starts ({start}): {actual}");
            Assert.True(increment >= (i == 0 ? 1 : 0), $"token {i} '{text}' has position increment {increment}: {actual}");
            lastStart = start;
        }

        if (finalOffset is { } final)
        {
            Assert.True(offset.EndOffset == final, $"End() gives final offset {offset.EndOffset}, expected {final}: {actual}");
        }

        var expected = string.Join(' ', expectedTerms.Select((t, i) => Format((
            t,
            startOffsets?[i] ?? tokens.ElementAtOrDefault(i).Start,
            endOffsets?[i] ?? tokens.ElementAtOrDefault(i).End,
            positionIncrements?[i] ?? tokens.ElementAtOrDefault(i).Increment))));
        Assert.Equal(expected, actual);
    }

    private static string Format((string Term, int Start, int End, int Increment) token) =>
        string.Create(CultureInfo.InvariantCulture, $"{token.Term}[{token.Start}-{token.End},+{token.Increment}]");
}
