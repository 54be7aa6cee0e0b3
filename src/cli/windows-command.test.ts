import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWindowsPredictCommand } from './windows-command.js';

const fixtures = join(import.meta.dirname, '..', 'windows', 'fixtures');

describe('execradar windows predict', () => {
  it('writes JSON Lines in the contract shape for every listed company', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'windows-cmd-')), 'out.jsonl');
    await runWindowsPredictCommand({ history: join(fixtures, 'history.csv'), companies: join(fixtures, 'companies.csv'), from: '2024-10-01', to: '2025-09-30', output });
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(new Set(lines.map((line) => line.company_id))).toEqual(new Set(['XA100', 'XA200', 'XA300', 'XA400', 'XA500', 'XP001']));
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['company_id', 'start', 'end', 'confidence', 'basis']);
      expect(line.start).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    }
  });

  it('fails clearly on bad input, and on --from-db when no database loader is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'windows-cmd-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'company_id,announced\nXC001,2024-13-01\n');
    await expect(runWindowsPredictCommand({ history: bad, companies: join(fixtures, 'companies.csv'), from: '2024-10-01', to: '2025-09-30', output: join(dir, 'o.jsonl') })).rejects.toThrow(`${bad}:2: column 2 (announced)`);
    await expect(runWindowsPredictCommand({ fromDb: true, from: '2024-10-01', to: '2025-09-30', output: join(dir, 'o.jsonl') })).rejects.toThrow(/^windows predict --from-db: /u);
    await expect(runWindowsPredictCommand({ history: bad, from: '2024-10-01', to: '2025-09-30', output: join(dir, 'o.jsonl') })).rejects.toThrow(/--companies are required/u);
    await expect(runWindowsPredictCommand({ history: bad, companies: bad, from: '2024-10-32', to: '2025-09-30', output: join(dir, 'o.jsonl') })).rejects.toThrow(/--from must be/u);
  });

  it('takes history and companies from a loader for --from-db', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'windows-cmd-')), 'out.jsonl');
    await runWindowsPredictCommand({ fromDb: true, from: '2025-01-01', to: '2025-12-31', output }, async () => ({
      history: [{ companyId: 'XD1', country: 'JP', fiscalYearEnd: '03-31', announced: '2024-06-27' }],
      companies: [{ companyId: 'XD1', fiscalYearEnd: '03-31' }],
    }));
    expect(readFileSync(output, 'utf8')).toContain('"company_id":"XD1"');
  });
});
