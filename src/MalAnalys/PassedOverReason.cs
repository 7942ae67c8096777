namespace MalAnalys;

/// <summary>Why a folder search passed over a path (<see cref="PassedOverPath"/>).</summary>
public enum PassedOverReason
{
    /// <summary>A folder that cannot be read: no permission to list it, or it went away or failed while being listed. Its documents, and those in folders below it, are not found.</summary>
    UnreadableFolder,

    /// <summary>A folder whose path is longer than the system allows it to be opened by. Its documents, and those below it, are not found.</summary>
    FolderTooDeep,

    /// <summary>A named pipe, device or socket with a document's name: not opened, since a pipe waits for a writer and a device has no end.</summary>
    NotADocumentFile,

    /// <summary>An entry of a folder that could not be looked at (the file system failed to give its name or what it is). Only that entry is passed over; the rest of the folder is read.</summary>
    UnreadableEntry,
}
