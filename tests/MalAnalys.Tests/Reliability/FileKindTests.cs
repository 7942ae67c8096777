using System.Diagnostics;
using System.Net.Sockets;
using MalAnalys.Reading;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// What a path names is told without opening it on every Unix: the runtime's own native library answers on Linux,
/// macOS and the BSDs alike, and on Linux its answer is the same as the kernel's <c>statx</c>, the way it was asked
/// before, for a file, a folder, a named pipe, a device, a socket, a link to a pipe and a path that does not exist.
/// </summary>
public sealed class FileKindTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-kinds-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_kind_of_path_is_told_apart_without_opening_it_and_as_statx_tells_it()
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows has no named pipes or devices in its folders; only a folder is told apart there.
            Assert.Equal(FileKind.Folder, FileKinds.Of(_folder));
            return;
        }

        var file = Path.Combine(_folder, "goals.txt");
        File.WriteAllText(file, "Mål 1: Alla ska ha ett arbete.");
        var pipe = Path.Combine(_folder, "pipe.txt");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [pipe]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var link = Path.Combine(_folder, "link-to-pipe.pdf");
        File.CreateSymbolicLink(link, pipe);
        var socketPath = Path.Combine(_folder, "socket.txt");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));

        var expected = new Dictionary<string, FileKind>(StringComparer.Ordinal)
        {
            [file] = FileKind.File,
            [_folder] = FileKind.Folder,
            [pipe] = FileKind.Pipe,
            [link] = FileKind.Pipe,
            ["/dev/null"] = FileKind.Device,
            [socketPath] = FileKind.Socket,
            [Path.Combine(_folder, "missing.txt")] = FileKind.Unknown,
        };
        foreach (var (path, kind) in expected)
        {
            Assert.Equal((path, (FileKind?)kind), (path, FileKinds.ByRuntime(path)));
            Assert.Equal((path, kind), (path, FileKinds.Of(path)));
            if (OperatingSystem.IsLinux())
            {
                Assert.Equal((path, (FileKind?)kind), (path, FileKinds.StatxOf(path)));
            }
        }

        // What .NET's own API says of a pipe cannot tell it from an empty file: the reason the system is asked.
        Assert.Equal(FileAttributes.Normal, new FileInfo(pipe).Attributes & ~FileAttributes.ReadOnly);
    }
}
