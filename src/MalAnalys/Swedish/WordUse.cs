namespace MalAnalys.Swedish;

/// <summary>How a form in the <see cref="SwedishLexicon"/> may be used.</summary>
/// <remarks>The values are stored in the embedded lexicon; never renumber them.</remarks>
[Flags]
public enum WordUse
{
    /// <summary>Not in the lexicon.</summary>
    None = 0,

    /// <summary>A word of its own.</summary>
    Word = 1,

    /// <summary>May begin a compound (<c>kommun</c>-, <c>försörjnings</c>-).</summary>
    CompoundBegin = 2,

    /// <summary>May stand in the middle of a compound.</summary>
    CompoundMiddle = 4,

    /// <summary>May end a compound (-<c>övergripande</c>, -<c>försörjningen</c>).</summary>
    CompoundEnd = 8,

    /// <summary>Written with a capital initial in the dictionary (a name).</summary>
    ProperNoun = 16,
}
