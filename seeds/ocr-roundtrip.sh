#!/usr/bin/env bash
# OCR round trip of the clean seeds, to measure repair on OCR output that no one wrote as such.
#
# Debian packages needed: poppler-utils tesseract-ocr tesseract-ocr-eng
#   (apt-get install -y poppler-utils tesseract-ocr tesseract-ocr-eng)
# The born-digital PDFs come from seeds/make-pdfs.sh.
#
# Run (from anywhere):
#   bash seeds/ocr-roundtrip.sh
#
# For Perstorp and Ystad it rasterises seeds/X.pdf (200 dpi, 8-bit gray), OCRs each page with tesseract's
# English model (as engines that don't know Swedish do) and writes the pages, separated by form feeds, to
# tests/MalAnalys.Tests/TestData/Repair/X-ocr-eng.txt. The test RepairQualityTests then repairs that text and
# measures word accuracy against the clean seed. Deterministic for the same tool versions (single thread).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../tests/MalAnalys.Tests/TestData/Repair"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8
export OMP_THREAD_LIMIT=1

# shellcheck source=pdf-tools.sh
. "$here/pdf-tools.sh"
need pdftoppm tesseract

for seed in perstorp-kommunovergripande-mal-2023-2026 ystad-overgripande-mal-2023; do
    rm -f "$work"/page-*
    pdftoppm -r 200 -gray -png "$here/$seed.pdf" "$work/page"
    target="$out/$seed-ocr-eng.txt"
    : > "$target"
    first=1
    for page in "$work"/page-*.png; do
        [ "$first" = 1 ] || printf '\f' >> "$target"
        first=0
        tesseract "$page" - -l eng --psm 3 2>/dev/null >> "$target"
    done
    echo "$target: $(wc -w < "$target") words"
done
