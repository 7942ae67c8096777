using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MalAnalys.Documents;

/// <summary>
/// The stable JSON form of a <see cref="GoalDocument"/>: camelCase names, enums as camelCase strings, nulls written out.
/// The schema is documented in the README; fields are only ever added, never renamed or removed, within a major version.
/// </summary>
public static class GoalDocumentJson
{
    /// <summary>Writes a document as JSON.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent (one object per line for JSON Lines when <see langword="false"/>).</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(GoalDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, indented ? IndentedContext.GoalDocument : CompactContext.GoalDocument);
    }

    /// <summary>Reads a document written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The text is not a goal document in this schema.</exception>
    public static GoalDocument Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, CompactContext.GoalDocument) ?? throw new JsonException("The JSON text is null, not a goal document.");
    }

    private static readonly GoalDocumentJsonContext CompactContext = new(Options(indented: false));
    private static readonly GoalDocumentJsonContext IndentedContext = new(Options(indented: true));

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        // Swedish letters stay readable; output is data, and HTML is escaped where it is rendered.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter<LayoutFamily>(JsonNamingPolicy.CamelCase), new JsonStringEnumConverter<PeriodKind>(JsonNamingPolicy.CamelCase), new JsonStringEnumConverter<SourceKind>(JsonNamingPolicy.CamelCase), new JsonStringEnumConverter<DiagnosticSeverity>(JsonNamingPolicy.CamelCase), new JsonStringEnumConverter<GoalKind>(JsonNamingPolicy.CamelCase) },
    };
}

[JsonSerializable(typeof(GoalDocument))]
internal sealed partial class GoalDocumentJsonContext : JsonSerializerContext;
