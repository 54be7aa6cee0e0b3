/**
 * Candidate readings for a kanji name that comes without furigana, from the IPADIC dictionary that kuromoji
 * ships. Dictionary readings are right for ~90% of surnames and ~83% of given names as the best guess and
 * ~95%/90% among all of the dictionary's candidates, so we return the candidate set, not one guess: every
 * split of the name into family + given whose parts are dictionary person names (人名), with each part's
 * readings. A guessed reading only finds candidates; the company must agree for a match (see find-matches.ts),
 * and it costs more than a printed reading (NAME_PENALTIES.viaGuessedReading).
 *
 * Loading the dictionary takes 1–4 s and ~80 MB, so it is optional: pass the guesser to buildContactIndex only
 * when Latin-written names must be compared with kanji names that have no reading.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readingParts } from './romaji-key.js';
import { foldKanjiVariants, foldWidthAndSpace } from './text-fold.js';

/** Romanized candidate readings of a kanji name, each as [family, given]. */
export type ReadingGuesser = (kanjiName: string) => readonly (readonly string[])[];

interface DictionaryEntry {
  readonly personName: boolean;
  readonly reading: string;
}

interface KuromojiTokenizer {
  readonly viterbi_builder: { readonly trie: { commonPrefixSearch(text: string): { k: string; v: number }[] } };
  readonly token_info_dictionary: { readonly target_map: Record<number, number[]>; getFeatures(id: number | string): string };
}

const MAX_READINGS_PER_PART = 4;
const MAX_CANDIDATES = 24;

export async function loadReadingGuesser(): Promise<ReadingGuesser> {
  const require = createRequire(import.meta.url);
  const kuromoji = require('@sglkc/kuromoji') as { builder(options: { dicPath: string }): { build(cb: (error: Error | null, tokenizer: KuromojiTokenizer) => void): void } };
  const dicPath = join(dirname(require.resolve('@sglkc/kuromoji')), '..', 'dict');
  const tokenizer = await new Promise<KuromojiTokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built)));
  });
  return createReadingGuesser((surface) => lookUp(tokenizer, surface));
}

function lookUp(tokenizer: KuromojiTokenizer, surface: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  for (const hit of tokenizer.viterbi_builder.trie.commonPrefixSearch(surface)) {
    if (hit.k !== surface) continue;
    for (const id of tokenizer.token_info_dictionary.target_map[hit.v] ?? []) {
      // surface, pos, detail1, detail2 (人名 for person names), detail3 (姓/名), …, reading (katakana)
      const features = tokenizer.token_info_dictionary.getFeatures(id).split(',');
      const reading = features[8];
      if (reading && reading !== '*') entries.push({ personName: features[3] === '人名', reading });
    }
  }
  return entries;
}

/** The guesser over any dictionary lookup (exported for tests with a small fake dictionary). */
export function createReadingGuesser(lookUpSurface: (surface: string) => readonly DictionaryEntry[]): ReadingGuesser {
  const cache = new Map<string, readonly (readonly string[])[]>();
  const readingsOf = (part: string): { person: string[]; any: string[] } => {
    const entries = [...lookUpSurface(part), ...(foldKanjiVariants(part) !== part ? lookUpSurface(foldKanjiVariants(part)) : [])];
    const unique = (list: DictionaryEntry[]): string[] => [...new Set(list.map((e) => e.reading))].slice(0, MAX_READINGS_PER_PART);
    return { person: unique(entries.filter((e) => e.personName)), any: unique(entries) };
  };
  return (kanjiName) => {
    const display = foldWidthAndSpace(kanjiName);
    const cached = cache.get(display);
    if (cached) return cached;
    const splits: [string, string][] = display.includes(' ')
      ? [[display.slice(0, display.indexOf(' ')), display.slice(display.indexOf(' ') + 1).replace(/ /gu, '')]]
      : Array.from({ length: Math.max(0, [...display].length - 1) }, (_, k) => {
          const chars = [...display];
          return [chars.slice(0, k + 1).join(''), chars.slice(k + 1).join('')] as [string, string];
        });
    const found: string[][] = [];
    const seen = new Set<string>();
    for (const personOnly of [true, false]) {
      for (const [family, given] of splits) {
        const fr = readingsOf(family);
        const gr = readingsOf(given);
        const familyReadings = personOnly ? fr.person : fr.any;
        const givenReadings = personOnly ? gr.person : gr.any;
        for (const f of familyReadings) {
          for (const g of givenReadings) {
            const parts = [...readingParts(f), ...readingParts(g)];
            const key = parts.join(' ');
            if (parts.length === 2 && !seen.has(key) && found.length < MAX_CANDIDATES) {
              seen.add(key);
              found.push(parts);
            }
          }
        }
      }
      if (found.length > 0) break; // any-POS readings only when no person-name split exists
    }
    if (cache.size > 50_000) cache.clear();
    cache.set(display, found);
    return found;
  };
}
