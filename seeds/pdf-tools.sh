#!/usr/bin/env bash
# Shared by seeds/make-pdfs.sh, tests/MalAnalys.Tests/TestData/Pdf/make-fixtures.sh and
# tools/MalAnalys.Evaluation/make-forms.sh (sourced, not run).
# Needs: chromium, perl (Debian packages chromium, perl), and $work set to a scratch folder by the caller.

FIXED_DATE="D:20240101000000+00'00'"

# need TOOL...: stop with the package hint unless every tool is on PATH.
need() {
    local t
    for t in "$@"; do
        command -v "$t" >/dev/null 2>&1 || { echo "missing tool: $t (see package list at top of $0)" >&2; exit 2; }
    done
}

# fix_dates PDF: replace every D:YYYYMMDDHHMMSS+HH'MM' date by FIXED_DATE
# (same length, so the xref offsets stay valid).
fix_dates() {
    FIXED_DATE="$FIXED_DATE" perl -0777 -pi -e \
        's/D:\d{14}[+\-Z]\d\d\x27\d\d\x27/$ENV{FIXED_DATE}/g' "$1"
}

# print_pdf HTML PDF: headless Chromium print, then fixed dates.
print_pdf() {
    local html="$1" pdf="$2" profile
    profile="$(mktemp -d "$work/profile.XXXXXX")"
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --no-pdf-header-footer \
        --print-to-pdf="$pdf" "file://$html" >"$work/chromium.log" 2>&1 || {
        cat "$work/chromium.log" >&2; return 1; }
    [ -s "$pdf" ] || { echo "chromium wrote no $pdf" >&2; cat "$work/chromium.log" >&2; return 1; }
    fix_dates "$pdf"
}

# make_html TEXT HEADER TITLE OUT.html: the text (HTML-escaped, its own line breaks and blank lines kept) as a page
# for print_pdf: A4, Liberation Serif 11pt, HEADER on top of every page and "N (M)" at its foot.
make_html() {
    local seed="$1" header="$2" title="$3" out="$4"
    {
        cat <<EOF
<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>$title</title>
<style>
@page {
  size: A4;
  margin: 25mm 22mm 22mm 22mm;
  @top-center {
    content: "$header";
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
body {
  font-family: "Liberation Serif", serif;
  font-size: 11pt;
  line-height: 1.3;
  white-space: pre-wrap;
  hyphens: manual;
  -webkit-hyphens: manual;
  overflow-wrap: normal;
}
</style>
</head>
<body>
EOF
        sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' "$seed"
        printf '</body>\n</html>\n'
    } >"$out"
}
