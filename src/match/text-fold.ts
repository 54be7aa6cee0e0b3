/**
 * Character-level folding shared by person and company keys: NFKC (full/half width), variation selectors
 * stripped (they survive NFKC), all kinds of spaces collapsed, Latin diacritics removed (Jörg = Jorg), and
 * kanji variants (異体字) folded to one form. Keys are for comparison only; callers keep the original for display.
 */
import { KANJI_VARIANT_PAIRS } from './kanji-variants.generated.js';

const kanjiFold: ReadonlyMap<string, string> = (() => {
  const chars = Array.from(KANJI_VARIANT_PAIRS);
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
})();

// U+FE00–FE0F (standard) and U+E0100–E01EF (ideographic variation sequences) select glyphs, not characters.
const VARIATION_SELECTORS = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
const SPACES = /[\s\u3000\u00A0\u200B\u2060\uFEFF]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const HAS_HAN = /\p{Script=Han}/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;
const SPELLED_OUT: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', Æ: 'Ae', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'Oe', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D' };

/** NFKC, variation selectors removed, runs of any space collapsed to one ASCII space, trimmed. */
export function foldWidthAndSpace(text: string): string {
  // Printable ASCII is already NFKC: skip the normalization (most Western names, at 200,000 contacts).
  if (PRINTABLE_ASCII.test(text)) return text.replace(/ {2,}/gu, ' ').trim();
  return text.normalize('NFKC').replace(VARIATION_SELECTORS, '').replace(SPACES, ' ').trim();
}

/**
 * Removes Latin diacritics (Ōno → Ono, Jörg → Jorg) without touching kana: NFD would split が into か + ゛,
 * so only the Latin letters are decomposed, and ligatures/letters without a decomposition are spelled out.
 */
export function stripDiacritics(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  return text
    .replace(/[\p{Script=Latin}]+/gu, (run) => run.normalize('NFD').replace(COMBINING_MARKS, ''))
    .replace(/[ßæÆøØœŒłŁđĐ]/gu, (ch) => SPELLED_OUT[ch] ?? ch);
}

/** Maps each old-form or variant kanji to its common form (髙→高, 﨑→崎, 邊/邉→辺, 齋→斎, 澤→沢, 國→国). */
export function foldKanjiVariants(text: string): string {
  if (!HAS_HAN.test(text)) return text;
  let out = '';
  for (const ch of text) out += kanjiFold.get(ch) ?? ch;
  return out;
}

export function hasHan(text: string): boolean {
  return HAS_HAN.test(text);
}

/** True when the text holds any Japanese script (kanji or kana); such names are compared as compact strings. */
export function isJapaneseScript(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
}
