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
}
