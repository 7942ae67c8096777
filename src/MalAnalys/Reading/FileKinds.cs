using System.Runtime.InteropServices;
using System.Text;

namespace MalAnalys.Reading;

/// <summary>What a path names, links followed: a file, a folder, a pipe, a device or a socket.</summary>
internal enum FileKind
{
    /// <summary>Not known: the path does not exist, or the system cannot say (Windows, for anything but a folder).</summary>
    Unknown,

    /// <summary>A regular file.</summary>
    File,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A named pipe, or an anonymous one such as a process substitution (<c>/dev/fd/63</c>) or standard input in a pipeline.</summary>
    Pipe,

    /// <summary>A character or block device (<c>/dev/zero</c>, a terminal, a disk).</summary>
    Device,

    /// <summary>A socket.</summary>
    Socket,
}

/// <summary>
/// Tells what kind of file a path names without opening it: opening a named pipe waits until something writes to it,
/// and a device such as <c>/dev/zero</c> has no end. .NET's own API does not say (a pipe and a device both look like a
/// regular file to <see cref="FileInfo"/>: <see cref="FileSystemInfo.Attributes"/> says <c>Normal</c>, and
/// <see cref="File.GetUnixFileMode(string)"/> gives the permissions only), so on every Unix (Linux, macOS, the BSDs) the
/// type is asked of the system through the runtime's own native library, <c>libSystem.Native</c>, whose
/// <c>SystemNative_Stat</c> is what <see cref="File"/> itself calls and fills one structure of the runtime's own
/// whatever the system's <c>struct stat</c> looks like (the file type first in its second field, with the values every
/// Unix gives <c>S_IFMT</c>). Should a runtime not offer it, Linux asks <c>statx</c>, whose structure is the same on
/// every architecture. Elsewhere (Windows) only a folder is told from the attributes, the kind is otherwise
/// <see cref="FileKind.Unknown"/>, and readers fall back to what the opened stream says (<see cref="Stream.CanSeek"/>).
/// </summary>
internal static class FileKinds
{
    private const int CurrentFolder = -100;
    private const uint TypeOnly = 0x1;
    private const int StatxModeOffset = 28;
    private const int RuntimeModeOffset = 4;

    private static bool s_runtimeUnavailable = OperatingSystem.IsWindows();
    private static bool s_statxUnavailable = !OperatingSystem.IsLinux();

    public static FileKind Of(string path)
    {
        if (string.IsNullOrEmpty(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            return FileKind.Unknown;
        }

        return ByRuntime(path) ?? StatxOf(path) ?? ByAttributes(path);
    }

    /// <summary>The kind as the runtime's native library tells it; <see langword="null"/> where it cannot be asked.</summary>
    internal static FileKind? ByRuntime(string path)
    {
        if (s_runtimeUnavailable)
        {
            return null;
        }

        var status = new RuntimeFileStatus();
        try
        {
            return RuntimeStat(Encoding.UTF8.GetBytes(path + "\0"), ref status) == 0 ? FromMode(status.Mode) : FileKind.Unknown;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            s_runtimeUnavailable = true;
            return null;
        }
    }

    /// <summary>The kind as Linux's <c>statx</c> tells it; <see langword="null"/> where it cannot be asked.</summary>
    internal static FileKind? StatxOf(string path)
    {
        if (s_statxUnavailable)
        {
            return null;
        }

        var buffer = new StatxBuffer();
        try
        {
            return Statx(CurrentFolder, Encoding.UTF8.GetBytes(path + "\0"), 0, TypeOnly, ref buffer) == 0 ? FromMode(buffer.Mode) : FileKind.Unknown;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library without statx (glibc before 2.28).
            s_statxUnavailable = true;
            return null;
        }
    }

    // What the attributes tell on every system: a folder, or nothing more.
    private static FileKind ByAttributes(string path)
    {
        try
        {
            return Directory.Exists(path) ? FileKind.Folder : FileKind.Unknown;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return FileKind.Unknown;
        }
    }

    private static FileKind FromMode(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.File,
        0x4000 => FileKind.Folder,
        0x1000 => FileKind.Pipe,
        0x2000 or 0x6000 => FileKind.Device,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    /// <summary>How a kind is named in messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Folder => "a folder",
        FileKind.Pipe => "a named pipe",
        FileKind.Device => "a device",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RuntimeStat(byte[] path, ref RuntimeFileStatus status);

    [DllImport("libc", EntryPoint = "statx")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int folder, byte[] path, int flags, uint mask, ref StatxBuffer buffer);

    /// <summary>
    /// The runtime's <c>FileStatus</c>: two 32-bit fields, flags and the mode, then owner, size, times, device and inode
    /// (under 128 bytes). Only the file type in the mode is read; the room given is twice what the runtime fills.
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct RuntimeFileStatus
    {
        [FieldOffset(RuntimeModeOffset)]
        public int Mode;
    }

    /// <summary>The kernel's <c>struct statx</c> (256 bytes); only the file type in <c>stx_mode</c> is read.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(StatxModeOffset)]
        public ushort Mode;
    }
}
