#!/usr/bin/env bash
# Runs every notebook in samples/ in Jupyter with the .NET Interactive C# kernel, on the MalAnalys packages packed from
# this repository, and fails when a cell fails or writes anything to standard error.
#
#   samples/run-notebooks.sh [--feed DIR] [--out DIR] [--update]
#
#   --feed DIR  take MalAnalys and MalAnalys.Reporting from this folder feed (default: pack them from this repository)
#   --out DIR   keep the executed notebooks in DIR (default: they are checked and thrown away)
#   --update    write the executed notebooks back into samples/, outputs and charts included: this is how the outputs
#               committed with the notebooks are made
#
# Needs Debian's jupyter-nbconvert, python3-nbclient and python3-ipykernel
# (`apt-get install jupyter-nbconvert jupyter-client python3-nbclient python3-ipykernel`); the kernel is the dotnet tool
# Microsoft.dotnet-interactive named in .config/dotnet-tools.json. It runs with a home folder and a NuGet package folder
# of its own, so the notebooks get the packages of this feed (never an older build of the same version from a cache) and
# your own NuGet and Jupyter settings stay as they are.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

feed="" out="" update=0
while [ $# -gt 0 ]; do
  case "$1" in
    --feed) feed="$(cd "$2" && pwd)"; shift 2 ;;
    --out) mkdir -p "$2"; out="$(cd "$2" && pwd)"; shift 2 ;;
    --update) update=1; shift ;;
    *) echo "usage: samples/run-notebooks.sh [--feed DIR] [--out DIR] [--update]" >&2; exit 2 ;;
  esac
done

# Debian's Jupyter runs on Debian's Python, whatever python3 comes first on the PATH.
python=/usr/bin/python3
[ -x "$python" ] || python=python3
for tool in jupyter-nbconvert jupyter-kernelspec; do
  command -v "$tool" >/dev/null || { echo "run-notebooks: $tool is missing: apt-get install jupyter-nbconvert jupyter-client python3-nbclient python3-ipykernel" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -n "$out" ] || out="$work/executed"
mkdir -p "$out"

if [ -z "$feed" ]; then
  feed="$work/feed"
  for project in src/MalAnalys/MalAnalys.csproj src/MalAnalys.Reporting/MalAnalys.Reporting.csproj; do
    dotnet pack "$repo/$project" -c Release -o "$feed" --artifacts-path "$work/artifacts" -nologo -v quiet
  done
fi

# A home of its own: NuGet's user settings (this machine's sources, plus the feed) and the kernel's registration.
user_config="${HOME:-/nonexistent}/.nuget/NuGet/NuGet.Config"
export HOME="$work/home" NUGET_PACKAGES="$work/packages"
mkdir -p "$HOME/.nuget/NuGet"
if [ -f "$user_config" ]; then
  cp "$user_config" "$HOME/.nuget/NuGet/NuGet.Config"
fi
cd "$repo"
dotnet nuget add source "$feed" --name malanalys-local >/dev/null
dotnet tool restore >/dev/null
dotnet interactive jupyter install >/dev/null 2>&1
jupyter-kernelspec list | grep -q '\.net-csharp' || { echo "run-notebooks: the .NET (C#) kernel did not register" >&2; exit 1; }

status=0
for notebook in samples/*.ipynb; do
  name="$(basename "$notebook")"
  started=$SECONDS
  if ! jupyter-nbconvert --to notebook --execute "$notebook" --output-dir "$out" --output "$name" \
      --ExecutePreprocessor.timeout=900 --ExecutePreprocessor.startup_timeout=300 > "$work/$name.log" 2>&1; then
    tail -n 40 "$work/$name.log" >&2
    echo "run-notebooks: $name failed" >&2
    status=1
    continue
  fi
  echo "run-notebooks: $name executed in $((SECONDS - started)) s"
done

# Tidy the outputs (the kernel's start-up script and its note of the extensions it loaded, which names a folder of this
# machine; the timings of each cell), and fail on any error output.
"$python" - "$out" <<'EOF' || status=1
import json, pathlib, sys
failed = False
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.ipynb")):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for number, cell in enumerate(nb["cells"], 1):
        cell.get("metadata", {}).pop("execution", None)
        kept = []
        for output in cell.get("outputs", []):
            html = "".join(output.get("data", {}).get("text/html", []))
            plain = "".join(output.get("data", {}).get("text/plain", []))
            if "dotnet-interactive-this-cell" in html or plain.startswith("Loading extensions from "):
                continue
            if output["output_type"] == "error" or (output["output_type"] == "stream" and output.get("name") == "stderr"):
                text = output.get("evalue") or "".join(output.get("text", []))
                print(f"run-notebooks: {path.name}, cell {number}: {text.strip()}", file=sys.stderr)
                failed = True
            kept.append(output)
        if cell["cell_type"] == "code":
            cell["outputs"] = kept
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
sys.exit(1 if failed else 0)
EOF

if [ "$status" -eq 0 ] && [ "$update" -eq 1 ]; then
  cp "$out"/*.ipynb samples/
  echo "run-notebooks: wrote the outputs into samples/"
fi
exit "$status"
