using MalAnalys.Search;

namespace MalAnalys.Tests.Reliability;

public sealed class TornFirstCommitTests
{
    [Fact]
    public void An_index_whose_first_empty_commit_was_torn_by_a_kill_starts_again_and_keeps_what_is_added()
    {
        var folder = Directory.CreateTempSubdirectory("malanalys-torn-").FullName;
        try
        {
            // What a SIGKILL during the first commit leaves: segments_1 cut off after a few bytes, nothing else.
            File.WriteAllBytes(Path.Combine(folder, "segments_1"), [0x3f, 0xd7, 0x6c]);
            using (var directory = Lucene.Net.Store.FSDirectory.Open(folder))
            {
                Assert.True(GoalIndex.IsTornFirstCommit(directory));
            }

            var analyzed = new MalAnalyzer(new MalAnalyzerOptions { ClassifySdgs = false }).Analyze(Seeds.Ystad);
            using (var index = GoalIndex.Open(folder))
            {
                index.Add(analyzed);
                index.Commit();
            }

            using var reopened = GoalIndex.OpenReadOnly(folder);
            Assert.Equal(1, reopened.GetStats().Documents);
            Assert.Equal(analyzed.Goals.Count, reopened.GetStats().Goals);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_readable_first_commit_is_not_taken_for_a_torn_one()
    {
        var folder = Directory.CreateTempSubdirectory("malanalys-torn-").FullName;
        try
        {
            using (GoalIndex.Open(folder))
            {
            }

            using var directory = Lucene.Net.Store.FSDirectory.Open(folder);
            Assert.False(GoalIndex.IsTornFirstCommit(directory));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_read_only_open_waits_for_a_first_commit_being_written_and_refuses_one_that_stays_torn()
    {
        var folder = Directory.CreateTempSubdirectory("malanalys-torn-").FullName;
        var whole = Directory.CreateTempSubdirectory("malanalys-torn-whole-").FullName;
        try
        {
            // An empty index's one commit, written whole (its name, segments_N, is not part of what it holds).
            using (GoalIndex.Open(whole))
            {
            }

            // The first commit as an index command has begun to write it: a read-only open (search, stats) waits,
            // and once the commit is whole it opens the empty index.
            File.WriteAllBytes(Path.Combine(folder, "segments_1"), [0x3f, 0xd7, 0x6c]);
            var opening = Task.Run(() => GoalIndex.OpenReadOnly(folder));
            await Task.Delay(300);
            Assert.False(opening.IsCompleted, "the open did not wait for the first commit");
            // Moved into place whole, as a reader may have the torn file open at any moment.
            var commit = Directory.EnumerateFiles(whole, "segments_*").Single();
            File.Move(commit, Path.Combine(folder, "segments_1"), overwrite: true);
            using (var opened = await opening.WaitAsync(TimeSpan.FromSeconds(30)))
            {
                Assert.Equal(0, opened.GetStats().Documents);
            }

            // A first commit that stays torn (its writer was killed) is no index, and is said to be none.
            File.WriteAllBytes(Path.Combine(folder, "segments_1"), [0x3f, 0xd7, 0x6c]);
            var e = Assert.Throws<SearchException>(() => GoalIndex.OpenReadOnly(folder));
            Assert.Equal(SearchErrorKind.IndexMissing, e.Kind);
            Assert.Contains("no index here yet: its first commit is not whole", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            Directory.Delete(whole, recursive: true);
        }
    }
}
