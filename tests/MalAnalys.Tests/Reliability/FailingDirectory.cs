using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// A Lucene directory over a real folder that fails writes the way a full disk (<c>ENOSPC</c>) or a folder made
/// read-only does: after <see cref="Budget"/> bytes, every write throws. Used instead of a small tmpfs, which needs
/// mount privileges that tests and CI do not have.
/// </summary>
internal sealed class FailingDirectory(LuceneDirectory inner) : LuceneDirectory
{
    private long _written;

    /// <summary>Bytes that may still be written before the failure; <see cref="long.MaxValue"/> for no limit.</summary>
    public long Budget { get; set; } = long.MaxValue;

    /// <summary>Whether the failure is a permission error rather than a full disk.</summary>
    public bool Unwritable { get; set; }

    /// <summary>Bytes written so far.</summary>
    public long Written => _written;

    /// <summary>Writes that failed.</summary>
    public int Failures { get; private set; }

    public override string[] ListAll() => inner.ListAll();

    [Obsolete("Lucene marks this obsolete.")]
    public override bool FileExists(string name) => inner.FileExists(name);

    public override void DeleteFile(string name) => inner.DeleteFile(name);

    public override long FileLength(string name) => inner.FileLength(name);

    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        Charge(0);
        return new Output(this, inner.CreateOutput(name, context));
    }

    public override void Sync(ICollection<string> names)
    {
        Charge(0);
        inner.Sync(names);
    }

    public override IndexInput OpenInput(string name, IOContext context) => inner.OpenInput(name, context);

    public override Lucene.Net.Store.Lock MakeLock(string name) => inner.MakeLock(name);

    public override void ClearLock(string name) => inner.ClearLock(name);

    public override void SetLockFactory(LockFactory lockFactory) => inner.SetLockFactory(lockFactory);

    public override LockFactory LockFactory => inner.LockFactory;

    public override string GetLockID() => inner.GetLockID();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
    }

    private void Charge(long bytes)
    {
        if (_written + bytes > Budget || (Budget == 0 && Unwritable))
        {
            Failures++;
            if (Unwritable)
            {
                throw new UnauthorizedAccessException("Access to the path is denied.");
            }

            throw new IOException("No space left on device", 28);
        }

        _written += bytes;
    }

    private sealed class Output(FailingDirectory owner, IndexOutput inner) : IndexOutput
    {
        public override long Checksum => inner.Checksum;

        public override long Position => inner.Position;

        public override long Length => inner.Length;

        public override void WriteByte(byte b)
        {
            owner.Charge(1);
            inner.WriteByte(b);
        }

        public override void WriteBytes(byte[] b, int offset, int length)
        {
            owner.Charge(length);
            inner.WriteBytes(b, offset, length);
        }

        public override void Flush() => inner.Flush();

        [Obsolete("Lucene marks this obsolete.")]
        public override void Seek(long pos) => inner.Seek(pos);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
        }
    }
}
