namespace MalAnalys.Reporting;

/// <summary>A chart or report cannot be written as asked: an unsupported file type, or an output folder that cannot be used.</summary>
public sealed class ReportException : MalAnalysException
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    public ReportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public ReportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with no message; prefer the other constructors.</summary>
    public ReportException()
    {
    }
}
