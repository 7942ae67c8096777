namespace MalAnalys.Documents;

/// <summary>The layout family a goal document was recognised as.</summary>
public enum LayoutFamily
{
    /// <summary>No goals were recognised.</summary>
    None,

    /// <summary>
    /// Each goal has a heading, a one-sentence goal statement ("I Perstorp ska …") and body text; or, where nothing else
    /// gives goals, each goal is a heading over the indicators that follow it up.
    /// </summary>
    HeadedStatements,

    /// <summary>Goals are numbered ("1.3 …", "Mål 2: …"), possibly with short names in parentheses listed in an overview.</summary>
    Numbered,

    /// <summary>Goal areas (målområden) each holding a bullet list of goals.</summary>
    AreaBullets,

    /// <summary>A list of goal statements with short names in parentheses, or a plain bullet list, with no further structure.</summary>
    GoalList,

    /// <summary>
    /// Goals as the items of a section that announces them ("Kommunfullmäktiges strategiska mål", "… följande fyra mål:"):
    /// numbered or bulleted items, goal labels with their statements, or headings and statement lines.
    /// </summary>
    GoalSections,

    /// <summary>
    /// Goals stated inside running text, where no list, label or heading gives them: quoted or in parentheses after the
    /// goal's name ("det övergripande målet, "…""), or as what the goal is ("Det långsiktiga målet … är att …").
    /// </summary>
    Prose,
}
