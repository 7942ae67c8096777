namespace MalAnalys.Search;

/// <summary>A search or index operation failed for a reason the user can act on; <see cref="Exception.Message"/> says what and what to do.</summary>
public sealed class SearchException : MalAnalysException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">What kind of failure this is.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public SearchException(SearchErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Creates an exception of kind <see cref="SearchErrorKind.InvalidQuery"/>; prefer the other constructor.</summary>
    public SearchException()
        : this(SearchErrorKind.InvalidQuery, "The search failed.")
    {
    }

    /// <summary>Creates an exception of kind <see cref="SearchErrorKind.InvalidQuery"/>; prefer the other constructor.</summary>
    /// <param name="message">What is wrong.</param>
    public SearchException(string message)
        : this(SearchErrorKind.InvalidQuery, message)
    {
    }

    /// <summary>Creates an exception of kind <see cref="SearchErrorKind.InvalidQuery"/>; prefer the other constructor.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SearchException(string message, Exception? innerException)
        : this(SearchErrorKind.InvalidQuery, message, innerException)
    {
    }

    /// <summary>What kind of failure this is.</summary>
    public SearchErrorKind Kind { get; }
}
