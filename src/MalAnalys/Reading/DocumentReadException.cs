namespace MalAnalys.Reading;

/// <summary>A document could not be read: the message names the file, says what is wrong and what to do.</summary>
public sealed class DocumentReadException : MalAnalysException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file, or <see langword="null"/> for a stream.</param>
    /// <param name="error">What kind of failure this is.</param>
    /// <param name="reason">What is wrong and what to do, in a sentence or two.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public DocumentReadException(string? path, DocumentReadError error, string reason, Exception? innerException = null)
        : base($"{path ?? "<stream>"}: {reason}", innerException)
    {
        Path = path;
        Error = error;
        Reason = reason;
    }

    /// <summary>The file that could not be read; <see langword="null"/> for a stream.</summary>
    public string? Path { get; }

    /// <summary>What kind of failure this is.</summary>
    public DocumentReadError Error { get; }

    /// <summary>What is wrong and what to do, without the file name.</summary>
    public string Reason { get; }
}
