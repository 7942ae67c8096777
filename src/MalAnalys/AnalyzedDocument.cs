using System.Collections.Immutable;
using MalAnalys.Agenda2030;
using MalAnalys.Documents;
using MalAnalys.Repair;

namespace MalAnalys;

/// <summary>A document analysed end to end: its text as read and its structure.</summary>
public sealed class AnalyzedDocument
{
    /// <summary>Creates the result.</summary>
    /// <param name="text">The text as read.</param>
    /// <param name="document">The structure parsed from it.</param>
    public AnalyzedDocument(DocumentText text, GoalDocument document)
        : this(text, document, null, default)
    {
    }

    /// <summary>Creates the result of a document that was repaired before parsing and whose goals were classified.</summary>
    /// <param name="text">The text as read.</param>
    /// <param name="document">The structure parsed from the repaired text, with spans into <paramref name="text"/>.</param>
    /// <param name="repair">The repair of <paramref name="text"/>'s original, or <see langword="null"/> when it was not repaired.</param>
    /// <param name="sdgs">The goals' SDG predictions, one per goal in order; default or empty when they were not classified.</param>
    public AnalyzedDocument(DocumentText text, GoalDocument document, RepairedText? repair, ImmutableArray<GoalSdgs> sdgs = default)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Document = document ?? throw new ArgumentNullException(nameof(document));
        Repair = repair ?? new RepairedText(text.Original, text.Original, [], 0);
        if (!ReferenceEquals(Repair.Original, text.Original) && Repair.Original != text.Original)
        {
            throw new ArgumentException("The repair does not belong to this text.", nameof(repair));
        }

        Sdgs = sdgs.IsDefault ? [] : sdgs;
        SdgProfile = Sdgs.IsEmpty ? null : SdgProfile.Create([.. Sdgs.Select(s => s.Result)]);
    }

    /// <summary>The OCR repair made before parsing: every correction, located in <see cref="DocumentText.Original"/>, and the repaired text.</summary>
    public RepairedText Repair { get; }

    /// <summary>Each goal's SDG predictions, in goal order; empty when <see cref="MalAnalyzerOptions.ClassifySdgs"/> was off.</summary>
    public ImmutableArray<GoalSdgs> Sdgs { get; }

    /// <summary>The document's Agenda 2030 profile (goals per SDG, mean and highest score); <see langword="null"/> when the goals were not classified.</summary>
    public SdgProfile? SdgProfile { get; }

    /// <summary>The SDG predictions of one goal of this document.</summary>
    /// <param name="goal">A goal of this document.</param>
    /// <returns>Its predictions, or <see langword="null"/> when the goals were not classified.</returns>
    public SdgResult? SdgsOf(Goal goal) => Sdgs.FirstOrDefault(s => ReferenceEquals(s.Goal, goal) || s.Goal == goal)?.Result;

    /// <summary>The text as read: lines, pages, original and body text. Every <see cref="SourceSpan"/> points into its <see cref="DocumentText.Original"/>.</summary>
    public DocumentText Text { get; }

    /// <summary>The structure: municipality, period, goal areas, goals, principles and diagnostics.</summary>
    public GoalDocument Document { get; }

    /// <summary>The goals, in document order.</summary>
    public IReadOnlyList<Goal> Goals => Document.Goals;

    /// <summary>Problems found while reading and parsing.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Document.Diagnostics;

    /// <summary>The original text a span covers.</summary>
    /// <param name="span">A span from this document.</param>
    /// <returns>The text of the span, as read.</returns>
    public string TextOf(SourceSpan span) => Text.Original.Substring(span.Start, span.Length);
}
