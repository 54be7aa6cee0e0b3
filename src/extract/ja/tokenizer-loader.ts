/**
 * Loads kuromoji's IPADIC tokenizer (shipped inside the npm package) once, lazily: the first
 * Japanese document pays ~0.7 s, every later one reuses the same promise.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from '@sglkc/kuromoji';
import type { IpadicFeatures, Tokenizer } from '@sglkc/kuromoji';

export type JapaneseTokenizer = Tokenizer<IpadicFeatures>;
export type JapaneseToken = IpadicFeatures;

let tokenizerPromise: Promise<JapaneseTokenizer> | null = null;

function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return `${join(dirname(require.resolve('@sglkc/kuromoji/package.json')), 'dict')}/`;
}

/** The shared tokenizer; a failed load is not cached, so a later call can retry. */
export function getJapaneseTokenizer(): Promise<JapaneseTokenizer> {
  tokenizerPromise ??= new Promise<JapaneseTokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((err, tokenizer) => {
      if (err) reject(err);
      else resolve(tokenizer);
    });
  }).catch((error: unknown) => {
    tokenizerPromise = null;
    throw error;
  });
  return tokenizerPromise;
}
