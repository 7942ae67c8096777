using MalAnalys.Reading;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// One entry of a folder that the file system cannot describe costs that entry only: it is reported as a typed
/// <see cref="PassedOverPath"/> (<see cref="PassedOverReason.UnreadableEntry"/>) and the rest of its folder, and of
/// the tree, is still found. Links that lead nowhere (dangling, to a path longer than the system takes, to themselves)
/// stop nothing either: they are found as the files they claim to be, and reading them later says why it fails.
/// </summary>
public sealed class OddEntryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("malanalys-odd-entry-").FullName;

    public OddEntryTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "a"));
        Directory.CreateDirectory(Path.Combine(_root, "b"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, Seeds.Ystad), Path.Combine(_root, "a", "ystad.txt"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, Seeds.Perstorp), Path.Combine(_root, "a", "zz-perstorp.txt"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, Seeds.Ostersund), Path.Combine(_root, "b", "ostersund.txt"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void An_entry_that_cannot_be_looked_at_is_passed_over_and_the_rest_of_its_folder_is_read()
    {
        var folderA = Path.Combine(_root, "a");
        var passedOver = new List<PassedOverPath>();
        IReadOnlyList<string> files;

        // The failing entry comes between the folder's other entries, as a file system gives them in any order.
        DocumentFolders.Listing.Value = folder =>
        {
            var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            if (folder == folderA)
            {
                entries.Insert(1, new UndescribedEntry());
            }

            return entries;
        };
        try
        {
            files = MalAnalyzer.FindDocuments([_root], passedOver.Add);
        }
        finally
        {
            DocumentFolders.Listing.Value = null;
        }

        Assert.Equal(["a/ystad.txt", "a/zz-perstorp.txt", "b/ostersund.txt"], files.Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/')));
        var entry = Assert.Single(passedOver);
        Assert.Equal(folderA, entry.Path);
        Assert.Equal(PassedOverReason.UnreadableEntry, entry.Reason);
        Assert.Equal("an entry of this folder could not be looked at (Input/output error), so it is passed over; the rest of the folder is read.", entry.Message);
    }

    [Fact]
    public async Task Links_that_lead_nowhere_stop_no_folder_search_and_fail_one_by_one_when_read()
    {
        if (OperatingSystem.IsWindows())
        {
            // Symbolic links need a privilege on Windows.
            return;
        }

        var odd = Directory.CreateDirectory(Path.Combine(_root, "a", "odd")).FullName;
        File.CreateSymbolicLink(Path.Combine(odd, "dangling.txt"), Path.Combine(_root, "gone", "goals.txt"));
        File.CreateSymbolicLink(Path.Combine(odd, "too-long.txt"), "/" + string.Join('/', Enumerable.Repeat(new string('x', 200), 20)));
        File.CreateSymbolicLink(Path.Combine(odd, "too-long-folder"), "/" + string.Join('/', Enumerable.Repeat(new string('y', 200), 20)));
        File.CreateSymbolicLink(Path.Combine(odd, "dangling-folder"), Path.Combine(_root, "gone"));
        File.CreateSymbolicLink(Path.Combine(odd, "self.pdf"), "self.pdf");

        var passedOver = new List<PassedOverPath>();
        var files = MalAnalyzer.FindDocuments([_root], passedOver.Add);
        Assert.Empty(passedOver);
        Assert.Equal(
            ["a/odd/dangling.txt", "a/odd/self.pdf", "a/odd/too-long.txt", "a/ystad.txt", "a/zz-perstorp.txt", "b/ostersund.txt"],
            files.Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/')));

        var outcomes = new List<AnalysisOutcome>();
        await foreach (var outcome in new MalAnalyzer(new MalAnalyzerOptions { ClassifySdgs = false }).AnalyzeManyAsync(files))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal(3, outcomes.Count(o => o.Document is not null));
        Assert.All(outcomes.Where(o => o.Document is null), o => Assert.IsType<DocumentReadException>(o.Error));
    }

    /// <summary>An entry whose name the file system fails to give, as a damaged or foreign file system can.</summary>
    private sealed class UndescribedEntry : FileSystemInfo
    {
        public override string Name => throw new IOException("Input/output error");

        public override bool Exists => true;

        public override void Delete() => throw new NotSupportedException();
    }
}
