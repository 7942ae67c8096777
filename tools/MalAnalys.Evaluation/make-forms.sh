#!/usr/bin/env bash
# Makes the born-digital PDF and the scanned PDF form of real-document texts, so the evaluator can measure the parser
# on all three forms (`--files DIR/pdf --ext .pdf`, `--files DIR/ocr --ext .pdf`).
#
# Debian packages needed: chromium poppler-utils tesseract-ocr tesseract-ocr-eng qpdf fonts-liberation perl
#
# Run:   bash tools/MalAnalys.Evaluation/make-forms.sh TEXTS OUT [ID...]
#   TEXTS  the folder of ID.txt files (rebuilt as the data card says)
#   OUT    writes OUT/pdf/ID.pdf and OUT/ocr/ID.pdf; a form that exists already is kept
#   ID...  only these documents (default: every ID.txt in TEXTS)
#
# The born-digital form is the text (HTML-escaped, its line breaks and blank lines kept) printed by headless Chromium on
# A4 in Liberation Serif 11pt, with a running header and a page number "N (M)" on every page, as seeds/make-pdfs.sh
# prints the seeds. The scanned form is that PDF rasterised (200 dpi, 8-bit gray) and read back page by page by
# tesseract with its English model (an image and an invisible text layer), joined with qpdf: what a municipality's
# scanner and an OCR engine that does not know Swedish make of it.
set -euo pipefail

[ $# -ge 2 ] || { sed -n '2,16p' "$0" >&2; exit 2; }
texts="$1"; out="$2"; shift 2
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8
export OMP_THREAD_LIMIT=1   # tesseract: one thread, same result every run

# shellcheck source=../../seeds/pdf-tools.sh
. "$here/../../seeds/pdf-tools.sh"
need chromium pdftoppm tesseract qpdf perl
mkdir -p "$out/pdf" "$out/ocr"

header="Kommunens styrdokument"

scan() {
    local pdf="$1" target="$2" id="$3" page pages=()
    pdftoppm -r 200 -gray -png "$pdf" "$work/$id-page"
    for page in "$work/$id"-page-*.png; do
        tesseract "$page" "${page%.png}" -l eng --psm 3 pdf >/dev/null 2>&1
        pages+=("${page%.png}.pdf")
    done
    qpdf --deterministic-id --empty --pages "${pages[@]}" -- "$target"
    rm -f "$work/$id"-page-*
}

if [ $# -eq 0 ]; then
    set -- $(cd "$texts" && ls ./*.txt | sed -e 's#^\./##' -e 's/\.txt$//')
fi

for id in "$@"; do
    text="$texts/$id.txt"
    [ -f "$text" ] || { echo "missing $text" >&2; exit 2; }
    if [ ! -s "$out/pdf/$id.pdf" ]; then
        make_html "$text" "$header" "Styrdokument" "$work/$id.html"
        print_pdf "$work/$id.html" "$work/$id.pdf"
        qpdf --deterministic-id "$work/$id.pdf" "$out/pdf/$id.pdf"
    fi
    if [ ! -s "$out/ocr/$id.pdf" ]; then
        scan "$out/pdf/$id.pdf" "$out/ocr/$id.pdf" "$id"
    fi
    echo "$id"
done
