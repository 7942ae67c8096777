using System.Globalization;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using MalAnalys.Documents;
using MalAnalys.Swedish;

namespace MalAnalys.Search;

/// <summary>Turns an analysed document into index entries, and stored entries back into hits.</summary>
internal static class GoalDocuments
{
    private const string UnknownMunicipality = "(unknown)";

    public static List<Document> Build(string documentId, AnalyzedDocument analyzed, Func<Goal, IReadOnlyList<GoalSdg>> sdgsOf)
    {
        var source = analyzed.Document.Source;
        var document = analyzed.Document;
        var path = GoalIndex.NormalizePath(source.Path);
        var entries = new List<Document>(document.Goals.Count + 1);

        // The fields every entry of the document has are made once and shared: a block of entries is indexed one entry
        // after another, and a numeric field builds its token stream once per instance.
        var copyKey = DocumentCopies.KeyOf(document);
        var shared = Shared(documentId, path, document);
        shared.Add(Keyword(GoalFields.CopyKey, copyKey, stored: true));
        shared.Add(new SortedDocValuesField(GoalFields.CopyKey, new BytesRef(copyKey)));
        var record = Entry(GoalFields.KindDocument, shared);
        record.Add(new StoredField(GoalFields.Sha256, source.Sha256));
        record.Add(new StoredField(GoalFields.GoalCount, document.Goals.Count));
        entries.Add(record);

        foreach (var goal in document.Goals)
        {
            var entry = Entry(GoalFields.KindGoal, shared);
            entry.Add(Keyword(GoalFields.GoalId, GoalIndex.GoalIdOf(documentId, goal), stored: true));
            entry.Add(new StoredField(GoalFields.Ordinal, goal.Ordinal));
            entry.Add(new StoredField(GoalFields.Page, goal.Span.Page));
            if (goal.Number is not null)
            {
                entry.Add(new StoredField(GoalFields.Number, goal.Number));
            }

            entry.Add(new SortedDocValuesField(GoalFields.CopyGroup, new BytesRef(CopyGroupOf(copyKey, goal.Ordinal))));
            entry.Add(new NumericDocValuesField(GoalFields.Corrections, analyzed.Repair.Corrections.Length));
            entry.Add(new SortedDocValuesField(GoalFields.MunicipalityFacet, new BytesRef(document.Municipality ?? UnknownMunicipality)));
            AddText(entry, GoalFields.ShortName, goal.ShortName);
            AddText(entry, GoalFields.Statement, goal.Statement);
            var body = string.Join("\n\n", goal.Body);
            AddText(entry, GoalFields.Body, body);
            AddText(entry, GoalFields.Area, goal.Area);
            // The folded and core fields are several instances of one field each, one per part, rather than the parts
            // joined into one string: Lucene indexes the instances one after another at the same positions as the
            // joined text (a line break between parts gives no token), and the joins were a fifth of what indexing allocated.
            AddText(entry, GoalFields.Folded, goal.ShortName, Field.Store.NO);
            AddText(entry, GoalFields.Folded, goal.Statement, Field.Store.NO);
            AddText(entry, GoalFields.Folded, body, Field.Store.NO);
            AddText(entry, GoalFields.Folded, goal.Area, Field.Store.NO);
            AddText(entry, GoalFields.Folded, document.Title, Field.Store.NO);

            AddText(entry, GoalFields.Core, goal.ShortName, Field.Store.NO);
            AddText(entry, GoalFields.Core, goal.Statement, Field.Store.NO);
            AddText(entry, GoalFields.Core, goal.Area, Field.Store.NO);

            AddSdgs(entry, sdgsOf(goal));
            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>A goal's SDGs as indexed fields and facets, best first, and their scores as one stored field.</summary>
    private static void AddSdgs(Document entry, IReadOnlyList<GoalSdg> goalSdgs)
    {
    var sdgs = goalSdgs.Where(s => s.Sdg is >= 1 and <= 17).OrderByDescending(s => s.Score).ThenBy(s => s.Sdg).ToList();
    foreach (var sdg in sdgs)
    {
        var (field, facet) = SdgFields(sdg.Sdg);
        entry.Add(field);
        entry.Add(facet);
    }

    if (sdgs.Count > 0)
    {
        entry.Add(new StoredField(GoalFields.SdgScores, string.Join(';', sdgs.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Sdg}:{s.Score:0.####}")))));
    }
    }

    public static GoalHit ToHit(Document stored, float score, SnippetBuilder snippets)
    {
        var statement = stored.Get(GoalFields.Statement, CultureInfo.InvariantCulture) ?? string.Empty;
        var body = stored.Get(GoalFields.Body, CultureInfo.InvariantCulture) ?? string.Empty;
        var municipality = stored.Get(GoalFields.Municipality, CultureInfo.InvariantCulture);
        return new GoalHit
        {
            GoalId = stored.Get(GoalFields.GoalId, CultureInfo.InvariantCulture),
            DocumentId = stored.Get(GoalFields.DocumentId, CultureInfo.InvariantCulture),
            Municipality = municipality,
            Title = stored.Get(GoalFields.Title, CultureInfo.InvariantCulture),
            Path = NullIfEmpty(stored.Get(GoalFields.Path, CultureInfo.InvariantCulture)),
            Ordinal = stored.GetField(GoalFields.Ordinal)?.GetInt32Value() ?? 0,
            Number = stored.Get(GoalFields.Number, CultureInfo.InvariantCulture),
            ShortName = stored.Get(GoalFields.ShortName, CultureInfo.InvariantCulture),
            Statement = statement,
            Area = stored.Get(GoalFields.Area, CultureInfo.InvariantCulture),
            Page = stored.GetField(GoalFields.Page)?.GetInt32Value() ?? 1,
            Period = stored.Get(GoalFields.PeriodText, CultureInfo.InvariantCulture),
            Sdgs = ParseSdgs(stored.Get(GoalFields.SdgScores, CultureInfo.InvariantCulture)),
            Score = score,
            Snippet = snippets.Build(statement, body),
        };
    }

    /// <summary>The value of <see cref="GoalFields.CopyGroup"/>: copies of one goal share it.</summary>
    public static string CopyGroupOf(string copyKey, int ordinal) => string.Create(CultureInfo.InvariantCulture, $"{copyKey}#{ordinal}");

    /// <summary>The text similar goals are found by: short name, statement and body.</summary>
    public static string CoreText(Document stored) =>
        string.Join("\n", new[] { stored.Get(GoalFields.ShortName, CultureInfo.InvariantCulture), stored.Get(GoalFields.Statement, CultureInfo.InvariantCulture), stored.Get(GoalFields.Area, CultureInfo.InvariantCulture) }.Where(t => !string.IsNullOrEmpty(t)));

    public static string SimilarityText(Document stored) =>
        string.Join("\n", new[] { stored.Get(GoalFields.ShortName, CultureInfo.InvariantCulture), stored.Get(GoalFields.Statement, CultureInfo.InvariantCulture), stored.Get(GoalFields.Body, CultureInfo.InvariantCulture) }.Where(t => !string.IsNullOrEmpty(t)));

    private static List<IIndexableField> Shared(string documentId, string path, GoalDocument document)
    {
        var shared = new List<IIndexableField>(10)
        {
            Keyword(GoalFields.DocumentId, documentId, stored: true),
            Keyword(GoalFields.Path, path, stored: true),
        };
        if (document.Municipality is { } municipality)
        {
            shared.Add(new TextField(GoalFields.Municipality, municipality, Field.Store.YES));
            shared.Add(Keyword(GoalFields.MunicipalityKey, Diacritics.Key(municipality), stored: false));
        }

        if (!string.IsNullOrEmpty(document.Title))
        {
            shared.Add(new TextField(GoalFields.Title, document.Title, Field.Store.YES));
        }

        if (document.Period is { } period)
        {
            shared.Add(new Int32Field(GoalFields.PeriodStart, period.StartYear, Field.Store.YES));
            shared.Add(new Int32Field(GoalFields.PeriodEnd, period.EndYear, Field.Store.YES));
            shared.Add(new StoredField(GoalFields.PeriodText, period.Text));
        }

        return shared;
    }

    private static Document Entry(string kind, List<IIndexableField> shared)
    {
        var entry = new Document { Keyword(GoalFields.Kind, kind, stored: false) };
        foreach (var field in shared)
        {
            entry.Add(field);
        }

        return entry;
    }

    [ThreadStatic]
    private static (Int32Field Field, SortedSetDocValuesField Facet)[]? s_sdgFields;

    /// <summary>The SDG fields for one SDG, made once per thread: a goal lists each SDG once, and a thread indexes one entry at a time.</summary>
    private static (Int32Field Field, SortedSetDocValuesField Facet) SdgFields(int sdg)
    {
        var fields = s_sdgFields ??= new (Int32Field, SortedSetDocValuesField)[18];
        if (fields[sdg].Field is null)
        {
            fields[sdg] = (new Int32Field(GoalFields.Sdg, sdg, Field.Store.NO), new SortedSetDocValuesField(GoalFields.SdgFacet, new BytesRef(sdg.ToString(CultureInfo.InvariantCulture))));
        }

        return fields[sdg];
    }

    /// <summary>The fields indexed as one exact term each, as <see cref="StringField"/> would index them.</summary>
    public static readonly string[] KeywordFields = [GoalFields.Kind, GoalFields.DocumentId, GoalFields.Path, GoalFields.MunicipalityKey, GoalFields.GoalId, GoalFields.CopyKey];

    private static readonly FieldType KeywordStored = KeywordType(stored: true);
    private static readonly FieldType KeywordNotStored = KeywordType(stored: false);

    /// <summary>
    /// An exact-term field, indexed like <see cref="StringField"/> (one term, no norms, documents only) but through the
    /// index analyzer, which gives these fields Lucene's <c>KeywordAnalyzer</c>: a <see cref="StringField"/> builds a
    /// new token stream for every value, which was a fifth of the index stage's allocations; the analyzer's is reused.
    /// </summary>
    private static Field Keyword(string name, string value, bool stored) => new(name, value, stored ? KeywordStored : KeywordNotStored);

    private static FieldType KeywordType(bool stored)
    {
        var type = new FieldType(StringField.TYPE_NOT_STORED) { IsTokenized = true, IsStored = stored };
        type.Freeze();
        return type;
    }

    private static void AddText(Document entry, string field, string? text, Field.Store store = Field.Store.YES)
    {
        if (!string.IsNullOrEmpty(text))
        {
            entry.Add(new TextField(field, text, store));
        }
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static List<GoalSdg> ParseSdgs(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return [];
        }

        var result = new List<GoalSdg>();
        foreach (var pair in stored.Split(';'))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0
                && int.TryParse(pair.AsSpan(0, colon), NumberStyles.Integer, CultureInfo.InvariantCulture, out var sdg)
                && float.TryParse(pair.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                result.Add(new GoalSdg(sdg, score));
            }
        }

        return result;
    }

    internal static string Describe(GoalHit hit)
    {
        var text = new StringBuilder();
        text.Append(hit.Municipality ?? UnknownMunicipality).Append(' ').Append(hit.Number ?? hit.Ordinal.ToString(CultureInfo.InvariantCulture));
        if (hit.ShortName is not null)
        {
            text.Append(' ').Append(hit.ShortName);
        }

        return text.ToString();
    }
}
