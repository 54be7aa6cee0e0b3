/**
 * Nudges raised once per window and account, on the company's own day, with playbooks; and the database loader of
 * `windows predict --from-db` — on both databases.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assembleCalendar } from '../../src/calendar/calendar-assembly.js';
import { calendarSettingsSchema } from '../../src/calendar/calendar-settings.js';
import { raiseDueNudges } from '../../src/calendar/raise-due-nudges.js';
import { loadWindowInputsFromDb } from '../../src/calendar/reshuffle-inputs.js';
import { runWindowsPredictCommand } from '../../src/cli/windows-command.js';
import { addDays } from '../../src/windows/calendar-date.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { CSM_A, CSM_B, seedPortfolio } from './calendar-fixtures.js';

const settings = calendarSettingsSchema.parse({ nudges: { reshuffleDaysBefore: 14, budgetDaysBefore: 30 } });

describe.each(testDatabaseKinds())('nudges on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    await seedPortfolio(database.db);
  });
  afterEach(async () => {
    await database.close();
  });

  const nudges = () =>
    database.db.selectFrom('alerts').select(['kind', 'recipient', 'dedupe_key', 'payload']).where('kind', 'in', ['reshuffle_nudge', 'budget_nudge']).orderBy('id').execute();

  it('nudges the owning CSM before a reshuffle window opens, with the playbook, once', async () => {
    // Kitsune's own season is Feb 14 (Tokyo); in 2026 that is a Saturday, so the window opens on the business days
    // before it. The nudge is due 14 days before the window opens, on the Tokyo calendar.
    const entries = await assembleCalendar(database.db, settings, { from: '2026-01-01', to: '2026-03-31' }, new Date('2026-01-10T00:00:00Z'));
    const window = entries.find((entry) => entry.account.id === 'ACC-KIT' && entry.kind === 'reshuffle-window' && entry.start <= '2026-02-16' && entry.end >= '2026-02-09');
    if (!window) throw new Error('fixture: Kitsune has no February window');
    const lead = addDays(window.start, -14);
    const isKitsune = (alert: { kind: string; payload: unknown }): boolean =>
      alert.kind === 'reshuffle_nudge' && (alert.payload as { account?: { id?: string } }).account?.id === 'ACC-KIT';
    // 23:00 in Tokyo the day before: not yet.
    const early = await raiseDueNudges(database.db, settings, new Date(`${addDays(lead, -1)}T14:00:00Z`));
    expect((await nudges()).filter(isKitsune)).toEqual([]);
    expect(early.raised).toBe((await nudges()).length);

    // 01:00 in Tokyo on the lead day — still the day before in UTC.
    const now = new Date(`${addDays(lead, -1)}T16:00:00Z`);
    const first = await raiseDueNudges(database.db, settings, now);
    const raised = await nudges();
    const kitsune = raised.filter(isKitsune);
    expect(kitsune).toHaveLength(1);
    expect(kitsune[0]?.recipient).toBe(CSM_A);
    const payload = kitsune[0]?.payload as { window: { start: string; basis: string }; playbook: string[]; account: { arr: number; renewalDate: string } };
    expect(payload.window.start).toBe(window.start);
    expect(payload.window.basis).toMatch(/^announced 4 of the last 4 observed years/u);
    expect(payload.account).toMatchObject({ arr: 120000, renewalDate: '2026-09-30' });
    expect(payload.playbook.join(' ')).toContain('1:1 with Haruto Mori');
    expect(payload.playbook.join(' ')).toMatch(/successor and the predecessor/u);
    expect(payload.playbook.join(' ')).toMatch(/original goals and the results/u);
    expect(payload.playbook.join(' ')).toMatch(/budget holder/u);
    expect(first.raised).toBeGreaterThan(0);

    // Again the same day and the next: nothing new for windows already nudged.
    const again = await raiseDueNudges(database.db, settings, now);
    expect(again.raised).toBe(0);
    expect(again.due).toBe(first.due);
    await raiseDueNudges(database.db, settings, new Date(`${addDays(lead, 3)}T03:00:00Z`));
    const after = await nudges();
    expect(after.filter(isKitsune)).toHaveLength(1);
    expect(new Set(after.map((alert) => alert.dedupe_key)).size).toBe(after.length);
  });

  it('nudges the account owner before a budget window, once per window', async () => {
    // Kamome (02-29 year end, JP): budget window Dec 1 – Feb 28; 30 days before is Nov 1.
    await raiseDueNudges(database.db, settings, new Date('2026-10-30T00:00:00Z'));
    const before = (await nudges()).filter((alert) => alert.kind === 'budget_nudge' && (alert.payload as { account?: { id?: string } }).account?.id === 'ACC-KAM');
    expect(before).toEqual([]);
    await raiseDueNudges(database.db, settings, new Date('2026-11-02T00:00:00Z'));
    await raiseDueNudges(database.db, settings, new Date('2026-11-20T00:00:00Z'));
    const budget = (await nudges()).filter((alert) => alert.kind === 'budget_nudge' && (alert.payload as { account?: { id?: string } }).account?.id === 'ACC-KAM');
    expect(budget).toHaveLength(1);
    expect(budget[0]?.recipient).toBe(CSM_B);
    const payload = budget[0]?.payload as { window: { start: string; end: string }; playbook: string[] };
    expect(payload.window).toMatchObject({ start: '2026-12-01', end: '2027-02-28' });
    expect(payload.playbook.length).toBeGreaterThan(1);
  });

  it('feeds windows predict --from-db: tracked companies, Tokyo-dated history, the batch output contract', async () => {
    const inputs = await loadWindowInputsFromDb(database.db, { minAnnouncements: 40, today: '2026-01-10' });
    expect(inputs.companies.map((company) => company.fiscalYearEnd).sort()).toEqual(['02-28', '03-31', '03-31', '12-31', '12-31']);
    const kitsuneId = inputs.companies.find((company) => company.fiscalYearEnd === '03-31' && inputs.history.some((row) => row.companyId === company.companyId))?.companyId;
    const kitsune = inputs.history.filter((row) => row.companyId === kitsuneId).map((row) => row.announced);
    expect(kitsune).toEqual(['2022-02-14', '2023-02-14', '2024-02-14', '2025-02-14']);
    const tanukiRows = inputs.history.filter((row) => !row.companyId.startsWith('seed:') && row.announced.endsWith('-02-24'));
    expect(tanukiRows.map((row) => row.fiscalYearEnd)).toEqual(['03-31', '03-31']);

    const dir = mkdtempSync(join(tmpdir(), 'execradar-calendar-'));
    try {
      const output = join(dir, 'out.jsonl');
      await runWindowsPredictCommand({ fromDb: true, from: '2026-04-01', to: '2027-03-31', output }, async () => inputs);
      const lines = readFileSync(output, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { company_id: string; start: string; end: string; confidence: number; basis: string });
      expect(new Set(lines.map((line) => line.company_id))).toEqual(new Set(inputs.companies.map((company) => company.companyId)));
      expect(lines.every((line) => !line.company_id.startsWith('seed:'))).toBe(true);
      const own = lines.filter((line) => line.company_id === kitsuneId && line.basis.startsWith('announced 4 of the last 4 observed years'));
      expect(own.length).toBeGreaterThan(0);
      // Feb 14, 2027 is a Sunday: the own season's window holds the business days just before it.
      expect(own.some((line) => line.start <= '2027-02-12' && '2027-02-12' <= line.end)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
