#!/usr/bin/env -S dotnet run -c Release
// Rebuilds src/MalAnalys/Repair/Data/sv-context.bin, repair's context model, from Swedish running text in Debian
// packages under permissive or public-domain licenses only, since the model ships inside the MIT-licensed package
// (see src/MalAnalys/Repair/Data/CONTEXT.md for the packages, their licenses and versions):
//   apt-get download cfi-sv=3.0-10.2 libreoffice-help-sv=4:7.4.7-1+deb12u14 lifelines-doc-sv=3.0.61-3
//   dotnet run -c Release tools/build-context-model.cs -- src/MalAnalys/Repair/Data/sv-context.bin *.deb
// A package not in the list of permitted sources below (by its license) is refused.
// Each package's files are read straight from the .deb (dpkg-deb --fsys-tarfile): HTML pages (markup, scripts,
// navigation stripped). Every distinct paragraph is counted once, so the navigation text repeated on every help
// page weighs nothing. Words are lower-cased; numbers become "#".
// The model keeps only what repair needs: for each ambiguous folded form (a spelling with å/ä→a, ö→o that two or
// more lexicon words share, or a word and its stripped form), the count of each reading with how many of its left
// and right neighbours occur beside it only once, and the counts of (left word, reading) and (reading, right word)
// pairs with the neighbour folded, pairs seen at least twice.
// The build is deterministic: same packages, same bytes.
#:project ../src/MalAnalys/MalAnalys.csproj
#:property TreatWarningsAsErrors=false
#:property PublishAot=false
using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MalAnalys.Swedish;

const int MinPair = 2;
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: build-context-model.cs OUTPUT PACKAGE.deb...");
    return 1;
}

// The packages whose text may go into the model, with the license their copyright file states: none with a
// copyleft or share-alike license, whose terms the counts derived from them might carry.
var permitted = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["cfi-sv"] = "public domain",
    ["libreoffice-help-sv"] = "MPL-2.0 (parts Apache-2.0)",
    ["lifelines-doc-sv"] = "MIT-style (LifeLines license)",
};

var output = args[0];
var debs = args.Skip(1).Order(StringComparer.Ordinal).ToList();
foreach (var deb in debs)
{
    var package = PackageName(deb);
    if (!permitted.TryGetValue(package, out var license))
    {
        Console.Error.WriteLine($"{Path.GetFileName(deb)}: package {package} is not a permitted source (see CONTEXT.md)");
        return 1;
    }

    Console.WriteLine($"{package}: {license}");
}

var paragraphs = new HashSet<string>(StringComparer.Ordinal);
foreach (var deb in debs)
{
    var before = paragraphs.Count;
    // A package of many languages keeps its Swedish files under a "sv" folder.
    var files = ReadDeb(deb).ToList();
    var swedishFolder = files.Exists(f => f.Path.Contains("/sv/", StringComparison.Ordinal));
    foreach (var (path, bytes) in files.Where(f => !swedishFolder || f.Path.Contains("/sv/", StringComparison.Ordinal)))
    {
        foreach (var p in Extract(path, bytes))
        {
            if (IsSwedish(p))
            {
                paragraphs.Add(p);
            }
        }
    }

    Console.WriteLine($"{Path.GetFileName(deb)}: {paragraphs.Count - before:N0} new paragraphs");
}

var unigrams = new Dictionary<string, long>(StringComparer.Ordinal);
var lefts = new Dictionary<(string, string), long>();
var rights = new Dictionary<(string, string), long>();
long words = 0;
foreach (var paragraph in paragraphs)
{
    var tokens = Tokens(paragraph);
    words += tokens.Count;
    for (var i = 0; i < tokens.Count; i++)
    {
        var t = tokens[i];
        if (t is null or ".")
        {
            continue;
        }

        unigrams[t] = unigrams.GetValueOrDefault(t) + 1;
        if (i > 0 && tokens[i - 1] is { } l)
        {
            var key = (Fold(l), t);
            lefts[key] = lefts.GetValueOrDefault(key) + 1;
        }

        if (i + 1 < tokens.Count && tokens[i + 1] is { } r)
        {
            var key = (t, Fold(r));
            rights[key] = rights.GetValueOrDefault(key) + 1;
        }
    }
}

// The ambiguous folded forms and their readings (lexicon words only).
var lexicon = SwedishLexicon.Default;
bool IsWord(string w) => (lexicon.Lookup(w) & WordUse.Word) != 0;
var readings = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
foreach (var w in unigrams.Keys)
{
    if (w is "#" or "." || !IsWord(w))
    {
        continue;
    }

    var f = Fold(w);
    if (!readings.TryGetValue(f, out var set))
    {
        readings[f] = set = new SortedSet<string>(StringComparer.Ordinal);
        if (f != w && IsWord(f))
        {
            set.Add(f);
        }
    }

    set.Add(w);
}

var kept = readings.Where(p => p.Value.Count >= 2 && p.Value.Any(w => w != p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
var readingSet = new HashSet<string>(kept.Values.SelectMany(v => v), StringComparer.Ordinal);
var lines = new List<string>();
// How many different left and right neighbours each reading has only once: how likely it is to meet a neighbour
// the pairs never saw (a noun after "vår", where "var" is mostly followed by the same few words).
var leftSingles = lefts.Where(p => p.Value == 1 && readingSet.Contains(p.Key.Item2)).GroupBy(p => p.Key.Item2).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
var rightSingles = rights.Where(p => p.Value == 1 && readingSet.Contains(p.Key.Item1)).GroupBy(p => p.Key.Item1).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
foreach (var w in readingSet.Order(StringComparer.Ordinal))
{
    lines.Add($"U\t{w}\t{unigrams.GetValueOrDefault(w)}\t{leftSingles.GetValueOrDefault(w)}\t{rightSingles.GetValueOrDefault(w)}");
}

foreach (var ((l, t), c) in lefts.Where(p => p.Value >= MinPair && readingSet.Contains(p.Key.Item2)).OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
{
    lines.Add($"L\t{l}\t{t}\t{c}");
}

foreach (var ((t, r), c) in rights.Where(p => p.Value >= MinPair && readingSet.Contains(p.Key.Item1)).OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
{
    lines.Add($"R\t{t}\t{r}\t{c}");
}

using (var file = File.Create(output))
using (var zlib = new ZLibStream(file, CompressionLevel.SmallestSize))
using (var writer = new StreamWriter(zlib, new UTF8Encoding(false)) { NewLine = "\n" })
{
    writer.WriteLine($"# MalAnalys context model 1\twords\t{words}");
    foreach (var line in lines)
    {
        writer.WriteLine(line);
    }
}

Console.WriteLine($"{paragraphs.Count:N0} paragraphs, {words:N0} words, {kept.Count:N0} ambiguous forms, {readingSet.Count:N0} readings, {lines.Count:N0} lines -> {output} ({new FileInfo(output).Length:N0} bytes)");
foreach (var probe in new[] { "har", "var", "nar", "ar", "bor", "man", "saga", "bar", "hart", "svart", "matas", "vagar", "fortsatta", "forsta", "varden", "mal", "malen", "for", "pa", "sa", "vara" })
{
    Console.WriteLine($"  {probe}: {(kept.TryGetValue(probe, out var rs) ? string.Join(", ", rs.Select(r => $"{r} {unigrams.GetValueOrDefault(r)}")) : "-")}");
}

return 0;

// Lower case with å/ä→a, ö→o and other marks dropped, as repair folds a token's neighbours.
static string Fold(string lower) => Diacritics.Fold(lower);

// The words of a paragraph, lower case; numbers as "#"; "." for a sentence end; null where a bracket, a colon or
// other punctuation breaks the text, so no pair spans it.
static List<string?> Tokens(string paragraph)
{
    var tokens = new List<string?>();
    var i = 0;
    while (i < paragraph.Length)
    {
        var c = paragraph[i];
        if (char.IsLetter(c))
        {
            var start = i;
            while (i < paragraph.Length && (char.IsLetter(paragraph[i]) || (paragraph[i] == '-' && i + 1 < paragraph.Length && char.IsLetter(paragraph[i + 1]))))
            {
                i++;
            }

            // A word glued to digits or underscores (a file name, an identifier) is no word of running text.
            var glued = i < paragraph.Length && (char.IsDigit(paragraph[i]) || paragraph[i] == '_');
            tokens.Add(glued ? null : paragraph[start..i].Normalize(NormalizationForm.FormC).ToLowerInvariant());
        }
        else if (char.IsDigit(c))
        {
            while (i < paragraph.Length && (char.IsDigit(paragraph[i]) || ((paragraph[i] is '.' or ',') && i + 1 < paragraph.Length && char.IsDigit(paragraph[i + 1]))))
            {
                i++;
            }

            tokens.Add("#");
        }
        else
        {
            if (c is '.' or '!' or '?')
            {
                // A sentence end is a neighbour of its own: repair sees "år." and "år. Den" as a word before a full stop.
                if (tokens.Count == 0 || tokens[^1] != ".")
                {
                    tokens.Add(".");
                }
            }
            else if (c is ':' or ';' or '(' or ')' or '[' or ']' or '{' or '}' or '"' or '/' or '=' or '<' or '>' or '|' or '*' or '_' or '\\')
            {
                tokens.Add(null);
            }

            i++;
        }
    }

    return tokens;
}

// The paragraphs of running text in one file of a package.
static IEnumerable<string> Extract(string path, byte[] bytes)
{
    if (path.Contains("/changelog", StringComparison.Ordinal) || path.EndsWith("/copyright", StringComparison.Ordinal))
    {
        return [];
    }

    if (path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".htm", StringComparison.Ordinal))
    {
        return Html(Encoding.UTF8.GetString(bytes));
    }

    return [];
}

static IEnumerable<string> Html(string html)
{
    html = Regex.Replace(html, @"<(script|style|header|nav|footer|head|pre|code|select)\b.*?</\1\s*>", "\n", RegexOptions.Singleline | RegexOptions.IgnoreCase);
    html = Regex.Replace(html, @"<!--.*?-->", " ", RegexOptions.Singleline);
    html = Regex.Replace(html, @"</?(a|span|em|strong|b|i|u|tt|kbd|abbr|acronym|sup|sub|font|small|big|var|cite|q|samp|mark|bdi|wbr)\b[^>]*>", "", RegexOptions.IgnoreCase);
    html = Regex.Replace(html, @"<[^>]*>", "\n");
    html = WebUtility.HtmlDecode(html);
    return Paragraphs(html);
}

// Whether a paragraph reads as Swedish: the help packages keep some pages and passages untranslated, and
// English "for", "far" or "bar" would count as Swedish readings.
static bool IsSwedish(string paragraph)
{
    int swedish = 0, english = 0;
    foreach (var w in Regex.Split(paragraph.ToLowerInvariant(), @"[^\p{L}]+"))
    {
        swedish += w is "och" or "att" or "det" or "som" or "en" or "ett" or "är" or "för" or "på" or "med" or "av" or "till" or "den" or "du" or "inte" or "om" or "kan" or "eller" ? 1 : 0;
        english += w is "the" or "and" or "of" or "to" or "is" or "you" or "this" or "with" or "are" or "be" or "from" or "by" or "if" or "your" or "which" or "that" or "it" or "not" ? 1 : 0;
    }

    return swedish > 0 && english * 3 < swedish;
}

// Blocks of text separated by a blank line, whitespace collapsed, that read like prose (several words).
static IEnumerable<string> Paragraphs(string text)
{
    foreach (var block in Regex.Split(text, @"\n\s*\n"))
    {
        var p = Regex.Replace(block, @"\s+", " ").Trim();
        if (p.Count(char.IsWhiteSpace) >= 2)
        {
            yield return p;
        }
    }
}

// The name of the package a .deb holds, from its control file.
static string PackageName(string deb)
{
    var start = new ProcessStartInfo("dpkg-deb", ["--field", deb, "Package"]) { RedirectStandardOutput = true };
    using var process = Process.Start(start) ?? throw new InvalidOperationException("dpkg-deb did not start");
    var name = process.StandardOutput.ReadToEnd().Trim();
    process.WaitForExit();
    return name;
}

// The files of a .deb (its data archive, as dpkg-deb gives it), in archive order.
static IEnumerable<(string Path, byte[] Bytes)> ReadDeb(string deb)
{
    var start = new ProcessStartInfo("dpkg-deb", ["--fsys-tarfile", deb]) { RedirectStandardOutput = true };
    using var process = Process.Start(start) ?? throw new InvalidOperationException("dpkg-deb did not start");
    using var tar = new TarReader(process.StandardOutput.BaseStream);
    while (tar.GetNextEntry() is { } entry)
    {
        if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
        {
            continue;
        }

        using var buffer = new MemoryStream();
        entry.DataStream.CopyTo(buffer);
        yield return (entry.Name, buffer.ToArray());
    }

    process.WaitForExit();
}
