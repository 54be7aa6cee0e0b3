/**
 * Splits a person's name written in Latin letters into given name, middle names or initials, family name,
 * suffix and quoted nicknames, the way CRM users and filings write them: "Robert J. Smith Jr.",
 * "Smith, Robert", "Robert \"Bob\" Smith", "Robert PENROSE", "YAMADA Taro", "Ludwig van Beethoven",
 * "Ann-Marie Kowal". Parts are lower-case ASCII (diacritics removed) for comparison.
 */
import { foldWidthAndSpace, stripDiacritics } from './text-fold.js';

export interface LatinName {
  readonly given: string | null;
  readonly middles: readonly string[];
  readonly family: string;
  /** The family name's parts when it is hyphenated or compound ("garcia-lopez" → garcia, lopez). */
  readonly familyParts: readonly string[];
  readonly suffix: string | null;
  /** Nicknames written in quotes or brackets inside the name ("Robert \"Bob\" Smith" → bob). */
  readonly nicknames: readonly string[];
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon', 'rev']);
// Generational suffixes tell father from son; degrees and titles carry no identity.
const GENERATIONS: ReadonlyMap<string, string> = new Map([
  ['jr', 'jr'], ['junior', 'jr'], ['sr', 'sr'], ['senior', 'sr'], ['ii', 'ii'], ['2nd', 'ii'], ['iii', 'iii'],
  ['3rd', 'iii'], ['iv', 'iv'], ['4th', 'iv'], ['v', 'v'],
]);
const DEGREES = new Set(['phd', 'md', 'cpa', 'esq', 'mba', 'cfa', 'jd', 'dds', 'rn', 'pe', 'obe', 'cbe', 'kbe', 'facs', 'frcs', 'dphil', 'llm']);
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'das', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'st', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'mac']);

const QUOTED = /["“”„«»]([^"“”„«»]+)["“”„«»]|(?<=\s)['‘’]([^'‘’]+)['‘’](?=\s)|\(([^()]+)\)/gu;

function bare(token: string): string {
  return token.toLowerCase().replace(/[.]/gu, '');
}

function isSuffix(token: string): boolean {
  const t = bare(token);
  return GENERATIONS.has(t) || DEGREES.has(t);
}

export function parseLatinName(raw: string): LatinName | null {
  let text = stripDiacritics(foldWidthAndSpace(raw));
  const nicknames: string[] = [];
  text = text.replace(QUOTED, (_all, a?: string, b?: string, c?: string) => {
    const inner = (a ?? b ?? c ?? '').trim();
    // A bracketed single word is a nickname; longer bracketed text ("(retired)") is dropped.
    if (/^[\p{L}'-]+$/u.test(inner)) nicknames.push(inner.toLowerCase());
    return ' ';
  });

  let suffix: string | null = null;
  const takeSuffixes = (tokens: string[]): string[] =>
    tokens.filter((token) => {
      if (!isSuffix(token)) return true;
      suffix ??= GENERATIONS.get(bare(token)) ?? null;
      return false;
    });

  // "Last, First Middle" — unless everything after the comma is a suffix ("Smith, Jr.").
  const commaParts = text.split(',').map((part) => part.trim()).filter(Boolean);
  let familyTokens: string[] | null = null;
  let restTokens: string[];
  const afterFirst = commaParts.slice(1).flatMap((part) => part.split(' '));
  if (commaParts.length >= 2 && afterFirst.some((token) => !isSuffix(token))) {
    familyTokens = takeSuffixes(commaParts[0]!.split(' '));
    restTokens = takeSuffixes(afterFirst);
  } else {
    restTokens = takeSuffixes(commaParts.flatMap((part) => part.split(' ')));
  }
  restTokens = restTokens.filter((token) => !HONORIFICS.has(bare(token)));
  // "R.J." → two initials; "J." → one.
  restTokens = restTokens.flatMap((token) => (/^(?:\p{L}\.){2,}$/u.test(token) ? token.split('.').filter(Boolean) : [token]));

  if (!familyTokens) {
    // An upper-case word among mixed-case words is the family name ("Robert PENROSE", "YAMADA Taro").
    const isUpper = (token: string): boolean => token.replace(/[^\p{L}]/gu, '').length > 1 && token === token.toUpperCase();
    const upper = restTokens.filter(isUpper);
    if (upper.length > 0 && upper.length < restTokens.length && restTokens.some((t) => /\p{Ll}/u.test(t))) {
      familyTokens = upper;
      restTokens = restTokens.filter((token) => !isUpper(token));
    } else {
      let start = restTokens.length - 1;
      while (start > 1 && PARTICLES.has(bare(restTokens[start - 1]!))) start -= 1;
      familyTokens = restTokens.slice(Math.max(start, 0));
      restTokens = restTokens.slice(0, Math.max(start, 0));
    }
  }

  const clean = (token: string): string => token.toLowerCase().replace(/[^a-z'-]/gu, '').replace(/^[-']+|[-']+$/gu, '');
  const family = familyTokens.map(clean).filter(Boolean).join(' ');
  if (!family) return null;
  const rest = restTokens.map(clean).filter(Boolean);
  return {
    given: rest[0] ?? null,
    middles: rest.slice(1),
    family,
    familyParts: family.split(/[\s'-]+/u).filter((part) => part.length > 1 && !PARTICLES.has(part)),
    suffix,
    nicknames,
  };
}

/** Family name without spaces, hyphens or apostrophes: "van der Berg" = "Vanderberg", "O'Neil" = "ONeil". */
export function compactFamily(family: string): string {
  return family.replace(/[\s'-]+/gu, '');
}
