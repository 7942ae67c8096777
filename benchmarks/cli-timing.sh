#!/usr/bin/env bash
# cli-timing.sh: times the malanalys command line as whole processes, the way a user runs it.
#
# Publishes the tool for this machine's platform (framework-dependent, `dotnet publish -c Release -r RID`, as in the
# tool package), then times with /usr/bin/time, REPS times each (default 5), and prints the median wall time and the
# median CPU time (user + sys) of:
#   - `malanalys --help`
#   - `malanalys analyze` of one small text file (seeds/ystad-overgripande-mal-2023.txt)
#   - `malanalys analyze` of a folder of 40 PDFs (the seed PDFs copied as many times as needed)
#   - `pdftotext -layout` of the same 40 PDFs, one process per file, as the baseline
# and the ratios of the analyze run to the baseline.
#
# Needs the .NET SDK, /usr/bin/time (Debian package `time`) and pdftotext (Debian package `poppler-utils`); the missing
# Debian packages are installed with apt-get, which is said on standard error.
# Usage: bash benchmarks/cli-timing.sh            REPS=9 bash benchmarks/cli-timing.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

reps="${REPS:-5}"
case "$(uname -m)" in
  x86_64) rid="linux-x64" ;;
  aarch64 | arm64) rid="linux-arm64" ;;
  *) echo "cli-timing: unsupported machine $(uname -m)" >&2; exit 2 ;;
esac

missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "cli-timing: installing ${missing[*]} with apt-get" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "cli-timing: publishing the tool for $rid" >&2
dotnet publish src/MalAnalys.Cli -c Release -r "$rid" --self-contained false -o "$work/tool" -nologo > "$work/publish.log" 2>&1 \
  || { tail -n 40 "$work/publish.log" >&2; exit 1; }
tool="$work/tool/MalAnalys.Cli"   # the `malanalys` command of the installed tool

# 40 PDFs: the seed PDFs, copied in turn until there are 40.
mkdir -p "$work/pdfs"
seeds=(seeds/*.pdf)
for i in $(seq 0 39); do
  seed="${seeds[$((i % ${#seeds[@]}))]}"
  cp "$seed" "$work/pdfs/$(printf '%02d' "$i")-$(basename "$seed")"
done

# median VALUES...: the middle value (the mean of the two middle ones for an even count).
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'
}

# measure NAME COMMAND...: runs the command REPS times (after one untimed run that warms the file cache) and sets
# wall_NAME and cpu_NAME to the medians, in seconds.
measure() {
  local name="$1"
  shift
  "$@" > /dev/null 2>&1 || true
  local walls=() cpus=()
  for _ in $(seq 1 "$reps"); do
    if ! /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt"; then
      tail -n 20 "$work/stderr.txt" >&2
      echo "cli-timing: '$label' failed" >&2
      exit 1
    fi
    read -r wall user sys < <(tail -n 1 "$work/time.txt")
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
  done
  printf -v "wall_$name" '%s' "$(median "${walls[@]}")"
  printf -v "cpu_$name" '%s' "$(median "${cpus[@]}")"
  printf '%-34s wall %6.2f s   cpu %6.2f s   (median of %s)\n' "$label" "$(median "${walls[@]}")" "$(median "${cpus[@]}")" "$reps"
}

pdftotext_all() {
  for pdf in "$1"/*.pdf; do
    pdftotext -layout "$pdf" - > /dev/null
  done
}
export -f pdftotext_all

label="malanalys --help" measure help "$tool" --help
label="malanalys analyze (one .txt)" measure small "$tool" analyze seeds/ystad-overgripande-mal-2023.txt
label="malanalys analyze (40 PDFs)" measure pdfs "$tool" analyze "$work/pdfs"
label="pdftotext -layout (40 PDFs)" measure pdftotext bash -c 'pdftotext_all "$0"' "$work/pdfs"

awk -v aw="$wall_pdfs" -v ac="$cpu_pdfs" -v pw="$wall_pdftotext" -v pc="$cpu_pdftotext" 'BEGIN {
  printf "analyze / pdftotext on 40 PDFs:    wall %.1fx   cpu %.1fx\n", aw / pw, ac / pc
}'
