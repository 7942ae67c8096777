#!/usr/bin/env bash
# Makes the PDF fixtures for the PDF reader's tests, in this folder.
#
# Debian packages needed:
#   chromium poppler-utils qpdf img2pdf openssl fonts-liberation perl
#   (and, if seeds/*.pdf are missing, those of seeds/make-pdfs.sh)
#   apt-get update && apt-get install -y chromium poppler-utils qpdf img2pdf \
#       openssl fonts-liberation
#
# Run (from anywhere):
#   bash tests/MalAnalys.Tests/TestData/Pdf/make-fixtures.sh
#
# Outputs:
#   two-columns.pdf           2 A4 pages, full-width heading over two columns,
#                             running header, footer "N (M)"
#   two-columns.expected.txt  its body words in reading order, one block a line:
#                             page 1 title, left column, right column; then
#                             page 2 heading, left column, right column. Words
#                             broken by a forced line break are written as in
#                             the source: "ändamåls- enliga", "miljö- och".
#   image-only.pdf            page 1 of the Perstorp seed PDF as an image, no text
#   encrypted.pdf             the Ystad seed PDF, AES-256, user password "secret"
#   truncated.pdf             the first 40% of the bytes of the Ystad seed PDF
#   garbage.pdf               4 KiB: "%PDF-1.7\n" then fixed pseudo-random bytes
#   empty.pdf                 one blank A4 page, no text
#   one-block.pdf             short paragraphs with blank lines between them,
#                             printed as one preformatted block
#
# Deterministic as far as the tools allow. encrypted.pdf is not (qpdf draws
# random salts for AES-256), so an existing one is kept while it still decrypts
# to the current Ystad PDF.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
seeds="$root/seeds"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

export LC_ALL=C.UTF-8

# shellcheck source=../../../../seeds/pdf-tools.sh
. "$seeds/pdf-tools.sh"
need chromium pdftotext pdfinfo pdftoppm pdffonts pdfimages qpdf img2pdf openssl perl

perstorp="$seeds/perstorp-kommunovergripande-mal-2023-2026.pdf"
ystad="$seeds/ystad-overgripande-mal-2023.pdf"
if [ ! -f "$perstorp" ] || [ ! -f "$ystad" ]; then
    bash "$seeds/make-pdfs.sh"
fi

# print_id_pdf HTML PDF: print_pdf, then a deterministic /ID.
print_id_pdf() {
    print_pdf "$1" "$work/raw.pdf"
    qpdf --deterministic-id "$work/raw.pdf" "$2"
    rm -f "$work/raw.pdf"
}

esc() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g'; }

pages_of() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }

# ---------------------------------------------------------------- two-columns
# Source of two-columns.pdf and two-columns.expected.txt, one block a line:
#   PAGE          starts a page
#   T text        full-width title (page 1)    H text  full-width heading
#   L text        paragraph of the left column R text  paragraph of the right column
# "|" in a text is a forced line break (<br>); expected.txt has a space there.
HEADER="Sjöviks kommun – Hållbarhetsprogram 2024–2027"
cat >"$work/two-columns.src" <<'EOF'
PAGE
T Mål för hållbar utveckling
L Vänsterstycke1 Kommunfullmäktige har beslutat om sex övergripande mål för hållbar utveckling under mandatperioden. Målen ska ge en gemensam riktning för nämnder, förvaltningar och bolag och visa vad kommunen vill uppnå för invånare, företag och besökare. Varje nämnd ska bryta ned målen till egna nämndmål och aktiviteter.
L Vänsterstycke2 Det första målet gäller en god livsmiljö. Kommunen ska verka för attraktiva, trygga och ändamåls-|enliga miljöer i hela kommunen, i tätorterna såväl som på landsbygden. Parker, torg och stråk ska utformas så att de inbjuder till möten, rörelse och vila för alla åldrar.
L Vänsterstycke3 Planeringen av nya bostäder ska ske med hänsyn till befintlig grönstruktur, kollektivtrafik och service. Kommunen ska ha en god planberedskap och en aktiv markpolitik som möjliggör byggande av bostäder med olika upplåtelseformer.
L Vänsterstycke4 Barn och unga ska ha nära till natur, lek och idrott. Skolgårdar och förskolegårdar ska vara gröna och stimulerande, och vägen till skolan ska vara säker att gå eller cykla.
R Högerstycke1 Det andra målet gäller klimat och energi. Kommunkoncernens utsläpp av växthusgaser ska minska varje år, och kommunen ska vara fossilfri som organisation senast år 2030. Fordonsflottan ska ställas om till el eller biogas i takt med att fordonen byts ut.
R Högerstycke2 Energianvändningen i kommunens lokaler ska minska genom effektivisering, solceller på egna tak och en medveten styrning av värme och ventilation. Nya byggnader ska uppföras med låg klimatpåverkan och gärna med trä som stommaterial.
R Högerstycke3 Kommunen ska också arbeta förebyggande med miljö-|och hälsoskydd. Tillsynen av verksamheter ska vara rättssäker och likvärdig, och invånarna ska kunna lita på att dricksvatten, luft och badvatten håller god kvalitet.
R Högerstycke4 Arbetet följs upp i delårsrapporten och i årsredovisningen. Nämnderna redovisar där hur deras aktiviteter har bidragit till måluppfyllelsen och vilka åtgärder som planeras för nästa år.
PAGE
H Uppföljning och indikatorer
L Vänsterstycke5 Det tredje målet gäller ett hållbart näringsliv. Kommunen ska ge företagen god service, korta handläggningstider och ett gott bemötande. Dialogen med näringslivet ska vara regelbunden, och upphandlingar ska utformas så att även små och lokala företag kan lämna anbud.
L Vänsterstycke6 Det fjärde målet gäller utbildning och kompetens. Fler elever ska gå ut grundskolan med godkända betyg i alla ämnen, och fler unga ska fullfölja gymnasiet. Vuxenutbildningen ska möta arbetsmarknadens behov av kompetens.
L Vänsterstycke7 Det femte målet gäller trygghet och folkhälsa. Kommunen ska i samverkan med polisen, föreningslivet och civilsamhället arbeta för att alla ska känna sig trygga i sitt bostadsområde, på kvällar och helger likaväl som dagtid.
L Vänsterstycke8 Det sjätte målet gäller en stabil ekonomi. Resultatet ska över tid uppgå till minst två procent av skatter och generella statsbidrag, och investeringar ska i huvudsak finansieras med egna medel.
R Högerstycke5 Till varje mål hör ett antal indikatorer med målvärden. Indikatorerna hämtas så långt som möjligt från öppna jämförelser, så att kommunen kan jämföra sig med andra kommuner av liknande storlek och struktur.
R Högerstycke6 Ett mål bedöms som uppfyllt när minst två tredjedelar av indikatorerna når sitt målvärde. Bedömningen görs av respektive nämnd och sammanställs av kommunledningskontoret inför kommunstyrelsens beredning.
R Högerstycke7 Avvikelser ska analyseras och förklaras. Om ett mål inte uppnås ska nämnden redovisa orsakerna och föreslå åtgärder, så att fullmäktige kan ta ställning till om målet eller resurserna behöver förändras.
R Högerstycke8 Hållbarhetsprogrammet revideras inför varje ny mandatperiod. Invånare och medarbetare ska få möjlighet att lämna synpunkter på förslaget innan det antas av kommunfullmäktige.
EOF

{
    cat <<EOF
<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Mål för hållbar utveckling</title>
<style>
@page {
  size: A4;
  margin: 25mm 20mm 22mm 20mm;
  @top-center {
    content: "$HEADER";
    font-family: "Liberation Sans", sans-serif;
    font-size: 9pt;
    vertical-align: bottom;
    padding-bottom: 3mm;
  }
  @bottom-right {
    content: counter(page) " (" counter(pages) ")";
    font-family: "Liberation Sans", sans-serif;
    font-size: 9pt;
  }
}
html, body { margin: 0; padding: 0; }
body {
  font-family: "Liberation Sans", sans-serif;
  font-size: 11pt;
  line-height: 1.35;
  hyphens: manual;
  -webkit-hyphens: manual;
}
section.page { break-after: page; }
section.page:last-child { break-after: auto; }
h1 { font-size: 20pt; margin: 0 0 8mm 0; }
h2 { font-size: 15pt; margin: 0 0 6mm 0; }
.cols { columns: 2; column-gap: 10mm; column-fill: balance; }
.cols p { margin: 0 0 4mm 0; text-align: left; }
.cols p.right-first { break-before: column; }
</style>
</head>
<body>
EOF
    open_page=0 first_right=1
    while IFS= read -r line; do
        kind="${line%% *}"
        text="$(printf '%s' "${line#* }" | esc | sed -e 's/|/<br>/g')"
        case "$kind" in
            PAGE)
                [ "$open_page" = 1 ] && printf '</div>\n</section>\n'
                printf '<section class="page">\n'
                open_page=1 first_right=1 cols_open=0 ;;
            T) printf '<h1>%s</h1>\n<div class="cols">\n' "$text" ;;
            H) printf '<h2>%s</h2>\n<div class="cols">\n' "$text" ;;
            L) printf '<p>%s</p>\n' "$text" ;;
            R)
                if [ "$first_right" = 1 ]; then
                    printf '<p class="right-first">%s</p>\n' "$text"; first_right=0
                else
                    printf '<p>%s</p>\n' "$text"
                fi ;;
            *) echo "bad line in two-columns source: $line" >&2; exit 1 ;;
        esac
    done <"$work/two-columns.src"
    printf '</div>\n</section>\n</body>\n</html>\n'
} >"$work/two-columns.html"

grep -v '^PAGE$' "$work/two-columns.src" | cut -d' ' -f2- | sed -e 's/|/ /g' >"$here/two-columns.expected.txt"
print_id_pdf "$work/two-columns.html" "$here/two-columns.pdf"
echo "wrote two-columns.pdf, two-columns.expected.txt"

# ---------------------------------------------------------------- one-block
# A page of short paragraphs printed as one preformatted block: layout analysis
# sees a single block, and only the blank lines between paragraphs (a wider gap
# between baselines) tell the paragraphs apart.
{
    printf '<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>one-block</title><style>\n'
    printf '@page { size: A4; margin: 25mm 22mm; }\n'
    printf 'body { font-family: "Liberation Serif", serif; font-size: 11pt; line-height: 1.3; white-space: pre-wrap; }\n'
    printf '</style></head><body>'
    esc <<'EOF'
Övergripande mål

Här står de mål som fullmäktige har beslutat för mandatperioden.

Strategiområde 1 – hållbar utveckling

Målområde 1:1

Fler invånare väljer att resa kollektivt.

Målområde 1:2

Skolan ger alla elever en god grund.

Strategiområde 2 – trygghet

Målområde 2:1

Den upplevda tryggheten ökar.
EOF
    printf '</body></html>\n'
} >"$work/one-block.html"
print_id_pdf "$work/one-block.html" "$here/one-block.pdf"
echo "wrote one-block.pdf"

# ---------------------------------------------------------------- image-only
# PGM (true 8-bit gray; "-gray -png" writes RGB here). img2pdf's internal engine
# writes no random /ID, unlike its default pikepdf engine.
pdftoppm -r 150 -gray -f 1 -l 1 -singlefile "$perstorp" "$work/perstorp-p1"
img2pdf --engine internal --nodate --imgsize 150dpi -o "$here/image-only.pdf" "$work/perstorp-p1.pgm"
echo "wrote image-only.pdf"

# ---------------------------------------------------------------- encrypted
# qpdf draws random salts for AES-256, so a new encrypted.pdf differs every run:
# keep the old one while it decrypts to the same PDF as the current Ystad PDF.
normalise() { qpdf --static-id --force-version=1.7 --qdf --object-streams=disable "$@"; }
if [ -f "$here/encrypted.pdf" ] \
    && normalise --password=secret --decrypt "$here/encrypted.pdf" "$work/enc-old.qdf" 2>/dev/null \
    && normalise "$ystad" "$work/ystad.qdf" \
    && cmp -s "$work/enc-old.qdf" "$work/ystad.qdf"; then
    echo "kept encrypted.pdf (still the Ystad PDF with password 'secret')"
else
    qpdf --encrypt secret secret 256 -- "$ystad" "$here/encrypted.pdf"
    echo "wrote encrypted.pdf"
fi

# ---------------------------------------------------------------- truncated
size="$(wc -c <"$ystad")"
head -c "$(( size * 40 / 100 ))" "$ystad" >"$here/truncated.pdf"
echo "wrote truncated.pdf"

# ---------------------------------------------------------------- garbage
{
    printf '%%PDF-1.7\n'
    head -c $(( 4096 - 9 )) /dev/zero \
        | openssl enc -aes-128-ctr -nosalt -nopad \
            -K 000102030405060708090a0b0c0d0e0f -iv 00000000000000000000000000000000
} >"$work/garbage.pdf"
mv "$work/garbage.pdf" "$here/garbage.pdf"
echo "wrote garbage.pdf"

# ---------------------------------------------------------------- empty
cat >"$work/empty.html" <<'EOF'
<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Tom sida</title>
<style>@page { size: A4; margin: 20mm; } html, body { margin: 0; }</style>
</head><body></body></html>
EOF
print_id_pdf "$work/empty.html" "$here/empty.pdf"
echo "wrote empty.pdf"

# ---------------------------------------------------------------- checks
status=0
fail() { echo "CHECK FAILED: $*" >&2; status=1; }

[ "$(pages_of "$here/two-columns.pdf")" = 2 ] || fail "two-columns.pdf has $(pages_of "$here/two-columns.pdf") pages, not 2"
for p in 1 2; do
    txt="$(pdftotext -enc UTF-8 -f "$p" -l "$p" "$here/two-columns.pdf" -)"
    grep -q -x -F -e "$HEADER" <<<"$txt" || fail "two-columns.pdf page $p: no header"
    grep -q -x -F -e "$p (2)" <<<"$txt" || fail "two-columns.pdf page $p: no footer '$p (2)'"
done
# Body words in content-stream order (-raw: no dehyphenation), header and
# footer lines dropped, must equal expected.txt.
for p in 1 2; do
    pdftotext -enc UTF-8 -raw -nopgbrk -f "$p" -l "$p" "$here/two-columns.pdf" - \
        | grep -v -x -F -e "$HEADER" -e "$p (2)" || true
done | tr -s '[:space:]' '\n' | grep -v '^$' >"$work/tc.pdf.words" || true
tr -s '[:space:]' '\n' <"$here/two-columns.expected.txt" | grep -v '^$' >"$work/tc.expected.words"
if diff -u "$work/tc.expected.words" "$work/tc.pdf.words" >"$work/tc.diff"; then
    echo "check two-columns.pdf: pdftotext -raw words equal expected.txt ($(wc -l <"$work/tc.expected.words") words)"
else
    fail "two-columns.pdf: pdftotext -raw words differ from expected.txt"; cat "$work/tc.diff" >&2
fi
# Each page's paragraph markers sit where they should: left column x < right column x.
for p in 1 2; do
    pdftotext -enc UTF-8 -bbox -f "$p" -l "$p" "$here/two-columns.pdf" - \
        | sed -n 's/.*xMin="\([0-9.]*\)".*>\(Vänsterstycke[0-9]*\|Högerstycke[0-9]*\)<.*/\2 \1/p' >"$work/markers.$p"
    lmax="$(awk '/^Vänster/ { if ($2 > m) m = $2 } END { print m + 0 }' "$work/markers.$p")"
    rmin="$(awk 'BEGIN { m = 1e9 } /^Höger/ { if ($2 < m) m = $2 } END { print m + 0 }' "$work/markers.$p")"
    awk -v l="$lmax" -v r="$rmin" 'BEGIN { exit !(l + 100 < r) }' \
        || fail "two-columns.pdf page $p: left markers (max x $lmax) not left of right markers (min x $rmin)"
    [ "$(wc -l <"$work/markers.$p")" = 8 ] || fail "two-columns.pdf page $p: $(wc -l <"$work/markers.$p") markers, not 8"
done
grep -q -F 'ändamåls- enliga' "$here/two-columns.expected.txt" || fail "expected.txt lacks 'ändamåls- enliga'"
grep -q -F 'miljö- och hälsoskydd' "$here/two-columns.expected.txt" || fail "expected.txt lacks 'miljö- och hälsoskydd'"
raw="$(pdftotext -enc UTF-8 -raw "$here/two-columns.pdf" -)"
grep -q -x -E '(.* )?ändamåls-' <<<"$raw" || fail "two-columns.pdf: 'ändamåls-' does not end a line"
grep -q -x -E '(.* )?miljö-' <<<"$raw" || fail "two-columns.pdf: 'miljö-' does not end a line"

[ "$(pages_of "$here/image-only.pdf")" = 1 ] || fail "image-only.pdf is not 1 page"
[ -z "$(pdftotext "$here/image-only.pdf" - | tr -d '[:space:]')" ] || fail "image-only.pdf has text"
fonts="$(pdffonts "$here/image-only.pdf" | awk 'NR > 2')"
[ -z "$fonts" ] || fail "image-only.pdf has fonts"
images="$(pdfimages -list "$here/image-only.pdf" | awk 'NR > 2')"
[ "$(grep -c . <<<"$images")" = 1 ] || fail "image-only.pdf: not exactly one image"

pdfinfo "$here/encrypted.pdf" >/dev/null 2>&1 && fail "encrypted.pdf opens without a password"
info="$(pdfinfo -upw secret "$here/encrypted.pdf" 2>&1 || true)"
grep -q '^Encrypted: *yes' <<<"$info" || fail "encrypted.pdf: not encrypted or password 'secret' fails"
[ "$(pdftotext -upw secret "$here/encrypted.pdf" - | tr -s '[:space:]' '\n' | grep -c .)" -gt 400 ] \
    || fail "encrypted.pdf: too few words with the password"

pdfinfo "$here/truncated.pdf" >/dev/null 2>&1 && echo "note: pdfinfo opens truncated.pdf (poppler repairs it)"
qpdf --check "$here/truncated.pdf" >/dev/null 2>&1 && fail "qpdf --check accepts truncated.pdf"

[ "$(wc -c <"$here/garbage.pdf")" = 4096 ] || fail "garbage.pdf is not 4096 bytes"
[ "$(head -c 9 "$here/garbage.pdf")" = "%PDF-1.7" ] || fail "garbage.pdf does not start with %PDF-1.7"
pdfinfo "$here/garbage.pdf" >/dev/null 2>&1 && fail "pdfinfo opens garbage.pdf"

[ "$(pages_of "$here/empty.pdf")" = 1 ] || fail "empty.pdf is not 1 page"
[ -z "$(pdftotext "$here/empty.pdf" - | tr -d '[:space:]')" ] || fail "empty.pdf has text"

[ "$status" = 0 ] && echo "all fixture checks passed"
exit "$status"
