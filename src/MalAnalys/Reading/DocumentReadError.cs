namespace MalAnalys.Reading;

/// <summary>Why a document could not be read at all.</summary>
public enum DocumentReadError
{
    /// <summary>The file does not exist or cannot be opened.</summary>
    NotFound,

    /// <summary>The file is empty, or holds only whitespace.</summary>
    Empty,

    /// <summary>The file is larger than <see cref="ReaderOptions.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>The file is binary data, not text (or not text in any supported encoding).</summary>
    NotText,

    /// <summary>The file is neither text nor PDF.</summary>
    UnsupportedFormat,

    /// <summary>The PDF is truncated or damaged beyond reading.</summary>
    CorruptPdf,

    /// <summary>The PDF is encrypted and needs a password.</summary>
    EncryptedPdf,

    /// <summary>The PDF has more pages than <see cref="ReaderOptions.MaxPages"/>.</summary>
    TooManyPages,

    /// <summary>The file could not be read from disk.</summary>
    Io,

    /// <summary>The path names a folder, a device (such as <c>/dev/zero</c>), a socket, or a named pipe found in a searched folder: not a document file.</summary>
    NotAFile,
}
