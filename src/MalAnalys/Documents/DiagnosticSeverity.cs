namespace MalAnalys.Documents;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing that did not affect the result.</summary>
    Info,

    /// <summary>Part of the result may be incomplete or uncertain.</summary>
    Warning,

    /// <summary>The result is missing something the document should have had.</summary>
    Error,
}
