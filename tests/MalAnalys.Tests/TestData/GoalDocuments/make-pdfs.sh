#!/usr/bin/env bash
# Makes the PDF versions of the layout fixtures in this folder.
#
# Debian packages needed:
#   chromium poppler-utils qpdf fonts-liberation perl python3
#   (apt-get update && apt-get install -y chromium poppler-utils qpdf \
#        fonts-liberation perl python3)
#
# Run (from anywhere):
#   bash tests/MalAnalys.Tests/TestData/GoalDocuments/make-pdfs.sh            # all fixtures
#   bash .../make-pdfs.sh numbered-after-intro mal-och-budget           # only these
#   bash .../make-pdfs.sh --long-pages 150 --out DIR             # a 150-page
#        long document: DIR/mal-och-budget-150.{txt,expected.json,pdf}
#
# Reuses ../../../../seeds/pdf-tools.sh (print_pdf, fix_dates, need); set
# SEEDS_DIR to use another seeds folder.
#
# For each fixture layouts/X.txt (and long/mal-och-budget.txt) it writes a
# born-digital X.pdf beside it: the text printed by headless Chromium on A4 in
# Liberation Serif 11pt, with a running header on every page and a footer page
# number "N (M)", as seeds/make-pdfs.sh does, but with typography instead of
# one preformatted block. Every line of the .txt becomes one block:
#
#   heading lines      the lines listed for the fixture in HEADINGS below
#                      (LEVEL|exact line text; for the long document the list
#                      comes from long/generate.py --headings). Levels:
#                        1   <h1> 18pt bold; a new page unless it is the first block
#                        2   <h2> 14pt bold      2p  <h2> on a new page
#                        3   <h3> 12pt bold      4   <h4> 11pt bold
#                        c   cover title line, 26pt bold, centred
#                        cs  cover line, 12pt, centred
#   list items         a line starting with a bullet "•", "–", "-", "▪", "▲",
#                      "►", "▼", "■" or a number "1." / "1)" and a space:
#                      consecutive ones form one <ul>; the marker is kept as
#                      text in the item (so pdftotext gives it back)
#   table rows         a line with a run of 2+ spaces between two words: cells
#                      are split at such runs, consecutive rows form one
#                      <table> whose first row is the header row
#   anything else      a paragraph <p>; a blank line gives a small gap
#
# A heading line matches only a whole line, exactly. Lines the OCR fixture
# shows as bullets ("e ", "o ", "«") are plain paragraphs on purpose: in that
# fixture they are OCR text, not list markers.
#
# Checks: with pdftotext that the words of the PDF body (running header and
# footer lines dropped) equal the words of the .txt, in order; that every page
# has the header and footer; and for the long document that it is up to date
# with long/generate.py. Headless Chromium is the only heavy process and runs
# once at a time (no parallel jobs).
#
# Deterministic as far as the tools allow: the dates Chromium writes are
# replaced by a fixed date and qpdf writes a content-derived /ID.
# Exits non-zero if a check fails.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
seeds="${SEEDS_DIR:-$here/../../../../seeds}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

export LC_ALL=C.UTF-8

[ -f "$seeds/pdf-tools.sh" ] || { echo "no $seeds/pdf-tools.sh (set SEEDS_DIR)" >&2; exit 2; }
# shellcheck source=../../../../seeds/pdf-tools.sh
. "$seeds/pdf-tools.sh"
need chromium pdftotext pdfinfo qpdf perl python3

# ------------------------------------------------------------------ fixtures
# name|running header|document title
FIXTURES='
numbered-after-intro|Bergtuna kommun – Mål och riktning 2027–2030|Mål och riktning för mandatperioden 2027–2030
prioriterade-count|Norrviks kommun – Strategisk plan|Strategisk plan 2025–2027
mal-colon-lines|Åsby kommun|Övergripande mål 2025–2028
perspektiv-lines|Styrkort 2026|Styrkort för kommunen 2026
bullets-short-names|Storbacka kommun – Övergripande mål 2016–2019|Kommunens övergripande mål 2016–2019
areas-with-bullets-finance-last|Hedemåla kommun – Mål och budget 2026|Mål och budget 2026
financial-only|Finansiella mål 2026–2028|Finansiella mål för god ekonomisk hushållning
financial-table|Vittsands kommun – Budget 2025|Budget 2025 med plan för 2026–2027
goal-tree-export|Målträd – utskrift från målstyrningssystemet|Rapport: Målträd kommunfullmäktige 2025
mixed-with-non-goals|Sörvikens kommun – Verksamhetsplan 2026|Verksamhetsplan 2026
ocr-bullets-e|Mål och budget 2025 – Älvhammar|Mål och budget 2025
committee-under-council|Tallbo kommun – Mål 2026|Mål för 2026
toc-then-goals|Källviks kommun – Mål och budget 2026|Mål och budget 2026 med plan 2027–2028
mal-och-budget|Norrhamra kommun – Mål och budget 2026–2028|Mål och budget 2026–2028
'

# name|level|exact heading line (mal-och-budget: from long/generate.py)
HEADINGS='
numbered-after-intro|1|Bergtuna kommun
numbered-after-intro|2|Mål och riktning för mandatperioden 2027–2030
numbered-after-intro|3|Vision Bergtuna 2040
numbered-after-intro|3|Så styr vi
numbered-after-intro|2|Kommunfullmäktiges strategiska mål
prioriterade-count|1|Norrviks kommun
prioriterade-count|2|Strategisk plan 2025–2027
prioriterade-count|3|Inledning
prioriterade-count|2|De 9 prioriterade målen
prioriterade-count|3|Uppföljning
mal-colon-lines|1|Åsby kommun – Kommunfullmäktiges mål
mal-colon-lines|2|Övergripande mål 2025–2028
perspektiv-lines|1|Styrkort för kommunen 2026
bullets-short-names|1|Storbacka kommun
bullets-short-names|2|Vision
bullets-short-names|2|Kommunens övergripande mål 2016–2019
bullets-short-names|3|Uppföljning av målen
areas-with-bullets-finance-last|1|Hedemåla kommun
areas-with-bullets-finance-last|2|Mål och budget 2026
areas-with-bullets-finance-last|2|Kommunfullmäktiges mål
areas-with-bullets-finance-last|3|Livskvalitet
areas-with-bullets-finance-last|3|Näringsliv och arbete
areas-with-bullets-finance-last|3|Hållbar miljö
areas-with-bullets-finance-last|3|Ekonomi
financial-only|1|Finansiella mål för god ekonomisk hushållning
financial-only|3|Resultatnivå
financial-only|3|Självfinansiering av investeringar
financial-only|3|Soliditet
financial-only|3|Nettokostnadsutveckling
financial-table|1|Vittsands kommun
financial-table|2|Budget 2025 med plan för 2026–2027
financial-table|2|Finansiella mål
financial-table|4|Tabell 3. Finansiella mål och målvärden
goal-tree-export|1|Granlunda kommun
goal-tree-export|2|Målområde: Livsmiljö
goal-tree-export|2|Målområde: Välfärd
goal-tree-export|4|Kommunfullmäktiges mål
goal-tree-export|4|Nämndens mål
mixed-with-non-goals|1|Sörvikens kommun
mixed-with-non-goals|2|Verksamhetsplan 2026 med kommunfullmäktiges mål
mixed-with-non-goals|3|Om dokumentet
mixed-with-non-goals|3|Vår värdegrund
mixed-with-non-goals|3|Bedömning av måluppfyllelse
mixed-with-non-goals|3|Teckenförklaring
mixed-with-non-goals|2|Kommunfullmäktiges mål 2026
mixed-with-non-goals|4|Indikatorer:
mixed-with-non-goals|4|Uppdrag:
mixed-with-non-goals|4|Mål 1. Alla elever i Sörviken lämnar grundskolan med betyg som ger dem tillträde till gymnasieskolans nationella program.
mixed-with-non-goals|4|Mål 2. Invånarna i Sörviken känner sig trygga i sitt bostadsområde och i centrum.
mixed-with-non-goals|4|Mål 3. Fler företag väljer att etablera sig och växa i Sörviken.
mixed-with-non-goals|4|Mål 4. Kommunens egna utsläpp av växthusgaser minskar i den takt som krävs för att nå klimatneutralitet 2035.
mixed-with-non-goals|4|Mål 5. Äldre personer i Sörviken får en trygg omsorg som utgår från deras egna önskemål.
mixed-with-non-goals|3|Lagar som styr verksamheten
ocr-bullets-e|1|Älvhammars kommun — Mål och budget 2025
ocr-bullets-e|2|Kommunfullmaktiges mål
ocr-bullets-e|3|Målområde: Näringsliv och arbete
ocr-bullets-e|3|Malomrade: Hallbar miljö
ocr-bullets-e|3|Målomrade: Ekonomi
committee-under-council|1|Tallbo kommun
committee-under-council|2|Mål för 2026 – kommunfullmäktige och nämnder
committee-under-council|3|Målstyrning i Tallbo
committee-under-council|2|Kommunfullmäktiges mål
committee-under-council|3|Uppföljning
toc-then-goals|1|Källviks kommun
toc-then-goals|2|Mål och budget 2026 med plan 2027–2028
toc-then-goals|3|Innehåll
toc-then-goals|2|1. Inledning
toc-then-goals|2|2. Vision och mål
toc-then-goals|2|3. Ekonomi
'

# ----------------------------------------------------------- text -> HTML
cat >"$work/txt2html.py" <<'PY'
import html, re, sys

txt, heads, header, title, out = sys.argv[1:6]
level = {}
for ln in open(heads, encoding="utf-8"):
    ln = ln.rstrip("\n")
    if ln:
        lv, text = ln.split("|", 1)
        level[text] = lv

BULLET = re.compile(r"^(•|–|-|▪|▲|►|▼|■|\d{1,3}[.)])\s+(\S.*)$")
TABLE = re.compile(r"\S {2,}\S")
HYPH = re.compile(r"(\S*\w[-–]\w\S*)")


def esc(s):
    # Chromium may break a line after the hyphen of "e-tjänster", which
    # pdftotext then gives back as two words: keep such words whole.
    return HYPH.sub(r'<span class="nw">\1</span>', html.escape(s, quote=False))


lines = open(txt, encoding="utf-8").read().split("\n")
body, i, n = [], 0, len(lines)
while i < n:
    ln = lines[i].rstrip()
    s = ln.strip()
    if not s:
        if body and body[-1] != '<div class="gap"></div>':
            body.append('<div class="gap"></div>')
        i += 1
    elif ln in level:
        lv = level[ln]
        if lv == "c":
            body.append(f'<p class="cover">{esc(ln)}</p>')
        elif lv == "cs":
            body.append(f'<p class="cover-s">{esc(ln)}</p>')
        elif lv == "2p":
            body.append(f'<h2 class="np">{esc(ln)}</h2>')
        elif lv == "1":
            first = not any(b != '<div class="gap"></div>' for b in body)
            body.append(f'<h1{"" if first else " class=np"}>{esc(ln)}</h1>')
        else:
            body.append(f"<h{lv}>{esc(ln)}</h{lv}>")
        i += 1
    elif TABLE.search(s):
        rows = []
        while i < n and lines[i].strip() and TABLE.search(lines[i].strip()) and lines[i].rstrip() not in level:
            rows.append(re.split(r" {2,}", lines[i].strip()))
            i += 1
        t = ["<table>"]
        for r, cells in enumerate(rows):
            tag = "th" if r == 0 else "td"
            t.append("<tr>" + "".join(
                f'<{tag}{"" if k == 0 else " class=n"}>{esc(c)}</{tag}>' for k, c in enumerate(cells)) + "</tr>")
        t.append("</table>")
        body.append("\n".join(t))
    elif BULLET.match(s):
        items = []
        while i < n and BULLET.match(lines[i].strip()) and lines[i].rstrip() not in level:
            m = BULLET.match(lines[i].strip())
            items.append(f'<li><span class="m">{esc(m.group(1))}</span> {esc(m.group(2))}</li>')
            i += 1
        body.append('<ul class="l">\n' + "\n".join(items) + "\n</ul>")
    else:
        body.append(f"<p>{esc(s)}</p>")
        i += 1

css = """
@page {
  size: A4;
  margin: 25mm 22mm 22mm 22mm;
  @top-center {
    content: "%(header)s";
    font-family: "Liberation Serif", serif;
    font-size: 9pt;
    vertical-align: bottom;
    padding-bottom: 3mm;
  }
  @bottom-right {
    content: counter(page) " (" counter(pages) ")";
    font-family: "Liberation Serif", serif;
    font-size: 9pt;
  }
}
html, body { margin: 0; padding: 0; }
body { font-family: "Liberation Serif", serif; font-size: 11pt; line-height: 1.3;
       hyphens: manual; -webkit-hyphens: manual; overflow-wrap: normal; }
p { margin: 0; }
.nw { white-space: nowrap; }
.gap { height: 0.55em; }
h1, h2, h3, h4 { font-weight: bold; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 18pt; margin: 0 0 6pt 0; }
h2 { font-size: 14pt; margin: 8pt 0 3pt 0; }
h3 { font-size: 12pt; margin: 6pt 0 2pt 0; }
h4 { font-size: 11pt; margin: 4pt 0 1pt 0; }
.np { break-before: page; page-break-before: always; }
p.cover { font-size: 26pt; font-weight: bold; text-align: center; margin: 40mm 0 0 0; line-height: 1.2; }
p.cover + .gap + p.cover, p.cover + p.cover { margin-top: 4mm; }
p.cover-s { font-size: 12pt; text-align: center; margin: 0; }
p.cover + .gap + p.cover-s { margin-top: 20mm; }
ul.l { list-style: none; margin: 0; padding: 0 0 0 1.7em; }
ul.l li { text-indent: -1.7em; margin: 0 0 1pt 0; }
ul.l li span.m { display: inline-block; min-width: 1.45em; text-indent: 0; }
table { border-collapse: collapse; margin: 2pt 0 4pt 0; font-size: 10pt; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { padding: 1.5pt 9pt 1.5pt 0; vertical-align: top; text-align: left; }
th { border-bottom: 0.8pt solid #333; }
td { border-bottom: 0.4pt solid #bbb; }
th.n, td.n { text-align: right; padding-left: 9pt; }
""" % {"header": header.replace('"', '\\"')}

with open(out, "w", encoding="utf-8") as f:
    f.write('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n')
    f.write(f"<title>{html.escape(title, quote=False)}</title>\n<style>{css}</style>\n</head>\n<body>\n")
    f.write("\n".join(body))
    f.write("\n</body>\n</html>\n")
PY

pages_of() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }

# check_words TXT PDF HEADER: body words of PDF == words of TXT, in order
# (pdftotext -raw, page by page, dropping on each page only the line equal to
# HEADER and the line "p (M)").
check_words() {
    local txt="$1" pdf="$2" header="$3" name pages p
    name="$(basename "$pdf" .pdf)"
    pages="$(pages_of "$pdf")"
    sed -e 's/\xc2\xa0/ /g' "$txt" | tr -s '[:space:]' '\n' | grep -v '^$' >"$work/$name.txt.words" || true
    for p in $(seq 1 "$pages"); do
        pdftotext -enc UTF-8 -raw -nopgbrk -f "$p" -l "$p" "$pdf" - \
            | grep -v -x -F -e "$header" -e "$p ($pages)" || true
    done | sed -e 's/\xc2\xa0/ /g' | tr -s '[:space:]' '\n' | grep -v '^$' >"$work/$name.pdf.words" || true
    if diff -u "$work/$name.txt.words" "$work/$name.pdf.words" >"$work/$name.diff"; then
        echo "check $name.pdf: OK, $(wc -l <"$work/$name.txt.words") words equal the text"
    else
        echo "check $name.pdf: WORD DIFFERENCES between text and PDF:" >&2
        head -60 "$work/$name.diff" >&2
        return 1
    fi
}

# check_furniture TXT PDF HEADER: every page has the header and "N (M)", and
# no line of the text looks like a footer of this PDF.
check_furniture() {
    local txt="$1" pdf="$2" header="$3" pages p t
    pages="$(pages_of "$pdf")"
    for p in $(seq 1 "$pages"); do
        t="$(pdftotext -enc UTF-8 -f "$p" -l "$p" "$pdf" -)"
        grep -q -x -F -e "$header" <<<"$t" || { echo "$pdf page $p: no header" >&2; return 1; }
        grep -q -x -F -e "$p ($pages)" <<<"$t" || { echo "$pdf page $p: no footer '$p ($pages)'" >&2; return 1; }
    done
    if grep -q -x -E "[0-9]+ \($pages\)" "$txt"; then
        echo "$txt has a line of its own like the footer 'N ($pages)'" >&2; return 1
    fi
    echo "check $(basename "$pdf"): header and footer N ($pages) on all $pages pages"
}

# make_one NAME TXT HEADINGS HEADER TITLE PDF
make_one() {
    local name="$1" txt="$2" heads="$3" header="$4" title="$5" pdf="$6" t
    [ -f "$txt" ] || { echo "missing $txt" >&2; return 2; }
    if grep -q -x -F -e "$header" "$txt"; then
        echo "header text '$header' is a line of $txt: choose another" >&2; return 2
    fi
    while IFS='|' read -r _ t; do
        grep -q -x -F -e "$t" "$txt" || { echo "$name: heading '$t' is not a line of $txt" >&2; return 2; }
    done <"$heads"
    python3 "$work/txt2html.py" "$txt" "$heads" "$header" "$title" "$work/$name.html"
    print_pdf "$work/$name.html" "$work/$name.raw.pdf"
    qpdf --deterministic-id "$work/$name.raw.pdf" "$pdf"
    rm -f "$work/$name.raw.pdf"
    echo "wrote $pdf ($(pages_of "$pdf") pages)"
    check_furniture "$txt" "$pdf" "$header" || return 1
    check_words "$txt" "$pdf" "$header" || return 1
}

fixture_field() { # NAME FIELD(2|3)
    awk -F'|' -v n="$1" -v f="$2" '$1 == n { print $f }' <<<"$FIXTURES"
}

# ------------------------------------------------------------------ run
long_pages=""
out_dir=""
names=()
while [ $# -gt 0 ]; do
    case "$1" in
        --long-pages) long_pages="$2"; shift 2 ;;
        --out) out_dir="$2"; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
        *) names+=("$1"); shift ;;
    esac
done

status=0
if [ -n "$long_pages" ]; then
    # benchmark version of the long document, anywhere
    out_dir="${out_dir:-$work}"
    mkdir -p "$out_dir"
    base="$out_dir/mal-och-budget-$long_pages"
    python3 "$here/long/generate.py" --pages "$long_pages" --out "$base.txt" \
        --expected "$base.expected.json" --headings "$work/long.headings"
    make_one mal-och-budget "$base.txt" "$work/long.headings" \
        "$(fixture_field mal-och-budget 2)" "$(fixture_field mal-och-budget 3)" "$base.pdf" || status=1
    exit "$status"
fi

if [ ${#names[@]} -eq 0 ]; then
    while IFS='|' read -r n _; do [ -n "$n" ] && names+=("$n"); done <<<"$FIXTURES"
fi

for name in "${names[@]}"; do
    header="$(fixture_field "$name" 2)"
    title="$(fixture_field "$name" 3)"
    [ -n "$header" ] || { echo "unknown fixture $name" >&2; exit 2; }
    if [ "$name" = mal-och-budget ]; then
        txt="$here/long/mal-och-budget.txt"
        # the committed text must be what the generator makes now
        python3 "$here/long/generate.py" --quiet --out "$work/long.txt" \
            --expected "$work/long.expected.json" --headings "$work/$name.headings"
        cmp -s "$work/long.txt" "$txt" || { echo "$txt is not what long/generate.py makes: rerun it" >&2; status=1; }
        cmp -s "$work/long.expected.json" "$here/long/mal-och-budget.expected.json" \
            || { echo "long/mal-och-budget.expected.json is not what long/generate.py makes: rerun it" >&2; status=1; }
    else
        txt="$here/layouts/$name.txt"
        awk -F'|' -v n="$name" '$1 == n { sub(/^[^|]*\|/, ""); print }' <<<"$HEADINGS" >"$work/$name.headings"
    fi
    make_one "$name" "$txt" "$work/$name.headings" "$header" "$title" "${txt%.txt}.pdf" || status=1
done

exit "$status"
