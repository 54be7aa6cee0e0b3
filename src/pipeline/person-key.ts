/**
 * The identity key of a person within one document: width, case, spaces, honorifics and kanji
 * variants folded, so "髙橋　一郎" and "高橋一郎" in one notice are one event. Display keeps the original.
 */
import { foldKanjiVariants, foldWidthAndSpace, stripDiacritics } from '../match/text-fold.js';

export function personKey(person: string): string {
  return foldKanjiVariants(stripDiacritics(foldWidthAndSpace(person)))
    .toLowerCase()
    .replace(/[\s.,'’"“”()（）・]/gu, '');
}
