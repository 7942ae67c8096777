using System.Diagnostics;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace MalAnalys.Search;

/// <summary>Damage to an index is found and reported, never read as changed goals.</summary>
public sealed partial class GoalIndex
{
    // How Lucene.Net names the files it reads in a message: "(resource=…)", "MMapIndexInput(path=…)" and the like.
    private static readonly string[] ResourceMarks = ["(resource", "BufferedChecksumIndexInput(", "MMapIndexInput(", "NIOFSIndexInput(", "SimpleFSIndexInput("];

    // A check of a read-only index that another process's commits overtake more often than this says so.
    private const int MaxCheckAttempts = 5;
    private static readonly TimeSpan CheckPause = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Checks the whole index as Lucene's CheckIndex does: every file of the last commit read in full against its
    /// checksum, and every segment's terms, postings, stored fields, norms and term vectors read and cross-checked.
    /// It reads everything once, so it takes about as long as reading the index folder from disk. On a read-only index
    /// that a writer in another process commits to meanwhile, a commit that removes files the check was about to read,
    /// or a list of segments still being written, is no damage: the check starts again on the newer commit.
    /// </summary>
    /// <returns>What was checked, when nothing is wrong.</returns>
    /// <exception cref="SearchException">The index is damaged (<see cref="SearchErrorKind.IndexCorrupt"/>); the message says where, in one line.</exception>
    public GoalIndexCheck Check()
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var clock = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            var generation = LastCommitGeneration(_directory);
            var (check, damage, listUnreadable, checkedGeneration) = CheckOnce(clock);
            if (damage is null)
            {
                return check!;
            }

            // Another process committed while the check read the commit before and deleted what it no longer needs, or
            // is writing its next list of segments: a moment later the newer commit is whole. The check may also have
            // read an older commit than the newest in the folder, when the newest was still being written as it began.
            var latest = LastCommitGeneration(_directory);
            var overtaken = _writer is null && (listUnreadable || latest != generation || (checkedGeneration is { } read && latest != read));
            if (!overtaken || attempt == MaxCheckAttempts)
            {
                throw damage;
            }

            Thread.Sleep(CheckPause);
        }
    }

    // One reading of the whole index: what was checked, or the damage found, whether it was the list of segments that
    // could not be read, and the generation of the commit that was read (when one was).
    private (GoalIndexCheck? Check, SearchException? Damage, bool ListUnreadable, long? Generation) CheckOnce(Stopwatch clock)
    {
        using var log = new StringWriter();
        CheckIndex.Status status;
        try
        {
            status = new CheckIndex(_directory) { InfoStream = log }.DoCheckIndex();
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return (null, Damaged(Path ?? "(memory)", DamageReason(e), e), true, null);
        }

        long? generation = status.SegmentsFileName is { } name ? SegmentInfos.GenerationFromSegmentsFileName(name) : null;

        if (!status.Clean)
        {
            var listUnreadable = status.MissingSegments || status.CantOpenSegments;
            var where = listUnreadable ? "its list of segments cannot be read" : $"{status.NumBadSegments} of {status.NumSegments} segments are damaged";
            return (null, Damaged(Path ?? "(memory)", $"{where}: {FirstProblem(log.ToString())}", null), listUnreadable, generation);
        }

        try
        {
            ChecksumEveryFile(_directory, Path ?? "(memory)");
        }
        catch (SearchException e)
        {
            return (null, e, false, generation);
        }

        return (new GoalIndexCheck(status.NumSegments, status.SegmentInfos.Sum(s => s.DocCount), clock.Elapsed), null, false, generation);
    }

    // The generation of the newest commit in the folder, or -1 when the folder cannot be listed.
    private static long LastCommitGeneration(LuceneDirectory directory)
    {
        try
        {
            return SegmentInfos.GetLastCommitGeneration(directory);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    // Every file of the last commit read once as a whole against the checksum at its end: CheckIndex and a reader's
    // own check read the files inside a compound file, not the compound file's end. A file that a writer's newer
    // commit has replaced meanwhile is no damage.
    private static void ChecksumEveryFile(LuceneDirectory directory, string path)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        foreach (var file in infos.GetFiles(directory, true))
        {
            try
            {
                using var input = directory.OpenInput(file, IOContext.READ_ONCE);
                CodecUtil.ChecksumEntireFile(input);
            }
            catch (FileNotFoundException) when (!StillInLastCommit(directory, file))
            {
            }
            catch (Exception e) when (e is IOException or ArgumentException or IndexOutOfRangeException)
            {
                throw Damaged(path, $"{file}: {DamageReason(e)}", e);
            }
        }
    }

    private static bool StillInLastCommit(LuceneDirectory directory, string file)
    {
        var latest = new SegmentInfos();
        latest.Read(directory);
        return latest.GetFiles(directory, true).Contains(file);
    }

    // Every file of every segment, read through the reader's own open files, once against its checksum: damage that
    // would otherwise come back as changed text (a flipped byte in stored fields) is found before anything is read
    // from the index. A read-only open uses this, not ChecksumEveryFile, since a writer may replace files meanwhile.
    private static void VerifyChecksums(SearcherManager searchers)
    {
        var searcher = searchers.Acquire();
        try
        {
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                leaf.AtomicReader.CheckIntegrity();
            }
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static SearchException Damaged(string path, string reason, Exception? inner) =>
        new(SearchErrorKind.IndexCorrupt, $"{path}: the index is damaged ({reason}); rebuild it into a new folder with 'malanalys index'.", inner);

    /// <summary>The first line of an exception's message, without the names Lucene.Net gives the files it was reading.</summary>
    private static string DamageReason(Exception e)
    {
        var line = e.Message.Split('\n', 2)[0].Trim();

        // A message that quotes another exception starts with its type's name ("System.IO.EndOfStreamException: …").
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && line[..colon].EndsWith("Exception", StringComparison.Ordinal) && !line[..colon].Contains(' ', StringComparison.Ordinal))
        {
            line = line[(colon + 2)..];
        }

        foreach (var mark in ResourceMarks)
        {
            var at = line.IndexOf(mark, StringComparison.Ordinal);
            if (at > 0)
            {
                line = line[..at];
            }
        }

        line = line.TrimEnd(' ', ':', '(', ',');
        return line.Length == 0 ? e.GetType().Name : line;
    }

    // CheckIndex writes "FAILED", then the exception: its type and message on one line, then a stack trace.
    internal static string FirstProblem(string log)
    {
        var lines = log.Split('\n');
        var failed = Array.FindIndex(lines, l => l.Contains("FAILED", StringComparison.Ordinal));
        for (var i = Math.Max(0, failed); failed >= 0 && i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && line[..colon].EndsWith("Exception", StringComparison.Ordinal))
            {
                return DamageReason(new IOException(line[(colon + 2)..]));
            }
        }

        return "see Lucene's CheckIndex for details";
    }
}
