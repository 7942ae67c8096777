using System.Collections.Immutable;

namespace MalAnalys.Export;

/// <summary>One exported table: its name (the file's stem), what a row is, its key and its columns.</summary>
internal sealed record ExportTable(string Name, string Row, string Key, ImmutableArray<TableColumn> Columns)
{
    /// <summary>The documents: one row per analysed document.</summary>
    public static ExportTable Documents { get; } = new("documents", "one per analysed document", "document_id",
    [
        new("document_id", ColumnType.Text, false, "the document's id: 16 hex digits of a SHA-256 over its content hash and real path, the same id the search index gives it"),
        new("path", ColumnType.Text, true, "the path as given"),
        new("file_name", ColumnType.Text, true, "the file's name"),
        new("source_kind", ColumnType.Text, false, "`text` or `pdf`"),
        new("bytes", ColumnType.Int64, false, "the source's size in bytes"),
        new("sha256", ColumnType.Text, false, "SHA-256 of the source bytes, lower-case hex"),
        new("encoding", ColumnType.Text, true, "the text encoding detected (`utf-8`, `windows-1252`, …); missing for PDF"),
        new("municipality", ColumnType.Text, true, "the council's name as the gazetteer has it"),
        new("municipality_code", ColumnType.Text, true, "SCB's code: four-digit kommunkod (`0380`), two-digit länskod for a region; join official statistics on it as text"),
        new("title", ColumnType.Text, true, "the first heading"),
        new("period_kind", ColumnType.Text, true, "`mandate`, `budget` or `years`"),
        new("period_start", ColumnType.Int32, true, "the period's first year"),
        new("period_end", ColumnType.Int32, true, "the period's last year"),
        new("period_text", ColumnType.Text, true, "the period as written"),
        new("adopted", ColumnType.Date, true, "the adoption date when stated"),
        new("layout", ColumnType.Text, false, "the layout family the parser recognised (`numbered`, `areaBullets`, …)"),
        new("pages", ColumnType.Int32, false, "pages read"),
        new("goals", ColumnType.Int32, false, "goals found (rows in `goals`)"),
        new("areas", ColumnType.Int32, false, "goal areas found"),
        new("principles", ColumnType.Int32, false, "principles of goal governance found"),
        new("corrections", ColumnType.Int32, false, "OCR corrections made (rows in `corrections`)"),
        new("damage", ColumnType.Double, false, "estimated share of words that had lost å/ä/ö (0–1), from the words that got the full repair pass; 0.5 (no evidence) when none did, 0 with repair off"),
    ]);

    /// <summary>The goals: one row per goal.</summary>
    public static ExportTable Goals { get; } = new("goals", "one per goal", "goal_id",
    [
        new("goal_id", ColumnType.Text, false, "`<document_id>#<ordinal>`, the id search hits carry"),
        new("document_id", ColumnType.Text, false, "the goal's document (`documents`)"),
        new("ordinal", ColumnType.Int32, false, "1-based position in the document"),
        new("number", ColumnType.Text, true, "the number as printed (`1.3`); missing when goals are not numbered"),
        new("short_name", ColumnType.Text, true, "the short name as printed"),
        new("statement", ColumnType.Text, false, "the goal statement"),
        new("body", ColumnType.Text, false, "the paragraphs that explain it, separated by a blank line"),
        new("area", ColumnType.Text, true, "the goal area"),
        new("kind", ColumnType.Text, false, "`operational` or `financial`"),
        new("page", ColumnType.Int32, false, "the 1-based page it starts on"),
        new("start", ColumnType.Int32, false, "offset of the goal in the text as read"),
        new("length", ColumnType.Int32, false, "its length in characters"),
        new("sdgs_served", ColumnType.Int32, false, "how many SDGs it serves (rows of `goal_sdgs` with `served`)"),
        new("top_sdg", ColumnType.Int32, true, "its highest-scoring SDG; missing when goals were not classified"),
    ]);

    /// <summary>Goal × SDG: 17 rows per classified goal.</summary>
    public static ExportTable GoalSdgs { get; } = new("goal_sdgs", "one per goal and SDG (17 per classified goal)", "goal_id, sdg",
    [
        new("goal_id", ColumnType.Text, false, "the goal (`goals`)"),
        new("document_id", ColumnType.Text, false, "its document (`documents`)"),
        new("sdg", ColumnType.Int32, false, "the SDG, 1–17"),
        new("sdg_name", ColumnType.Text, false, "the SDG's Swedish name"),
        new("score", ColumnType.Double, false, "calibrated probability (0–1) that the goal serves the SDG"),
        new("served", ColumnType.Boolean, false, "whether it counts as served (the classifier's threshold); what the coverage matrix counts"),
        new("rank", ColumnType.Int32, false, "1 for the goal's highest-scoring SDG … 17"),
    ]);

    /// <summary>The words that pushed a goal's SDG scores.</summary>
    public static ExportTable Evidence { get; } = new("evidence", "one per word or phrase that pushed a goal's score for an SDG", "goal_id, sdg, rank",
    [
        new("goal_id", ColumnType.Text, false, "the goal (`goals`)"),
        new("document_id", ColumnType.Text, false, "its document (`documents`)"),
        new("sdg", ColumnType.Int32, false, "the SDG (`goal_sdgs`)"),
        new("rank", ColumnType.Int32, false, "1 for the strongest evidence"),
        new("text", ColumnType.Text, false, "the word or phrase as written"),
        new("weight", ColumnType.Double, false, "its contribution to the SDG's logit"),
        new("sentence", ColumnType.Text, false, "the sentence that holds it"),
        new("start", ColumnType.Int32, false, "offset of `text` in the classified text"),
        new("length", ColumnType.Int32, false, "length of `text`"),
    ]);

    /// <summary>The OCR corrections made before parsing.</summary>
    public static ExportTable Corrections { get; } = new("corrections", "one per OCR correction", "document_id, correction",
    [
        new("document_id", ColumnType.Text, false, "the document (`documents`)"),
        new("correction", ColumnType.Int32, false, "1-based, in text order"),
        new("page", ColumnType.Int32, false, "the 1-based page"),
        new("start", ColumnType.Int32, false, "offset in the text as read"),
        new("length", ColumnType.Int32, false, "length of the original"),
        new("original", ColumnType.Text, false, "the text as read"),
        new("replacement", ColumnType.Text, false, "what it was replaced with"),
        new("confidence", ColumnType.Double, false, "0–1"),
        new("reason", ColumnType.Text, false, "`marksRestored`, `ocrSymbol`, `ocrLetter`, `ambiguous`, `encoding` or `ligature`"),
        new("rule", ColumnType.Text, false, "what was done, in words (`a→å; o→ö`)"),
    ]);

    /// <summary>The problems found while reading, repairing, parsing and classifying.</summary>
    public static ExportTable Diagnostics { get; } = new("diagnostics", "one per diagnostic of a document or of a goal's classification", "document_id, diagnostic",
    [
        new("document_id", ColumnType.Text, false, "the document (`documents`)"),
        new("diagnostic", ColumnType.Int32, false, "1-based within the document"),
        new("goal_id", ColumnType.Text, true, "the goal, for a diagnostic of its SDG classification (MA5xxx)"),
        new("severity", ColumnType.Text, false, "`info`, `warning` or `error`"),
        new("code", ColumnType.Text, false, "`MA1001` …, listed in the README"),
        new("message", ColumnType.Text, false, "what is wrong and what to do"),
        new("page", ColumnType.Int32, true, "the page it concerns"),
    ]);

    /// <summary>Every table, in the order they are written.</summary>
    public static ImmutableArray<ExportTable> All { get; } = [Documents, Goals, GoalSdgs, Evidence, Corrections, Diagnostics];
}
