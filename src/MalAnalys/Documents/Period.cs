namespace MalAnalys.Documents;

/// <summary>The period a goal document covers, as stated in it.</summary>
/// <param name="Kind">What kind of period it is.</param>
/// <param name="StartYear">The first year.</param>
/// <param name="EndYear">The last year (equal to <paramref name="StartYear"/> for a single year).</param>
/// <param name="Text">The words that state it, as written.</param>
public sealed record Period(PeriodKind Kind, int StartYear, int EndYear, string Text);
