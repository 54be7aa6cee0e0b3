// Conformance: `execradar match` on ../shared/eval/match-dev scored against its gold file with the shared scorer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMatchCommand } from '../../src/cli/match-command.js';

const devDir = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'match-dev');
const scorer = resolve(devDir, '..', 'score-match.mjs');

describe('match on ../shared/eval/match-dev', () => {
  it('finds the shared development set', () => {
    expect(existsSync(join(devDir, 'contacts.csv')), `${devDir} is missing: the shared eval sets must sit beside the project`).toBe(true);
  });

  it('reaches precision ≥ 0.98 and recall ≥ 0.95 with no namesake matched', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'execradar-match-')), 'pred.jsonl');
    const count = await runMatchCommand(join(devDir, 'contacts.csv'), join(devDir, 'events.jsonl'), out);
    const goldLines = readFileSync(join(devDir, 'gold.jsonl'), 'utf8').split('\n').filter((line) => line.trim());
    expect(count).toBe(goldLines.length);
    const figures = JSON.parse(execFileSync('node', [scorer, join(devDir, 'gold.jsonl'), out, '--json'], { encoding: 'utf8' }).trim()) as {
      precision: number;
      recall: number;
      events_without_contact_matched: number;
      missing_output: number;
    };
    expect(figures.missing_output).toBe(0);
    expect(figures.precision).toBeGreaterThanOrEqual(0.98);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.events_without_contact_matched).toBe(0);

    // contacts-notes.csv marks the namesakes at other companies: none of them may ever be matched.
    const namesakeIds = new Map(
      readFileSync(join(devDir, 'contacts-notes.csv'), 'utf8')
        .split('\n')
        .filter((line) => line.includes('namesake at another company'))
        .map((line) => [line.split(',')[0]!, true] as const),
    );
    const predicted = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { matches: { contact_id: string }[] });
    const namesakes = predicted.flatMap((row) => row.matches.filter((m) => namesakeIds.has(m.contact_id)));
    expect(namesakes).toEqual([]);
  });
});
