using MalAnalys.Cli;
using MalAnalys.Reading;
using MalAnalys.Tests.Cli;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// The recursion guard reads the objects packed into compressed object streams as well as those written out: a cycle of
/// drawing blocks whose resources live in an object stream, or references that lead back to themselves inside one, are
/// refused with a typed error, not left for the parser to recurse on until the process dies. Decoding the object
/// streams draws on the document's decoded-bytes budget, and an ordinary PDF saved with object streams still reads.
/// </summary>
public sealed class ObjectStreamGuardTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-object-stream-").FullName;

    [Theory]
    [MemberData(nameof(ObjectStreamPdf.Hostile), MemberType = typeof(ObjectStreamPdf))]
    public void The_guard_refuses_a_cycle_that_lives_inside_an_object_stream(string kind)
    {
        var bytes = ObjectStreamPdf.Write(kind);
        var error = Assert.Throws<DocumentReadException>(() => PdfStructureGuard.Check(bytes, kind + ".pdf", CancellationToken.None));
        Assert.Equal(DocumentReadError.CorruptPdf, error.Error);
        Assert.Contains("cannot be read safely", error.Message, StringComparison.Ordinal);
        Assert.Contains(kind == "packed-form-cycle" ? "call each other in a cycle" : "leads back to itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cycle_is_only_in_the_object_stream_the_objects_written_out_have_none()
    {
        // Without the object stream's objects (its stream marked as something else) the same file passes: the cycle
        // the guard finds above is the one inside the object stream.
        foreach (var kind in new[] { "packed-form-cycle", "packed-reference-cycle" })
        {
            var bytes = ObjectStreamPdf.Write(kind);
            var marker = "/Type /ObjStm"u8;
            var at = bytes.AsSpan().IndexOf(marker);
            Assert.True(at > 0, kind);
            "/Type /ObjStX"u8.CopyTo(bytes.AsSpan(at));
            PdfStructureGuard.Check(bytes, kind + ".pdf", CancellationToken.None);
        }
    }

    [Fact]
    public void An_ordinary_pdf_with_an_object_stream_passes_the_guard_and_reads_with_its_drawing_blocks()
    {
        var bytes = ObjectStreamPdf.Write("packed");
        var budget = new PdfDecodeBudget(ReaderOptions.Default.MaxDecodedBytes, "packed.pdf", CancellationToken.None);
        PdfStructureGuard.Check(bytes, "packed.pdf", budget);
        Assert.True(budget.Used > 0, "the object stream was not decoded");

        var text = new PdfDocumentReader().Read(bytes, "packed.pdf");
        Assert.Contains(ObjectStreamPdf.Line, text.Body, StringComparison.Ordinal);
        Assert.Contains(ObjectStreamPdf.FormLine, text.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Decoding_object_streams_for_the_guard_draws_on_the_decoded_bytes_budget()
    {
        var bomb = FilterBombPdf.Write("object-stream-bomb", 64L * 1024 * 1024);
        var budget = new PdfDecodeBudget(4L * 1024 * 1024, "bomb.pdf", CancellationToken.None);
        var error = Assert.Throws<DocumentReadException>(() => PdfStructureGuard.Check(bomb, "bomb.pdf", budget));
        Assert.Equal(DocumentReadError.TooLarge, error.Error);
        Assert.True(budget.Exceeded);

        // The same object stream holding little passes, and what it decoded is counted.
        var small = new PdfDecodeBudget(4L * 1024 * 1024, "small.pdf", CancellationToken.None);
        PdfStructureGuard.Check(FilterBombPdf.Write("object-stream-bomb", 1000), "small.pdf", small);
        Assert.InRange(small.Used, 1000, 4L * 1024 * 1024);
    }

    [Fact]
    public async Task A_folder_with_cycles_hidden_in_object_streams_is_analysed_and_each_reported_not_the_process_killed()
    {
        foreach (var kind in new[] { "packed-form-cycle", "packed-reference-cycle", "packed" })
        {
            await File.WriteAllBytesAsync(Path.Combine(_folder, kind + ".pdf"), ObjectStreamPdf.Write(kind));
        }

        File.Copy(Path.Combine(AppContext.BaseDirectory, Seeds.Ystad), Path.Combine(_folder, "ystad.txt"));
        using var cli = CliProcess.Start("analyze", "--format", "json", _folder);
        var (exit, output, err) = await cli.Finish(TimeSpan.FromMinutes(2));
        Assert.True(exit == CliApp.SomeFailed, $"exit {exit}: {err}");
        Assert.Contains("Ystad", output, StringComparison.Ordinal);
        var refused = err.Split('\n').Where(l => l.Contains("cannot be read safely", StringComparison.Ordinal)).ToList();
        Assert.True(refused.Count == 2, err);
        Assert.Contains(refused, l => l.Contains("packed-form-cycle.pdf", StringComparison.Ordinal));
        Assert.Contains(refused, l => l.Contains("packed-reference-cycle.pdf", StringComparison.Ordinal));
        Assert.Contains("2 of 4 documents could not be analysed.", err, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
