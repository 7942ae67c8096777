using System.Runtime.InteropServices;

namespace MalAnalys.Reading;

/// <summary>What a path names, links followed: a file, a folder, a pipe, a device or a socket.</summary>
internal enum FileKind
{
    /// <summary>Not known: the path does not exist, or the system cannot say (anything but Linux).</summary>
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
/// and a device such as <c>/dev/zero</c> has no end. .NET does not say (a pipe and a device both look like an empty
/// regular file to <see cref="FileInfo"/>), so on Linux the type is asked of the system with <c>statx</c>, whose
/// structure is the same on every architecture; elsewhere the kind is <see cref="FileKind.Unknown"/> and readers fall
/// back to what the opened stream says (<see cref="Stream.CanSeek"/>).
/// </summary>
internal static class FileKinds
{
    private const int CurrentFolder = -100;
    private const uint TypeOnly = 0x1;
    private const int ModeOffset = 28;

    private static bool s_unavailable = !OperatingSystem.IsLinux();

    public static FileKind Of(string path)
    {
        if (s_unavailable || string.IsNullOrEmpty(path))
        {
            return FileKind.Unknown;
        }

        var buffer = new StatxBuffer();
        try
        {
            if (Statx(CurrentFolder, System.Text.Encoding.UTF8.GetBytes(path + "\0"), 0, TypeOnly, ref buffer) != 0)
            {
                return FileKind.Unknown;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library without statx (glibc before 2.28): the readers fall back to the stream.
            s_unavailable = true;
            return FileKind.Unknown;
        }

        return (buffer.Mode & 0xF000) switch
        {
            0x8000 => FileKind.File,
            0x4000 => FileKind.Folder,
            0x1000 => FileKind.Pipe,
            0x2000 or 0x6000 => FileKind.Device,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>How a kind is named in messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Folder => "a folder",
        FileKind.Pipe => "a named pipe",
        FileKind.Device => "a device",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };

    [DllImport("libc", EntryPoint = "statx")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int folder, byte[] path, int flags, uint mask, ref StatxBuffer buffer);

    /// <summary>The kernel's <c>struct statx</c> (256 bytes); only the file type in <c>stx_mode</c> is read.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(ModeOffset)]
        public ushort Mode;
    }
}
