/** The calendar assembled from the database: every entry kind on the fictional portfolio, on both databases. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assembleCalendar } from '../../src/calendar/calendar-assembly.js';
import type { CalendarEntry } from '../../src/calendar/calendar-entry.js';
import { DEFAULT_CALENDAR_SETTINGS, calendarSettingsSchema } from '../../src/calendar/calendar-settings.js';
import { isBusinessDay } from '../../src/windows/business-day-calendar.js';
import { addDays, daysBetween } from '../../src/windows/calendar-date.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { CSM_B, type Portfolio, seedPortfolio } from './calendar-fixtures.js';

const NOW = new Date('2026-01-10T03:00:00Z');
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

const of = (entries: readonly CalendarEntry[], accountId: string, kind?: CalendarEntry['kind']): CalendarEntry[] =>
  entries.filter((entry) => entry.account.id === accountId && (!kind || entry.kind === kind));
const covers = (entries: readonly CalendarEntry[], date: string): CalendarEntry | undefined =>
  entries.find((entry) => entry.start <= date && date <= entry.end);
/** Window days a filing can fall on (the 60-day allowance is spent on business days; weekends inside are free). */
const dayCount = (entries: readonly CalendarEntry[]): number =>
  entries.reduce((sum, entry) => sum + Array.from({ length: daysBetween(entry.start, entry.end) + 1 }, (_, i) => addDays(entry.start, i)).filter((day) => isBusinessDay(day, 'JP')).length, 0);
const daysIn = (entries: readonly CalendarEntry[], month: string): number =>
  entries.flatMap((entry) => Array.from({ length: daysBetween(entry.start, entry.end) + 1 }, (_, i) => addDays(entry.start, i))).filter((day) => day.slice(5, 7) === month).length;

describe.each(testDatabaseKinds())('calendar assembly on %s', (kind) => {
  let database: TestDatabase;
  let portfolio: Portfolio;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    portfolio = await seedPortfolio(database.db);
  });
  afterEach(async () => {
    await database.close();
  });

  it('gives each company its fiscal calendar, announced dates marked announced and the rest estimated', async () => {
    const entries = await assembleCalendar(database.db, DEFAULT_CALENDAR_SETTINGS, YEAR, NOW);
    const kitsune = of(entries, 'ACC-KIT');
    expect(kitsune.find((entry) => entry.kind === 'fiscal-year-end')).toMatchObject({ start: '2026-03-31', status: 'announced' });
    expect(kitsune.find((entry) => entry.kind === 'earnings')).toMatchObject({ start: '2026-05-13', status: 'announced' });
    expect(kitsune.find((entry) => entry.kind === 'agm')).toMatchObject({ start: '2026-06-25', status: 'announced' });
    const usagiEarnings = of(entries, 'ACC-USA', 'earnings')[0];
    expect(usagiEarnings?.status).toBe('estimated');
    expect(usagiEarnings?.basis).toMatch(/JP rule/u);
    expect(usagiEarnings?.start.slice(0, 7)).toBe('2026-05');
    expect(kitsune[0]?.company?.fiscalYearEndSource).toMatch(/^edinet/u);
    // Entries carry the account, its ARR and renewal date.
    expect(kitsune[0]?.account).toMatchObject({ name: 'Kitsune Kogyo', arr: 120000, renewalDate: '2026-09-30', owner: 'aiko.csm@vendor.example' });
  });

  it("puts a reshuffle window on a company's own season, dated in Tokyo, with a basis that says so", async () => {
    const entries = await assembleCalendar(database.db, DEFAULT_CALENDAR_SETTINGS, YEAR, NOW);
    const windows = of(entries, 'ACC-KIT', 'reshuffle-window');
    const february = covers(windows, '2026-02-13');
    expect(february).toBeDefined();
    // Filed 01:30 JST on Feb 14 each year (Feb 13 in UTC): the basis names the Tokyo day.
    expect(february?.basis).toMatch(/^announced 4 of the last 4 observed years, on Feb 14/u);
    expect(february?.status).toBe('predicted');
    expect(february?.confidence ?? 0).toBeGreaterThan(0.05);
    // At most 60 window days in the fiscal year.
    expect(dayCount(windows.filter((w) => w.start >= '2026-04-01'))).toBeLessThanOrEqual(60);
  });

  it('predicts from the country prior alone for a company without history (seeded while the database is thin)', async () => {
    const entries = await assembleCalendar(database.db, DEFAULT_CALENDAR_SETTINGS, { from: '2026-04-01', to: '2027-03-31' }, NOW);
    const windows = of(entries, 'ACC-USA', 'reshuffle-window');
    expect(windows.length).toBeGreaterThan(0);
    expect(dayCount(windows)).toBeLessThanOrEqual(60);
    expect(dayCount(windows)).toBeGreaterThan(40);
    expect(windows.every((window) => window.basis.startsWith('no own history'))).toBe(true);
    // The prior's count is not all real disclosures, and the basis says so.
    expect(windows[0]?.basis).toMatch(/\(\d+ announcements, 40 of them built-in seasonality while the history is thin\)$/u);
    // Windows holding almost nothing (the predictor's last picks) stay off the calendar.
    expect(entries.filter((entry) => entry.kind === 'reshuffle-window').every((entry) => (entry.confidence ?? 0) >= 0.02)).toBe(true);
    // JP March year end: the 役員人事 season before the year end and the AGM-candidate season in May.
    expect(daysIn(windows, '02') + daysIn(windows, '03') + daysIn(windows, '05')).toBeGreaterThan(daysIn(windows, '08') + daysIn(windows, '09') + daysIn(windows, '10'));
  });

  it('without seeds a thin database gives a flat prior: the window is just the first business days of the year', async () => {
    // This documents why the seeds exist: the predictor learns priors only from the history it is given.
    await database.db.deleteFrom('officer_events').execute();
    const unseeded = calendarSettingsSchema.parse({ seedPriors: { minAnnouncements: 0 } });
    const entries = await assembleCalendar(database.db, unseeded, { from: '2026-04-01', to: '2027-03-31' }, NOW);
    const windows = of(entries, 'ACC-USA', 'reshuffle-window');
    expect(windows[0]?.start).toBe('2026-04-01');
    expect(windows.at(-1)?.end.slice(0, 7)).toBe('2026-06');
  });

  it('follows a change of fiscal year end: the filings’ latest year end wins and the own season moves with it', async () => {
    const entries = await assembleCalendar(database.db, DEFAULT_CALENDAR_SETTINGS, YEAR, NOW);
    const tanuki = of(entries, 'ACC-TAN');
    expect(tanuki[0]?.company?.fiscalYearEnd).toBe('12-31');
    expect(tanuki.find((entry) => entry.kind === 'fiscal-year-end')?.start).toBe('2026-12-31');
    expect(tanuki.find((entry) => entry.kind === 'budget-planning')).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
    // Late February was five weeks before the old March year end: now late November.
    const moved = covers(of(entries, 'ACC-TAN', 'reshuffle-window'), '2026-11-24');
    expect(moved?.basis).toContain('former 03-31 year end');
  });

  it('places a 02-29 year end on the last day of February in common and leap years', async () => {
    const entries = await assembleCalendar(database.db, DEFAULT_CALENDAR_SETTINGS, { from: '2027-01-01', to: '2028-03-31' }, NOW);
    const kamome = of(entries, 'ACC-KAM');
    expect(kamome.filter((entry) => entry.kind === 'fiscal-year-end').map((entry) => entry.start)).toEqual(['2027-02-28', '2028-02-29']);
    const budgets = kamome.filter((entry) => entry.kind === 'budget-planning');
    expect(budgets.map((entry) => [entry.start, entry.end])).toEqual([
      ['2026-12-01', '2027-02-28'],
      ['2027-12-01', '2028-02-29'],
    ]);
  });

  it('shows an announced future change as a fixed entry with its evidence link', async () => {
    const entries = await assembleCalendar(database.db, DEFAULT_CALENDAR_SETTINGS, YEAR, NOW);
    const change = of(entries, 'ACC-NWA', 'announced-change')[0];
    expect(change).toMatchObject({ start: '2026-04-01', end: '2026-04-01', status: 'announced', evidenceUrl: portfolio.cfoChangeUrl });
    expect(change?.basis).toMatch(/^announced 2026-03-02: Jordan Vale, appointed \(Chief Financial Officer\), effective Apr 1/u);
  });

  it('gives budget windows by country and segment policy, and renewal dates from the CRM', async () => {
    const settings = calendarSettingsSchema.parse({ budget: { bySegment: { enterprise: { startMonthsBeforeFye: 6, endMonthsBeforeFye: 2 } } } });
    const entries = await assembleCalendar(database.db, settings, YEAR, NOW);
    // Enterprise segment wins over the US default: Jul 1 – Oct 31 before a Dec 31 year end.
    expect(of(entries, 'ACC-NWA', 'budget-planning')[0]).toMatchObject({ start: '2026-07-01', end: '2026-10-31', status: 'estimated' });
    expect(of(entries, 'ACC-NWA', 'budget-planning')[0]?.basis).toContain('segment enterprise');
    // Usagi (JP default): the three months before its March year end.
    expect(of(entries, 'ACC-USA', 'budget-planning')[0]).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
    expect(of(entries, 'ACC-BIR').map((entry) => [entry.kind, entry.start])).toEqual([['renewal', '2026-07-01']]);
    expect(of(entries, 'ACC-NWA', 'renewal')[0]).toMatchObject({ start: '2026-11-15', status: 'announced' });
  });

  it('filters by owner, country and segment, and keeps entry keys stable whatever range asks for them', async () => {
    const mine = await assembleCalendar(database.db, DEFAULT_CALENDAR_SETTINGS, { ...YEAR, owner: CSM_B.toUpperCase() }, NOW);
    expect([...new Set(mine.map((entry) => entry.account.id))].sort()).toEqual(['ACC-BIR', 'ACC-KAM', 'ACC-USA']);
    const us = await assembleCalendar(database.db, DEFAULT_CALENDAR_SETTINGS, { ...YEAR, country: 'us' }, NOW);
    expect([...new Set(us.map((entry) => entry.account.id))]).toEqual(['ACC-NWA']);
    const enterprise = await assembleCalendar(database.db, DEFAULT_CALENDAR_SETTINGS, { ...YEAR, segment: 'enterprise' }, NOW);
    expect([...new Set(enterprise.map((entry) => entry.account.id))].sort()).toEqual(['ACC-KIT', 'ACC-NWA']);

    const year = await assembleCalendar(database.db, DEFAULT_CALENDAR_SETTINGS, YEAR, NOW);
    const february = await assembleCalendar(database.db, DEFAULT_CALENDAR_SETTINGS, { from: '2026-02-01', to: '2026-02-28' }, NOW);
    const inFebruary = year.filter((entry) => entry.start <= '2026-02-28' && entry.end >= '2026-02-01');
    expect(february.map((entry) => [entry.uid, entry.start, entry.end])).toEqual(inFebruary.map((entry) => [entry.uid, entry.start, entry.end]));
    expect(new Set(year.map((entry) => entry.uid)).size).toBe(year.length);
  });
});
