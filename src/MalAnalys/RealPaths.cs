namespace MalAnalys;

/// <summary>
/// The real path of a file: absolute, every symbolic link on the way resolved and every <c>.</c> and <c>..</c> applied
/// after the link before it (as the operating system does), so that one file reached as a relative path, an absolute
/// path or through a linked folder has one name. Parts that do not exist are kept as written. A path that leads to no
/// file but to what the kernel names in <c>/proc</c> without a path (standard input in a pipeline, <c>/dev/stdin</c>
/// → <c>/proc/self/fd/0</c> → <c>pipe:[81235]</c>, a process substitution's <c>/dev/fd/63</c>, a socket) keeps the name
/// it was given: the pipe's number and the process's own folder change from run to run, the name given does not.
/// </summary>
internal static class RealPaths
{
    // As the Linux kernel's limit on links followed in one lookup: beyond it, a loop of links.
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var absolute = System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Join(Directory.GetCurrentDirectory(), path);
        var root = System.IO.Path.GetPathRoot(absolute)!;
        var resolved = root;
        var pending = Split(absolute[root.Length..]);
        var links = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            var part = pending[i];
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = System.IO.Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = System.IO.Path.Join(resolved, part);
            if (LinkTarget(next) is not { } target)
            {
                resolved = next;
                continue;
            }

            if (NamesNoFile(resolved, target))
            {
                return System.IO.Path.GetFullPath(absolute);
            }

            if (++links > MaxLinks)
            {
                // A loop of links: the file cannot be opened through this path anyway.
                return System.IO.Path.GetFullPath(absolute);
            }

            // The link's target takes its place: an absolute target from its root, a relative one from the link's folder.
            var rest = pending.Skip(i + 1);
            if (System.IO.Path.IsPathRooted(target))
            {
                root = System.IO.Path.GetPathRoot(target)!;
                resolved = root;
                target = target[root.Length..];
            }

            pending = [.. Split(target), .. rest];
            i = -1;
        }

        return resolved;
    }

    // The kernel's links in /proc/PID/fd to what has no path: 'pipe:[81235]', 'socket:[81236]', 'anon_inode:[eventfd]'.
    private static bool NamesNoFile(string folder, string target) =>
        folder.StartsWith("/proc/", StringComparison.Ordinal) && !target.Contains('/', StringComparison.Ordinal) &&
        target.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && target[..colon].All(c => char.IsAsciiLetterLower(c) || c == '_');

    private static List<string> Split(string path) =>
        [.. path.Split([System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries)];

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget ?? (Directory.Exists(path) ? new DirectoryInfo(path).LinkTarget : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Unreadable or not a name the file system takes: keep the part as written.
            return null;
        }
    }
}
