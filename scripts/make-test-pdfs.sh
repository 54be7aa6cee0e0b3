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
