#!/usr/bin/env bash
# Shared by seeds/make-pdfs.sh and tests/MalAnalys.Tests/TestData/Pdf/make-fixtures.sh (sourced, not run).
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
