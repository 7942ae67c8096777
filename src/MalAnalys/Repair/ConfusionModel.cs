namespace MalAnalys.Repair;

/// <summary>What an observed character (or pair) may stand for, and what reading it that way costs.</summary>
/// <param name="Consumed">How many observed characters the reading covers (1, or 2 for pairs such as <c>éa</c> → <c>ä</c>).</param>
/// <param name="Target">The lower-case letter it stands for.</param>
/// <param name="Cost">−ln of how likely OCR produces the observation from the target, for damage that is not plain loss of marks.</param>
/// <param name="Marks">Whether the reading restores marks lost by a plain letter (<c>a</c> → <c>å</c>); its cost depends on the document's damage rate instead.</param>
/// <param name="Reason">The kind of damage the reading repairs; <see langword="null"/> for reading the character as itself.</param>
internal readonly record struct Reading(int Consumed, char Target, double Cost, bool Marks, CorrectionReason? Reason);

/// <summary>
/// The OCR confusion model: for each observed character, the Swedish letters it may stand for. The costs are
/// set by hand from the damage seen in OCR output of Swedish text by engines without a Swedish model (the
/// Östersund seed shows each kind): marks lost (<c>a</c> for <c>å</c>/<c>ä</c>, <c>o</c> for <c>ö</c>), accented
/// or symbol stand-ins (<c>é è 6 0 &amp;</c>, and a letter read as two glyphs, <c>oé 6é aé éa ia</c>), and misread letters (<c>d t G</c> for <c>ä/å/ö</c>, <c>h</c> for
/// <c>b</c>). Cheap readings come first, so a search finds good candidates early. <c>é</c> reads <c>ö</c> before
/// <c>ä</c>: in the text of 240 scanned goal documents read by an English OCR model, the readings chosen for <c>é</c>
/// that the clean text confirms were <c>ö</c> 2,717 times, <c>ä</c> 361 and <c>å</c> 28.
/// </summary>
internal static class ConfusionModel
{
    /// <summary>
    /// The cost of one marked letter read as two glyphs of plain letters (<c>ia</c>, <c>ii</c>, <c>ié</c>, <c>ad</c>,
    /// <c>da</c>, <c>dé</c>): above <see cref="SwedishRepairer"/>'s bound for readings of valid words (1.5), so a word
    /// valid as written is never read this way.
    /// </summary>
    private const double TwoGlyphs = 2.5;

    /// <summary>Readings of a lower-cased character at <paramref name="index"/> of <paramref name="token"/>; <paramref name="upper"/> is whether it was upper case.</summary>
    // Long method: one table of the confusions, a case per written character, read top to bottom; split up it would
    // only scatter the costs that are weighed against each other.
    public static void Readings(ReadOnlySpan<char> token, int index, bool upper, bool hasLetters, List<Reading> into)
    {
        into.Clear();
        var c = token[index];
        var next = index + 1 < token.Length ? token[index + 1] : '\0';
        switch (c)
        {
            case 'a':
                if (next is 'é' or 'è')
                {
                    // A marked letter OCR read as two glyphs, the letter and its marks: "aéven", "staérka".
                    into.Add(new(2, 'ä', 1, false, CorrectionReason.OcrSymbol));
                    into.Add(new(2, 'å', 1.2, false, CorrectionReason.OcrSymbol));
                }
                else if (next == 'd')
                {
                    // "ä" read as the letter and a stroke of its marks: "nadmnd", "beradknas".
                    into.Add(new(2, 'ä', TwoGlyphs, false, CorrectionReason.OcrSymbol));
                }

                into.Add(new(1, 'a', 0, false, null));
                into.Add(new(1, 'ä', 0, true, CorrectionReason.MarksRestored));
                into.Add(new(1, 'å', 0, true, CorrectionReason.MarksRestored));
                into.Add(new(1, 'ö', 5.5, false, CorrectionReason.OcrLetter));
                break;
            case 'o':
                if (next is 'é' or 'è')
                {
                    into.Add(new(2, 'ö', 1, false, CorrectionReason.OcrSymbol));
                }

                into.Add(new(1, 'o', 0, false, null));
                into.Add(new(1, 'ö', 0, true, CorrectionReason.MarksRestored));
                into.Add(new(1, 'b', 5, false, CorrectionReason.OcrLetter));
                break;
            case 'é' or 'è' or 'ê' or 'ë':
                if (next == 'a')
                {
                    into.Add(new(2, 'ä', 1, false, CorrectionReason.OcrSymbol));
                    into.Add(new(2, 'å', 1.2, false, CorrectionReason.OcrSymbol));
                }

                into.Add(new(1, c, c == 'é' ? 0 : 1, false, null));
                into.Add(new(1, 'ö', 0.8, false, CorrectionReason.OcrSymbol));
                into.Add(new(1, 'ä', 1.2, false, CorrectionReason.OcrSymbol));
                into.Add(new(1, 'å', 1.4, false, CorrectionReason.OcrSymbol));
                break;
            case 'á' or 'à' or 'â' or 'ã':
                into.Add(new(1, c, 1, false, null));
                into.Add(new(1, 'ä', 0.7, false, CorrectionReason.OcrSymbol));
                into.Add(new(1, 'å', 0.7, false, CorrectionReason.OcrSymbol));
                break;
            case 'ó' or 'ò' or 'ô' or 'õ' or 'ø':
                into.Add(new(1, c, 1, false, null));
                into.Add(new(1, 'ö', 0.5, false, CorrectionReason.OcrSymbol));
                break;
            case '1' when hasLetters:
                into.Add(new(1, 'l', 1.5, false, CorrectionReason.OcrSymbol));
                break;
            case 'c':
                into.Add(new(1, 'c', 0, false, null));
                into.Add(new(1, 'ö', 4.5, false, CorrectionReason.OcrLetter));
                break;
            case '6' or '0' when hasLetters:
                if (next is 'é' or 'è')
                {
                    into.Add(new(2, 'ö', 1, false, CorrectionReason.OcrSymbol));
                }

                into.Add(new(1, 'ö', 0.5, false, CorrectionReason.OcrSymbol));
                break;
            case '&' when hasLetters:
                into.Add(new(1, 'ä', 0.3, false, CorrectionReason.OcrSymbol));
                into.Add(new(1, 'å', 1.4, false, CorrectionReason.OcrSymbol));
                break;
            case 'd':
                if (next is 'é' or 'è')
                {
                    into.Add(new(2, 'ö', 1.5, false, CorrectionReason.OcrSymbol));
                    into.Add(new(2, 'ä', TwoGlyphs, false, CorrectionReason.OcrSymbol));
                }
                else if (next == 'a')
                {
                    // "å" and "ä" read as a stroke and the letter: "hushdallning", "innehdaller", "sammantrdade".
                    into.Add(new(2, 'å', TwoGlyphs, false, CorrectionReason.OcrSymbol));
                    into.Add(new(2, 'ä', TwoGlyphs, false, CorrectionReason.OcrSymbol));
                }

                into.Add(new(1, 'd', 0, false, null));
                into.Add(new(1, 'ä', 3, false, CorrectionReason.OcrLetter));
                into.Add(new(1, 'å', 3, false, CorrectionReason.OcrLetter));
                into.Add(new(1, 'ö', 3.5, false, CorrectionReason.OcrLetter));
                break;
            case 't':
                into.Add(new(1, 't', 0, false, null));
                into.Add(new(1, 'ö', 4, false, CorrectionReason.OcrLetter));
                break;
            case 'g':
                into.Add(new(1, 'g', 0, false, null));
                into.Add(new(1, 'ö', upper ? 3 : 4.5, false, CorrectionReason.OcrLetter));
                break;
            case 'h':
                into.Add(new(1, 'h', 0, false, null));
                into.Add(new(1, 'b', 3.5, false, CorrectionReason.OcrLetter));
                break;
            case 's':
                into.Add(new(1, 's', 0, false, null));
                into.Add(new(1, 'a', 4.5, false, CorrectionReason.OcrLetter));
                break;
            case 'i':
                if (next == 'a')
                {
                    // The marks of "ä" read as a letter of their own before it: "Samhiallsutveckling", "hialsa".
                    into.Add(new(2, 'ä', TwoGlyphs, false, CorrectionReason.OcrSymbol));
                    into.Add(new(2, 'å', TwoGlyphs, false, CorrectionReason.OcrSymbol));
                }
                else if (next is 'i' or 'é' or 'è')
                {
                    // "ä" and "å" read as two narrow glyphs: "samhiillet", "giiller", "kommunfullmiéktige", "miélet".
                    into.Add(new(2, 'ä', TwoGlyphs, false, CorrectionReason.OcrSymbol));
                    into.Add(new(2, 'å', TwoGlyphs + 0.2, false, CorrectionReason.OcrSymbol));
                }

                into.Add(new(1, 'i', 0, false, null));
                into.Add(new(1, 'l', 4.5, false, CorrectionReason.OcrLetter));
                into.Add(new(1, 'ö', 4.5, false, CorrectionReason.OcrLetter));
                into.Add(new(1, 'ä', 4.5, false, CorrectionReason.OcrLetter));
                break;
            case 'å':
                into.Add(new(1, 'å', 0, false, null));
                into.Add(new(1, 'ä', 4, false, CorrectionReason.OcrLetter));
                break;
            case 'ä':
                into.Add(new(1, 'ä', 0, false, null));
                into.Add(new(1, 'å', 4, false, CorrectionReason.OcrLetter));
                break;
            default:
                into.Add(new(1, c, 0, false, null));
                break;
        }
    }
}
