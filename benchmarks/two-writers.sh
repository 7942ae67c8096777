#!/usr/bin/env bash
# two-writers.sh: two `malanalys index` runs on one index folder, ROUNDS times (default 20), the second started a random
# 0 to DELAY_MS milliseconds (default 400) after the first, each round into a new folder. A round passes when
#   - exactly one run is refused (exit code 1, one line on standard error saying the index is locked by another writer)
#     and the other indexes every document (exit code 0, "N indexed"),
#   - `malanalys stats --check` finds the index sound (Lucene's CheckIndex and every file against its checksum),
#   - the index holds every document and every goal, and a search for each document's own number finds its goals.
# A round in which the first run ended before the second started (both exit 0, the second finding everything
# unchanged) is counted apart as "no overlap"; it is no failure, but the refusal was not tried in it.
#
# Needs the .NET SDK and jq. TOOL=path/to/MalAnalys.Cli.dll uses a build at hand instead of publishing one.
# Usage: bash benchmarks/two-writers.sh          ROUNDS=50 DOCUMENTS=80 bash benchmarks/two-writers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

rounds="${ROUNDS:-20}"
documents="${DOCUMENTS:-60}"
delay_ms="${DELAY_MS:-400}"
goals_per_document=3

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tool="${TOOL:-}"
if [ -z "$tool" ]; then
  echo "two-writers: publishing the tool" >&2
  dotnet publish src/MalAnalys.Cli -c Release -o "$work/tool" -nologo > "$work/publish.log" 2>&1 \
    || { tail -n 40 "$work/publish.log" >&2; exit 1; }
  tool="$work/tool/MalAnalys.Cli.dll"
fi
malanalys() { dotnet "$tool" "$@"; }

# The collection: one document per municipality, three goals each, every goal naming the document's own number.
mkdir -p "$work/collection"
for i in $(seq 0 $((documents - 1))); do
  number=$((40000 + i))
  cat > "$work/collection/kommun-$(printf '%03d' "$i").txt" <<EOF
Testkommun $i kommun
Kommunövergripande mål 2023–2026

Mål 1: Hållbar tillväxt
Vi ska genomföra projekt $number för ett växande näringsliv och fler arbetstillfällen.

Mål 2: Trygg uppväxt
Alla barn och unga ska ha en trygg uppväxt genom projekt $number och likvärdig utbildning.

Mål 3: Klimatsmart kommun
Kommunen ska minska sina utsläpp av växthusgaser med projekt $number.
EOF
done

refused=0 overlapped=0 sequential=0 failed=0 lost=0
for round in $(seq 1 "$rounds"); do
  index="$work/index-$round"
  delay=$((RANDOM % (delay_ms + 1)))
  malanalys index "$work/collection" --index "$index" --commit-every 5 > "$work/1.out" 2> "$work/1.err" &
  first=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  malanalys index "$work/collection" --index "$index" --commit-every 5 > "$work/2.out" 2> "$work/2.err" &
  second=$!
  set +e
  wait "$first"; exit1=$?
  wait "$second"; exit2=$?
  set -e

  verdict="ok"
  refusals=0
  for n in 1 2; do
    exit_var="exit$n"
    if [ "${!exit_var}" -ne 0 ]; then
      refusals=$((refusals + 1))
      lines=$(grep -c . "$work/$n.err" || true)
      if [ "${!exit_var}" -ne 1 ] || [ "$lines" -ne 1 ] || ! grep -q "locked by another writer" "$work/$n.err"; then
        verdict="FAIL: run $n exit ${!exit_var}, $lines lines on stderr: $(head -c 300 "$work/$n.err")"
      fi
    elif ! grep -q "^$documents indexed\|^0 indexed (0 goals), $documents unchanged" "$work/$n.out"; then
      verdict="FAIL: run $n exit 0 but: $(tail -n 1 "$work/$n.out")"
    fi
  done
  if [ "$refusals" -eq 1 ]; then
    refused=$((refused + 1)); overlapped=$((overlapped + 1))
  elif [ "$refusals" -eq 0 ]; then
    sequential=$((sequential + 1))
    grep -q "^$documents indexed" "$work/1.out" "$work/2.out" > /dev/null || verdict="FAIL: neither run indexed all $documents"
  else
    verdict="FAIL: both runs refused"
  fi

  set +e
  check_json="$(malanalys stats --check --index "$index" --format json 2> "$work/check.err")"
  check_exit=$?
  set -e
  if [ "$check_exit" -ne 0 ]; then
    verdict="FAIL: stats --check exit $check_exit: $(head -c 300 "$work/check.err")"
  else
    have_docs="$(jq -r .documents <<< "$check_json")"
    have_goals="$(jq -r .goals <<< "$check_json")"
    if [ "$have_docs" -ne "$documents" ] || [ "$have_goals" -ne $((documents * goals_per_document)) ]; then
      verdict="FAIL: $have_docs documents and $have_goals goals"
      lost=$((lost + documents - have_docs))
    fi
    # Every document by its own number: one query per document would start a process each, so the numbers are
    # searched in one OR query and each hit's number counted.
    query="$(seq -s ' OR ' 40000 $((40000 + documents - 1)))"
    found="$(malanalys search "$query" --index "$index" --top $((documents * goals_per_document)) --format json \
      | jq -r '.hits[].statement' | grep -o 'projekt 4[0-9]*' | sort -u | wc -l)"
    if [ "$found" -ne "$documents" ]; then
      verdict="FAIL: a search finds the goals of $found of $documents documents"
      lost=$((lost + documents - found))
    fi
  fi
  [ "$verdict" = ok ] || failed=$((failed + 1))
  printf 'round %2d: delay %3d ms, exits %d and %d, %s; check: %s\n' "$round" "$delay" "$exit1" "$exit2" \
    "$verdict" "$(cut -c1-120 "$work/check.err")"
  rm -rf "$index"
done

echo "two-writers: $rounds rounds, $documents documents each: $refused with one run refused and the other complete, $sequential without overlap, $failed failed, $lost documents lost"
[ "$failed" -eq 0 ]
