using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace MalAnalys.Swedish;

/// <summary>
/// The gazetteer of Sweden's 290 municipalities and 21 regions with SCB's codes (embedded; source and checks in
/// <c>Swedish/Data/COUNCILS.md</c>), and the search for the council a text names. Thread-safe.
/// </summary>
public static partial class SwedishCouncils
{
    private const string ResourceName = "MalAnalys.Swedish.Data.sweden-councils.tsv";

    private static readonly Lazy<Index> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every council, municipalities first, in code order.</summary>
    public static IReadOnlyList<Council> All => Loaded.Value.All;

    /// <summary>
    /// The words councils' names and genitives are written with ("Vara", "Östersunds", "Upplands", "Väsby"), by their
    /// folded lower case ("vara", "ostersunds"): <see langword="null"/> where two names fold alike ("Habo", "Håbo").
    /// </summary>
    internal static FrozenDictionary<string, string?> NameWords => Loaded.Value.NameWords;

    /// <summary>The council with an SCB code ("2380" for Östersund, "23" for Region Jämtland Härjedalen).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The council, or <see langword="null"/> for an unknown code.</returns>
    public static Council? ByCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Loaded.Value.ByCode.GetValueOrDefault(code.Trim());
    }

    /// <summary>
    /// The council a name or code means: a code ("0180"), a short name ("Östersund", "ostersund"), an official name or
    /// alias ("Göteborgs Stad", "Region Skåne", "Stockholms läns landsting"); case and å/ä/ö do not matter.
    /// A bare name that is both a municipality and a region ("Uppsala") means the municipality unless <paramref name="kind"/> says otherwise.
    /// </summary>
    /// <param name="nameOrCode">The name or code.</param>
    /// <param name="kind">The kind wanted, or <see langword="null"/> for either.</param>
    /// <returns>The council, or <see langword="null"/> when nothing in the gazetteer has that name.</returns>
    public static Council? Find(string nameOrCode, CouncilKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(nameOrCode);
        var index = Loaded.Value;
        if (index.ByCode.TryGetValue(nameOrCode.Trim(), out var byCode))
        {
            return kind is null || byCode.Kind == kind ? byCode : null;
        }

        var key = Key(nameOrCode);
        if (index.ByName.TryGetValue(key, out var named))
        {
            return named.FirstOrDefault(c => kind is null || c.Kind == kind);
        }

        // A genitive or county form ("Östersunds", "Jönköpings län").
        var byForm = kind == CouncilKind.Region ? index.RegionByName.GetValueOrDefault(key)
            : index.MunicipalityByName.GetValueOrDefault(key) ?? (kind is null ? index.RegionByName.GetValueOrDefault(key) : null);
        if (byForm is not null)
        {
            return byForm;
        }

        // "Region X", "X kommun", "X läns landsting" and the like: the name inside.
        var mention = Mentions(key).FirstOrDefault();
        return mention.Council is { } c2 && (kind is null || c2.Kind == kind) ? c2 : null;
    }

    /// <summary>
    /// The council a text is about: the one it names most often as a council ("Alvesta kommun", "Östersunds kommun",
    /// "Malmö stad", "Region Skåne", "Västerbottens läns landsting", "Kommunfullmäktige i Lund"), the first named on a
    /// tie. Place names alone ("i Lund", "Lundabor") do not count, so a text that names no council gives
    /// <see langword="null"/>. Å/ä/ö lost to OCR do not matter.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The council, or <see langword="null"/>.</returns>
    public static Council? MostNamedIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<Council, (int Count, int First)>();
        foreach (var (council, at, nameStart) in Mentions(Diacritics.FoldLower(text)))
        {
            if (char.IsLower(text[nameStart]))
            {
                // A council's name is written with a capital: "att vara kommun" is no mention of Vara.
                continue;
            }

            counts[council] = counts.TryGetValue(council, out var c) ? (c.Count + 1, c.First) : (1, at);
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First).First().Key;
    }

    /// <summary>Each council mention in folded text, with its offset.</summary>
    private static IEnumerable<(Council Council, int At, int NameStart)> Mentions(string folded)
    {
        var index = Loaded.Value;
        foreach (Match m in Anchor().Matches(folded))
        {
            var word = m.Groups["anchor"].Value;
            (Council Council, int NameStart)? found = word switch
            {
                "kommun" or "kommuns" or "kommunkoncern" or "kommunkoncernen" or "stad" or "stads" => Before(folded, m.Index, index.MunicipalityByName),
                "lans" => Before(folded, m.Index, index.RegionByName),
                "region" or "landstinget i" or "regionfullmaktige i" => After(folded, m.Index + m.Length, index.RegionByName),
                "kommunfullmaktige i" => After(folded, m.Index + m.Length, index.MunicipalityByName),
                _ => null,
            };
            if (found is not null)
            {
                yield return (found.Value.Council, m.Index, found.Value.NameStart);
            }
        }

        foreach (var (alias, council) in index.Phrases)
        {
            for (var at = folded.IndexOf(alias, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(alias, at + alias.Length, StringComparison.Ordinal))
            {
                // The genitive counts too: "Västra Götalandsregionens verksamheter".
                var end = at + alias.Length;
                if (IsWordBoundary(folded, at - 1) && (IsWordBoundary(folded, end) || folded[end] == 's' && IsWordBoundary(folded, end + 1)))
                {
                    yield return (council, at, at);
                }
            }
        }
    }

    // The longest run of up to three words just before position `end` that names a council.
    private static (Council Council, int NameStart)? Before(string folded, int end, FrozenDictionary<string, Council> names)
    {
        var words = new List<string>(3);
        var starts = new List<int>(3);
        var i = end - 1;
        while (words.Count < 3)
        {
            while (i >= 0 && folded[i] == ' ')
            {
                i--;
            }

            var wordEnd = i + 1;
            while (i >= 0 && (char.IsLetter(folded[i]) || folded[i] == '-'))
            {
                i--;
            }

            if (wordEnd - (i + 1) == 0)
            {
                break;
            }

            words.Insert(0, folded[(i + 1)..wordEnd]);
            starts.Insert(0, i + 1);
        }

        for (var take = words.Count; take >= 1; take--)
        {
            if (names.TryGetValue(string.Join(' ', words.Skip(words.Count - take)), out var council))
            {
                return (council, starts[words.Count - take]);
            }
        }

        return null;
    }

    // The longest run of up to three words from position `start` that names a council.
    private static (Council Council, int NameStart)? After(string folded, int start, FrozenDictionary<string, Council> names)
    {
        var words = new List<string>(3);
        var first = -1;
        var i = start;
        while (words.Count < 3)
        {
            while (i < folded.Length && folded[i] == ' ')
            {
                i++;
            }

            var wordStart = i;
            while (i < folded.Length && (char.IsLetter(folded[i]) || folded[i] == '-'))
            {
                i++;
            }

            if (i == wordStart)
            {
                break;
            }

            first = first < 0 ? wordStart : first;
            words.Add(folded[wordStart..i]);
        }

        for (var take = words.Count; take >= 1; take--)
        {
            if (names.TryGetValue(string.Join(' ', words.Take(take)), out var council))
            {
                return (council, first);
            }
        }

        return null;
    }

    private static bool IsWordBoundary(string text, int i) => i < 0 || i >= text.Length || !char.IsLetterOrDigit(text[i]);

    private static string Key(string name) => string.Join(' ', Diacritics.FoldLower(name).Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static Index Load()
    {
        using var stream = typeof(SwedishCouncils).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var all = new List<Council>();
        var header = reader.ReadLine();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            all.Add(new Council(f[0], f[1] == "region" ? CouncilKind.Region : CouncilKind.Municipality, f[2], f[3], f[4], f[5], f.Length > 6 && f[6].Length > 0 ? f[6].Split('|') : []));
        }

        return new Index(all);
    }

    /// <summary>The gazetteer's look-up tables, built once.</summary>
    private sealed class Index
    {
        public Index(List<Council> all)
        {
            All = [.. all.OrderBy(c => c.Kind).ThenBy(c => c.Code, StringComparer.Ordinal)];
            ByCode = All.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
            var byName = new Dictionary<string, List<Council>>(StringComparer.Ordinal);
            foreach (var c in All)
            {
                foreach (var n in new[] { c.Name, c.OfficialName }.Concat(c.Aliases).Select(Key).Distinct())
                {
                    (byName.TryGetValue(n, out var list) ? list : byName[n] = []).Add(c);
                }
            }

            ByName = byName.ToFrozenDictionary(kv => kv.Key, kv => (IReadOnlyList<Council>)kv.Value, StringComparer.Ordinal);
            MunicipalityByName = Names(All.Where(c => c.Kind == CouncilKind.Municipality));
            RegionByName = Names(All.Where(c => c.Kind == CouncilKind.Region));

            var words = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var word in All.SelectMany(c => $"{c.Name} {c.Genitive}".Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)).Where(w => char.IsUpper(w[0])))
            {
                var key = Diacritics.FoldLower(word);
                words[key] = words.TryGetValue(key, out var other) && other != word ? null : word;
            }

            NameWords = words.ToFrozenDictionary(StringComparer.Ordinal);

            // Official names and aliases that no anchor word finds ("Västra Götalandsregionen").
            Phrases = [.. All.SelectMany(c => new[] { c.OfficialName }.Concat(c.Aliases).Select(a => (Alias: Key(a), Council: c)))
                .Where(p => !Anchor().IsMatch(p.Alias))
                .DistinctBy(p => p.Alias)];
        }

        public IReadOnlyList<Council> All { get; }

        public FrozenDictionary<string, Council> ByCode { get; }

        public FrozenDictionary<string, IReadOnlyList<Council>> ByName { get; }

        public FrozenDictionary<string, Council> MunicipalityByName { get; }

        public FrozenDictionary<string, Council> RegionByName { get; }

        public IReadOnlyList<(string Alias, Council Council)> Phrases { get; }

        public FrozenDictionary<string, string?> NameWords { get; }

        // Name and genitive, folded: "ostersund" and "ostersunds" both find Östersund; a region also by "X lan" forms.
        private static FrozenDictionary<string, Council> Names(IEnumerable<Council> councils)
        {
            var names = new Dictionary<string, Council>(StringComparer.Ordinal);
            foreach (var c in councils)
            {
                names.TryAdd(Key(c.Name), c);
                names.TryAdd(Key(c.Genitive), c);
                if (c.Kind == CouncilKind.Region)
                {
                    names.TryAdd(Key(c.Genitive + " län"), c);
                    names.TryAdd(Key(c.Name + " län"), c);
                }
            }

            return names.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    // The words that make a name a council's: "X kommun", "X stad", "X läns (landsting)", "Region X", "Landstinget i X", "Kommunfullmäktige i X".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<anchor>kommun|kommuns|kommunkoncern|kommunkoncernen|stad|stads|lans|region|landstinget i|regionfullmaktige i|kommunfullmaktige i)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();
}
