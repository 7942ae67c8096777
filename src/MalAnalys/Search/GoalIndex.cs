using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using MalAnalys.Documents;
using MalAnalys.Search.Analysis;
using MalAnalys.Swedish;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace MalAnalys.Search;

/// <summary>
/// A Lucene.Net index of goals: one entry per goal with its document's metadata, Swedish analysis (decompounding,
/// stemming, a folded field for OCR damage), filters, snippets, counts per municipality and SDG, and similar goals.
/// On disk (<see cref="Open"/>, <see cref="OpenReadOnly"/>) or in memory (<see cref="InMemory(GoalIndexOptions?)"/>).
/// Thread-safe: adds, deletes and searches may run at once; searches see added goals without a commit (near-real-time).
/// </summary>
/// <remarks>
/// Ids: a source document's id is <see cref="DocumentIdOf"/> (16 hex digits of a SHA-256 over its content hash and path);
/// a goal's id is <c>&lt;documentId&gt;#&lt;ordinal&gt;</c>, the ordinal being the goal's 1-based position in its document
/// (goal numbers are not used because many documents do not number their goals).
/// </remarks>
public sealed partial class GoalIndex : IDisposable
{
    /// <summary>The schema version written into every commit; an index with another is refused as incompatible.</summary>
    /// <remarks>2: every entry holds its document's copy key, and every goal its copy group (copies are shown once).</remarks>
    internal const string SchemaVersion = "2";
    internal const string SchemaKey = "malanalys.schema";

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly Analyzer _indexAnalyzer;
    private readonly Analyzer _queryAnalyzer;
    private readonly string _schema;

    // The folder's writer lock (IndexFolder.Lock), held from Open to Dispose; null in memory and for read-only opens.
    private readonly FileStream? _folderLock;

    // Every search is limited to goal entries; the bit set is cached per segment, so it costs nothing after the first search.
    private readonly CachingWrapperFilter _goalsOnly = new(new QueryWrapperFilter(new TermQuery(new Term(GoalFields.Kind, GoalFields.KindGoal))));
    private int _dirty;
    private long _nextReadOnlyCheck;
    private TimeSpan _readOnlyRefreshInterval = TimeSpan.FromSeconds(1);
    private int _disposed;

    private GoalIndex(LuceneDirectory directory, IndexWriter? writer, SearcherManager searchers, Analyzer indexAnalyzer, string? path, string schema, FileStream? folderLock = null)
    {
        _folderLock = folderLock;
        _directory = directory;
        _writer = writer;
        _searchers = searchers;
        _indexAnalyzer = indexAnalyzer;
        _queryAnalyzer = GoalAnalyzers.CreateQueryAnalyzer();
        _schema = schema;
        Path = path;
    }

    /// <summary>The fields a query may name as a prefix (<c>shortName:tillväxt</c>, <c>municipality:Ystad</c>, <c>sdg:13</c>, <c>year:2024</c>).</summary>
    public static IReadOnlyList<string> QueryFields { get; } =
        [GoalFields.ShortName, GoalFields.Statement, GoalFields.Body, GoalFields.Area, GoalFields.Title, GoalFields.Municipality, GoalFields.Folded, GoalFields.Sdg, GoalFields.Year];

    /// <summary>The index folder, or <see langword="null"/> for an index in memory.</summary>
    public string? Path { get; }

    /// <summary>Whether the index was opened for searching only.</summary>
    public bool IsReadOnly => _writer is null;

    /// <summary>Opens the index in a folder for adding and searching, creating the folder and the index when missing.</summary>
    /// <param name="path">The index folder.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The index; dispose it to commit and release the folder's lock.</returns>
    /// <remarks>
    /// One writer at a time: the index holds an exclusive lock on the folder's <c>write.lock</c> until it is disposed, and
    /// a second <see cref="Open"/> (in this process or another) is refused at once, before it changes anything. A folder
    /// that holds files Lucene would take for left-overs of its own and delete (a name starting with <c>_</c> or
    /// <c>segments</c> that is not a name Lucene writes, such as <c>_notes.txt</c>) is refused as well; other files of
    /// the user's are left alone.
    /// </remarks>
    /// <exception cref="SearchException">
    /// The folder is locked by another writer (<see cref="SearchErrorKind.IndexLocked"/>), cannot be written, holds no
    /// index but other files or holds files Lucene would delete (<see cref="SearchErrorKind.IndexIncompatible"/>), or holds
    /// an incompatible or damaged index.
    /// </exception>
    public static GoalIndex Open(string path, GoalIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            System.IO.Directory.CreateDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new SearchException(SearchErrorKind.IndexUnwritable, $"{path}: cannot create the index folder: {e.Message}", e);
        }

        // Checked before the lock too, so that a folder of the user's does not get a lock file. A folder that has the lock
        // file is an index folder, perhaps being created by another writer right now (its first segment files stand
        // before its first commit): the lock decides, and the folder is checked once the lock is held.
        if (!File.Exists(System.IO.Path.Combine(path, IndexFolder.LockName)))
        {
            CheckFolder(path);
        }

        return OpenLocked(path, options ?? GoalIndexOptions.Default, SchemaVersion);
    }

    // The writer's lock is taken before anything in the folder is looked at or changed (a torn first commit is deleted
    // in Create), and is held until the index is disposed: a second writer is refused before it changes anything.
    private static GoalIndex OpenLocked(string path, GoalIndexOptions options, string schema)
    {
        var folderLock = IndexFolder.Lock(path);
        try
        {
            CheckFolder(path);

            // Plain file reads rather than memory mapping: a batch's merges read every segment, and mapped pages count in
            // the process's resident memory, which would then grow with the collection. Read-only opens keep memory
            // mapping. Lucene's own lock is not used: on Linux Lucene.Net takes it as a shared lock, which two writers
            // both get; the folder lock above excludes them.
            var directory = new NIOFSDirectory(new DirectoryInfo(path), NoLockFactory.GetNoLockFactory());
            return Create(directory, path, options, schema, folderLock: folderLock);
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    private static void CheckFolder(string path)
    {
        if (!HasIndexFiles(path) && System.IO.Directory.EnumerateFileSystemEntries(path).Any(e => !LeftByInterruptedCreate(e)))
        {
            throw new SearchException(SearchErrorKind.IndexIncompatible, $"{path}: the folder holds other files but no index; choose an empty or new folder for the index.");
        }

        if (IndexFolder.ForeignFiles(path) is { Count: > 0 } foreign)
        {
            var names = string.Join(", ", foreign.Take(5)) + (foreign.Count > 5 ? $" and {foreign.Count - 5} more" : string.Empty);
            throw new SearchException(SearchErrorKind.IndexIncompatible, $"{path}: the index folder holds files that are not the index's ({names}); Lucene would delete them as left-overs, so nothing was changed: move them out of the folder and run again.");
        }
    }

    /// <summary>
    /// Opens the index in a folder for searching only; it does not take the writer's lock, so it works while a batch
    /// writes. It sees the last commit, and follows newer commits: a search looks for one at most once a second
    /// (<see cref="Refresh"/> looks at once). An index whose first commit is still being written is waited for (up to
    /// two seconds).
    /// </summary>
    /// <param name="path">The index folder.</param>
    /// <returns>The index.</returns>
    /// <exception cref="SearchException">There is no index there (or its first commit is not whole), or it is incompatible or damaged.</exception>
    public static GoalIndex OpenReadOnly(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!System.IO.Directory.Exists(path) || !HasIndexFiles(path))
        {
            throw new SearchException(SearchErrorKind.IndexMissing, $"{path}: no index here; build one with 'malanalys index PATH... --index {path}'.");
        }

        var directory = FSDirectory.Open(path);
        if (WaitForFirstCommit(directory))
        {
            return OpenReadOnlyOver(directory, path);
        }

        directory.Dispose();
        throw new SearchException(SearchErrorKind.IndexMissing, $"{path}: no index here yet: its first commit is not whole (an index command is creating it, or was stopped while creating it); run 'malanalys index PATH... --index {path}'.");
    }

    // How long a read-only open waits for an index's first commit to be written whole, in steps of FirstCommitStep.
    private const int FirstCommitSteps = 40;
    private static readonly TimeSpan FirstCommitStep = TimeSpan.FromMilliseconds(50);

    // An index being created has its first commit (segments_1) in the folder before it is written to its end, and no
    // commit before it to fall back to, as later commits have: the open waits until it is whole. One that stays torn was
    // cut off by a kill, and nothing was ever committed to it.
    private static bool WaitForFirstCommit(LuceneDirectory directory)
    {
        for (var step = 0; IsTornFirstCommit(directory); step++)
        {
            if (step == FirstCommitSteps)
            {
                return false;
            }

            Thread.Sleep(FirstCommitStep);
        }

        return true;
    }

    /// <summary>For tests: a read-only index over a given Lucene directory (one that sees a commit come between its reads, for instance).</summary>
    internal static GoalIndex OpenReadOnlyOver(LuceneDirectory directory, string path)
    {
        try
        {
            CheckSchema(directory, path);
            var searchers = new SearcherManager(directory, null);
            try
            {
                VerifyChecksums(searchers);
            }
            catch
            {
                searchers.Dispose();
                throw;
            }

            return new GoalIndex(directory, null, searchers, GoalAnalyzers.CreateIndexAnalyzer(), path, SchemaVersion);
        }
        catch (Exception e) when (e is not SearchException)
        {
            directory.Dispose();
            throw Translate(e, path);
        }
    }

    /// <summary>Creates an empty index in memory (for tests and short-lived collections).</summary>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The index.</returns>
    public static GoalIndex InMemory(GoalIndexOptions? options = null) =>
        Create(new RAMDirectory(), null, options ?? GoalIndexOptions.Default, SchemaVersion);

    /// <summary>For comparing compound splitters on the query set: an index in memory with the given splitters.</summary>
    internal static GoalIndex InMemory(CompoundSplitters splitters) =>
        Create(new RAMDirectory(), null, GoalIndexOptions.Default, SchemaVersion, splitters);

    /// <summary>For tests: an index over a given Lucene directory (one that fails on purpose, for instance).</summary>
    internal static GoalIndex OpenOver(LuceneDirectory directory, string path) =>
        Create(directory, path, GoalIndexOptions.Default, SchemaVersion);

    /// <summary>For tests: an index that writes another schema version, as an older or newer MalAnalys would.</summary>
    internal static GoalIndex OpenWithSchema(string path, string schema)
    {
        System.IO.Directory.CreateDirectory(path);
        return OpenLocked(path, GoalIndexOptions.Default, schema);
    }

    /// <summary>
    /// The stable id of a source document: 16 hex digits of the SHA-256 of its content hash and its real path (absolute,
    /// symbolic links resolved, slashes normalised), so that a file given as a relative path, an absolute path or through
    /// a linked folder has one id. A relative path is taken from the current directory. A path that leads to a pipe or a
    /// socket rather than a file (<c>/dev/stdin</c> in a pipeline, <c>/dev/fd/63</c>) counts by the name given, so the
    /// same content read that way has the same id in every run.
    /// </summary>
    /// <param name="source">The document's source.</param>
    /// <returns>The id.</returns>
    public static string DocumentIdOf(SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return DocumentIdFrom(source.Sha256, source.Path);
    }

    /// <summary>The id of a document with the given content hash (lower-case hex) and path; see <see cref="DocumentIdOf(SourceInfo)"/>.</summary>
    internal static string DocumentIdFrom(string sha256, string? path)
    {
        var key = sha256 + "\n" + NormalizePath(path);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }

    /// <summary>The id of a goal: <c>&lt;documentId&gt;#&lt;ordinal&gt;</c>.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <param name="goal">The goal.</param>
    /// <returns>The id.</returns>
    public static string GoalIdOf(string documentId, Goal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return string.Create(CultureInfo.InvariantCulture, $"{documentId}#{goal.Ordinal}");
    }

    /// <summary>
    /// The SDGs of a goal as the index stores them: the ones the Agenda 2030 classifier says the goal serves (score at or
    /// above its threshold), with their scores. This is the one place classification is wired into the index; a document
    /// analysed with <see cref="MalAnalyzerOptions.ClassifySdgs"/> off has none, and its goals' <c>sdg</c> field stays empty.
    /// </summary>
    internal static IReadOnlyList<GoalSdg> SdgsOf(AnalyzedDocument document, Goal goal) =>
        document.SdgsOf(goal) is { } result ? [.. result.Served.Select(p => new GoalSdg(p.Sdg, (float)p.Score))] : [];

    /// <summary>Adds a document's goals, replacing an earlier version with the same id or the same path (never duplicating).</summary>
    /// <param name="document">The analysed document.</param>
    /// <returns>The document's id.</returns>
    /// <exception cref="InvalidOperationException">The index is read-only.</exception>
    public string Add(AnalyzedDocument document) => Add(document, null);

    /// <summary>Adds a document's goals with the given SDG predictions, replacing an earlier version with the same id or path.</summary>
    /// <param name="document">The analysed document.</param>
    /// <param name="sdgs">The SDGs of each goal, or <see langword="null"/> for the index's own (<see cref="SdgsOf"/>).</param>
    /// <returns>The document's id.</returns>
    /// <exception cref="InvalidOperationException">The index is read-only.</exception>
    /// <exception cref="SearchException">The index folder cannot be written (a full disk, permissions).</exception>
    public string Add(AnalyzedDocument document, Func<Goal, IReadOnlyList<GoalSdg>>? sdgs) => Add(document, sdgs, null);

    /// <summary>Adds a document, also deleting the entries stored under <paramref name="stalePath"/> (its path as an older version stored it).</summary>
    private string Add(AnalyzedDocument document, Func<Goal, IReadOnlyList<GoalSdg>>? sdgs, string? stalePath)
    {
        ArgumentNullException.ThrowIfNull(document);
        var writer = Writer();
        var id = DocumentIdOf(document.Document.Source);
        var entries = GoalDocuments.Build(id, document, sdgs ?? (goal => SdgsOf(document, goal)));
        var path = NormalizePath(document.Document.Source.Path);
        if (path.Length > 0)
        {
            // Deletes apply only to entries added before them, so this removes an older version of the file, not the new one.
            writer.DeleteDocuments(new Term(GoalFields.Path, path));
        }

        if (!string.IsNullOrEmpty(stalePath) && stalePath != path)
        {
            writer.DeleteDocuments(new Term(GoalFields.Path, stalePath));
        }

        try
        {
            writer.UpdateDocuments(new Term(GoalFields.DocumentId, id), entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Lucene writes stored fields as documents arrive, so a full disk can show here before any commit.
            throw Unwritable($"{document.Document.Source.Path ?? id} could not be added", e);
        }

        Interlocked.Exchange(ref _dirty, 1);
        return id;
    }

    /// <summary>Deletes a document and its goals.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <returns>Whether the index held it.</returns>
    /// <exception cref="InvalidOperationException">The index is read-only.</exception>
    public bool Delete(string documentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        var writer = Writer();
        var term = new Term(GoalFields.DocumentId, documentId);
        var existed = WithSearcher(s => s.Search(new TermQuery(term), 1).TotalHits > 0);
        writer.DeleteDocuments(term);
        Interlocked.Exchange(ref _dirty, 1);
        return existed;
    }

    /// <summary>Makes everything added so far durable: after a crash, the index reopens at the last commit.</summary>
    /// <exception cref="SearchException">The index folder cannot be written (a full disk, permissions).</exception>
    public void Commit()
    {
        var writer = Writer();
        try
        {
            writer.SetCommitData(new Dictionary<string, string> { [SchemaKey] = _schema });
            writer.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The last commit stays intact: Lucene writes a new commit point only once every file of it is written.
            throw Unwritable("the commit failed", e);
        }

        Refresh();
    }

    /// <summary>Makes goals added so far visible to searches now (they become visible on the next search anyway); on a read-only index, takes in the newest commit.</summary>
    /// <exception cref="SearchException">The goals added since the last refresh cannot be written out (a full disk, permissions).</exception>
    public void Refresh()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        if (_writer is null)
        {
            try
            {
                _searchers.MaybeRefreshBlocking();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Translate(e, Path ?? "(memory)");
            }

            return;
        }

        Interlocked.Exchange(ref _dirty, 0);
        RefreshSearchers();
    }

    // Showing added goals to searches writes them out as a segment first, so a full disk can surface here too.
    /// <summary>How often a read-only index looks for a newer commit before a search (default 1 s; tests set it to zero).</summary>
    internal TimeSpan ReadOnlyRefreshInterval
    {
        get => _readOnlyRefreshInterval;
        set
        {
            _readOnlyRefreshInterval = value;
            Volatile.Write(ref _nextReadOnlyCheck, 0); // the next search looks
        }
    }

    // A read-only index follows the commits another process makes (a running 'malanalys index'), looking at most once per
    // interval so that a burst of searches does not list the folder each time. A look that fails keeps the current view.
    private void PickUpNewCommits()
    {
        var now = Environment.TickCount64;
        var next = Volatile.Read(ref _nextReadOnlyCheck);
        if (now < next || Interlocked.CompareExchange(ref _nextReadOnlyCheck, now + (long)ReadOnlyRefreshInterval.TotalMilliseconds, next) != next)
        {
            return;
        }

        try
        {
            _searchers.MaybeRefresh();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The commit being read was replaced or is being written; the next look will see the finished one.
        }
    }

    private void RefreshSearchers()
    {
        try
        {
            _searchers.MaybeRefreshBlocking();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unwritable("the goals added since the last commit could not be written out", e);
        }
    }

    /// <summary>Searches goals.</summary>
    /// <param name="query">
    /// Swedish query text in Lucene syntax: words (all must match), <c>"phrases"</c>, <c>AND</c>/<c>OR</c>/<c>NOT</c>,
    /// parentheses and field prefixes from <see cref="QueryFields"/>.
    /// </param>
    /// <param name="options">Filters and paging, or <see langword="null"/> for the first ten hits.</param>
    /// <returns>The hits, the total and counts per municipality and SDG.</returns>
    /// <exception cref="SearchException">
    /// The query is not valid syntax (<see cref="SearchErrorKind.InvalidQuery"/>, the message says what is wrong), or is
    /// beyond the limits that bound a search's cost (<see cref="SearchErrorKind.QueryTooComplex"/>: over 2,000 characters,
    /// parentheses nested over 20 deep, over 2,048 word and field combinations, over 6 wildcards in a word). Regular
    /// expressions (<c>/…/</c>) are refused as invalid: their cost has no bound in Lucene 4.8.
    /// </exception>
    public GoalSearchResults Search(string query, GoalQuery? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        options ??= GoalQuery.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.Skip, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Take, 1, nameof(options));
        var parsed = GoalQueryParser.Parse(query, _queryAnalyzer);
        if (parsed is null)
        {
            return new GoalSearchResults([], 0, [], []);
        }

        return WithSearcher(searcher =>
        {
            Query filtered = new FilteredQuery(parsed, _goalsOnly);
            if (Filter(options) is { Clauses.Count: > 0 } narrower)
            {
                filtered = new FilteredQuery(filtered, new QueryWrapperFilter(narrower));
            }

            if (!options.AllCopies)
            {
                return SearchCopiesOnce(searcher, filtered, parsed, options);
            }

            // The collector allocates its queue up front: sized by the index, not by the request, so that a huge Take
            // (int.MaxValue for "all") costs what the index holds and no more.
            var wanted = (int)Math.Min((long)options.Skip + options.Take, Math.Max(1, searcher.IndexReader.MaxDoc));
            var top = TopScoreDocCollector.Create(wanted, true);
            var facets = new FacetCollector();
            searcher.Search(filtered, MultiCollector.Wrap(top, facets));
            var page = top.GetTopDocs(Math.Min(options.Skip, wanted), options.Take);
            var snippets = new SnippetBuilder(QueryTerms.Of(searcher.Rewrite(parsed)), _indexAnalyzer);
            var hits = page.ScoreDocs.Select(d => GoalDocuments.ToHit(searcher.Doc(d.Doc), d.Score, snippets)).ToList();
            return new GoalSearchResults(hits, top.TotalHits, facets.Municipalities(), facets.Sdgs());
        });
    }

    // Every hit grouped with its copies (DocumentCopies), one hit per group with the others listed: the page, the total and
    // the counts are of groups.
    private GoalSearchResults SearchCopiesOnce(IndexSearcher searcher, Query filtered, Query parsed, GoalQuery options)
    {
        var copies = new CopyCollector(GoalFields.CopyGroup);
        searcher.Search(filtered, copies);
        var facets = copies.Facets(searcher.IndexReader);
        var snippets = new SnippetBuilder(QueryTerms.Of(searcher.Rewrite(parsed)), _indexAnalyzer);
        var hits = copies.Ranked().Skip(options.Skip).Take(options.Take)
            .Select(g => GoalDocuments.ToHit(searcher.Doc(g.Doc), g.Score, snippets) with { Copies = CopiesOf(searcher, g.Others) })
            .ToList();
        return new GoalSearchResults(hits, copies.Count, facets.Municipalities(), facets.Sdgs());
    }

    private static readonly HashSet<string> CopyFields = [GoalFields.GoalId, GoalFields.DocumentId, GoalFields.Path];

    private static List<GoalCopy> CopiesOf(IndexSearcher searcher, IReadOnlyList<int> docs) =>
        [.. docs.Select(d => searcher.Doc(d, CopyFields))
            .Select(d => new GoalCopy(d.Get(GoalFields.GoalId, CultureInfo.InvariantCulture), d.Get(GoalFields.DocumentId, CultureInfo.InvariantCulture), d.Get(GoalFields.Path, CultureInfo.InvariantCulture) is { Length: > 0 } path ? path : null))
            .OrderBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.GoalId, StringComparer.Ordinal)];

    /// <summary>The goals in other documents most similar to a goal in the index.</summary>
    /// <param name="goalId">The goal's id, <c>&lt;documentId&gt;#&lt;ordinal&gt;</c>.</param>
    /// <param name="take">How many to return.</param>
    /// <returns>The similar goals, most similar first; their snippets mark the words they share with the goal.</returns>
    /// <remarks>
    /// Never the goal itself nor any goal of its document's copies (<see cref="DocumentCopies"/>); copies of a similar goal
    /// are one hit listing the others in <see cref="GoalHit.Copies"/>.
    /// </remarks>
    /// <exception cref="SearchException">The id is malformed or not in the index.</exception>
    public IReadOnlyList<GoalHit> SimilarGoals(string goalId, int take = 5) => SimilarGoals(goalId, take, allCopies: false);

    /// <summary>The goals in other documents most similar to a goal in the index, each copy of a document on its own when asked.</summary>
    /// <param name="goalId">The goal's id, <c>&lt;documentId&gt;#&lt;ordinal&gt;</c>.</param>
    /// <param name="take">How many to return.</param>
    /// <param name="allCopies">Whether copies of a similar goal are hits of their own (<see cref="GoalQuery.AllCopies"/>); copies of the goal itself are never returned.</param>
    /// <returns>The similar goals, most similar first; their snippets mark the words they share with the goal.</returns>
    /// <exception cref="SearchException">The id is malformed or not in the index.</exception>
    public IReadOnlyList<GoalHit> SimilarGoals(string goalId, int take, bool allCopies)
    {
        ArgumentNullException.ThrowIfNull(goalId);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        var hash = goalId.IndexOf('#', StringComparison.Ordinal);
        if (hash <= 0 || hash == goalId.Length - 1 || !int.TryParse(goalId.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new SearchException(SearchErrorKind.UnknownGoal, $"'{goalId}' is not a goal id; goal ids look like 3f2a9c0d1e4b5a6c#2 (document id, '#', the goal's position), as printed by 'malanalys search'.");
        }

        return WithSearcher(searcher =>
        {
            var found = searcher.Search(new TermQuery(new Term(GoalFields.GoalId, goalId)), 1);
            if (found.TotalHits == 0)
            {
                throw new SearchException(SearchErrorKind.UnknownGoal, $"no goal with id '{goalId}' in the index; ids change when a document's content or path changes, so search again for the current id.");
            }

            var stored = searcher.Doc(found.ScoreDocs[0].Doc);
            return Similar(searcher, GoalDocuments.CoreText(stored), GoalDocuments.SimilarityText(stored), ExcludedOf(stored), take, allCopies);
        });
    }

    /// <summary>The goals most similar to a text (a goal statement of your own, a paragraph).</summary>
    /// <param name="text">The text.</param>
    /// <param name="take">How many to return.</param>
    /// <returns>The similar goals, most similar first.</returns>
    public IReadOnlyList<GoalHit> SimilarToText(string text, int take = 5) => SimilarToText(text, take, allCopies: false);

    /// <summary>The goals most similar to a text, each copy of a document on its own when asked.</summary>
    /// <param name="text">The text.</param>
    /// <param name="take">How many to return.</param>
    /// <param name="allCopies">Whether copies of a goal are hits of their own (<see cref="GoalQuery.AllCopies"/>).</param>
    /// <returns>The similar goals, most similar first.</returns>
    public IReadOnlyList<GoalHit> SimilarToText(string text, int take, bool allCopies)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        return WithSearcher(searcher => Similar(searcher, text, text, null, take, allCopies));
    }

    /// <summary>How many documents and goals the index holds, per municipality and SDG, a document's copies counted once.</summary>
    /// <returns>The counts.</returns>
    public GoalIndexStats GetStats() => GetStats(allCopies: false);

    /// <summary>How many documents and goals the index holds, per municipality and SDG.</summary>
    /// <param name="allCopies">
    /// Whether every file counts as a document of its own; by default copies of a document (<see cref="DocumentCopies"/>)
    /// count once, as do their goals, and the municipality and SDG counts are of one copy of each goal.
    /// </param>
    /// <returns>The counts.</returns>
    public GoalIndexStats GetStats(bool allCopies) => WithSearcher(searcher =>
    {
        var documentQuery = new ConstantScoreQuery(new TermQuery(new Term(GoalFields.Kind, GoalFields.KindDocument)));
        var goalQuery = new ConstantScoreQuery(new TermQuery(new Term(GoalFields.Kind, GoalFields.KindGoal)));
        var files = searcher.Search(documentQuery, 1).TotalHits;
        if (allCopies)
        {
            var facets = new FacetCollector();
            var goals = new TotalHitCountCollector();
            searcher.Search(goalQuery, MultiCollector.Wrap(facets, goals));
            return new GoalIndexStats(files, goals.TotalHits, facets.Municipalities(), facets.Sdgs()) { Files = files };
        }

        var documentCopies = new CopyCollector(GoalFields.CopyKey);
        searcher.Search(documentQuery, documentCopies);
        var goalCopies = new CopyCollector(GoalFields.CopyGroup);
        searcher.Search(goalQuery, goalCopies);
        var once = goalCopies.Facets(searcher.IndexReader);
        return new GoalIndexStats(documentCopies.Count, goalCopies.Count, once.Municipalities(), once.Sdgs()) { Files = files };
    });

    // The goal's document and its copies: similar goals are found in other documents only.
    private static Term ExcludedOf(Document stored) =>
        stored.Get(GoalFields.CopyKey, CultureInfo.InvariantCulture) is { Length: > 0 } copyKey
            ? new Term(GoalFields.CopyKey, copyKey)
            : new Term(GoalFields.DocumentId, stored.Get(GoalFields.DocumentId, CultureInfo.InvariantCulture));

    /// <summary>Commits what was added (when writable) and releases the folder.</summary>
    /// <exception cref="SearchException">The closing commit could not be written (a full disk, permissions); the folder is released at its last commit.</exception>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (_writer is not null)
            {
                _writer.SetCommitData(new Dictionary<string, string> { [SchemaKey] = _schema });
                _writer.Dispose();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The closing commit failed: drop what it could not write, so the folder is unlocked at its last commit.
            _writer!.Rollback();
            throw Unwritable("closing the index failed, what was added since the last commit is lost", e);
        }
        finally
        {
            _searchers.Dispose();
            _directory.Dispose();
            _indexAnalyzer.Dispose();
            _queryAnalyzer.Dispose();
            _folderLock?.Dispose();
        }
    }

    private SearchException Unwritable(string what, Exception e) =>
        new(SearchErrorKind.IndexUnwritable, $"{Path ?? "(memory)"}: {what}; the index keeps its last commit: {e.Message} (is the disk full, or the folder read-only?)", e);

    internal static string NormalizePath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        return RealPaths.Of(path).Replace('\\', '/');
    }

    private List<GoalHit> Similar(IndexSearcher searcher, string core, string text, Term? exclude, int take, bool allCopies)
    {
        // Tuned for goal-sized texts: the defaults (MinTermFreq 2, MinDocFreq 5, field "contents") find nothing in a goal.
        // Folded fields bridge OCR-damaged and clean documents (hallbar/hållbar). What a goal is about (short name,
        // statement, area) against the same in other goals weighs most; the whole text against whole texts adds context.
        var aboutCore = Mlt(searcher, GoalFields.Core).Like(new StringReader(core), GoalFields.Core);
        aboutCore.Boost = SimilarCoreBoost;
        var aboutAll = Mlt(searcher, GoalFields.Folded).Like(new StringReader(text), GoalFields.Folded);
        var like = new BooleanQuery { { aboutCore, Occur.SHOULD }, { aboutAll, Occur.SHOULD } };
        var query = new BooleanQuery
        {
            { like, Occur.MUST },
            { new TermQuery(new Term(GoalFields.Kind, GoalFields.KindGoal)), Occur.MUST },
        };
        if (exclude is not null)
        {
            query.Add(new TermQuery(exclude), Occur.MUST_NOT);
        }

        var snippets = new SnippetBuilder(QueryTerms.Of(searcher.Rewrite(like)), _indexAnalyzer);
        if (!allCopies)
        {
            var copies = new CopyCollector(GoalFields.CopyGroup);
            searcher.Search(query, copies);
            return [.. copies.Ranked().Take(take).Select(g => GoalDocuments.ToHit(searcher.Doc(g.Doc), g.Score, snippets) with { Copies = CopiesOf(searcher, g.Others) })];
        }

        var top = searcher.Search(query, Math.Min(take, Math.Max(1, searcher.IndexReader.MaxDoc)));
        return top.ScoreDocs.Select(d => GoalDocuments.ToHit(searcher.Doc(d.Doc), d.Score, snippets)).ToList();
    }

    private const float SimilarCoreBoost = 1f;

    private MoreLikeThis Mlt(IndexSearcher searcher, string field) => new(searcher.IndexReader)
    {
        Analyzer = _indexAnalyzer,
        FieldNames = [field],
        MinTermFreq = 1,
        MinDocFreq = 1,
        MinWordLen = 3,
        MaxQueryTerms = 40,
        ApplyBoost = true,
    };

    private static BooleanQuery Filter(GoalQuery options)
    {
        var filter = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(options.Municipality))
        {
            filter.Add(new TermQuery(new Term(GoalFields.MunicipalityKey, Diacritics.Key(options.Municipality))), Occur.MUST);
        }

        if (options.Sdg is { } sdg)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(GoalFields.Sdg, sdg, sdg, true, true), Occur.MUST);
        }

        if (options.Year is { } year)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(GoalFields.PeriodStart, null, year, true, true), Occur.MUST);
            filter.Add(NumericRangeQuery.NewInt32Range(GoalFields.PeriodEnd, year, null, true, true), Occur.MUST);
        }

        return filter;
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        if (_writer is null)
        {
            PickUpNewCommits();
        }
        else if (Interlocked.Exchange(ref _dirty, 0) == 1)
        {
            RefreshSearchers();
        }

        var searcher = _searchers.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private IndexWriter Writer()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        return _writer ?? throw new InvalidOperationException("The index was opened read-only; open it with GoalIndex.Open to add or delete documents.");
    }

    private static GoalIndex Create(LuceneDirectory directory, string? path, GoalIndexOptions options, string schema, CompoundSplitters? splitters = null, FileStream? folderLock = null)
    {
        IndexWriter? writer = null;
        var analyzer = GoalAnalyzers.CreateIndexAnalyzer(splitters ?? CompoundSplitters.Default);
        try
        {
            var exists = DirectoryReader.IndexExists(directory);
            if (IsTornFirstCommit(directory))
            {
                // A process killed while writing the index's first, empty commit leaves a torn segments_1 and nothing
                // else: no document was ever committed, so the index starts again.
                directory.DeleteFile("segments_1");
                exists = false;
            }

            if (exists)
            {
                CheckSchema(directory, path ?? "(memory)", schema);
            }

            var config = new IndexWriterConfig(SwedishGoalAnalyzer.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = options.RamBufferSizeMB,
            };
            writer = new IndexWriter(directory, config);
            if (!exists)
            {
                // An empty first commit, so that read-only opens and the schema check work before anything is added.
                writer.SetCommitData(new Dictionary<string, string> { [SchemaKey] = schema });
                writer.Commit();
            }

            // The writer holds the folder: no other commit can replace a file while every file is checked whole.
            ChecksumEveryFile(directory, path ?? "(memory)");
            var searchers = new SearcherManager(writer, true, null);
            return new GoalIndex(directory, writer, searchers, analyzer, path, schema, folderLock);
        }
        catch (Exception e)
        {
            writer?.Dispose();
            directory.Dispose();
            analyzer.Dispose();
            throw e is SearchException ? e : Translate(e, path ?? "(memory)");
        }
    }

    /// <summary>Whether the index's only file is a first commit that cannot be read (see <see cref="Create"/>).</summary>
    internal static bool IsTornFirstCommit(LuceneDirectory directory)
    {
        string[] files;
        try
        {
            files = [.. directory.ListAll().Where(f => f != IndexWriter.WRITE_LOCK_NAME)];
        }
        catch (DirectoryNotFoundException)
        {
            // A folder not made yet holds no commit at all.
            return false;
        }

        if (files is not ["segments_1"] && !(files.Length == 2 && files.Contains("segments_1") && files.Contains("segments.gen")))
        {
            return false;
        }

        try
        {
            var infos = new SegmentInfos();
            infos.Read(directory, "segments_1");
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static void CheckSchema(LuceneDirectory directory, string path, string expected = SchemaVersion)
    {
        var commits = DirectoryReader.ListCommits(directory);
        var data = commits[^1].UserData;
        if (!data.TryGetValue(SchemaKey, out var schema))
        {
            throw new SearchException(SearchErrorKind.IndexIncompatible, $"{path}: this Lucene index was not made by MalAnalys; choose another folder.");
        }

        if (schema != expected)
        {
            throw new SearchException(SearchErrorKind.IndexIncompatible, $"{path}: the index was made by a MalAnalys version with index schema {schema}, this version reads schema {expected}; rebuild it into a new folder with 'malanalys index'.");
        }
    }

    private static readonly string[] DamageWords = ["codec", "checksum", "read past EOF", "corrupt", "format"];

    private static bool IsDamage(string message) =>
        DamageWords.Any(w => message.Contains(w, StringComparison.OrdinalIgnoreCase));

    // A process killed while creating an index leaves its lock and a half-written first commit: a new index may go there.
    private static bool LeftByInterruptedCreate(string entry) =>
        System.IO.Path.GetFileName(entry) is var name && (name == "write.lock" || name.StartsWith("pending_segments_", StringComparison.Ordinal));

    private static bool HasIndexFiles(string path) =>
        System.IO.Directory.EnumerateFiles(path, "segments*").Any();

    private static SearchException Translate(Exception e, string path) => e switch
    {
        LockObtainFailedException => new SearchException(SearchErrorKind.IndexLocked, $"{path}: the index is locked by another writer (is another 'malanalys index' running on it?). Wait for it to finish; search with a read-only open meanwhile.", e),
        IndexFormatTooNewException => new SearchException(SearchErrorKind.IndexIncompatible, $"{path}: the index was written by a newer Lucene version than this MalAnalys reads; rebuild it or upgrade MalAnalys.", e),
        IndexFormatTooOldException => new SearchException(SearchErrorKind.IndexIncompatible, $"{path}: the index was written by an older Lucene version than this MalAnalys reads; rebuild it into a new folder.", e),
        CorruptIndexException or EndOfStreamException => Damaged(path, DamageReason(e), e),
        // Lucene.Net reports some damage (a bad header or checksum) as a plain IOException.
        IOException when IsDamage(e.Message) => Damaged(path, DamageReason(e), e),
        // A file the last commit names is gone: the index cannot be read as it was written.
        FileNotFoundException missing => Damaged(path, $"its file {System.IO.Path.GetFileName(missing.FileName) ?? "(unknown)"} is missing", e),
        UnauthorizedAccessException or IOException => new SearchException(SearchErrorKind.IndexUnwritable, $"{path}: the index folder cannot be used: {e.Message}", e),
        // A truncated or overwritten file sends Lucene.Net's readers out of bounds (ArgumentException, IndexOutOfRange …).
        _ => Damaged(path, DamageReason(e), e),
    };
}
