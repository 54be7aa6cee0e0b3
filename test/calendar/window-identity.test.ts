/**
 * A predicted reshuffle window keeps its identity (iCalendar UID, nudge dedupe key) when the disclosure history
 * grows: a new announcement in another season adds a window elsewhere but does not rename this one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assembleCalendar } from '../../src/calendar/calendar-assembly.js';
import type { CalendarEntry } from '../../src/calendar/calendar-entry.js';
import { calendarSettingsSchema } from '../../src/calendar/calendar-settings.js';
import { raiseDueNudges } from '../../src/calendar/raise-due-nudges.js';
import { addDays } from '../../src/windows/calendar-date.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { disclosure, seedPortfolio, type Portfolio } from './calendar-fixtures.js';

const settings = calendarSettingsSchema.parse({ nudges: { reshuffleDaysBefore: 14, budgetDaysBefore: 30 } });

describe.each(testDatabaseKinds())('reshuffle window identity on %s', (kind) => {
  let database: TestDatabase;
  let portfolio: Portfolio;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    portfolio = await seedPortfolio(database.db);
  });
  afterEach(async () => {
    await database.close();
  });

  const kitsuneWindows = async (from: string, to: string, now: Date): Promise<CalendarEntry[]> =>
    (await assembleCalendar(database.db, settings, { from, to }, now)).filter((entry) => entry.account.id === 'ACC-KIT' && entry.kind === 'reshuffle-window');
  const february = (entries: readonly CalendarEntry[]): CalendarEntry | undefined =>
    entries.find((entry) => entry.start <= '2026-02-13' && entry.end >= '2026-02-09');
  const kitsuneNudges = async () =>
    (await database.db.selectFrom('alerts').select(['dedupe_key', 'payload']).where('kind', '=', 'reshuffle_nudge').execute()).filter(
      (alert) => (alert.payload as { account?: { id?: string } }).account?.id === 'ACC-KIT',
    );

  it('keeps the UID and the nudge of a window when an announcement in another season is added', async () => {
    const now = new Date('2026-01-10T00:00:00Z');
    const before = await kitsuneWindows('2025-10-01', '2026-03-31', now);
    const window = february(before);
    if (!window) throw new Error('fixture: Kitsune has no February window');
    expect(before.some((entry) => entry.start <= '2025-11-20' && entry.end >= '2025-11-20')).toBe(false);

    // The nudge goes out on the lead day (Tokyo) …
    const leadDay = new Date(`${addDays(window.start, -14)}T03:00:00Z`);
    await raiseDueNudges(database.db, settings, leadDay);
    const first = await kitsuneNudges();
    expect(first).toHaveLength(1);

    // … then a late-crawled November announcement joins the history: a window opens in its season, before
    // February's in the same fiscal year, so a key numbered by start order would have renamed February's.
    await disclosure(database.db, portfolio.kitsune, { sourceId: 'tdnet', publishedAt: '2025-11-20T06:00:00Z', person: 'Officer November' });
    const after = await kitsuneWindows('2025-10-01', '2026-03-31', now);
    expect(after.some((entry) => entry.start <= '2025-11-20' && entry.end >= '2025-11-20')).toBe(true);
    const moved = february(after);
    expect(moved?.uid).toBe(window.uid);
    // The same UID from a range that does not reach November.
    expect(february(await kitsuneWindows('2026-02-01', '2026-02-28', now))?.uid).toBe(window.uid);

    const again = await raiseDueNudges(database.db, settings, new Date(leadDay.getTime() + 86_400_000));
    const nudges = await kitsuneNudges();
    expect(nudges.map((alert) => alert.dedupe_key)).toEqual(first.map((alert) => alert.dedupe_key));
    expect(again.raised).toBe(0);
  });
});
