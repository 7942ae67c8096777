using System.Globalization;

namespace MalAnalys.Reading;

/// <summary>
/// The memory reading one PDF is estimated to take (<see cref="ReaderOptions.MaxMemoryBytes"/>), checked before each
/// page is laid out: the file's bytes, the text kept from the pages read, and the most letters the next page can draw
/// (<see cref="PdfGlyphCounter"/>) at what PdfPig and the layout analysis take for a letter. A page that would not fit
/// is refused before PdfPig builds its letters, which is the one point where it can be.
/// </summary>
internal sealed class PdfReadMemory(long limit, long fileBytes, string? name)
{
    /// <summary>
    /// Bytes per letter of the page being laid out: PdfPig keeps about 0.3 KiB per letter of a page (measured on a
    /// 200,000-letter page), and words, blocks and lines of the layout analysis add to it while it runs (1–2 KiB
    /// allocated per letter, most of it short-lived).
    /// </summary>
    public const long BytesPerGlyph = 1024;

    /// <summary>Bytes per character of text kept from the pages read (the text twice over in UTF-16, and its lines).</summary>
    public const long BytesPerKeptCharacter = 8;

    private long _kept;

    /// <summary>Adds the text of a page that has been read.</summary>
    public void Keep(long characters) => _kept += characters * BytesPerKeptCharacter;

    /// <summary>Refuses page <paramref name="page"/> when laying out <paramref name="glyphs"/> letters would pass the limit.</summary>
    public void CheckPage(int page, long glyphs)
    {
        var need = glyphs >= long.MaxValue / BytesPerGlyph ? long.MaxValue : fileBytes + _kept + (glyphs * BytesPerGlyph);
        if (need <= limit)
        {
            return;
        }

        var what = glyphs == long.MaxValue
            ? "its drawing blocks (form XObjects) draw each other without end"
            : string.Create(CultureInfo.InvariantCulture, $"it can draw {glyphs:N0} letters, about {need / (1024.0 * 1024):N0} MiB to lay out");
        throw new DocumentReadException(name, DocumentReadError.TooLarge,
            string.Create(CultureInfo.InvariantCulture, $"page {page} cannot be read within the memory limit of {limit / (1024.0 * 1024):0.#} MiB: {what} ") +
            "(text drawn thousands of times over, a damaged or crafted file). Check that this is the right file, or raise ReaderOptions.MaxMemoryBytes.");
    }
}
