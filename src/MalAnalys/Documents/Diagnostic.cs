namespace MalAnalys.Documents;

/// <summary>
/// An expected problem with the input, reported in the result rather than thrown:
/// a page without text, a layout that was not recognised, a document without goals.
/// </summary>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Code">A stable code such as <c>MA1001</c>, listed in the README.</param>
/// <param name="Message">What is wrong and, where it helps, what to do about it.</param>
/// <param name="Page">The 1-based page the problem concerns, when it concerns one page.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, int? Page = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        Page is { } page ? $"{Severity} {Code} (page {page}): {Message}" : $"{Severity} {Code}: {Message}";
}
