using System.Text;

namespace MalAnalys.Cli;

/// <summary>
/// A writer that escapes control characters (<see cref="TerminalText"/>) in everything written through it, keeping the
/// lines it writes and tabs: for standard error, where messages carry file names and text from documents.
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value)
    {
        if (TerminalText.IsUnsafe(value, keepLayout: true))
        {
            inner.Write(TerminalText.Line(value.ToString()));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value) => inner.Write(TerminalText.Block(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value) => inner.WriteLine(TerminalText.Block(value));

    public override Task WriteAsync(string? value) => inner.WriteAsync(TerminalText.Block(value));

    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(TerminalText.Block(value));

    public override Task WriteLineAsync() => inner.WriteLineAsync();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();
}
