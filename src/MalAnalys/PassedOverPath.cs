namespace MalAnalys;

/// <summary>
/// A path a folder search (<see cref="MalAnalyzer.FindDocuments(IEnumerable{string}, Action{PassedOverPath})"/>) passed
/// over instead of returning it: what it is, why, and a sentence for the user. A batch counts it as a document that
/// could not be read.
/// </summary>
/// <param name="Path">The folder or file passed over.</param>
/// <param name="Reason">Why it was passed over.</param>
/// <param name="Message">Why, in a sentence for the user, with what to do about it.</param>
public sealed record PassedOverPath(string Path, PassedOverReason Reason, string Message);
