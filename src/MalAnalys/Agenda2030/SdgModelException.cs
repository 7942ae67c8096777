namespace MalAnalys.Agenda2030;

/// <summary>An SDG model file cannot be read: it is damaged or of another version.</summary>
public sealed class SdgModelException : MalAnalysException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public SdgModelException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SdgModelException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public SdgModelException()
    {
    }
}
