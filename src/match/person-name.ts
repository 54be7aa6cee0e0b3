/**
 * A person's name prepared once for comparison, in every form we know it: the Japanese spelling (kanji, width-
 * and space-folded, and variant-folded), Latin spellings (the name itself, or the CRM's latin column), and kana
 * readings romanized (printed furigana, the CRM's reading column, or a name written in kana only).
 */
import { compactFamily, parseLatinName, type LatinName } from './latin-name-parser.js';
import { hepburnKey, isKanaOnly, readingParts } from './romaji-key.js';
import { foldKanjiVariants, foldWidthAndSpace, hasHan, isJapaneseScript } from './text-fold.js';

export interface JapaneseSpelling {
  /** NFKC, no spaces, variation selectors removed; old-form kanji kept. */
  readonly compact: string;
  /** `compact` with kanji variants folded (髙→高). */
  readonly folded: string;
  /** True when the original had a space between family and given name. */
  readonly spaced: boolean;
}

export interface PreparedName {
  readonly display: string;
  readonly japanese: JapaneseSpelling | null;
  /** Latin spellings; the first is the name itself when `ownLatin`, the others come from a latin column. */
  readonly latin: readonly LatinName[];
  readonly ownLatin: boolean;
  /** Romanized readings, each as its parts (family first, as Japanese readings are written). */
  readonly readings: readonly (readonly string[])[];
}

// Honorifics that announcements and CRMs append to Japanese names.
const JA_HONORIFIC = /\s*(?:氏|様|さま|さん|殿|君)$/u;
const BRACKETED = /\(([^()]*)\)|【[^【】]*】|\[[^[\]]*\]/gu;

export function prepareName(name: string, reading?: string | null, latinSpelling?: string | null): PreparedName {
  const latin: LatinName[] = [];
  const readings: (readonly string[])[] = [];
  let display = foldWidthAndSpace(name);
  if (isJapaneseScript(display)) {
    // 「山田 太郎（やまだ たろう）氏」: a bracketed kana reading is a reading; other bracketed text is dropped.
    display = foldWidthAndSpace(
      display.replace(BRACKETED, (_all, inner?: string) => {
        if (inner && isKanaOnly(inner)) readings.push(readingParts(inner.replace(/・/gu, ' ')));
        return ' ';
      }),
    ).replace(JA_HONORIFIC, '');
  }
  let japanese: JapaneseSpelling | null = null;
  let ownLatin = false;
  if (hasHan(display)) {
    const compact = display.replace(/[\s・･,、]/gu, '');
    japanese = { compact, folded: foldKanjiVariants(compact), spaced: display.includes(' ') };
  } else if (isKanaOnly(display)) {
    readings.push(readingParts(display.replace(/・/gu, ' ')));
  } else if (!isJapaneseScript(display)) {
    const parsed = parseLatinName(display);
    if (parsed) latin.push(parsed);
    ownLatin = parsed !== null;
  }
  if (reading && isKanaOnly(reading)) {
    const parts = readingParts(reading.replace(/・/gu, ' '));
    if (parts.length > 0) readings.push(parts);
  }
  if (latinSpelling && !isJapaneseScript(latinSpelling)) {
    const parsed = parseLatinName(latinSpelling);
    if (parsed) latin.push(parsed);
  }
  return { display, japanese, latin, ownLatin, readings };
}

/**
 * Blocking keys: two names can only match when they share one. Kanji names block on the folded spelling; Latin
 * names on the compact family name, every family part, every full middle name (compound surnames parsed as
 * middles) and the given name (for family/given order mistakes); romanized forms on their Hepburn keys.
 */
export function nameBlockingKeys(name: PreparedName): readonly string[] {
  const keys = new Set<string>();
  if (name.japanese) keys.add(`j:${name.japanese.folded}`);
  for (const latin of name.latin) {
    keys.add(`l:${compactFamily(latin.family)}`);
    keys.add(`l:${compactFamily(latin.family).replace(/([aou])e/gu, '$1')}`); // Mueller meets Müller/Muller
    for (const part of latin.familyParts) keys.add(`l:${part}`);
    for (const middle of latin.middles) if (middle.length > 1) keys.add(`l:${compactFamily(middle)}`);
    if (latin.given && latin.given.length > 1) keys.add(`l:${compactFamily(latin.given)}`);
    keys.add(`r:${hepburnKey(latin.family)}`);
    if (latin.given) keys.add(`r:${hepburnKey(latin.given)}`);
    if (latin.given) keys.add(`r:${hepburnKey(latin.family + latin.given)}`);
    if (latin.given) keys.add(`r:${hepburnKey(latin.given + latin.family)}`);
  }
  for (const parts of name.readings) {
    for (const part of parts) keys.add(`r:${hepburnKey(part)}`);
    keys.add(`r:${hepburnKey(parts.join(''))}`);
  }
  keys.delete('r:');
  return [...keys];
}
