using System.Globalization;
using System.Text;
using MalAnalys.Cli;
using MalAnalys.Reading;
using MalAnalys.Tests.Cli;
using static MalAnalys.Tests.Reliability.PdfSourceText;

namespace MalAnalys.Tests.Reliability;

/// <summary>
/// PDFs whose object graph would make the PDF parser recurse without end (drawing blocks that call each other, blocks
/// nested thousands deep, a reference that leads back to itself) are refused with a typed error before the parser sees
/// them: a stack overflow cannot be caught and would end the whole process. The refusals are checked in process on the
/// guard alone, and end to end in a separate process, so that a regression fails the test instead of killing the run.
/// </summary>
public sealed class RecursivePdfTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malanalys-recursive-pdf-").FullName;

    public static TheoryData<string> Kinds => ["form-cycle", "form-self", "form-deep", "reference-cycle"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_guard_refuses_a_pdf_that_would_recurse_without_end(string kind)
    {
        var error = Assert.Throws<DocumentReadException>(() => PdfStructureGuard.Check(RecursivePdf.Write(kind), "hostile.pdf", CancellationToken.None));
        Assert.Equal(DocumentReadError.CorruptPdf, error.Error);
        Assert.Contains("cannot be read safely", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_guard_lets_a_pdf_with_nested_drawing_blocks_of_ordinary_depth_through()
    {
        PdfStructureGuard.Check(RecursivePdf.Write("form-nested-3"), "nested.pdf", CancellationToken.None);
        var text = new PdfDocumentReader().Read(RecursivePdf.Write("form-nested-3"), "nested.pdf");
        Assert.Contains("arbete", text.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_pdfs_pass_the_guard()
    {
        var pdfs = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.pdf").ToList();
        Assert.NotEmpty(pdfs);
        foreach (var pdf in pdfs)
        {
            PdfStructureGuard.Check(File.ReadAllBytes(pdf), pdf, CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_folder_with_a_recursive_pdf_is_analysed_and_the_pdf_reported_not_the_process_killed()
    {
        foreach (var kind in new[] { "form-cycle", "form-deep", "reference-cycle" })
        {
            await File.WriteAllBytesAsync(Path.Combine(_folder, kind + ".pdf"), RecursivePdf.Write(kind));
        }

        File.Copy(Path.Combine(AppContext.BaseDirectory, Seeds.Ystad), Path.Combine(_folder, "ystad.txt"));
        using var cli = CliProcess.Start("analyze", "--format", "json", _folder);
        var (exit, output, err) = await cli.Finish(TimeSpan.FromMinutes(2));
        Assert.Equal(CliApp.SomeFailed, exit);
        Assert.Contains("Ystad", output, StringComparison.Ordinal);
        Assert.Equal(3, err.Split('\n').Count(l => l.Contains("cannot be read safely", StringComparison.Ordinal)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>Writes small PDFs whose drawing blocks or references recurse, and one whose blocks nest a little.</summary>
internal static class RecursivePdf
{
    private const string Text = "BT /F1 11 Tf 60 780 Td (Alla ska ha ett arbete.) Tj ET";

    public static byte[] Write(string kind)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        switch (kind)
        {
            case "form-cycle":
                objects.Add(Page("/XObject << /Fm1 6 0 R >>"));
                objects.Add(Stream(string.Empty, Text + " /Fm1 Do"));
                objects.Add(Form("/Fm2 7 0 R", "/Fm2 Do"));
                objects.Add(Form("/Fm1 6 0 R", "/Fm1 Do"));
                break;
            case "form-self":
                objects.Add(Page("/XObject << /Fm1 6 0 R >>"));
                objects.Add(Stream(string.Empty, Text + " /Fm1 Do"));
                objects.Add(Form("/Fm1 6 0 R", "/Fm1 Do"));
                break;
            case "reference-cycle":
                objects.Add(Page(string.Empty));
                objects.Add("6 0 R");
                objects.Add("5 0 R");
                break;
            default:
                // "form-deep": 5000 blocks, each drawing the next; "form-nested-3": three.
                var depth = kind == "form-deep" ? 5000 : 3;
                objects.Add(Page("/XObject << /Fm 6 0 R >>"));
                objects.Add(Stream(string.Empty, Text + " /Fm Do"));
                for (var k = 0; k < depth; k++)
                {
                    objects.Add(k + 1 < depth ? Form(string.Create(CultureInfo.InvariantCulture, $"/Fm {7 + k} 0 R"), "/Fm Do") : Form(null, Text));
                }

                break;
        }

        return Serialise(objects);
    }

    private static string Page(string resources) =>
        $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> {resources} >> /Contents 5 0 R >>";

    private static string Form(string? xobjects, string content) =>
        Stream($"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >>{(xobjects is null ? string.Empty : $" /XObject << {xobjects} >>")} >>", content);
}
