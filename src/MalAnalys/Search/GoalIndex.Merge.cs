using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using MalAnalys.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace MalAnalys.Search;

public sealed partial class GoalIndex
{
    /// <summary>
    /// Merges indexes into a new one, with Lucene's <see cref="IndexWriter.AddIndexes(IndexReader[])"/>: typically the
    /// shards of one collection, each built by <see cref="IndexAsync"/> with its own <see cref="IndexBatchOptions.Shard"/>.
    /// The merged index holds every document of every source as the source's last commit holds it, and gives the same
    /// documents, goals, counts and search results as one index built from all the files at once.
    /// </summary>
    /// <param name="sources">The index folders to merge; they are only read (no lock taken, nothing written), so merge them once the batches that write them are done.</param>
    /// <param name="target">The folder of the merged index: a new or empty folder, locked as <see cref="Open"/> locks it while the merge writes.</param>
    /// <param name="cancellationToken">Cancels the merge before the target is written; once Lucene copies the sources it runs to the end.</param>
    /// <returns>How many documents (files) the merged index holds.</returns>
    /// <exception cref="ArgumentException">No sources are given.</exception>
    /// <exception cref="SearchException">
    /// A source is not there (<see cref="SearchErrorKind.IndexMissing"/>), not a MalAnalys index or of another schema
    /// (<see cref="SearchErrorKind.IndexIncompatible"/>), or damaged (<see cref="SearchErrorKind.IndexCorrupt"/>); two
    /// sources hold the same document (<see cref="SearchErrorKind.DuplicateDocuments"/>); the target holds files
    /// (<see cref="SearchErrorKind.IndexIncompatible"/>), is locked by a writer (<see cref="SearchErrorKind.IndexLocked"/>)
    /// or cannot be written (<see cref="SearchErrorKind.IndexUnwritable"/>). Nothing is merged then.
    /// </exception>
    public static int Merge(IEnumerable<string> sources, string target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        var paths = sources.ToList();
        if (paths.Count == 0)
        {
            throw new ArgumentException("Give at least one index to merge.", nameof(sources));
        }

        var targetPath = NormalizePath(System.IO.Path.GetFullPath(target));
        var opened = new List<(LuceneDirectory Directory, DirectoryReader Reader)>();
        try
        {
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var source in paths)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (NormalizePath(System.IO.Path.GetFullPath(source)) == targetPath)
                {
                    throw new SearchException(SearchErrorKind.IndexIncompatible, $"{source}: an index cannot be merged into itself; choose a new folder for the merged index.");
                }

                opened.Add(OpenSource(source));
                CheckDisjoint(opened[^1].Reader, source, owners);
            }

            cancellationToken.ThrowIfCancellationRequested();
            WriteMerged([.. opened.Select(o => (IndexReader)o.Reader)], target);
            return owners.Count;
        }
        finally
        {
            foreach (var (directory, reader) in opened)
            {
                reader.Dispose();
                directory.Dispose();
            }
        }
    }

    // A source's last commit, read without a lock and checked whole against its checksums before anything is copied.
    private static (LuceneDirectory, DirectoryReader) OpenSource(string source)
    {
        if (!System.IO.Directory.Exists(source) || !HasIndexFiles(source))
        {
            throw new SearchException(SearchErrorKind.IndexMissing, $"{source}: no index here; give the folders that 'malanalys index --shard K/N' wrote.");
        }

        var directory = FSDirectory.Open(new DirectoryInfo(source), NoLockFactory.GetNoLockFactory());
        try
        {
            CheckSchema(directory, source);
            var reader = DirectoryReader.Open(directory);
            try
            {
                foreach (var leaf in reader.Leaves)
                {
                    leaf.AtomicReader.CheckIntegrity();
                }
            }
            catch
            {
                reader.Dispose();
                throw;
            }

            return (directory, reader);
        }
        catch (Exception e)
        {
            directory.Dispose();
            throw e is SearchException ? e : Translate(e, source);
        }
    }

    // Every document id of a source, against those of the sources before it: shards of one collection never share a document.
    private static void CheckDisjoint(DirectoryReader reader, string source, Dictionary<string, string> owners)
    {
        var searcher = new IndexSearcher(reader);
        var query = new TermQuery(new Term(GoalFields.Kind, GoalFields.KindDocument));
        var count = Math.Max(1, searcher.Search(query, 1).TotalHits);
        var fields = new HashSet<string>(StringComparer.Ordinal) { GoalFields.DocumentId, GoalFields.Path };
        foreach (var hit in searcher.Search(query, count).ScoreDocs)
        {
            var stored = searcher.Doc(hit.Doc, fields);
            var id = stored.Get(GoalFields.DocumentId, CultureInfo.InvariantCulture) ?? string.Empty;
            if (!owners.TryAdd(id, source))
            {
                var path = stored.Get(GoalFields.Path, CultureInfo.InvariantCulture);
                throw new SearchException(SearchErrorKind.DuplicateDocuments, $"{source}: document {id} ({path}) is also in {owners[id]}; shards to merge must not overlap (build them with the same --shard count over the same files). Nothing was merged.");
            }
        }
    }

    // The target is locked as a writer locks it, must hold nothing but the lock, and gets the sources and the schema in one
    // commit; on failure the writer is rolled back, which leaves the folder as it was.
    private static void WriteMerged(IndexReader[] readers, string target)
    {
        try
        {
            System.IO.Directory.CreateDirectory(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new SearchException(SearchErrorKind.IndexUnwritable, $"{target}: cannot create the folder for the merged index: {e.Message}", e);
        }

        // Checked before the lock too, so that a folder of the user's does not get a lock file.
        CheckEmpty(target);
        using var folderLock = IndexFolder.Lock(target);
        CheckEmpty(target);

        using var directory = new NIOFSDirectory(new DirectoryInfo(target), NoLockFactory.GetNoLockFactory());
        using var analyzer = GoalAnalyzers.CreateIndexAnalyzer();
        var config = new IndexWriterConfig(SwedishGoalAnalyzer.Version, analyzer) { OpenMode = OpenMode.CREATE };
        IndexWriter? writer = null;
        try
        {
            writer = new IndexWriter(directory, config);
            writer.AddIndexes(readers);
            writer.SetCommitData(new Dictionary<string, string> { [SchemaKey] = SchemaVersion });
            writer.Commit();
            writer.Dispose();
        }
        catch (Exception e)
        {
            writer?.Rollback();
            throw e is SearchException ? e : new SearchException(SearchErrorKind.IndexUnwritable, $"{target}: the merged index could not be written: {e.Message} (is the disk full, or the folder read-only?)", e);
        }
    }

    private static void CheckEmpty(string target)
    {
        if (System.IO.Directory.EnumerateFileSystemEntries(target).Any(e => System.IO.Path.GetFileName(e) != IndexFolder.LockName))
        {
            throw new SearchException(SearchErrorKind.IndexIncompatible, $"{target}: the folder is not empty; merge into a new or empty folder.");
        }
    }
}
