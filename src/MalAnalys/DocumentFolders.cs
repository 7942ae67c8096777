using MalAnalys.Reading;

namespace MalAnalys;

/// <summary>
/// Finds the documents in folders as a file system has them: each real folder is entered once, however many links
/// lead to it (a link back to a folder above makes no loop and no second copy of its files); the walk keeps its own
/// list of folders instead of recursing, so a tree thousands of folders deep costs no stack; a folder that cannot be
/// opened (no permission to read it, its path past the system's limit, or gone) is reported and passed over, and every
/// file found before and beside it is kept. Named pipes, devices and sockets with a document's name are reported, not
/// opened: opening a pipe waits for a writer, and a device has no end. An entry that cannot be looked at (its name, or
/// what it is, cannot be read) is reported and passed over, and the rest of its folder is read.
/// </summary>
internal static class DocumentFolders
{
    // Inaccessible folders are not ignored: the enumeration throws for them, and the walk reports each one.
    private static readonly EnumerationOptions OneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden,
        ReturnSpecialDirectories = false,
    };

    /// <summary>
    /// Lists the entries of one folder in place of the file system, for the current flow of work only (tests, which
    /// cannot take a permission away from a folder when they run as root); <see langword="null"/> for the file system.
    /// </summary>
    internal static readonly AsyncLocal<Func<string, IEnumerable<FileSystemInfo>>?> Listing = new();

    public static IReadOnlyList<string> Find(IEnumerable<string> paths, Action<PassedOverPath>? passedOver)
    {
        var result = new List<string>();
        var list = Listing.Value ?? (folder => new DirectoryInfo(folder).EnumerateFileSystemInfos("*", OneFolder));
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                result.AddRange(Walk(path, passedOver, list).Order(StringComparer.Ordinal));
            }
            else
            {
                result.Add(path);
            }
        }

        return result;
    }

    private static List<string> Walk(string top, Action<PassedOverPath>? passedOver, Func<string, IEnumerable<FileSystemInfo>> list)
    {
        var files = new List<string>();
        var entered = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, string? Real)>();
        pending.Push((top, null));
        while (pending.Count > 0)
        {
            var (folder, known) = pending.Pop();
            var real = known ?? RealPaths.Of(folder);
            if (!entered.Add(real))
            {
                continue;
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = [.. list(folder)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                passedOver?.Invoke(Unopened(folder, e));
                continue;
            }

            foreach (var entry in entries)
            {
                try
                {
                    Visit(entry, folder, real, files, pending, passedOver);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
                {
                    passedOver?.Invoke(Unlooked(folder, entry, e));
                }
            }
        }

        return files;
    }

    // One entry of a folder: a folder goes on the list to enter, a file with a document's name is kept, and a pipe,
    // device or socket with one is reported. What is asked of the entry (its name, whether a folder is a link, its
    // kind) may fail on an odd file system; the caller passes over that one entry and reads the rest of the folder.
    private static void Visit(FileSystemInfo entry, string folder, string real, List<string> files, Stack<(string Path, string? Real)> pending, Action<PassedOverPath>? passedOver)
    {
        var path = Path.Join(folder, entry.Name);
        if (entry is DirectoryInfo directory)
        {
            // A folder that is no link is as real as its parent, which spares resolving every path in deep trees.
            pending.Push((path, IsLink(directory) ? null : Path.Join(real, entry.Name)));
        }
        else if (DocumentReader.SupportedExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
        {
            var kind = FileKinds.Of(path);
            if (kind is FileKind.Pipe or FileKind.Device or FileKind.Socket)
            {
                passedOver?.Invoke(new PassedOverPath(path, PassedOverReason.NotADocumentFile,
                    $"this is {FileKinds.Describe(kind)}, not a document file, so it is not read (give it as an argument of its own to read a pipe)."));
            }
            else
            {
                files.Add(path);
            }
        }
    }

    // A folder whose link cannot be read counts as a link: its real path is then found from the path, and a loop of
    // such folders is still entered once.
    private static bool IsLink(DirectoryInfo directory)
    {
        try
        {
            return directory.LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            return true;
        }
    }

    private static PassedOverPath Unlooked(string folder, FileSystemInfo entry, Exception e)
    {
        string? name;
        try
        {
            name = entry.Name;
        }
        catch (Exception again) when (again is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            name = null;
        }

        return new PassedOverPath(name is null ? folder : Path.Join(folder, name), PassedOverReason.UnreadableEntry,
            $"{(name is null ? "an entry of this folder" : "this entry")} could not be looked at ({e.Message.TrimEnd('.')}), so it is passed over; the rest of the folder is read.");
    }

    private static PassedOverPath Unopened(string folder, Exception e)
    {
        if (e is PathTooLongException || e.Message.Contains("too long", StringComparison.OrdinalIgnoreCase))
        {
            return new PassedOverPath(folder, PassedOverReason.FolderTooDeep,
                "the folder lies too deep to open (its path is longer than the system allows); the documents in it and below it are not read. Move them higher up.");
        }

        return new PassedOverPath(folder, PassedOverReason.UnreadableFolder, e is UnauthorizedAccessException or System.Security.SecurityException
            ? "the folder cannot be read (permission denied); the documents in it and below it are not read. Give the user running this read access to it, or leave it out."
            : $"the folder cannot be opened ({e.Message.TrimEnd('.')}); the documents in it and below it are not read.");
    }
}
