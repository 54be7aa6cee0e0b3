/**
 * Undoes what PDF producers do to Japanese text on its way to glyphs, one text run at a time:
 * radical code points instead of ideographs, compatibility forms, and the visual gap that LibreOffice and Word put
 * between Japanese and Latin characters, which pdf.js turns into a space (`2026 年 4 月 1 日`).
 */
import { CJK_RADICAL_PAIRS } from './cjk-radical-table.js';

const RADICAL_TO_IDEOGRAPH: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  for (let i = 0; i + 1 < CJK_RADICAL_PAIRS.length; i += 2) {
    map.set(CJK_RADICAL_PAIRS[i]!, String.fromCodePoint(CJK_RADICAL_PAIRS[i + 1]!));
  }
  return map;
})();

const RADICAL_RANGE = /[\u2e80-\u2fdf]/gu;

/** ⻑ → 長, ⽉ → 月; radicals without an equivalent ideograph are kept. */
export function foldCjkRadicals(text: string): string {
  return text.replace(RADICAL_RANGE, (ch) => RADICAL_TO_IDEOGRAPH.get(ch.codePointAt(0)!) ?? ch);
}

/** Japanese script characters (ideographs, kana, CJK punctuation) next to which a Latin gap is only typography. */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc\uff01-\uff60`;

// A digit run, or an upper-case acronym of up to five letters (DX, CFO, IR), next to Japanese characters.
// Spaces beside ordinary Latin words are kept: "取締役 John Smith" has a real space that the reader needs.
const AUTOSPACE_BEFORE = new RegExp(String.raw`(?<=[${CJK}]) (?=(?:\d|[A-Z]{1,5}(?![A-Za-z])))`, 'gu');
const AUTOSPACE_AFTER = new RegExp(String.raw`(?<=(?:\d|(?<![A-Za-z])[A-Z]{1,5})) (?=[${CJK}])`, 'gu');

/**
 * Removes single spaces between Japanese characters and digits or short capital acronyms. Inside one pdf.js text
 * run such a space is either the producer's automatic Japanese/Latin spacing or a real half-width space; the two
 * cannot be told apart there, and dropping both gives the same text whichever producer made the PDF.
 */
export function undoCjkAutospace(text: string): string {
  return text.replace(AUTOSPACE_BEFORE, '').replace(AUTOSPACE_AFTER, '');
}

/** The whole per-run normalization: radicals, then NFKC, then the Japanese/Latin gap. */
export function normalizePdfRun(text: string): string {
  return undoCjkAutospace(foldCjkRadicals(text).normalize('NFKC'));
}

const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');

/** True for a character after or before which a wrapped line continues without a space. */
export function isCjkChar(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CHAR.test(ch);
}
