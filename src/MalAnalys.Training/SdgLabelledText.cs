using System.Collections.Immutable;
using MalAnalys.Agenda2030;

namespace MalAnalys.Training;

/// <summary>One labelled text for training or evaluation: typically a goal statement, and the SDGs it serves.</summary>
/// <param name="Group">
/// The paraphrase group: paraphrases and close variants of one statement share a group, and cross-validation never
/// puts one group on both sides. Give your own texts groups of their own (a prefix such as <c>mine-</c>), unless they
/// paraphrase a text of the shipped corpus. In a labelled file for evaluation, the name of the text.
/// </param>
/// <param name="Labels">The SDGs (1 to 17) the text serves, most important first; empty for a text that serves none.</param>
/// <param name="Text">The text.</param>
public sealed record SdgLabelledText(string Group, ImmutableArray<int> Labels, string Text)
{
    /// <summary>The engine's form of the text, after checking it.</summary>
    internal SdgExample ToExample()
    {
        if (string.IsNullOrWhiteSpace(Group))
        {
            throw new ArgumentException("Every labelled text needs a group.", nameof(Group));
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            throw new ArgumentException($"The text of group '{Group}' is empty.", nameof(Text));
        }

        if (Labels.IsDefault || Labels.Any(l => l is < 1 or > SdgCatalogue.Count))
        {
            throw new ArgumentException($"The labels of group '{Group}' must be SDG numbers from 1 to 17 (an empty list for none).", nameof(Labels));
        }

        return new SdgExample(Group, [.. Labels], Text);
    }

    internal static SdgLabelledText From(SdgExample example) => new(example.Group, [.. example.Labels], example.Text);
}
