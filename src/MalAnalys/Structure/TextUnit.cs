using MalAnalys.Swedish;

namespace MalAnalys.Structure;

/// <summary>What a line of a goal document is, as far as its shape tells.</summary>
internal enum UnitKind
{
    /// <summary>A bulleted or numbered list item (its continuation lines included).</summary>
    Item,

    /// <summary>A goal label: "Mål 3: …", "Målområde 1:2", "Inriktningsmål: …", "Resultatmål".</summary>
    Label,

    /// <summary>A short line standing alone that reads as a heading.</summary>
    Heading,

    /// <summary>Running text.</summary>
    Text,
}

/// <summary>One line (or list item with its continuation lines) of the body, classified by its shape.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Paragraph">The index of its paragraph.</param>
/// <param name="Indent">Leading spaces of its first line (list nesting).</param>
/// <param name="Number">The number of a numbered item or label ("3", "1.2", "2:1"), or <see langword="null"/>.</param>
/// <param name="Content">The text without marker or label, continuation lines joined by spaces.</param>
/// <param name="Start">Offset of its first character in the body.</param>
/// <param name="End">Offset just past its last character in the body.</param>
/// <param name="Label">For a label, the label word as printed ("Målområde"); otherwise <see langword="null"/>.</param>
/// <param name="Prefix">For an item that names its area first ("Medborgare: …"), that name; otherwise <see langword="null"/>.</param>
internal sealed record TextUnit(UnitKind Kind, int Paragraph, int Indent, string? Number, string Content, int Start, int End, string? Label = null, string? Prefix = null)
{
    private string? _folded;
    private string? _wholeFolded;
    private int _words = -1;

    // A copy made with "with" computes its folded forms and word count afresh: its content or label may differ.
    private TextUnit(TextUnit original)
    {
        Kind = original.Kind;
        Paragraph = original.Paragraph;
        Indent = original.Indent;
        Number = original.Number;
        Content = original.Content;
        Start = original.Start;
        End = original.End;
        Label = original.Label;
        Prefix = original.Prefix;
        _words = -1;
    }

    /// <summary><see cref="Content"/> folded (lower case, no diacritics).</summary>
    public string Folded => _folded ??= Diacritics.FoldLower(Content);

    /// <summary>The whole line folded, a label's word and number included: what cue words are looked for in.</summary>
    public string WholeFolded => _wholeFolded ??= Label is null ? Folded : Diacritics.FoldLower(string.Join(' ', Label, Number, Content));

    /// <summary>The number of words of <see cref="Content"/>.</summary>
    public int Words => _words >= 0 ? _words : _words = Structure.Paragraph.CountWords(Content);
}
