import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMatchCommand } from './match-command.js';

describe('runMatchCommand (batch contract)', () => {
  it('writes one line per event with alert-level matches only, and an empty list when none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'execradar-match-cmd-'));
    writeFileSync(
      join(dir, 'contacts.csv'),
      [
        'account_id,account_name,ticker,cik,sec_code,corporate_number,contact_id,contact_name,contact_name_reading,contact_name_latin,title,email,owner_email,arr,renewal_date',
        'A1,Brightwater Robotics,,1234567,,,C1,"Calloway, Bob",,,CFO,,,,',
        'A1,Brightwater Robotics,,1234567,,,C2,R. Pell,,,,,,,',
        'A2,みなと精機,,,9999,,C3,髙橋 一郎,たかはし いちろう,,,,,,',
        'A3,Halvorsen Biotech AG,,,,,C4,Lena M. Voss,,,,,,,',
        'A3,Halvorsen Biotech AG,,,,,C5,Ola Brink,,,,,,not a number,',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'events.jsonl'),
      [
        { id: 'e1', company: { name: 'Brightwater Robotics, Inc.', cik: 1234567 }, person: 'Robert J. Calloway', change: 'departed' },
        { id: 'e2', company: { name: 'Brightwater Robotics, Inc.' }, person: 'Rachel Pell', change: 'departed' },
        { id: 'e3', company: { name: 'Minato Seiki', sec_code: '99990' }, person: 'Ichiro Takahashi', change: 'retiring' },
        { id: 'e4', company: { name: 'Tessaly Paper' }, person: 'Lena M. Voss', change: 'appointed' },
        { id: 'e5', company: { name: 'Tessaly Paper' }, person: 'Lena Voss', change: 'appointed', previous_company: { name: 'Halvorsen Biotech' } },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const out = join(dir, 'out.jsonl');
    expect(await runMatchCommand(join(dir, 'contacts.csv'), join(dir, 'events.jsonl'), out)).toBe(5);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; matches: { contact_id: string; score: number }[] });
    expect(lines.map((line) => [line.id, line.matches.map((m) => m.contact_id)])).toEqual([
      ['e1', ['C1']],
      ['e2', []], // an initial only: review, not alert
      ['e3', ['C3']],
      ['e4', []], // a job change without a second clue: review only
      ['e5', ['C4']],
    ]);
    for (const line of lines) for (const m of line.matches) expect(m.score).toBeGreaterThanOrEqual(0.85);
  });
});
