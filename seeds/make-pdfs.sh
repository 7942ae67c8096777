#!/usr/bin/env bash
# Makes the PDF versions of the seed texts in this folder.
#
# Debian packages needed:
#   chromium poppler-utils tesseract-ocr tesseract-ocr-eng qpdf fonts-liberation perl
#   (apt-get update && apt-get install -y chromium poppler-utils tesseract-ocr \
#        tesseract-ocr-eng qpdf fonts-liberation)
#
# Run (from anywhere):
#   bash seeds/make-pdfs.sh
#
# For each seed X.txt it writes a born-digital X.pdf beside it: the seed text
# (HTML-escaped, its own line breaks and blank lines kept) printed by headless
# Chromium on A4 in Liberation Serif 11pt, with a running header on every page
# and a footer page number "N (M)". It then checks with pdftotext that the words
# of the PDF body (header and footer lines dropped) equal the words of the seed,
# in order.
# For Perstorp it also writes X-scanned.pdf: the born-digital PDF rasterised
# (200 dpi, 8-bit gray), OCR'd page by page by tesseract (-l eng: a gray JPEG
# image + an invisible text layer, rendering mode 3) and joined with qpdf.
#
# Deterministic as far as the tools allow: the dates Chromium writes are replaced
# by a fixed date and qpdf writes a content-derived /ID.
# Exits non-zero if a word check fails.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

export LC_ALL=C.UTF-8
export OMP_THREAD_LIMIT=1   # tesseract: single thread, same result every run

# shellcheck source=pdf-tools.sh
. "$here/pdf-tools.sh"
need chromium pdftotext pdfinfo pdftoppm tesseract qpdf perl

# check_words SEED PDF HEADER: body words of PDF == words of SEED, in order.
# Uses pdftotext -raw (content-stream order, no joining of words split by a
# hyphen at a line end, which pdftotext's default mode does), page by page,
# dropping on each page only the line equal to HEADER and the line "p (M)".
# (The Östersund seed has old page numbers "6 (10)", "7 (10)" as lines of its
# own: they are body text and must stay.)
check_words() {
    local seed="$1" pdf="$2" header="$3" name pages p
    name="$(basename "$pdf" .pdf)"
    pages="$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')"
    # NBSP -> space, then one word per line.
    sed -e 's/\xc2\xa0/ /g' "$seed" | tr -s '[:space:]' '\n' | grep -v '^$' >"$work/$name.seed.words" || true
    for p in $(seq 1 "$pages"); do
        pdftotext -enc UTF-8 -raw -nopgbrk -f "$p" -l "$p" "$pdf" - \
            | grep -v -x -F -e "$header" -e "$p ($pages)" || true
    done | sed -e 's/\xc2\xa0/ /g' | tr -s '[:space:]' '\n' | grep -v '^$' >"$work/$name.pdf.words" || true
    if diff -u "$work/$name.seed.words" "$work/$name.pdf.words" >"$work/$name.diff"; then
        echo "check $name.pdf: OK, $(wc -l <"$work/$name.seed.words") words equal the seed"
        return 0
    else
        echo "check $name.pdf: WORD DIFFERENCES between seed and PDF text:" >&2
        cat "$work/$name.diff" >&2
        return 1
    fi
}

# check_furniture SEED PDF HEADER: every page has the header and "N (M)", and
# no line of the seed looks like a footer of this PDF.
check_furniture() {
    local seed="$1" pdf="$2" header="$3" pages p txt
    pages="$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')"
    for p in $(seq 1 "$pages"); do
        txt="$(pdftotext -enc UTF-8 -f "$p" -l "$p" "$pdf" -)"
        grep -q -x -F -e "$header" <<<"$txt" || { echo "$pdf page $p: no header" >&2; return 1; }
        grep -q -x -F -e "$p ($pages)" <<<"$txt" || { echo "$pdf page $p: no footer '$p ($pages)'" >&2; return 1; }
    done
    if grep -q -x -E "[0-9]+ \($pages\)" "$seed"; then
        echo "$seed has a line of its own like the footer 'N ($pages)'" >&2; return 1
    fi
    echo "check $(basename "$pdf"): header and footer N ($pages) on all $pages pages"
}

status=0
while IFS='|' read -r base header title; do
    seed="$here/$base.txt"
    pdf="$here/$base.pdf"
    [ -f "$seed" ] || { echo "missing seed $seed" >&2; exit 2; }
    if grep -q -x -F -e "$header" "$seed"; then
        echo "header text '$header' is a line of $base.txt: choose another" >&2; exit 2
    fi
    make_html "$seed" "$header" "$title" "$work/$base.html"
    print_pdf "$work/$base.html" "$work/$base.pdf"
    qpdf --deterministic-id "$work/$base.pdf" "$pdf"
    echo "wrote $pdf"
    check_furniture "$seed" "$pdf" "$header" || status=1
    check_words "$seed" "$pdf" "$header" || status=1
done <<'EOF'
perstorp-kommunovergripande-mal-2023-2026|Perstorps kommun – Kommunövergripande mål|Kommunövergripande mål mandatperioden 2023–2026
ostersund-budget-2024-mal-ocr|Östersunds kommun – Budget 2024|Budget 2024 – Kommunövergripande mål
ystad-overgripande-mal-2023|Ystads kommun – Övergripande mål|Övergripande mål 2023
EOF

# Scanned and OCR'd Perstorp: image pages with an invisible text layer.
base=perstorp-kommunovergripande-mal-2023-2026
mkdir -p "$work/scan"
# PGM, not -png: this poppler's "pdftoppm -gray -png" writes RGB PNGs, while PGM
# is true 8-bit gray, which tesseract embeds as a gray JPEG, as scanners do.
pdftoppm -r 200 -gray "$here/$base.pdf" "$work/scan/page"
parts=()
for pgm in "$work/scan"/page-*.pgm; do
    out="${pgm%.pgm}"
    tesseract "$pgm" "$out" -l eng --dpi 200 pdf >"$work/tesseract.log" 2>&1 || {
        cat "$work/tesseract.log" >&2; exit 1; }
    parts+=("$out.pdf")
done
qpdf --deterministic-id --empty --pages "${parts[@]}" -- "$work/scanned.pdf"
fix_dates "$work/scanned.pdf"
qpdf --deterministic-id "$work/scanned.pdf" "$here/$base-scanned.pdf"
echo "wrote $here/$base-scanned.pdf ($(pdfinfo "$here/$base-scanned.pdf" | sed -n 's/^Pages: *//p') pages)"
fonts="$(pdffonts "$here/$base-scanned.pdf")"
grep -q GlyphLessFont <<<"$fonts" || { echo "scanned PDF has no GlyphLessFont text layer" >&2; status=1; }

exit "$status"
