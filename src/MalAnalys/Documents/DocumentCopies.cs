using System.Security.Cryptography;
using System.Text;
using MalAnalys.Swedish;

namespace MalAnalys.Documents;

/// <summary>
/// Which documents are copies of one another: the same goal document read from several files (a text, a born-digital
/// PDF, a scanned PDF). Search, its counts and the HTML report show a group of copies once, listing every source.
/// </summary>
/// <remarks>
/// <para>
/// Two documents are copies when they name the same municipality (compared without case and diacritics:
/// <c>Ostersund</c> = <c>Östersund</c>), have the same number of goals, and their goal statements, in order, are the
/// same once each is reduced to its <see cref="Skeleton"/>: lower-cased, diacritics folded, everything but letters and
/// digits dropped (spaces, punctuation, line-end hyphens), and the letters OCR confuses most made one
/// (<c>0</c>→<c>o</c>; <c>1</c>, <c>i</c>, <c>|</c>, <c>!</c>→<c>l</c>; <c>5</c>→<c>s</c>; <c>rn</c>→<c>m</c>).
/// Short names, bodies, titles and page furniture are not compared: OCR damages headings more than statements, and a
/// PDF's page headers are not part of the goals.
/// </para>
/// <para>
/// A document without goals is a copy only of documents with the same content (the same <see cref="SourceInfo.Sha256"/>).
/// Documents whose parse differs (a scan on which a goal was not recognised) are not copies: their goals are not the same.
/// </para>
/// </remarks>
public static class DocumentCopies
{
    /// <summary>
    /// The copy key of a document: 16 hex digits of a SHA-256 over its municipality, goal count and goal statements
    /// reduced as described on <see cref="DocumentCopies"/>. Documents with the same key are copies of one another.
    /// </summary>
    /// <param name="document">A parsed document.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(GoalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        if (document.Goals.Count == 0)
        {
            text.Append("content\n").Append(document.Source.Sha256);
        }
        else
        {
            text.Append(Diacritics.Key(document.Municipality ?? string.Empty)).Append('\n').Append(document.Goals.Count);
            foreach (var goal in document.Goals)
            {
                text.Append('\n').Append(Skeleton(goal.Statement));
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    /// <summary>A text as copies are compared: lower-cased, folded, letters and digits only, OCR's usual confusions made one.</summary>
    /// <param name="text">A goal statement.</param>
    /// <returns>The reduced text.</returns>
    public static string Skeleton(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var skeleton = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = Diacritics.FoldLower(c);
            if (folded is '|' or '!' || char.IsLetterOrDigit(folded))
            {
                skeleton.Append(folded switch
                {
                    '0' => 'o',
                    '1' or 'i' or '|' or '!' => 'l',
                    '5' => 's',
                    _ => folded,
                });
            }
        }

        return skeleton.Replace("rn", "m").ToString();
    }
}
