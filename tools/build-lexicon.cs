#!/usr/bin/env -S dotnet run -c Release
// Rebuilds src/MalAnalys/Swedish/Data/sv-lexicon.bin from Debian's hunspell-sv (sv_SE.aff and sv_SE.dic by
// Göran Andersson, LGPL-3; see src/MalAnalys/Swedish/Data/LEXICON.md).
//   apt-get install hunspell-sv
//   dotnet run -c Release tools/build-lexicon.cs -- [/usr/share/hunspell/sv_SE] [src/MalAnalys/Swedish/Data/sv-lexicon.bin]
// Every full form (stem, or stem plus one suffix) becomes one key of a Lucene.Net FST (which minimises the
// automaton); the FST is then unpacked into flat arrays (nodes, arcs) and stored ZLib-compressed. Each word's
// output is a set of
// MalAnalys.Repair.WordUse flags: a word of its own, or the first, middle or last part of a compound
// (hunspell's COMPOUNDBEGIN/COMPOUNDMIDDLE/COMPOUNDEND flags, and suffixes with COMPOUNDPERMITFLAG such as
// the linking -s- of "försörjnings-"). The build is deterministic: same input files, same bytes.
#:package Lucene.Net
#:property TreatWarningsAsErrors=false
#:property PublishAot=false
using System.Text;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Lucene.Net.Util.Fst;
using MalAnalys.Swedish;

var stem = args.Length > 0 ? args[0] : "/usr/share/hunspell/sv_SE";
var output = args.Length > 1 ? args[1] : "src/MalAnalys/Swedish/Data/sv-lexicon.bin";
var aff = File.ReadAllLines(stem + ".aff", Encoding.UTF8);
var dic = File.ReadAllLines(stem + ".dic", Encoding.UTF8);

string Flag(string name) => aff.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
    .First(p => p.Length >= 2 && p[0] == name)[1];
var begin = Flag("COMPOUNDBEGIN")[0];
var middle = Flag("COMPOUNDMIDDLE")[0];
var end = Flag("COMPOUNDEND")[0];
var onlyInCompound = Flag("ONLYINCOMPOUND")[0];
var permit = Flag("COMPOUNDPERMITFLAG")[0];
var needAffix = Flag("NEEDAFFIX")[0];
var forbidden = Flag("FORBIDDENWORD")[0];

// SFX flag cross strip add[/cont] condition (sv_SE has no PFX rules and single-character flags).
var suffixes = new Dictionary<char, List<(string Strip, string Add, string Cont, Func<string, bool> Matches)>>();
foreach (var line in aff)
{
    var p = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
    if (p.Length < 5 || p[0] != "SFX")
    {
        continue;
    }

    var add = p[3];
    var cont = "";
    var slash = add.IndexOf('/');
    if (slash >= 0)
    {
        cont = add[(slash + 1)..];
        add = add[..slash];
    }

    if (add == "0")
    {
        add = "";
    }

    var strip = p[2] == "0" ? "" : p[2];
    var condition = ParseCondition(p[4]);
    if (!suffixes.TryGetValue(p[1][0], out var list))
    {
        suffixes[p[1][0]] = list = [];
    }

    list.Add((strip, add, cont, w => condition(w)));
}

var forms = new Dictionary<string, int>(StringComparer.Ordinal);
void AddForm(string form, int use)
{
    if (form.Length == 0 || use == 0)
    {
        return;
    }

    var proper = char.IsUpper(form[0]) && form.Skip(1).All(c => !char.IsUpper(c));
    var key = form.ToLowerInvariant();
    if (proper)
    {
        use |= (int)WordUse.ProperNoun;
    }

    forms[key] = forms.TryGetValue(key, out var old) ? old | use : use;
}

foreach (var line in dic.Skip(1))
{
    var slash = line.IndexOf('/');
    var word = slash >= 0 ? line[..slash] : line.Trim();
    var flags = slash >= 0 ? line[(slash + 1)..].Trim() : "";
    if (word.Length == 0 || flags.Contains(forbidden))
    {
        continue;
    }

    var stemUse = 0;
    if (!flags.Contains(needAffix) && !flags.Contains(onlyInCompound))
    {
        stemUse |= (int)WordUse.Word;
    }

    if (flags.Contains(begin)) stemUse |= (int)WordUse.CompoundBegin;
    if (flags.Contains(middle)) stemUse |= (int)WordUse.CompoundMiddle;
    if (flags.Contains(end)) stemUse |= (int)WordUse.CompoundEnd;
    AddForm(word, stemUse);

    foreach (var f in flags)
    {
        if (!suffixes.TryGetValue(f, out var rules))
        {
            continue;
        }

        foreach (var (strip, add, cont, matches) in rules)
        {
            if (!matches(word) || !word.EndsWith(strip, StringComparison.Ordinal))
            {
                continue;
            }

            var form = word[..^strip.Length] + add;
            var use = 0;
            if (!cont.Contains(onlyInCompound)) use |= (int)WordUse.Word;
            if (flags.Contains(end) && !cont.Contains(onlyInCompound)) use |= (int)WordUse.CompoundEnd;
            if (cont.Contains(begin) || (cont.Contains(permit) && flags.Contains(begin))) use |= (int)WordUse.CompoundBegin;
            if (cont.Contains(middle) || (cont.Contains(permit) && flags.Contains(middle))) use |= (int)WordUse.CompoundMiddle;
            AddForm(form, use);
        }
    }
}

var keys = forms.Keys.Where(k => k.All(c => c <= 0xFFFF)).ToList();
keys.Sort(StringComparer.Ordinal); // UTF-16 code unit order = the FST's BYTE2 label order
var outputs = PositiveInt32Outputs.Singleton;
var builder = new Builder<J2N.Numerics.Int64>(FST.INPUT_TYPE.BYTE2, outputs);
var scratch = new Int32sRef();
foreach (var key in keys)
{
    builder.Add(Lucene.Net.Util.Fst.Util.ToUTF16(key, scratch), J2N.Numerics.Int64.GetInstance(forms[key]));
}

var fst = builder.Finish();

// Unpack the minimal automaton into flat arrays (see src/MalAnalys/Repair/LexiconAutomaton.cs for the format).
var reader = fst.GetBytesReader();
var ids = new Dictionary<long, int>();
var queue = new List<FST.Arc<J2N.Numerics.Int64>>();
var root = fst.GetFirstArc(new FST.Arc<J2N.Numerics.Int64>());
ids[root.Target] = 0;
queue.Add(root);
var firstArc = new List<int>();
var labels = new List<char>();
var targets = new List<int>();
var arcOutputs = new List<byte>();
var finals = new List<byte>();
static long Value(J2N.Numerics.Int64? o) => o is null ? 0 : (long)o;
for (var n = 0; n < queue.Count; n++)
{
    firstArc.Add(labels.Count);
    var follow = queue[n];
    if (!FST<J2N.Numerics.Int64>.TargetHasArcs(follow))
    {
        continue;
    }

    var arc = fst.ReadFirstRealTargetArc(follow.Target, new FST.Arc<J2N.Numerics.Int64>(), reader);
    while (true)
    {
        int target;
        if (!FST<J2N.Numerics.Int64>.TargetHasArcs(arc))
        {
            target = -1;
        }
        else if (!ids.TryGetValue(arc.Target, out target))
        {
            target = queue.Count;
            ids[arc.Target] = target;
            queue.Add(new FST.Arc<J2N.Numerics.Int64>().CopyFrom(arc));
        }

        labels.Add(checked((char)arc.Label));
        targets.Add(target);
        arcOutputs.Add(checked((byte)Value(arc.Output)));
        finals.Add(arc.IsFinal ? (byte)(0x80 | checked((byte)Value(arc.NextFinalOutput))) : (byte)0);
        if (arc.IsLast)
        {
            break;
        }

        fst.ReadNextRealArc(arc, reader);
    }
}

firstArc.Add(labels.Count);
using (var file = File.Create(output))
using (var zlib = new System.IO.Compression.ZLibStream(file, System.IO.Compression.CompressionLevel.SmallestSize))
using (var w = new BinaryWriter(zlib))
{
    w.Write(0x584C414Du); // "MALX"
    w.Write(1);
    w.Write(queue.Count);
    w.Write(labels.Count);
    foreach (var v in firstArc) w.Write(v);
    foreach (var v in labels) w.Write((ushort)v);
    foreach (var v in targets) w.Write(v);
    foreach (var v in arcOutputs) w.Write(v);
    foreach (var v in finals) w.Write(v);
}

Console.WriteLine($"{keys.Count:N0} forms from {dic.Length - 1:N0} stems -> {queue.Count:N0} nodes, {labels.Count:N0} arcs -> {output} ({new FileInfo(output).Length:N0} bytes)");
foreach (var probe in new[] { "kommun", "övergripande", "försörjning", "försörjnings", "kompetens", "hållbar", "hållbart", "östersund", "är", "för", "mål", "bade", "både" })
{
    Console.WriteLine($"  {probe}: {(forms.TryGetValue(probe, out var u) ? (WordUse)u : WordUse.None)}");
}

static Func<string, bool> ParseCondition(string condition)
{
    if (condition == ".")
    {
        return _ => true;
    }

    // A sequence of single characters, '.', and bracketed sets [abc] / [^abc], matched against the word's end.
    var parts = new List<Func<char, bool>>();
    for (var i = 0; i < condition.Length; i++)
    {
        if (condition[i] == '[')
        {
            var close = condition.IndexOf(']', i);
            var negate = condition[i + 1] == '^';
            var set = condition[(i + (negate ? 2 : 1))..close];
            parts.Add(negate ? c => !set.Contains(c) : c => set.Contains(c));
            i = close;
        }
        else if (condition[i] == '.')
        {
            parts.Add(_ => true);
        }
        else
        {
            var ch = condition[i];
            parts.Add(c => c == ch);
        }
    }

    return w =>
    {
        if (w.Length < parts.Count)
        {
            return false;
        }

        var offset = w.Length - parts.Count;
        for (var k = 0; k < parts.Count; k++)
        {
            if (!parts[k](w[offset + k]))
            {
                return false;
            }
        }

        return true;
    };
}

// Mirrors MalAnalys.Repair.WordUse (the values are the file format).
[Flags]
enum WordUse
{
    None = 0,
    Word = 1,
    CompoundBegin = 2,
    CompoundMiddle = 4,
    CompoundEnd = 8,
    ProperNoun = 16,
}
