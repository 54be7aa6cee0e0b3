/**
 * Does an announcement's text name a company? The job-change clue of the service: "Jane Roe joins from Acme
 * Corp." or 「前職 株式会社アクメ」 names the contact's account, so a tracked contact appointed elsewhere is the
 * same person, not a namesake. The text is folded like company names (company-name.ts) and searched for the
 * account's name key: whole words for Latin names, a substring of the compacted text for Japanese ones.
 *
 * Guards against words that only look like a company: a one-word Latin key must have three letters or more, not
 * be a generic word ("first", "national") and be written with a capital; mentions of the issuer itself are masked
 * ("North Acme Inc." names North Acme, not Acme); a Japanese key needs two characters or more.
 */
import { companyNameKey } from './company-name.js';
import { foldKanjiVariants, foldWidthAndSpace, isJapaneseScript, stripDiacritics } from './text-fold.js';

export interface CompanyMentions {
  /** True when the text names the company whose `companyNameKey` is `nameKey`. */
  names(nameKey: string): boolean;
}

const GENERIC_WORDS = new Set(['first', 'national', 'american', 'general', 'united', 'international', 'global', 'royal', 'bank', 'china', 'japan', 'company', 'group', 'holdings']);
const JA_PUNCTUATION = /[\s・･.,、。'’"“”()（）「」【】\-]+/gu;

function latinTokens(text: string): string[] {
  return text
    .replace(/&/gu, ' and ')
    .replace(/['’`.]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function indexOfSequence(tokens: readonly string[], sequence: readonly string[], from: number): number {
  outer: for (let i = from; i + sequence.length <= tokens.length; i += 1) {
    for (let j = 0; j < sequence.length; j += 1) if (tokens[i + j] !== sequence[j]) continue outer;
    return i;
  }
  return -1;
}

/** Prepares `text` once; `issuerName` (the announcing company) is never counted as a mention of another. */
export function companyMentions(text: string, issuerName?: string | null): CompanyMentions {
  const folded = foldKanjiVariants(stripDiacritics(foldWidthAndSpace(text)));
  const original = latinTokens(folded);
  const lower = original.map((token) => token.toLowerCase());
  const masked = new Array<boolean>(lower.length).fill(false);
  const issuerKey = issuerName ? companyNameKey(issuerName) : '';
  let compact = folded.toLowerCase().replace(JA_PUNCTUATION, '');
  if (issuerKey && isJapaneseScript(issuerKey)) compact = compact.split(issuerKey).join('\u0000');
  else if (issuerKey) {
    const sequence = issuerKey.split(' ');
    for (let at = indexOfSequence(lower, sequence, 0); at >= 0; at = indexOfSequence(lower, sequence, at + sequence.length)) {
      for (let j = 0; j < sequence.length; j += 1) masked[at + j] = true;
    }
  }
  return {
    names(nameKey: string): boolean {
      if (!nameKey) return false;
      if (isJapaneseScript(nameKey)) return [...nameKey].length >= 2 && compact.includes(nameKey);
      const sequence = nameKey.split(' ');
      if (sequence.length === 1 && (nameKey.length < 3 || GENERIC_WORDS.has(nameKey))) return false;
      for (let at = indexOfSequence(lower, sequence, 0); at >= 0; at = indexOfSequence(lower, sequence, at + 1)) {
        if (sequence.some((_, j) => masked[at + j])) continue;
        // "Acme" the company, not "acme" the word.
        if (sequence.length > 1 || /^\p{Lu}/u.test(original[at]!)) return true;
      }
      return false;
    },
  };
}
