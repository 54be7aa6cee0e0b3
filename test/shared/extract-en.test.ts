// Conformance: the English extractor over ../shared/eval/en-dev.jsonl. Checks the invariants that must hold
// on any text (evidence is a substring of the input; no event on a negative document) and the issue's
// quality floor as measured by the shared scorer. The texts are read in place and never copied.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractEnglish } from '../../src/extract/en/extract-english.js';
import { normalizeWhitespace } from '../../src/extract/en/sentence-splitter.js';

const evalDir = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'eval');
const devSet = join(evalDir, 'en-dev.jsonl');

const goldSchema = z.object({
  id: z.string(),
  text: z.string(),
  announced: z.string().nullish(),
  company: z.string().nullish(),
  events: z.array(z.object({ person: z.string() })),
});
type Gold = z.infer<typeof goldSchema>;

function readDevSet(): Gold[] {
  return readFileSync(devSet, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => goldSchema.parse(JSON.parse(line)));
}

describe('English extraction on ../shared/eval/en-dev.jsonl', () => {
  it('finds the shared development set', () => {
    expect(existsSync(devSet), `${devSet} is missing: the shared eval sets must sit beside the project`).toBe(true);
  });

  const docs = existsSync(devSet) ? readDevSet() : [];
  const results = docs.map((doc) => ({ doc, result: extractEnglish({ text: doc.text, announced: doc.announced, company: doc.company }) }));

  it('gives evidence that is a substring of its text (whitespace-normalized) for every event', () => {
    expect(docs.length).toBeGreaterThan(0);
    let events = 0;
    for (const { doc, result } of results) {
      const text = normalizeWhitespace(doc.text);
      for (const event of result.events) {
        events += 1;
        expect(event.evidence.length, `${doc.id}: empty evidence`).toBeGreaterThan(0);
        expect(text.includes(normalizeWhitespace(event.evidence)), `${doc.id}: evidence not in text: ${event.evidence}`).toBe(true);
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
    const out = join(mkdtempSync(join(tmpdir(), 'execradar-en-')), 'pred.jsonl');
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
    const figures = JSON.parse(execFileSync('node', [join(evalDir, 'score.mjs'), devSet, out, '--json'], { encoding: 'utf8' }).trim()) as {
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

  it('extracts a document in under 5 ms on average', () => {
    for (const doc of docs) extractEnglish({ text: doc.text, announced: doc.announced }); // warm-up
    const rounds = 10;
    // CPU time rather than wall-clock time: the budget is per core, and a loaded machine stretches the clock.
    const started = process.cpuUsage();
    for (let i = 0; i < rounds; i++) for (const doc of docs) extractEnglish({ text: doc.text, announced: doc.announced });
    const used = process.cpuUsage(started);
    const perDocMs = (used.user + used.system) / 1000 / (rounds * docs.length);
    expect(perDocMs).toBeLessThan(5);
  });
});
