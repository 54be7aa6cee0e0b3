/**
 * The normalized form of a person's name as announced: width and spacing folded, old-form kanji folded to
 * their common form (髙→高), honorifics dropped. The name as written stays the one shown; this one compares.
 */
import { foldKanjiVariants, foldWidthAndSpace } from '../match/text-fold.js';

const LATIN_HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof)\.?\s+/iu;
const JAPANESE_HONORIFIC = /(?:氏|様|さん)$/u;

export function normalizePersonName(name: string): string {
  const folded = foldKanjiVariants(foldWidthAndSpace(name)).replace(/\s+/gu, ' ').trim();
  return folded.replace(LATIN_HONORIFIC, '').replace(JAPANESE_HONORIFIC, '').trim();
}
