using System.Globalization;

namespace MalAnalys.Reading;

/// <summary>
/// Refuses a PDF whose object graph would make the PDF parser recurse without end before the parser sees it: drawing
/// blocks (form XObjects) that call each other in a cycle or nest deeper than <see cref="MaxFormDepth"/>, and objects
/// that are nothing but a reference to another in a cycle. The parser follows both by recursion, and a stack overflow
/// cannot be caught: it would end the process and every document of a batch with it.
/// </summary>
/// <remarks>
/// The check reads the file's objects as written (<c>N G obj … endobj</c>), and the objects packed into compressed
/// object streams (<c>/Type /ObjStm</c>), which it decodes with PdfPig's filters within the document's decoded-bytes
/// budget (<see cref="PdfObjectStreams"/>): a cycle hidden in an object stream is refused like one written out. It does
/// not read the cross-reference table, so where an object is written more than once (a file updated in place), the
/// last one written out stands, and an object stream's copy of an object adds its references to it rather than
/// replacing it: a cycle through either copy is refused.
/// </remarks>
internal static class PdfStructureGuard
{
    /// <summary>The deepest nesting of drawing blocks accepted; real documents nest a few levels.</summary>
    public const int MaxFormDepth = 64;

    /// <summary>Checks with a decoded-bytes budget of the default size (<see cref="ReaderOptions.MaxDecodedBytes"/>).</summary>
    public static void Check(byte[] bytes, string? name, CancellationToken cancellationToken) =>
        Check(bytes, name, new PdfDecodeBudget(ReaderOptions.Default.MaxDecodedBytes, name, cancellationToken));

    /// <summary>Refuses the PDF when its objects would make the parser recurse without end.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="name">The document's name, for messages.</param>
    /// <param name="budget">The document's decoded-bytes budget, which decoding its object streams draws on.</param>
    /// <exception cref="DocumentReadException">The PDF is refused (<see cref="DocumentReadError.CorruptPdf"/>), or its object streams decode past the budget (<see cref="DocumentReadError.TooLarge"/>).</exception>
    public static void Check(byte[] bytes, string? name, PdfDecodeBudget budget)
    {
        var nodes = Objects(bytes, budget);
        var cancellationToken = budget.CancellationToken;
        if (nodes.Count == 0)
        {
            return;
        }

        if (ReferenceCycle(nodes) is { } cycle)
        {
            throw Refused(name, string.Create(CultureInfo.InvariantCulture, $"its object {cycle} is a reference that leads back to itself"));
        }

        var forms = FormGraph(nodes, cancellationToken);
        if (FormCycleOrDepth(forms) is { } problem)
        {
            throw Refused(name, problem);
        }
    }

    private static DocumentReadException Refused(string? name, string detail) =>
        new(name, DocumentReadError.CorruptPdf,
            $"the PDF cannot be read safely: {detail} (a damaged or crafted file). Get a fresh copy of the file, or try to repair it (e.g. `qpdf in.pdf out.pdf`).");

    /// <summary>The first object that is only a reference and leads back to itself, or <see langword="null"/>.</summary>
    private static int? ReferenceCycle(Dictionary<int, Node> nodes)
    {
        var done = new HashSet<int>();
        foreach (var (id, node) in nodes)
        {
            if (node.ReferenceOnly is null || done.Contains(id))
            {
                continue;
            }

            var path = new HashSet<int>();
            var current = id;
            while (nodes.TryGetValue(current, out var n) && n.ReferenceOnly is { } next && !done.Contains(current))
            {
                if (!path.Add(current))
                {
                    return current;
                }

                current = next;
            }

            done.UnionWith(path);
        }

        return null;
    }

    /// <summary>For each drawing block, the drawing blocks its resources reach (through resource dictionaries, never through pages).</summary>
    private static Dictionary<int, List<int>> FormGraph(Dictionary<int, Node> nodes, CancellationToken cancellationToken)
    {
        var graph = new Dictionary<int, List<int>>();
        foreach (var (id, node) in nodes)
        {
            if (!node.IsForm)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var reached = new List<int>();
            var seen = new HashSet<int> { id };
            var queue = new Queue<int>(node.References);
            while (queue.Count > 0 && seen.Count < 10_000)
            {
                var next = queue.Dequeue();
                if (!seen.Add(next) || !nodes.TryGetValue(next, out var target) || target.IsPage)
                {
                    if (next == id && !reached.Contains(id))
                    {
                        reached.Add(id);
                    }

                    continue;
                }

                if (target.IsForm)
                {
                    reached.Add(next);
                    continue;
                }

                foreach (var reference in target.References)
                {
                    queue.Enqueue(reference);
                }
            }

            graph[id] = reached;
        }

        return graph;
    }

    /// <summary>Why the drawing blocks cannot be drawn safely (a cycle, or nesting too deep), or <see langword="null"/>.</summary>
    private static string? FormCycleOrDepth(Dictionary<int, List<int>> graph)
    {
        // Iterative depth-first search: 0 unvisited, 1 on the current path, 2 done (with its depth known).
        var state = new Dictionary<int, int>();
        var depth = new Dictionary<int, int>();
        foreach (var root in graph.Keys)
        {
            if (state.GetValueOrDefault(root) != 0)
            {
                continue;
            }

            var stack = new Stack<(int Node, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var successors = graph[node];
                if (next < successors.Count)
                {
                    stack.Push((node, next + 1));
                    var child = successors[next];
                    if (!graph.ContainsKey(child))
                    {
                        continue;
                    }

                    switch (state.GetValueOrDefault(child))
                    {
                        case 1:
                            return string.Create(CultureInfo.InvariantCulture, $"its drawing blocks (form XObjects) call each other in a cycle (object {child})");
                        case 0:
                            state[child] = 1;
                            stack.Push((child, 0));
                            break;
                    }

                    continue;
                }

                state[node] = 2;
                depth[node] = 1 + successors.Where(graph.ContainsKey).Select(s => depth.GetValueOrDefault(s)).DefaultIfEmpty(0).Max();
                if (depth[node] > MaxFormDepth)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"its drawing blocks (form XObjects) nest more than {MaxFormDepth} deep");
                }
            }
        }

        return null;
    }

    /// <summary>The objects as written in the file, then those packed into its object streams: for each, what it refers to and what kind it is.</summary>
    private static Dictionary<int, Node> Objects(byte[] bytes, PdfDecodeBudget budget)
    {
        var plain = new Dictionary<int, Range>();
        var packed = new List<(Range Dictionary, ReadOnlyMemory<byte> Data)>();
        var nodes = WrittenObjects(bytes, plain, packed, budget.CancellationToken);
        foreach (var (dictionary, data) in packed)
        {
            var objects = PdfObjectStreams.Unpack(bytes.AsSpan(dictionary), data, n => plain.TryGetValue(n, out var r) ? bytes.AsMemory(r) : null, budget);
            foreach (var (id, body) in objects)
            {
                var node = NodeOf(body.Span);
                nodes[id] = nodes.TryGetValue(id, out var written)
                    ? new Node([.. written.References, .. node.References], node.ReferenceOnly ?? written.ReferenceOnly, written.IsForm || node.IsForm, written.IsPage && node.IsPage)
                    : node;
            }
        }

        return nodes;
    }

    private static Node NodeOf(ReadOnlySpan<byte> dictionary) =>
        new(References(dictionary), ReferenceOnly(dictionary), HasName(dictionary, "/Subtype"u8, "/Form"u8), HasName(dictionary, "/Type"u8, "/Page"u8));

    /// <summary>
    /// The objects written out in the file (<c>N G obj … endobj</c>); <paramref name="plain"/> receives where each one
    /// that is no stream is, and <paramref name="packed"/> each object stream's dictionary and data.
    /// </summary>
    private static Dictionary<int, Node> WrittenObjects(byte[] bytes, Dictionary<int, Range> plain, List<(Range Dictionary, ReadOnlyMemory<byte> Data)> packed, CancellationToken cancellationToken)
    {
        var span = bytes.AsSpan();
        var nodes = new Dictionary<int, Node>();
        var position = 0;
        while (true)
        {
            var found = span[position..].IndexOf(" obj"u8);
            if (found < 0)
            {
                return nodes;
            }

            var keyword = position + found + 1;
            position = keyword + 3;
            if ((nodes.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (ObjectNumberBefore(span, keyword) is not { } id)
            {
                continue;
            }

            var end = span[position..].IndexOf("endobj"u8);
            var body = end < 0 ? span[position..] : span[position..(position + end)];
            var stream = body.IndexOf("stream"u8);
            var dictionary = stream < 0 ? body : body[..stream];
            nodes[id] = NodeOf(dictionary);
            if (stream < 0)
            {
                plain[id] = position..(position + body.Length);
            }
            else if (PdfObjectStreams.IsObjectStream(dictionary))
            {
                packed.Add((position..(position + stream), PdfObjectStreams.Data(bytes, dictionary, position + stream + 6, position + body.Length)));
            }

            position = end < 0 ? span.Length : position + end + 6;
        }
    }

    // "12 0 obj": the object number before the generation number before the keyword.
    private static int? ObjectNumberBefore(ReadOnlySpan<byte> span, int keyword)
    {
        var k = keyword - 1;
        while (k >= 0 && span[k] == ' ')
        {
            k--;
        }

        var generationEnd = k;
        while (k >= 0 && char.IsAsciiDigit((char)span[k]))
        {
            k--;
        }

        if (k == generationEnd || k < 0 || !IsSpace(span[k]))
        {
            return null;
        }

        while (k >= 0 && IsSpace(span[k]))
        {
            k--;
        }

        var numberEnd = k;
        while (k >= 0 && char.IsAsciiDigit((char)span[k]))
        {
            k--;
        }

        if (k == numberEnd || numberEnd - k > 9)
        {
            return null;
        }

        return int.Parse(span[(k + 1)..(numberEnd + 1)], NumberStyles.None, CultureInfo.InvariantCulture);
    }

    // Every "N G R" in a dictionary.
    private static int[] References(ReadOnlySpan<byte> dictionary)
    {
        var result = new List<int>();
        for (var i = 0; i < dictionary.Length; i++)
        {
            if (dictionary[i] != 'R' || i < 4 || (i + 1 < dictionary.Length && char.IsAsciiLetterOrDigit((char)dictionary[i + 1])) || !IsSpace(dictionary[i - 1]))
            {
                continue;
            }

            if (ObjectNumberBefore(dictionary, i) is { } target)
            {
                result.Add(target);
            }
        }

        return [.. result];
    }

    // An object that is nothing but "N G R".
    private static int? ReferenceOnly(ReadOnlySpan<byte> body)
    {
        var trimmed = body.Trim(" \r\n\t\f\0"u8);
        return trimmed.Length >= 5 && trimmed[^1] == 'R' && IsSpace(trimmed[^2]) && ObjectNumberBefore(trimmed, trimmed.Length - 1) is { } target
            && !trimmed.ContainsAny("<[(/"u8) ? target : null;
    }

    // "/Subtype /Form", "/Subtype/Form"; "/Type /Page" also matches "/Pages".
    private static bool HasName(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        var at = dictionary.IndexOf(key);
        while (at >= 0)
        {
            var rest = dictionary[(at + key.Length)..].TrimStart(" \r\n\t\f"u8);
            if (rest.StartsWith(value))
            {
                return true;
            }

            var next = dictionary[(at + key.Length)..].IndexOf(key);
            at = next < 0 ? -1 : at + key.Length + next;
        }

        return false;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0;

    private sealed record Node(int[] References, int? ReferenceOnly, bool IsForm, bool IsPage);
}
