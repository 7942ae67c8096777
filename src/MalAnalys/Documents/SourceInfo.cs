namespace MalAnalys.Documents;

/// <summary>Where a document came from: its path (when read from a file), kind, size, content hash and encoding.</summary>
/// <param name="Path">The path the document was read from, as given by the caller; <see langword="null"/> for streams and strings.</param>
/// <param name="Kind">Whether the source was text or PDF.</param>
/// <param name="Length">The length of the source in bytes.</param>
/// <param name="Sha256">The SHA-256 of the source bytes, lower-case hex. Stable across runs and machines.</param>
/// <param name="Encoding">The text encoding that was detected (<c>utf-8</c>, <c>utf-16le</c>, <c>windows-1252</c>, …); <see langword="null"/> for PDFs.</param>
public sealed record SourceInfo(string? Path, SourceKind Kind, long Length, string Sha256, string? Encoding);
