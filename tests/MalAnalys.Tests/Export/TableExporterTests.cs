using System.Globalization;
using MalAnalys.Export;
using MalAnalys.Reporting;
using MalAnalys.Search;

namespace MalAnalys.Tests.Export;

public sealed class TableExporterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "malanalys-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string Table(ExportedTables tables, string name) => tables.Files.Single(f => Path.GetFileNameWithoutExtension(f) == name);

    /// <summary>How each format is read back in SQL; the code is text (it may start with 0).</summary>
    private static string From(ExportedTables tables, string name, ExportFormat format) => format == ExportFormat.Csv
        ? $"read_csv({DuckDb.Literal(Table(tables, name))}, header = true{(name == "documents" ? ", types = {'municipality_code': 'VARCHAR'}" : string.Empty)})"
        : $"read_parquet({DuckDb.Literal(Table(tables, name))})";

    [Theory]
    [InlineData(ExportFormat.Parquet)]
    [InlineData(ExportFormat.Csv)]
    public async Task Share_of_goals_per_municipality_and_sdg_in_sql_equals_the_coverage_matrix(ExportFormat format)
    {
        var documents = ExportedSeeds.All;
        var tables = await TableExporter.ExportAsync(documents, _folder, new ExportOptions { Format = format });
        Assert.Equal(documents.Count, tables.Documents);
        Assert.Equal(TableExporter.TableNames, tables.Files.Select(Path.GetFileNameWithoutExtension));

        var rows = DuckDb.Query($"""
            SELECT d.municipality, s.sdg, avg(CASE WHEN s.served THEN 1.0 ELSE 0.0 END) AS share, count(DISTINCT s.goal_id) AS goals
            FROM {From(tables, "goal_sdgs", format)} s
            JOIN {From(tables, "goals", format)} g ON g.goal_id = s.goal_id
            JOIN {From(tables, "documents", format)} d ON d.document_id = g.document_id
            GROUP BY d.municipality, s.sdg
            """);
        // The tables hold every file, copies of a document included, so they compare with the matrix of every copy.
        var coverage = SdgCoverage.FromDocuments(documents, allCopies: true);
        Assert.Equal(coverage.Rows.Length * SdgCoverage.Columns, rows.Count);
        foreach (var row in coverage.Rows)
        {
            for (var sdg = 1; sdg <= SdgCoverage.Columns; sdg++)
            {
                var cell = Assert.Single(rows, r => (string)r[0]! == row.Label && Convert.ToInt32(r[1], CultureInfo.InvariantCulture) == sdg);
                Assert.Equal(row.Share(sdg), Convert.ToDouble(cell[2], CultureInfo.InvariantCulture), 1e-9);
                Assert.Equal(row.GoalCount, Convert.ToInt32(cell[3], CultureInfo.InvariantCulture));
            }
        }
    }

    [Theory]
    [InlineData(ExportFormat.Parquet)]
    [InlineData(ExportFormat.Csv)]
    public async Task Keys_join_every_table_and_documents_carry_the_official_code(ExportFormat format)
    {
        var documents = ExportedSeeds.All;
        var tables = await TableExporter.ExportAsync(documents, _folder, new ExportOptions { Format = format });
        string F(string name) => From(tables, name, format);

        Assert.Equal((long)documents.Count, DuckDb.Scalar($"SELECT count(DISTINCT document_id) FROM {F("documents")}"));
        var goals = documents.Sum(d => d.Goals.Count);
        Assert.Equal((long)goals, DuckDb.Scalar($"SELECT count(DISTINCT goal_id) FROM {F("goals")}"));
        Assert.Equal((long)goals * 17, DuckDb.Scalar($"SELECT count(*) FROM (SELECT DISTINCT goal_id, sdg FROM {F("goal_sdgs")})"));
        Assert.Equal((long)documents.Sum(d => d.Repair.Corrections.Length), DuckDb.Scalar($"SELECT count(*) FROM {F("corrections")}"));

        // Every foreign key finds its row.
        Assert.Equal(0L, DuckDb.Scalar($"SELECT count(*) FROM {F("goals")} g ANTI JOIN {F("documents")} d USING (document_id)"));
        Assert.Equal(0L, DuckDb.Scalar($"SELECT count(*) FROM {F("goal_sdgs")} s ANTI JOIN {F("goals")} g USING (goal_id)"));
        Assert.Equal(0L, DuckDb.Scalar($"SELECT count(*) FROM {F("evidence")} e ANTI JOIN {F("goal_sdgs")} s USING (goal_id, sdg)"));
        Assert.Equal(0L, DuckDb.Scalar($"SELECT count(*) FROM {F("corrections")} c ANTI JOIN {F("documents")} d USING (document_id)"));
        Assert.Equal(0L, DuckDb.Scalar($"SELECT count(*) FROM {F("diagnostics")} x ANTI JOIN {F("documents")} d USING (document_id)"));
        Assert.Equal(0L, DuckDb.Scalar($"SELECT count(*) FROM {F("diagnostics")} x WHERE goal_id IS NOT NULL AND goal_id NOT IN (SELECT goal_id FROM {F("goals")})"));
        Assert.True((long)DuckDb.Scalar($"SELECT count(*) FROM {F("evidence")}")! > goals);

        // Ids are the search index's, and ranks run 1 to 17 from the highest score.
        var ystad = documents.Single(d => d.Document.Source.Path!.EndsWith("ystad-overgripande-mal-2023.txt", StringComparison.Ordinal));
        var id = GoalIndex.DocumentIdOf(ystad.Document.Source);
        var row = DuckDb.Query($"SELECT municipality, municipality_code, goals, source_kind, layout FROM {F("documents")} WHERE document_id = '{id}'").Single();
        Assert.Equal(["Ystad", "1286", 7, "text", "areaBullets"], row.Select(v => v is int or long ? (object)Convert.ToInt32(v, CultureInfo.InvariantCulture) : v));
        var top = ystad.Sdgs[0].Result.Predictions[0];
        var first = DuckDb.Query($"SELECT sdg, score, rank, served FROM {F("goal_sdgs")} WHERE goal_id = '{id}#1' ORDER BY rank LIMIT 1").Single();
        Assert.Equal(top.Sdg, Convert.ToInt32(first[0], CultureInfo.InvariantCulture));
        Assert.Equal(top.Score, Convert.ToDouble(first[1], CultureInfo.InvariantCulture), 1e-12);
        Assert.Equal(1, Convert.ToInt32(first[2], CultureInfo.InvariantCulture));
        Assert.Equal(true, first[3]);
    }

    [Fact]
    public async Task Csv_quotes_commas_quotes_and_line_breaks_so_readers_get_the_text_back()
    {
        const string Text = """
            Mål för Perstorps kommun

            Kommunfullmäktiges mål:

            1. Alla "barn", unga och vuxna ska ha en trygg skola, där lärandet står i centrum.
            2. Perstorp ska ha ett näringsliv som växer; fler företag, fler jobb.
            """;
        var document = MalAnalyzer.CreateDefault().AnalyzeText(Text, "quoting.txt");
        Assert.NotEmpty(document.Goals);
        var tables = await TableExporter.ExportAsync([document], _folder, new ExportOptions { Format = ExportFormat.Csv });
        var statements = DuckDb.Query($"SELECT statement, body FROM read_csv({DuckDb.Literal(Table(tables, "goals"))}, header = true) ORDER BY ordinal");
        Assert.Equal(document.Goals.Select(g => g.Statement), statements.Select(r => (string)r[0]!));
        Assert.Contains(document.Goals, g => g.Statement.Contains('"', StringComparison.Ordinal) && g.Statement.Contains(',', StringComparison.Ordinal));

        var csv = await File.ReadAllTextAsync(Table(tables, "goals"));
        var quoted = document.Goals.First(g => g.Statement.Contains('"', StringComparison.Ordinal)).Statement;
        Assert.Contains("\"" + quoted.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", csv, StringComparison.Ordinal);
        Assert.False(csv.StartsWith('\uFEFF'));
    }

    [Fact]
    public async Task An_export_that_does_not_complete_leaves_the_earlier_tables_as_they_were()
    {
        var documents = ExportedSeeds.All;
        var first = await TableExporter.ExportAsync(documents.Take(2), _folder);
        var before = first.Files.ToDictionary(f => f, File.ReadAllBytes);

        var exporter = TableExporter.Create(_folder);
        await using (exporter)
        {
            await exporter.AddAsync(documents[3]);
            var twice = await Assert.ThrowsAsync<ExportException>(() => exporter.AddAsync(documents[3]));
            Assert.Contains("given twice", twice.Message, StringComparison.Ordinal);
        }

        foreach (var (file, bytes) in before)
        {
            Assert.Equal(bytes, await File.ReadAllBytesAsync(file));
        }

        Assert.Equal(before.Keys.Order(), Directory.GetFiles(_folder).Order());

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TableExporter.ExportAsync(documents, _folder, cancellationToken: cancelled.Token));
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(_folder).Order());
        Assert.Equal(2L, DuckDb.Scalar($"SELECT count(*) FROM read_parquet({DuckDb.Literal(Table(first, "documents"))})"));
    }

    [Fact]
    public void A_file_where_the_folder_should_be_is_a_typed_error()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "tables");
        File.WriteAllText(file, "mine");
        var error = Assert.Throws<ExportException>(() => TableExporter.Create(file));
        Assert.Contains("is a file", error.Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public async Task Tables_without_rows_are_files_with_their_columns()
    {
        var tables = await TableExporter.ExportAsync([], _folder);
        Assert.Equal(0, tables.Documents);
        var columns = DuckDb.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDb.Literal(Table(tables, "goal_sdgs"))})");
        Assert.Equal(["goal_id", "document_id", "sdg", "sdg_name", "score", "served", "rank"], columns.Select(c => (string)c[0]!));
        Assert.Equal(["VARCHAR", "VARCHAR", "INTEGER", "VARCHAR", "DOUBLE", "BOOLEAN", "INTEGER"], columns.Select(c => (string)c[1]!));
        Assert.Equal(0L, DuckDb.Scalar($"SELECT count(*) FROM read_parquet({DuckDb.Literal(Table(tables, "goals"))})"));
    }
}
