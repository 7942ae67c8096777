using System.Globalization;

namespace MalAnalys.Reading;

/// <summary>
/// The bytes PdfPig's filters may still produce while one PDF is read (<see cref="ReaderOptions.MaxDecodedBytes"/>).
/// A decode reserves the most its output can be before it runs and settles at what it produced; a reservation that
/// does not fit refuses the decode and marks the document, so that the refusal holds even where PdfPig catches the
/// exception and goes on. One instance per document read; PdfPig reads a document on one thread.
/// </summary>
internal sealed class PdfDecodeBudget(long limit, string? name, CancellationToken cancellationToken)
{
    private long _used;

    /// <summary>The bytes the document may decode in all.</summary>
    public long Limit { get; } = limit;

    /// <summary>The bytes decoded so far, with a running decode counted at its reservation.</summary>
    public long Used => _used;

    /// <summary>The bytes still free.</summary>
    public long Remaining => Math.Max(0, Limit - _used);

    /// <summary>Whether a decode has been refused; every later decode is refused too.</summary>
    public bool Exceeded { get; private set; }

    /// <summary>Cancels a long measurement.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Takes <paramref name="bytes"/> from the budget, or refuses (and marks the document) when they do not fit.</summary>
    public void Reserve(long bytes)
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (Exceeded || bytes > Remaining)
        {
            Exceeded = true;
            throw Refusal();
        }

        _used += bytes;
    }

    /// <summary>Replaces a reservation of <paramref name="reserved"/> bytes by the <paramref name="produced"/> bytes the decode made.</summary>
    public void Settle(long reserved, long produced)
    {
        _used += Math.Max(0, produced) - reserved;

        // A reservation is an upper bound, so this holds; should a filter ever produce more, the document still ends here.
        Exceeded |= _used > Limit;
    }

    /// <summary>Throws the refusal when a decode was refused, wherever PdfPig took the exception.</summary>
    public void ThrowIfExceeded()
    {
        if (Exceeded)
        {
            throw Refusal();
        }
    }

    private DocumentReadException Refusal() =>
        new(name, DocumentReadError.TooLarge,
            string.Create(CultureInfo.InvariantCulture, $"its compressed streams decode to more than {Limit / (1024.0 * 1024):0.#} MiB (a decompression bomb, or a very unusual PDF). ") +
            "Check that this is the right file, or raise ReaderOptions.MaxDecodedBytes.");
}
