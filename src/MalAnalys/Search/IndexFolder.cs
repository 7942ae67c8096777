using System.Text.RegularExpressions;

namespace MalAnalys.Search;

/// <summary>
/// The rules of an index folder on disk: one writer at a time, held by an exclusive lock on <c>write.lock</c>; and no
/// file of the user's that Lucene would take for a left-over of its own and delete.
/// </summary>
internal static partial class IndexFolder
{
    /// <summary>The lock file; Lucene's own name for it, so that older versions and Lucene's tools see the folder as locked.</summary>
    public const string LockName = "write.lock";

    /// <summary>
    /// Takes the folder's writer lock: <c>write.lock</c> opened with <see cref="FileShare.None"/>, which is an exclusive
    /// <c>flock</c> on Linux and macOS and an exclusive share mode on Windows. The operating system releases it when the
    /// process ends, however it ends, so a killed writer never leaves the folder locked. The file stays when the lock is
    /// released: deleting it would let a writer that has just opened it and one that creates it anew both hold a lock.
    /// </summary>
    /// <exception cref="SearchException">Another writer holds the lock (<see cref="SearchErrorKind.IndexLocked"/>), or the folder cannot be written.</exception>
    public static FileStream Lock(string path)
    {
        var file = System.IO.Path.Combine(path, LockName);
        try
        {
            return new FileStream(file, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException e) when (IsSharingViolation(e))
        {
            throw new SearchException(SearchErrorKind.IndexLocked, $"{path}: the index is locked by another writer (is another 'malanalys index' running on it?). Wait for it to finish; search with a read-only open meanwhile.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SearchException(SearchErrorKind.IndexUnwritable, $"{path}: cannot lock the index folder for writing: {e.Message}", e);
        }
    }

    // EWOULDBLOCK from flock on Linux (11) and macOS (35); ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION on Windows.
    private static bool IsSharingViolation(IOException e) =>
        e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    /// <summary>
    /// The files in the folder that Lucene takes for its own (a name starting with <c>_</c> and a dot after it, or with
    /// <c>segments</c>) but that are not named as Lucene names its files. Lucene deletes such files as left-overs when a
    /// writer opens the folder, so a folder that holds any is refused. Files Lucene does not claim are left alone.
    /// </summary>
    public static IReadOnlyList<string> ForeignFiles(string path) =>
        [.. System.IO.Directory.EnumerateFiles(path)
            .Select(f => System.IO.Path.GetFileName(f))
            .Where(name => ClaimedByLucene().IsMatch(name) && !WrittenByLucene().IsMatch(name))
            .Order(StringComparer.Ordinal)];

    // What Lucene 4.8's IndexFileDeleter treats as an index file: the codec file pattern, or a name starting with "segments".
    [GeneratedRegex(@"^(_[a-z0-9]+(_.*)?\..*|segments.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ClaimedByLucene();

    // What Lucene writes: segments_N and segments.gen; and _<segment>[_<generation>][_<format>_<n>].<extension> with the
    // extensions of Lucene 4.x's codecs (compound files, segment and field infos, stored fields, term vectors, postings,
    // norms, doc values, deletions; and those of the 3.x formats an upgraded index may still hold).
    [GeneratedRegex(
        @"^(segments_[a-z0-9]+|segments\.gen|_[a-z0-9]+(_[a-z0-9]+)?(_[A-Za-z0-9]+_[a-z0-9]+)?\.(cfs|cfe|si|fnm|fdt|fdx|tvx|tvd|tvf|tim|tip|doc|pos|pay|nvd|nvm|dvd|dvm|del|liv|len|frq|prx|tis|tii|nrm|dat|idx|blm))$",
        RegexOptions.CultureInvariant)]
    private static partial Regex WrittenByLucene();
}
