// Conformance: the Japanese extractor over ../shared/eval/ja-dev.jsonl. Checks the invariants that must hold on
// any text (evidence is a substring of the input after whitespace normalization; no event on a negative
// document), the quality floor as measured by the shared scorer, and speed once the tokenizer is loaded.
// The texts are read in place and never copied.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ExtractionResult } from '../../src/extract/announcement.js';
import { extractJapanese, extractJapaneseWith } from '../../src/extract/ja/extract-japanese.js';
import { collapseWhitespace } from '../../src/extract/ja/mapped-text.js';
import { getJapaneseTokenizer } from '../../src/extract/ja/tokenizer-loader.js';
import { sharedPath } from './shared-paths.js';

const goldSchema = z.object({
  id: z.string(),
  text: z.string(),
  announced: z.string().nullish(),
  company: z.string().nullish(),
  events: z.array(z.object({ person: z.string() })),
});
type Gold = z.infer<typeof goldSchema>;

describe('Japanese extraction on ../shared/eval/ja-dev.jsonl', () => {
  let devSet = '';
  let docs: Gold[] = [];
  let results: { doc: Gold; result: ExtractionResult }[] = [];

  beforeAll(async () => {
    devSet = sharedPath('eval', 'ja-dev.jsonl');
    docs = readFileSync(devSet, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => goldSchema.parse(JSON.parse(line)));
    results = [];
    for (const doc of docs) {
      results.push({ doc, result: await extractJapanese({ text: doc.text, announced: doc.announced, company: doc.company, lang: 'ja' }) });
    }
  });

  it('gives evidence that is a substring of its text (whitespace-normalized) for every event', () => {
    expect(docs.length).toBeGreaterThan(0);
    let events = 0;
    for (const { doc, result } of results) {
      const text = collapseWhitespace(doc.text);
      for (const event of result.events) {
        events += 1;
        expect(event.evidence.length, `${doc.id}: empty evidence`).toBeGreaterThan(0);
        expect(text.includes(collapseWhitespace(event.evidence)), `${doc.id}: evidence not in text: ${event.evidence}`).toBe(true);
        expect(text.includes(event.person.replace(/\s+/gu, ' ')) || doc.text.includes(event.person), `${doc.id}: person not as written: ${event.person}`).toBe(true);
      }
    }
    expect(events).toBeGreaterThan(0);
  });

  it('finds no event in the negative documents (gold events: [])', () => {
    const negatives = results.filter(({ doc }) => doc.events.length === 0);
    expect(negatives.length).toBeGreaterThan(0);
    for (const { doc, result } of negatives) {
      expect(result.events.map((e) => e.person), `${doc.id} is a negative`).toEqual([]);
    }
  });

  it('scores event F1 ≥ 0.90 and effective-date accuracy ≥ 0.85 with the shared scorer', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'execradar-ja-')), 'pred.jsonl');
    const lines = results.map(({ doc, result }) =>
      JSON.stringify({
        id: doc.id,
        events: result.events.map((e) => ({
          person: e.person,
          change: e.change,
          role_before: e.roleBefore,
          role_after: e.roleAfter,
          effective: e.effective,
          evidence: e.evidence,
        })),
        fiscal: { fiscal_year_end: result.fiscal.fiscalYearEnd, earnings_date: result.fiscal.earningsDate, agm_date: result.fiscal.agmDate },
      }),
    );
    writeFileSync(out, `${lines.join('\n')}\n`);
    const scorer = sharedPath('eval', 'score.mjs');
    const figures = JSON.parse(execFileSync('node', [scorer, devSet, out, '--json'], { encoding: 'utf8' }).trim()) as {
      event_f1: number;
      effective_accuracy: number;
      events_on_negatives: number;
      missing_output: number;
    };
    expect(figures.missing_output).toBe(0);
    expect(figures.events_on_negatives).toBe(0);
    expect(figures.event_f1).toBeGreaterThanOrEqual(0.9);
    expect(figures.effective_accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('extracts a document in under 5 ms on average once the tokenizer is loaded', async () => {
    const tokenizer = await getJapaneseTokenizer();
    for (const doc of docs) extractJapaneseWith(tokenizer, { text: doc.text, announced: doc.announced }); // warm-up
    const rounds = 10;
    const started = performance.now();
    for (let i = 0; i < rounds; i++) for (const doc of docs) extractJapaneseWith(tokenizer, { text: `${doc.text}${' '.repeat(i)}`, announced: doc.announced });
    const perDoc = (performance.now() - started) / (rounds * docs.length);
    expect(perDoc).toBeLessThan(5);
  });
});
