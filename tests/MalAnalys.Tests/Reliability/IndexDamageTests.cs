using MalAnalys.Cli;
using MalAnalys.Search;
using MalAnalys.Tests.Cli;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// A damaged index is reported, never read: opening it gives <see cref="SearchErrorKind.IndexCorrupt"/> with a one-line
/// message, a writer refuses it without changing a byte, <see cref="GoalIndex.Check"/> and <c>stats --check</c> find
/// damage anywhere in it, and nothing comes back as changed goals. The damage is done on the spot to a fresh index of
/// the seeds: files cut short, bytes flipped in stored text, in a compound file's middle and end, in a segment's and
/// the commit's own files, a file removed.
/// </summary>
public sealed class IndexDamageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-index-damage-").FullName;

    public static TheoryData<string> Damage => ["truncated", "flipped-middle", "flipped-stored-text", "flipped-segment-info", "flipped-commit", "missing-segment-info", "empty-entries"];

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task A_damaged_index_is_refused_on_open_for_reading_and_writing_and_nothing_is_changed(string damage)
    {
        var path = await DamagedIndex(damage);
        var before = Snapshot(path);

        var reading = Assert.Throws<SearchException>(() => GoalIndex.OpenReadOnly(path));
        AssertDamageMessage(reading);
        var writing = Assert.Throws<SearchException>(() => GoalIndex.Open(path));
        AssertDamageMessage(writing);

        Assert.Equal(before, Snapshot(path));
    }

    [Fact]
    public async Task Damage_at_a_compound_file_s_end_is_found_by_the_check_and_the_writer_and_changes_no_goal()
    {
        var sound = await SoundIndex("sound");
        var path = await DamagedIndex("flipped-compound-footer");

        // The bytes of the goals are intact: a search reads the same goals as on the sound index.
        using (var reader = GoalIndex.OpenReadOnly(path))
        using (var soundReader = GoalIndex.OpenReadOnly(sound))
        {
            Assert.Equal(Hits(soundReader), Hits(reader));
            AssertDamageMessage(Assert.Throws<SearchException>(reader.Check));
        }

        AssertDamageMessage(Assert.Throws<SearchException>(() => GoalIndex.Open(path)));
    }

    [Fact]
    public async Task A_sound_index_passes_the_check()
    {
        using var index = GoalIndex.OpenReadOnly(await SoundIndex("sound"));
        var check = index.Check();
        Assert.True(check.Segments >= 1);
        Assert.Equal(index.GetStats(allCopies: true).Goals + 7, check.Entries);
    }

    [Fact]
    public async Task Stats_check_says_sound_or_damaged_in_one_line_with_the_exit_code()
    {
        var (exit, output, err) = await CliRun.Run("stats", "--check", "--index", await SoundIndex("sound"));
        Assert.True(exit == CliApp.Ok, err);
        Assert.StartsWith("check: the index is sound (", err, StringComparison.Ordinal);
        Assert.Contains("goals", output, StringComparison.Ordinal);

        foreach (var damage in new[] { "flipped-stored-text", "flipped-compound-footer" })
        {
            (exit, output, err) = await CliRun.Run("stats", "--check", "--index", await DamagedIndex(damage));
            Assert.Equal(CliApp.SomeFailed, exit);
            Assert.Empty(output);
            var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: ", line, StringComparison.Ordinal);
            Assert.Contains("the index is damaged (", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Indexing_again_into_a_damaged_index_is_refused_not_reported_unchanged()
    {
        var path = await DamagedIndex("flipped-stored-text");
        var before = Snapshot(path);
        var (exit, output, err) = await CliRun.Run("index", Seeds.Ystad, "--index", path);
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.DoesNotContain("unchanged", output, StringComparison.Ordinal);
        Assert.Contains("the index is damaged", err, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(path));
    }

    [Fact]
    public void A_failed_segment_in_the_check_s_log_is_told_by_its_exception_s_message_without_the_file_s_reader()
    {
        var log = string.Join('\n',
            "Segments file=segments_2 numSegments=1",
            "  1 of 1: name=_0 docCount=49",
            "    test: check integrity.........FAILED",
            "    WARNING: fixIndex() would remove reference to this segment; full exception:",
            "Lucene.Net.Index.CorruptIndexException: checksum failed (hardware problem?) : expected=1 actual=2 (resource=BufferedChecksumIndexInput(NIOFSIndexInput(path=\"x/_0.cfs\")))",
            "   at Lucene.Net.Codecs.CodecUtil.CheckFooter(ChecksumIndexInput in)");
        Assert.Equal("checksum failed (hardware problem?) : expected=1 actual=2", GoalIndex.FirstProblem(log));
        Assert.Equal("see Lucene's CheckIndex for details", GoalIndex.FirstProblem("No problems were detected with this index."));
    }

    private static void AssertDamageMessage(SearchException error)
    {
        Assert.Equal(SearchErrorKind.IndexCorrupt, error.Kind);
        Assert.Contains("the index is damaged (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain("IndexInput(", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
    }

    private static List<string> Hits(GoalIndex index) =>
        [.. index.Search("mål", new GoalQuery { Take = 100, AllCopies = true }).Hits.Select(h => $"{h.GoalId} {h.ShortName} {h.Statement}")];

    private async Task<string> SoundIndex(string name)
    {
        var path = Path.Combine(_folder, name);
        if (!Directory.Exists(path))
        {
            using var index = GoalIndex.Open(path);
            await index.IndexAsync(MalAnalyzer.FindDocuments([Path.Combine(AppContext.BaseDirectory, "seeds")]));
        }

        return path;
    }

    private async Task<string> DamagedIndex(string damage)
    {
        var sound = await SoundIndex("sound");
        var path = Path.Combine(_folder, damage);
        Directory.CreateDirectory(path);
        foreach (var file in Directory.GetFiles(sound).Where(f => Path.GetFileName(f) != "write.lock"))
        {
            File.Copy(file, Path.Combine(path, Path.GetFileName(file)));
        }

        // The largest segment's files, and the commit: the batch may have written more than one segment.
        var compound = Directory.GetFiles(path, "*.cfs").MaxBy(f => new FileInfo(f).Length)!;
        var segment = Path.ChangeExtension(compound, null);
        var bytes = await File.ReadAllBytesAsync(compound);
        switch (damage)
        {
            case "truncated":
                await File.WriteAllBytesAsync(compound, bytes[..(bytes.Length / 2)]);
                break;
            case "flipped-middle":
                Flip(compound, bytes.Length / 3, 40);
                break;
            case "flipped-stored-text":
                // One letter of a stored municipality name: read unchecked, the goal would come back with another name.
                Flip(compound, bytes.AsSpan().IndexOf("Ystad"u8) + 1, 1, 0x20);
                break;
            case "flipped-compound-footer":
                Flip(compound, bytes.Length - 10, 1);
                break;
            case "flipped-segment-info":
                Flip(segment + ".si", 100, 1, 0x01);
                break;
            case "flipped-commit":
                var commit = Path.Combine(path, Lucene.Net.Index.SegmentInfos.GetLastCommitSegmentsFileName([.. Directory.GetFiles(path).Select(f => Path.GetFileName(f))]));
                Flip(commit, (int)new FileInfo(commit).Length / 2, 1);
                break;
            case "missing-segment-info":
                File.Delete(segment + ".si");
                break;
            default:
                await File.WriteAllBytesAsync(segment + ".cfe", []);
                break;
        }

        return path;
    }

    private static void Flip(string file, int at, int count, byte mask = 0xFF)
    {
        var bytes = File.ReadAllBytes(file);
        for (var i = at; i < at + count; i++)
        {
            bytes[i] ^= mask;
        }

        File.WriteAllBytes(file, bytes);
    }

    private static Dictionary<string, string> Snapshot(string path) =>
        Directory.GetFiles(path).Where(f => Path.GetFileName(f) != "write.lock").ToDictionary(
            f => Path.GetFileName(f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))),
            StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
