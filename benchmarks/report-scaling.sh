#!/usr/bin/env bash
# report-scaling.sh: times `malanalys report` over collections of one-goal documents of growing size (default 250, 500
# and 1000 documents) and prints, per size, the wall and CPU time (user + sys) and peak memory from /usr/bin/time, the
# size of the report folder, and the time per document, so that growth with the number of documents can be read off.
#
# The documents are generated: one per council of Sweden's 290 municipalities in turn (official name, then a period that
# differs each time round), each with one goal of its own, taken from eight themes and numbered, so that no two are
# copies of each other and the SDG classifier has something to go on.
#
# Publishes the tool as its package has it (`dotnet publish -c Release -r RID`), or TOOL=path/to/MalAnalys.Cli runs a
# build at hand. Needs the .NET SDK and /usr/bin/time (Debian package `time`).
# Usage: bash benchmarks/report-scaling.sh          SIZES="100 1000 2000" bash benchmarks/report-scaling.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

sizes="${SIZES:-250 500 1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tool="${TOOL:-}"
if [ -z "$tool" ]; then
  case "$(uname -m)" in
    x86_64) rid="linux-x64" ;;
    aarch64 | arm64) rid="linux-arm64" ;;
    *) echo "report-scaling: unsupported machine $(uname -m)" >&2; exit 2 ;;
  esac
  echo "report-scaling: publishing the tool for $rid" >&2
  dotnet publish src/MalAnalys.Cli -c Release -r "$rid" --self-contained false -o "$work/tool" -nologo > "$work/publish.log" 2>&1 \
    || { tail -n 40 "$work/publish.log" >&2; exit 1; }
  tool="$work/tool/MalAnalys.Cli"
fi

mapfile -t councils < <(awk -F '\t' '$2 == "municipality" { print $6 }' src/MalAnalys/Swedish/Data/sweden-councils.tsv)
themes=(
  "Hållbar tillväxt|Vi ska skapa förutsättningar för ett växande näringsliv och fler arbetstillfällen genom projekt"
  "Trygg uppväxt|Alla barn och unga ska ha en trygg uppväxt och likvärdig utbildning med stöd av projekt"
  "Klimatsmart kommun|Kommunen ska minska sina utsläpp av växthusgaser och ställa om till förnybar energi i projekt"
  "God hälsa|Invånarnas hälsa ska förbättras och skillnaderna i hälsa minska genom projekt"
  "Rent vatten|Dricksvattnet ska vara rent och sjöar och vattendrag ska ha god status enligt projekt"
  "Jämställdhet|Kvinnor och män ska ha samma makt att forma samhället och sina egna liv, följt upp i projekt"
  "Bostäder för alla|Det ska finnas bostäder för alla i hela kommunen och en hållbar samhällsplanering i projekt"
  "Biologisk mångfald|Den biologiska mångfalden ska bevaras och naturområden skyddas i projekt"
)

# collection N: writes N documents into $work/docs-N.
collection() {
  local n="$1" folder="$work/docs-$1"
  mkdir -p "$folder"
  for i in $(seq 0 $((n - 1))); do
    local council="${councils[$((i % ${#councils[@]}))]}"
    local round=$((i / ${#councils[@]}))
    local theme="${themes[$((i % ${#themes[@]}))]}"
    printf '%s\nKommunövergripande mål %d–%d\n\nMål 1: %s\n%s %d.\n' \
      "$council" $((2020 + 4 * round)) $((2023 + 4 * round)) "${theme%%|*}" "${theme#*|}" $((50000 + i)) \
      > "$folder/dokument-$(printf '%04d' "$i").txt"
  done
}

printf '%-10s %-9s %-9s %-12s %-12s %-8s %-16s\n' documents wall_s cpu_s peak_rss_MB report_MB files ms_per_document
for n in $sizes; do
  collection "$n"
  out="$work/report-$n"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time-$n" "$tool" report "$work/docs-$n" --out "$out" > "$work/report-$n.out" 2> "$work/report-$n.err" \
    || { echo "report-scaling: report over $n documents failed:" >&2; tail -n 5 "$work/report-$n.err" >&2; exit 1; }
  read -r wall user sys rss < <(tail -n 1 "$work/time-$n")
  bytes="$(du -sb "$out" | cut -f1)"
  files="$(find "$out" -type f | wc -l)"
  pages="$(grep -c ' goals -> ' "$work/report-$n.out" || true)"
  one_goal="$(grep -c ': 1 goals -> ' "$work/report-$n.out" || true)"
  [ "$pages" -eq "$n" ] || { echo "report-scaling: $pages of $n documents reported" >&2; exit 1; }
  [ "$one_goal" -eq "$n" ] || echo "report-scaling: only $one_goal of $n documents were read with one goal" >&2
  awk -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$bytes" -v f="$files" \
    'BEGIN { printf "%-10d %-9.2f %-9.2f %-12.0f %-12.2f %-8d %-16.1f\n", n, w, u + s, r / 1024, b / 1048576, f, 1000 * w / n }'
done
