namespace MalAnalys;

/// <summary>The base of every exception MalAnalys throws on purpose: catch this to handle all of them.</summary>
public class MalAnalysException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public MalAnalysException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public MalAnalysException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with no message; prefer the other constructors.</summary>
    public MalAnalysException()
    {
    }
}
