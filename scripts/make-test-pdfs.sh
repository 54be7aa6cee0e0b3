#!/usr/bin/env bash
# Makes the PDF fixtures of src/pdf tests from our own fictional TDnet-style notices
# (test/fixtures/pdf/src/*.html) with a real office suite, plus the broken ones:
#   <name>.pdf            LibreOffice Writer export of each notice (IPA/Noto fonts embedded as the machine has them)
#   encrypted-user.pdf    needs a user password to open (pdf.js: PasswordException)
#   encrypted-owner.pdf   owner password only: opens without a password, like many real filings
#   truncated.pdf         the first 4,000 bytes of a notice (no xref, no trailer)
# and, when Chromium is installed, two more producers' output of the same notices:
#   chromium-noto-officer-appointments.pdf         Noto CJK as Type 3 fonts; its text maps 長/月/人 to CJK radical
#                                                   code points (⻑ U+2ED1, ⽉ U+2F49), as real Chromium-made filings do
#   chromium-ipa-representative-director-change.pdf IPA Mincho as a CID TrueType font (Identity-H), like Word's
# and one written here byte by byte, because no installable producer makes it any more:
#   cid-nonembedded-90ms-rksj.pdf  Shift_JIS text in a NON-embedded MS-Mincho (Type0, 90ms-RKSJ-H, Adobe-Japan1),
#                                  as older Word/Acrobat filings are; pdf.js reads it only with its CMaps
#
# Needs (Debian): libreoffice-writer-nogui fonts-noto-cjk fonts-ipafont qpdf, optionally chromium
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk fonts-ipafont poppler-utils qpdf
# Usage: scripts/make-test-pdfs.sh [OUT_DIR]   (default: test/fixtures/pdf)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/test/fixtures/pdf/src"
out="${1:-$root/test/fixtures/pdf}"

for tool in soffice qpdf; do
  command -v "$tool" >/dev/null || { echo "make-test-pdfs: '$tool' not found; install the packages listed in $0" >&2; exit 1; }
done
mkdir -p "$out"

# A private profile: a first run in a fresh profile must not race a desktop LibreOffice or another conversion.
profile="$(mktemp -d /tmp/lo-profile.XXXXXX)"
trap 'rm -rf "$profile"' EXIT

# --infilter: without it LibreOffice opens HTML with Writer/Web and the first page comes out blank.
soffice -env:UserInstallation="file://$profile" --headless --infilter="HTML (StarWriter)" \
  --convert-to pdf:writer_pdf_Export --outdir "$out" "$src"/*.html >/dev/null

base="$out/representative-director-change.pdf"
qpdf --encrypt user-secret owner-secret 256 -- "$base" "$out/encrypted-user.pdf"
qpdf --encrypt "" owner-secret 256 -- "$base" "$out/encrypted-owner.pdf"
head -c 4000 "$base" > "$out/truncated.pdf"

node --input-type=module - "$root" "$out/cid-nonembedded-90ms-rksj.pdf" <<'NODE'
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const require = createRequire(`${process.argv[2]}/package.json`);
const iconv = require('iconv-lite');
const out = process.argv[3];
const lines = [
  [14, 72, 770, '代表取締役の異動に関するお知らせ'],
  [10.5, 72, 740, '当社は、2026年5月14日開催の取締役会において、代表取締役の異動を決議いたしました。'],
  [10.5, 72, 720, '新任代表取締役社長　大鳥居 悠真（おおとりい ゆうま）'],
];
const hex = (s) => iconv.encode(s, 'Shift_JIS').toString('hex');
const content = lines.map(([size, x, y, s]) => `BT /F1 ${size} Tf ${x} ${y} Td <${hex(s)}> Tj ET`).join('\n');
const objects = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
  `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
  '<< /Type /Font /Subtype /Type0 /BaseFont /MS-Mincho /Encoding /90ms-RKSJ-H /DescendantFonts [6 0 R] >>',
  '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MS-Mincho /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W [231 [500 500 500 500 500 500 500 500 500 500] 1 [500]] >>',
  '<< /Type /FontDescriptor /FontName /MS-Mincho /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 769 /StemV 78 >>',
];
let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
const offsets = [];
objects.forEach((body, i) => { offsets.push(Buffer.byteLength(pdf, 'latin1')); pdf += `${i + 1} 0 obj\n${body}\nendobj\n`; });
const xref = Buffer.byteLength(pdf, 'latin1');
pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
writeFileSync(out, Buffer.from(pdf, 'latin1'));
NODE

chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
if [[ -n "$chromium_bin" ]]; then
  print_pdf() { # html pdf
    "$chromium_bin" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$profile/chromium" \
      --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
  }
  sed 's/"IPAMincho"/"Noto Serif CJK JP"/; s/"IPAGothic"/"Noto Sans CJK JP"/' \
    "$src/officer-appointments.html" > "$profile/officer-appointments-noto.html"
  print_pdf "$profile/officer-appointments-noto.html" "$out/chromium-noto-officer-appointments.pdf"
  print_pdf "$src/representative-director-change.html" "$out/chromium-ipa-representative-director-change.pdf"
else
  echo "make-test-pdfs: chromium not found; the chromium-*.pdf fixtures were left as they are" >&2
fi

ls -l "$out"/*.pdf
