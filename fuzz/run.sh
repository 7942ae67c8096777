#!/usr/bin/env bash
# Fuzzes one MalAnalys stage with AFL++ and SharpFuzz for a fixed time, then keeps every crasher and hang as a
# regression file under tests/MalAnalys.Tests/TestData/Fuzz/<target>/ (replayed by FuzzRegressionTests in CI).
#
#   fuzz/run.sh TARGET SECONDS      TARGET: text | pdf | repair | structure | query
#
# A target with a dictionary (fuzz/dictionaries/<target>.dict: for pdf, the structures the reader guards against) gets
# it with -x, so that AFL++ inserts whole drawing blocks, filter chains and object streams rather than only bytes.
#
# Needs: the .NET SDK, Debian's afl++ (apt-get install -y afl++), and the SharpFuzz.CommandLine tool from the
# repository's tool manifest (dotnet tool restore). Findings and AFL++'s state stay in fuzz/out/<target>/ (ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: fuzz/run.sh TARGET SECONDS}"
seconds="${2:?usage: fuzz/run.sh TARGET SECONDS}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

bin="fuzz/out/bin"
work="fuzz/out/$target"
keep="tests/MalAnalys.Tests/TestData/Fuzz/$target"

if [ ! -x "$bin/MalAnalys.Fuzz" ] || [ "${FUZZ_REBUILD:-0}" = 1 ]; then
  rm -rf "$bin"
  dotnet tool restore > /dev/null
  dotnet publish fuzz/MalAnalys.Fuzz -c Release -o "$bin" > /dev/null
  # Coverage comes from instrumenting our library and the parsers it drives (PdfPig, Lucene's query parser);
  # SharpFuzz rewrites them in place.
  for dll in "$bin"/MalAnalys.dll "$bin"/UglyToad.PdfPig*.dll "$bin"/Lucene.Net.QueryParser.dll; do
    dotnet sharpfuzz "$dll" > /dev/null
  done
fi

# Seeds: the seed documents for the readers and the repair/structure stages, a few queries for the query parser.
# AFL++ works best on small inputs, so text seeds are cut into pieces of at most 4 KiB.
seeds="$work/seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
case "$target" in
  # The scanned seed (1.8 MB of images) would slow every execution a hundredfold; the born-digital ones cover the parser.
  pdf) find seeds -name "*.pdf" -size -100k -exec cp {} "$seeds/" \; ;;
  query)
    i=0
    for q in 'hållbar tillväxt' '"trygg uppväxt"' 'skola AND (barn OR unga)' 'sdg:8 year:2024' 'tillv* NOT kultur' 'shortName:miljö^2' 'hallbar~1'; do
      printf '%s' "$q" > "$seeds/q$((i++))"
    done ;;
  *)
    for f in seeds/*.txt; do
      split -b 4096 -d "$f" "$seeds/$(basename "$f" .txt)-"
    done ;;
esac

dictionary=()
if [ -f "fuzz/dictionaries/$target.dict" ]; then
  dictionary=(-x "fuzz/dictionaries/$target.dict")
fi

mkdir -p "$work" "$keep"
# AFL_SKIP_BIN_CHECK: the target is a .NET apphost, instrumented by SharpFuzz rather than by afl-cc.
# -t: a .NET start-up in forkserver mode plus one input; an input slower than this is a hang and is kept.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
set +e
timeout --signal=INT "$((seconds + 30))" afl-fuzz -V "$seconds" "${dictionary[@]}" -i "$seeds" -o "$work/findings" -t 5000 -m none \
  -- "$bin/MalAnalys.Fuzz" "$target" > "$work/afl.log" 2>&1
status=$?
set -e
stats="$work/findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  tail -n 40 "$work/afl.log" >&2
  echo "fuzz: afl-fuzz did not start (exit $status)" >&2
  exit 1
fi
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg) ' "$stats"

kept=0
for kind in crashes hangs; do
  for f in "$work/findings/default/$kind"/id:*; do
    [ -f "$f" ] || continue
    name="$kind-$(sha1sum "$f" | cut -c1-12)"
    cp "$f" "$keep/$name"
    kept=$((kept + 1))
  done
done
echo "fuzz: $target: kept $kept crasher/hang files in $keep"
