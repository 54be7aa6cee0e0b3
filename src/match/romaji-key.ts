/**
 * Romanization and the Hepburn-folding comparison key. Kana readings are romanized with wanakana (which keeps
 * long vowels: おおの → oono), then the key folds the spellings people actually use for the same Japanese name:
 * old-style syllables (si→shi, tu→tsu, hu→fu, zi→ji, ti→chi, sya→sha …), m before b/m/p → n (Homma = Honma),
 * and long vowels (oh/ou/oo → o, uu → u) when no vowel follows — so Ohno = Ono = Oono = Ōno and
 * Saito = Saitou = Saitoh, while Inoue ≠ Inoe (a vowel follows "ou") and Kanno ≠ Kano (n is not folded).
 * Several kanji names share a key (小野/大野 → ono): a romaji match only finds candidates; the company, the
 * kanji or another clue has to confirm it.
 */
import { toRomaji } from 'wanakana';
import { foldWidthAndSpace, stripDiacritics } from './text-fold.js';

const OLD_STYLE: readonly (readonly [RegExp, string])[] = [
  [/sy([auo])/gu, 'sh$1'],
  [/ty([auo])/gu, 'ch$1'],
  [/(?:zy|jy|dy)([auo])/gu, 'j$1'],
  [/(?<![sc])hu/gu, 'fu'],
  [/si/gu, 'shi'],
  [/(?<![cs])ti/gu, 'chi'],
  [/tu/gu, 'tsu'],
  [/[zd]i/gu, 'ji'],
  [/du/gu, 'zu'],
];

/** Comparison key for one romanized name part ("Ōno", "OHNO", "Saitoh", "oono" → "ono", "saito"). */
export function hepburnKey(latin: string): string {
  const cached = keyCache.get(latin);
  if (cached !== undefined) return cached;
  const key = computeHepburnKey(latin);
  // Names repeat a lot (surnames above all); a bounded cache keeps memory flat on odd inputs.
  if (keyCache.size >= 200_000) keyCache.clear();
  keyCache.set(latin, key);
  return key;
}

const keyCache = new Map<string, string>();

function computeHepburnKey(latin: string): string {
  let key = stripDiacritics(foldWidthAndSpace(latin)).toLowerCase().replace(/[^a-z]/gu, '');
  for (const [pattern, replacement] of OLD_STYLE) key = key.replace(pattern, replacement);
  return key
    .replace(/m(?=[bmp])/gu, 'n')
    .replace(/o[hou](?![aeiouy])/gu, 'o')
    .replace(/uu(?![aeiouy])/gu, 'u');
}

/** Romanizes a kana reading ("やまだ　たろう", "ヤマダ タロウ") into its parts, family first as readings are written. */
export function readingParts(reading: string): readonly string[] {
  return foldWidthAndSpace(reading)
    .split(' ')
    .map((part) => toRomaji(part).replace(/[^a-z]/gu, ''))
    .filter(Boolean);
}

/** True when the text is written in kana only (a reading, or a name written phonetically). */
export function isKanaOnly(text: string): boolean {
  return /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u.test(foldWidthAndSpace(text));
}
