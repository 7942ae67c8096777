namespace MalAnalys.Agenda2030;

/// <summary>
/// A word or phrase of the input that pushed an SDG's score up, with the sentence it came from. The weights of all
/// words of a text, plus the SDG's bias, add up to the score's logit: the evidence is the computation, not a gloss on it.
/// </summary>
/// <param name="Text">The word or phrase as written in the input.</param>
/// <param name="Weight">Its contribution to the SDG's logit (model weight × feature value, summed over the word's stem, bigrams and character n-grams).</param>
/// <param name="Sentence">The sentence of the input that holds it.</param>
/// <param name="Start">Offset of <paramref name="Text"/> in <see cref="SdgResult.Text"/>.</param>
/// <param name="Length">Length of <paramref name="Text"/> in <see cref="SdgResult.Text"/>.</param>
public sealed record SdgEvidence(string Text, double Weight, string Sentence, int Start, int Length);
