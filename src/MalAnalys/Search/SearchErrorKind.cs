namespace MalAnalys.Search;

/// <summary>What kind of search or index failure a <see cref="SearchException"/> reports.</summary>
public enum SearchErrorKind
{
    /// <summary>Another writer (another process, or another <see cref="GoalIndex"/> in this one) holds the index folder's lock.</summary>
    IndexLocked,

    /// <summary>The index folder cannot be created or written (permissions, a file in the way, a full disk).</summary>
    IndexUnwritable,

    /// <summary>The folder holds an index made by an incompatible Lucene or MalAnalys version, or is not an index folder at all.</summary>
    IndexIncompatible,

    /// <summary>The index files are damaged.</summary>
    IndexCorrupt,

    /// <summary>There is no index at the given folder (for read-only use).</summary>
    IndexMissing,

    /// <summary>The query string is not valid query syntax.</summary>
    InvalidQuery,

    /// <summary>A goal or document id is malformed or not in the index.</summary>
    UnknownGoal,

    /// <summary>
    /// The query is beyond the limits that keep a search's time and memory bounded: too long, parentheses nested too
    /// deeply, too many words, or too many wildcards in one word.
    /// </summary>
    QueryTooComplex,

    /// <summary>Indexes to merge (<see cref="GoalIndex.Merge"/>) hold the same document: the shards overlap.</summary>
    DuplicateDocuments,
}
