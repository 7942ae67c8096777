namespace MalAnalys.Reading;

/// <summary>
/// Reads a file or stream into memory with a size limit, turning I/O failures into <see cref="DocumentReadException"/>.
/// A path is read once, whatever it names: a regular file by its length, a pipe (a named pipe, a process substitution
/// such as <c>/dev/fd/63</c>, standard input in a pipeline) as a stream up to the limit; a folder, a device or a socket
/// is refused before it is opened (<see cref="DocumentReadError.NotAFile"/>), since a device such as <c>/dev/zero</c>
/// never ends.
/// </summary>
internal static class FileBytes
{
    public static byte[] Read(string path, long maxBytes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var kind = FileKinds.Of(path);
        if (kind is FileKind.Folder or FileKind.Device or FileKind.Socket)
        {
            throw NotAFile(path, kind);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (kind == FileKind.Pipe || !stream.CanSeek)
            {
                return Read(stream, path, maxBytes, cancellationToken);
            }

            if (stream.Length > maxBytes)
            {
                throw TooLarge(path, stream.Length, maxBytes);
            }

            if (stream.Length == 0)
            {
                throw new DocumentReadException(path, DocumentReadError.Empty, "the file is empty (0 bytes); there is nothing to analyse.");
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentReadException(path, DocumentReadError.NotFound, "no such file; check the path.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DocumentReadException(path, DocumentReadError.Io, "permission denied; check that the file is readable.", e);
        }
        catch (IOException e)
        {
            throw new DocumentReadException(path, DocumentReadError.Io, $"the file could not be read: {e.Message}", e);
        }
    }

    public static byte[] Read(Stream stream, string? name, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (buffer.Length + n > maxBytes)
                {
                    throw TooLarge(name, buffer.Length + n, maxBytes, atLeast: true);
                }

                buffer.Write(chunk, 0, n);
            }

            if (buffer.Length == 0)
            {
                throw new DocumentReadException(name, DocumentReadError.Empty, "the stream is empty; there is nothing to analyse.");
            }

            return buffer.ToArray();
        }
        catch (IOException e)
        {
            throw new DocumentReadException(name, DocumentReadError.Io, $"the stream could not be read: {e.Message}", e);
        }
    }

    /// <summary>The refusal of a path that names something other than a file: a folder, a device, a socket.</summary>
    public static DocumentReadException NotAFile(string path, FileKind kind) =>
        new(path, DocumentReadError.NotAFile, kind switch
        {
            FileKind.Folder => "this is a folder, not a file. Give the files in it, or give the folder to a command that searches folders (analyze, index, report).",
            FileKind.Device => "this is a device, not a document file: it would be read without end, or not at all. Give a file.",
            _ => $"this is {FileKinds.Describe(kind)}, not a document file. Give a file.",
        });

    public static DocumentReadException TooLarge(string? name, long length, long maxBytes, bool atLeast = false) =>
        new(name, DocumentReadError.TooLarge,
            $"the file is {(atLeast ? "over " : string.Empty)}{length / (1024.0 * 1024):0.#} MiB, larger than the limit of {maxBytes / (1024.0 * 1024):0.#} MiB. " +
            "Goal documents are rarely over 1 MB: check that this is the right file, or raise ReaderOptions.MaxBytes (CLI: --max-mb).");
}
