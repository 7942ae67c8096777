namespace MalAnalys.Export;

/// <summary>Tables could not be exported: the output folder cannot be written, or a document was given twice. Tables written before stay as they were.</summary>
public sealed class ExportException : MalAnalysException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    public ExportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public ExportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a general message.</summary>
    public ExportException()
        : base("The tables could not be exported.")
    {
    }
}
