using MalAnalys.Cli;
using MalAnalys.Tests.Cli;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// A folder inside a searched tree that may not be read is reported, with its path and why, through the channel that
/// reports every path a folder search passes over (a typed <see cref="PassedOverPath"/> in the library, one
/// <c>error:</c> line on standard error from the command line, counted as a document that could not be read), and
/// everything else in the tree is still found and indexed. Tests run as root, for whom the system enforces no read
/// permission, so the refusal is made by a listing that fails for one folder as the file system does; a real
/// <c>chmod 000</c> is checked as well, and asserts whichever behaviour the user running the tests gets.
/// </summary>
public sealed class UnreadableFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("malanalys-unreadable-").FullName;
    private readonly string _locked;

    public UnreadableFolderTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "a"));
        Directory.CreateDirectory(Path.Combine(_root, "b"));
        _locked = Directory.CreateDirectory(Path.Combine(_root, "locked")).FullName;
        Directory.CreateDirectory(Path.Combine(_locked, "inner"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, Seeds.Ystad), Path.Combine(_root, "a", "ystad.txt"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, Seeds.Perstorp), Path.Combine(_root, "b", "perstorp.txt"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, Seeds.Ostersund), Path.Combine(_locked, "ostersund.txt"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, Seeds.Ostersund), Path.Combine(_locked, "inner", "ostersund-2.txt"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_folder_that_may_not_be_read_is_reported_with_its_path_and_reason_and_the_rest_is_found()
    {
        var passedOver = new List<PassedOverPath>();
        var lines = new List<string>();
        IReadOnlyList<string> files, again;
        DocumentFolders.Listing.Value = Refusing(_locked);
        try
        {
            files = MalAnalyzer.FindDocuments([_root], passedOver.Add);
            again = MalAnalyzer.FindDocuments([_root], (path, why) => lines.Add($"{path}: {why}"));
        }
        finally
        {
            DocumentFolders.Listing.Value = null;
        }

        Assert.Equal(["a/ystad.txt", "b/perstorp.txt"], files.Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/')));
        Assert.Equal(files, again);
        var entry = Assert.Single(passedOver);
        Assert.Equal(_locked, entry.Path);
        Assert.Equal(PassedOverReason.UnreadableFolder, entry.Reason);
        Assert.StartsWith("the folder cannot be read (permission denied); the documents in it and below it are not read.", entry.Message, StringComparison.Ordinal);
        Assert.Equal([$"{_locked}: {entry.Message}"], lines);
    }

    [Fact]
    public async Task Index_and_analyze_report_the_unreadable_folder_on_stderr_index_the_rest_and_exit_with_some_failed()
    {
        var indexPath = Path.Combine(Path.GetTempPath(), "malanalys-unreadable-index-" + Guid.NewGuid().ToString("N"));
        DocumentFolders.Listing.Value = Refusing(_locked);
        try
        {
            var (exit, output, err) = await CliRun.Run("index", _root, "--index", indexPath);
            Assert.True(exit == CliApp.SomeFailed, $"exit {exit}: {err}");
            Assert.Equal($"error: {_locked}: the folder cannot be read (permission denied); the documents in it and below it are not read. Give the user running this read access to it, or leave it out.", err.Trim());
            Assert.Contains("2 indexed (", output, StringComparison.Ordinal);

            (exit, output, err) = await CliRun.Run("analyze", "--format", "json", _root);
            Assert.True(exit == CliApp.SomeFailed, $"exit {exit}: {err}");
            Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            var errors = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(errors, e => e.StartsWith($"error: {_locked}: the folder cannot be read (permission denied)", StringComparison.Ordinal));
            Assert.Equal("1 of 3 documents could not be analysed.", errors[^1]);
        }
        finally
        {
            DocumentFolders.Listing.Value = null;
            if (Directory.Exists(indexPath))
            {
                Directory.Delete(indexPath, recursive: true);
            }
        }
    }

    [Fact]
    public void A_real_folder_without_permissions_is_reported_where_the_system_enforces_them_and_read_where_it_does_not()
    {
        if (OperatingSystem.IsWindows())
        {
            // Unix permissions; Windows has access lists instead.
            return;
        }

        File.SetUnixFileMode(_locked, UnixFileMode.None);
        try
        {
            var enforced = !CanList(_locked);
            var passedOver = new List<PassedOverPath>();
            var files = MalAnalyzer.FindDocuments([_root], passedOver.Add).Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/')).ToList();
            if (enforced)
            {
                // An ordinary user: the folder is refused by the system, and reported rather than left out in silence.
                Assert.Equal(["a/ystad.txt", "b/perstorp.txt"], files);
                var entry = Assert.Single(passedOver);
                Assert.Equal((_locked, PassedOverReason.UnreadableFolder), (entry.Path, entry.Reason));
            }
            else
            {
                // Root (or a user allowed to read any folder): the system lets the folder be read, and it is.
                Assert.Equal(["a/ystad.txt", "b/perstorp.txt", "locked/inner/ostersund-2.txt", "locked/ostersund.txt"], files);
                Assert.Empty(passedOver);
            }
        }
        finally
        {
            File.SetUnixFileMode(_locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    // Lists folders as the file system does, except that listing 'locked' fails as a folder without read permission does.
    private static Func<string, IEnumerable<FileSystemInfo>> Refusing(string locked) => folder =>
        Path.GetFullPath(folder) == Path.GetFullPath(locked)
            ? throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied.")
            : new DirectoryInfo(folder).EnumerateFileSystemInfos();

    private static bool CanList(string folder)
    {
        try
        {
            _ = Directory.EnumerateFileSystemEntries(folder).ToList();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
