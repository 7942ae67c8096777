using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using MalAnalys.Benchmarks;
using MalAnalys.Search;

namespace MalAnalys.Tests.Search;

/// <summary>
/// What the goal index holds, field by field, compared with golden files: every term with its document frequency and
/// total term frequency, every entry's norms and doc values, and digests of the postings (positions included) and of the
/// stored values. Two indexes: the three seeds (Golden/index-fingerprint-seeds.txt), and the seeds with 200 generated
/// documents, made by the batch-indexing benchmark's generator with seed 2030 (Golden/index-fingerprint-generated.txt).
/// Anything that changes analysis, parsing, repair or classification changes one of them.
/// </summary>
/// <remarks>
/// Paths, document ids and goal ids depend on where the repository is checked out (ids hash the real path): they are
/// written as the entry's label, the document's file name (<c>doc-00007.txt</c>) and a goal's ordinal
/// (<c>doc-00007.txt#2</c>); the id fields' terms are listed for a few documents and as a digest for many.
/// </remarks>
public sealed class IndexFingerprintTests
{
    private const int GeneratedDocuments = 200;
    private const int GeneratorSeed = 2030;
    private const int MaxListedIds = 100;

    private static readonly DefaultSimilarity Similarity = new();

    private static readonly HashSet<string> NumericFields = new(StringComparer.Ordinal) { GoalFields.Sdg, GoalFields.PeriodStart, GoalFields.PeriodEnd };

    [Fact]
    public void The_index_of_the_seeds_matches_its_golden_file()
    {
        var text = Fingerprint(SeedIndex.Documents.Values);
        GoldenFile.Check(Path.Combine("Search", "Golden", "index-fingerprint-seeds.txt"), text);
    }

    [Fact]
    public void The_index_of_the_seeds_and_200_generated_documents_matches_its_golden_file()
    {
        var analyzer = MalAnalyzer.CreateDefault();
        var random = new Random(GeneratorSeed);
        var documents = SeedIndex.Documents.Values.ToList();
        for (var i = 0; i < GeneratedDocuments; i++)
        {
            documents.Add(analyzer.AnalyzeText(GoalCorpus.Document(random), string.Create(CultureInfo.InvariantCulture, $"doc-{i:D5}.txt")));
        }

        var text = Fingerprint(documents);
        GoldenFile.Check(Path.Combine("Search", "Golden", "index-fingerprint-generated.txt"), text);
    }

    /// <summary>The index of <paramref name="documents"/> as text.</summary>
    private static string Fingerprint(IEnumerable<AnalyzedDocument> documents)
    {
        using var directory = new RAMDirectory();
        using var index = GoalIndex.OpenOver(directory, "(fingerprint)");
        foreach (var document in documents)
        {
            index.Add(document);
        }

        index.Commit();
        using var reader = DirectoryReader.Open(directory);
        var labels = Labels(reader);
        var text = new StringBuilder();
        text.Append("# Goal index fingerprint: ").Append(labels.Count(l => l is not null)).Append(" entries\n");
        text.Append("# Terms: term, document frequency, total term frequency. Paths and ids are written as file names.\n");
        var fields = MultiFields.GetFields(reader);
        foreach (var field in fields.OrderBy(f => f, StringComparer.Ordinal))
        {
            Terms(text, reader, field, fields.GetTerms(field), labels);
        }

        var infos = MultiFields.GetMergedFieldInfos(reader);
        Norms(text, reader, infos, labels);
        DocValues(text, reader, infos, labels);
        Stored(text, reader, labels);
        return text.ToString();
    }

    /// <summary>Each entry's label: its file name, and <c>#ordinal</c> for a goal; null for a deleted entry.</summary>
    private static string?[] Labels(IndexReader reader)
    {
        var live = MultiFields.GetLiveDocs(reader);
        var labels = new string?[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            var stored = reader.Document(doc);
            var file = Path.GetFileName(stored.Get(GoalFields.Path, CultureInfo.InvariantCulture));
            labels[doc] = stored.Get(GoalFields.GoalId, CultureInfo.InvariantCulture) is null
                ? file
                : file + "#" + stored.GetField(GoalFields.Ordinal).GetInt32Value()!.Value.ToString(CultureInfo.InvariantCulture);
        }

        return labels;
    }

    private static void Terms(StringBuilder text, IndexReader reader, string field, Terms terms, string?[] labels)
    {
        var live = MultiFields.GetLiveDocs(reader);
        var listing = new List<string>();
        var postings = new List<string>();
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var term = Term(field, termsEnum.Term, reader, labels);
            listing.Add(string.Create(CultureInfo.InvariantCulture, $"{term}\t{termsEnum.DocFreq}\t{termsEnum.TotalTermFreq}"));

            // The postings by entry label, so the digest does not depend on the order entries were given numbers in.
            var entries = new List<string>();
            var positions = termsEnum.DocsAndPositions(live, null);
            if (positions is not null)
            {
                while (positions.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var at = new int[positions.Freq];
                    for (var k = 0; k < at.Length; k++)
                    {
                        at[k] = positions.NextPosition();
                    }

                    entries.Add($"{labels[positions.DocID]}:{string.Join(',', at)}");
                }
            }
            else
            {
                var docs = termsEnum.Docs(live, null, DocsFlags.FREQS);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    entries.Add(string.Create(CultureInfo.InvariantCulture, $"{labels[docs.DocID]}:x{docs.Freq}"));
                }
            }

            entries.Sort(StringComparer.Ordinal);
            postings.Add(term + "\t" + string.Join(' ', entries));
        }

        // Terms of the id fields are written as labels; sorted again, since labels do not sort as the ids do.
        listing.Sort(StringComparer.Ordinal);
        postings.Sort(StringComparer.Ordinal);
        text.Append(string.Create(CultureInfo.InvariantCulture, $"\n## field {field}: {listing.Count} terms, {terms.DocCount} entries, sum of df {terms.SumDocFreq}, sum of ttf {terms.SumTotalTermFreq}\n"));
        text.Append("postings digest ").Append(Digest(postings)).Append('\n');
        // The id fields hold one term per document or goal, each written as its label: listed for a few documents only.
        if (!IsIdField(field) || listing.Count <= MaxListedIds)
        {
            foreach (var line in listing)
            {
                text.Append(line).Append('\n');
            }
        }
        else
        {
            text.Append("terms digest ").Append(Digest(listing)).Append('\n');
        }
    }

    private static bool IsIdField(string field) => field is GoalFields.DocumentId or GoalFields.GoalId or GoalFields.Path;

    /// <summary>A term as text: numeric terms decoded, the id fields as labels, other terms as UTF-8.</summary>
    private static string Term(string field, BytesRef bytes, IndexReader reader, string?[] labels)
    {
        if (NumericFields.Contains(field))
        {
            var shift = NumericUtils.GetPrefixCodedInt32Shift(bytes);
            var value = NumericUtils.PrefixCodedToInt32(bytes);
            return string.Create(CultureInfo.InvariantCulture, $"{value} (shift {shift})");
        }

        var term = bytes.Utf8ToString();
        if (!IsIdField(field))
        {
            return term;
        }

        // The label of the first entry holding the term, without its ordinal for a document-wide term.
        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), field, bytes, DocsFlags.NONE);
        var label = docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS ? labels[docs.DocID] ?? "?" : "?";
        return field == GoalFields.GoalId ? label : label.Split('#')[0];
    }

    private static void Norms(StringBuilder text, IndexReader reader, FieldInfos infos, string?[] labels)
    {
        var normed = infos.Where(i => i.HasNorms).Select(i => i.Name).Order(StringComparer.Ordinal).ToList();
        text.Append("\n## norms (decoded length norm per entry) of ").Append(string.Join(", ", normed)).Append('\n');
        var values = normed.ToDictionary(f => f, f => MultiDocValues.GetNormValues(reader, f), StringComparer.Ordinal);
        var lines = new List<string>();
        for (var doc = 0; doc < labels.Length; doc++)
        {
            if (labels[doc] is not { } label)
            {
                continue;
            }

            var norms = normed.Where(f => values[f].Get(doc) != 0)
                .Select(f => f + "=" + Similarity.DecodeNormValue(values[f].Get(doc)).ToString("R", CultureInfo.InvariantCulture));
            lines.Add(label + "\t" + string.Join(' ', norms));
        }

        lines.Sort(StringComparer.Ordinal);
        Write(text, lines);
    }

    private static void DocValues(StringBuilder text, IndexReader reader, FieldInfos infos, string?[] labels)
    {
        var fields = infos.Where(i => i.HasDocValues).Select(i => i.Name).Order(StringComparer.Ordinal).ToList();
        text.Append("\n## doc values of ").Append(string.Join(", ", fields)).Append('\n');
        var lines = new List<string>();
        for (var doc = 0; doc < labels.Length; doc++)
        {
            if (labels[doc] is not { } label)
            {
                continue;
            }

            var parts = new List<string>();
            foreach (var field in fields)
            {
                if (infos.FieldInfo(field).DocValuesType == DocValuesType.SORTED && MultiDocValues.GetSortedValues(reader, field) is { } sorted)
                {
                    var ord = sorted.GetOrd(doc);
                    if (ord >= 0)
                    {
                        var value = new BytesRef();
                        sorted.LookupOrd(ord, value);
                        parts.Add(field + "=" + value.Utf8ToString());
                    }
                }
                else if (infos.FieldInfo(field).DocValuesType == DocValuesType.SORTED_SET && MultiDocValues.GetSortedSetValues(reader, field) is { } set)
                {
                    set.SetDocument(doc);
                    var values = new List<string>();
                    for (var ord = set.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = set.NextOrd())
                    {
                        var value = new BytesRef();
                        set.LookupOrd(ord, value);
                        values.Add(value.Utf8ToString());
                    }

                    parts.Add(field + "=" + string.Join(',', values));
                }
            }

            lines.Add(label + "\t" + string.Join(' ', parts));
        }

        lines.Sort(StringComparer.Ordinal);
        Write(text, lines);
    }

    /// <summary>A digest per stored field over every entry's values; ids and paths as labels.</summary>
    private static void Stored(StringBuilder text, IndexReader reader, string?[] labels)
    {
        var values = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        for (var doc = 0; doc < labels.Length; doc++)
        {
            if (labels[doc] is not { } label)
            {
                continue;
            }

            foreach (var field in reader.Document(doc).Fields)
            {
                var value = field.Name switch
                {
                    GoalFields.DocumentId or GoalFields.Path => label.Split('#')[0],
                    GoalFields.GoalId => label,
                    _ => field.GetStringValue(CultureInfo.InvariantCulture),
                };
                if (!values.TryGetValue(field.Name, out var list))
                {
                    values[field.Name] = list = [];
                }

                list.Add(label + "\t" + value);
            }
        }

        text.Append("\n## stored values: digest per field\n");
        foreach (var (field, list) in values)
        {
            list.Sort(StringComparer.Ordinal);
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{field}\t{list.Count} values\t{Digest(list)}\n"));
        }
    }

    private static void Write(StringBuilder text, List<string> lines)
    {
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
    }

    private static string Digest(IEnumerable<string> lines) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..16];
}
