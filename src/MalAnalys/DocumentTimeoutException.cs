namespace MalAnalys;

/// <summary>A document of a batch took longer than <see cref="MalAnalyzerOptions.DocumentTimeout"/>.</summary>
public sealed class DocumentTimeoutException : MalAnalysException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The document.</param>
    /// <param name="timeout">The time it was allowed.</param>
    public DocumentTimeoutException(string path, TimeSpan timeout)
        : base($"{path}: gave up after {timeout.TotalSeconds:0.#} s (the per-document timeout); the file may be damaged or unusually large.")
    {
        Path = path;
        Timeout = timeout;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public DocumentTimeoutException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>Creates the exception with no message; prefer the other constructors.</summary>
    public DocumentTimeoutException()
    {
        Path = string.Empty;
    }

    /// <summary>The document that took too long.</summary>
    public string Path { get; }

    /// <summary>The time it was allowed.</summary>
    public TimeSpan Timeout { get; }
}
