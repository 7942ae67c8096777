namespace MalAnalys.Documents;

/// <summary>What kind of period a document states.</summary>
public enum PeriodKind
{
    /// <summary>A term of office (mandatperiod), e.g. 2023–2026.</summary>
    Mandate,

    /// <summary>A budget year, e.g. budget 2024.</summary>
    Budget,

    /// <summary>A range of years stated without further qualification.</summary>
    Years,
}
