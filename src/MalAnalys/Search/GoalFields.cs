namespace MalAnalys.Search;

/// <summary>
/// The Lucene field names of the goal index. One Lucene document per goal (<see cref="Kind"/> = <c>goal</c>) and one per
/// source document (<c>document</c>, holding path and content hash for idempotent re-runs), added together as one block.
/// Field names that a query may use as a prefix are public in <see cref="GoalIndex.QueryFields"/>.
/// </summary>
internal static class GoalFields
{
    public const string Kind = "kind";
    public const string KindGoal = "goal";
    public const string KindDocument = "document";
    public const string DocumentId = "documentId";
    public const string GoalId = "goalId";
    public const string Path = "path";
    public const string Sha256 = "sha256";
    public const string Municipality = "municipality";
    public const string MunicipalityKey = "municipalityKey";
    public const string MunicipalityFacet = "municipalityFacet";
    public const string Title = "title";
    public const string PeriodStart = "periodStart";
    public const string PeriodEnd = "periodEnd";
    public const string PeriodText = "periodText";
    public const string Ordinal = "ordinal";
    public const string Number = "number";
    public const string Page = "page";
    public const string ShortName = "shortName";
    public const string Statement = "statement";
    public const string Body = "body";
    public const string Area = "area";
    public const string Folded = "folded";

    /// <summary>Short name, statement and area, folded: what a goal is about, without its body, for similar goals.</summary>
    public const string Core = "core";
    public const string Sdg = "sdg";
    public const string SdgFacet = "sdgFacet";
    public const string SdgScores = "sdgScores";
    public const string GoalCount = "goalCount";

    /// <summary>The document's copy key (<see cref="Documents.DocumentCopies.KeyOf"/>): a keyword, stored, and sorted doc values, on every entry.</summary>
    public const string CopyKey = "copyKey";

    /// <summary>A goal's copy key and ordinal (<c>&lt;copy key&gt;#&lt;ordinal&gt;</c>) as sorted doc values: hits with the same value are copies of one goal.</summary>
    public const string CopyGroup = "copyGroup";

    /// <summary>How many OCR corrections the goal's document needed, as numeric doc values: of copies that score alike, the one with fewest is shown.</summary>
    public const string Corrections = "corrections";

    /// <summary>A pseudo field for queries: <c>year:2024</c> finds goals whose period includes 2024.</summary>
    public const string Year = "year";
}
