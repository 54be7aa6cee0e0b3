import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isBusinessDay } from './business-day-calendar.js';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from './calendar-date.js';
import { fiscalPosition, parseFiscalYearEnd } from './fiscal-year.js';
import { predictReshuffleWindows } from './reshuffle-predictor.js';
import { maxDaysInAnySpan } from './window-cap.js';
import { parseCompaniesCsv, parseHistoryCsv } from './window-csv.js';
import type { HistoryRow, PredictedWindow } from './window-types.js';

// Fictional companies in the real HISTORY/COMPANIES formats: peers with March, December, June and September year
// ends; XA100 announces every late June; XA200 has no history; XA300 moved from a March to a December year end;
// XA400 has a February year end written 02-28 and 02-29; XA500 has 2月末日 and no history.
const fixtures = join(import.meta.dirname, 'fixtures');
const history = parseHistoryCsv(readFileSync(join(fixtures, 'history.csv'), 'utf8'), 'history.csv');
const companies = parseCompaniesCsv(readFileSync(join(fixtures, 'companies.csv'), 'utf8'), 'companies.csv');

const of = (windows: readonly PredictedWindow[], companyId: string): PredictedWindow[] =>
  windows.filter((window) => window.companyId === companyId);
const days = (windows: readonly PredictedWindow[]): string[] =>
  windows.flatMap((window) =>
    Array.from({ length: daysBetween(window.start, window.end) + 1 }, (_, index) => addDays(window.start, index)),
  );
const covers = (windows: readonly PredictedWindow[], date: string): boolean =>
  windows.some((window) => window.start <= date && date <= window.end);
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const range = { from: '2024-10-01', to: '2025-09-30' };

describe('predictReshuffleWindows', () => {
  const windows = predictReshuffleWindows(history, companies, range);

  it('puts a window on the season of a company’s own repeated announcements, with a basis that says so', () => {
    const own = of(windows, 'XA100');
    expect(covers(own, '2025-06-27')).toBe(true);
    const june = own.find((window) => window.start <= '2025-06-27' && '2025-06-27' <= window.end);
    expect(june?.basis).toMatch(/^announced 3 of the last 3 observed years between Jun 27 and Jun 28/u);
    expect(june?.confidence).toBeGreaterThan(0.05);
  });

  it('predicts from the peer prior alone for a company without history', () => {
    const none = of(windows, 'XA200');
    expect(none.length).toBeGreaterThan(0);
    expect(days(none)).toHaveLength(60);
    expect(none.every((window) => window.basis.startsWith('no own history;'))).toBe(true);
    // The March-year-end peers announce in February: the prior-only company's days sit there.
    const february = days(none).filter((day) => day.slice(5, 7) === '02').length;
    expect(february).toBeGreaterThan(days(none).filter((day) => day.slice(5, 7) === '08').length);
    expect(february).toBeGreaterThanOrEqual(15);
    expect(none[0]?.basis).toContain('JP companies with a 03-31 year end');
  });

  it('moves the own season with a change of fiscal year end (latest year end wins)', () => {
    // Late-February announcements were ~5 weeks before a March year end; under the new December year end the
    // same point of the fiscal year is late November.
    const moved = of(windows, 'XA300');
    expect(covers(moved, '2024-11-25')).toBe(true);
    // Whatever covers the old calendar date now comes from the peers of the new year end, not from its own past.
    const oldSeason = moved.find((window) => covers([window], '2025-02-25'));
    expect(oldSeason?.basis ?? '').not.toMatch(/^announced/u);
    const basis = moved.find((window) => covers([window], '2024-11-25'))?.basis;
    expect(basis).toContain('former 03-31 year end');
  });

  it('treats 02-28, 02-29 and 2月末日 as one year end and lines February year ends up against March ones', () => {
    const feb = of(windows, 'XA500');
    const march = of(windows, 'XA200');
    const fye = parseFiscalYearEnd('02-28');
    const marchFye = parseFiscalYearEnd('03-31');
    if (!fye || !marchFye) throw new Error('fixture year ends');
    // Same fiscal positions, so the February company's season runs about a month earlier in the calendar.
    const febPositions = days(feb).map((day) => fiscalPosition(day, fye));
    const marchPositions = days(march).map((day) => fiscalPosition(day, marchFye));
    expect(Math.abs(median(febPositions) - median(marchPositions))).toBeLessThanOrEqual(7);
    const shift = median(days(march).map(toDayNumber)) - median(days(feb).map(toDayNumber));
    expect(shift).toBeGreaterThanOrEqual(20);
    expect(shift).toBeLessThanOrEqual(40);
    const sameAsDash = predictReshuffleWindows(history, [{ companyId: 'XA500', fiscalYearEnd: '02-29' }], range);
    expect(sameAsDash.map((w) => [w.start, w.end])).toEqual(feb.map((w) => [w.start, w.end]));
  });

  it('handles leap years: a leap-day announcement and year end place next seasons correctly', () => {
    const leapHistory: HistoryRow[] = [
      ...history,
      { companyId: 'XL001', country: 'JP', fiscalYearEnd: '02-29', announced: '2024-02-29' },
      { companyId: 'XL001', country: 'JP', fiscalYearEnd: '02-28', announced: '2023-02-28' },
    ];
    const leap = predictReshuffleWindows(leapHistory, [{ companyId: 'XL001', fiscalYearEnd: '02-28' }], {
      from: '2027-03-01',
      to: '2028-12-31',
    });
    // 2028-02-29 (a Tuesday, the year end itself) and 2027-02-26 (the last business day of February 2027).
    expect(covers(leap, '2028-02-29')).toBe(true);
    expect(leap.find((window) => covers([window], '2028-02-29'))?.basis).toMatch(/^announced 2 of the last 2 observed years between Feb 28 and Feb 29/u);
    expect(maxDaysInAnySpan(leap)).toBeLessThanOrEqual(60);
  });

  it('never covers more than 60 days in any 365, over a multi-year range and a company that announces every month', () => {
    const busy: HistoryRow[] = Array.from({ length: 24 }, (_, index) => ({
      companyId: 'XB001',
      country: 'JP',
      fiscalYearEnd: '03-31',
      announced: fromDayNumber(toDayNumber('2022-07-04') + index * 30),
    })).filter((row) => isBusinessDay(row.announced, 'JP'));
    const longRange = { from: '2024-10-01', to: '2027-09-30' };
    const result = predictReshuffleWindows([...history, ...busy], [{ companyId: 'XB001', fiscalYearEnd: '03-31' }, ...companies], longRange);
    for (const companyId of ['XB001', 'XA100', 'XA200', 'XA300', 'XA400', 'XA500', 'XP001']) {
      const mine = of(result, companyId);
      expect(maxDaysInAnySpan(mine, 365)).toBeLessThanOrEqual(60);
      // The allowance is used in every year of the range, not spent in the first one.
      expect(days(mine).length).toBeGreaterThan(150);
    }
    // A tighter cap is honoured the same way.
    const tight = predictReshuffleWindows(history, companies, longRange, { cap: { capDays: 20, spanDays: 365 } });
    for (const company of companies) expect(maxDaysInAnySpan(of(tight, company.companyId))).toBeLessThanOrEqual(20);
  });

  it('spends window days on Tokyo business days only, and contiguous calendar windows when asked', () => {
    const all = days(windows.filter((window) => window.companyId.startsWith('XA')));
    expect(all.every((day) => isBusinessDay(day, 'JP'))).toBe(true);
    // 2025-02-11 (National Foundation Day) and 2025-02-24 (substitute holiday) lie inside the peers' season.
    expect(all).not.toContain('2025-02-11');
    expect(all).not.toContain('2025-02-24');
    const calendar = predictReshuffleWindows(history, companies, range, { businessDaysOnly: false });
    const calendarDays = days(of(calendar, 'XA200'));
    expect(calendarDays).toHaveLength(60);
    expect(calendarDays.some((day) => !isBusinessDay(day, 'JP'))).toBe(true);
  });

  describe('in any process time zone', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });
    it('gives the same Tokyo dates whether the server runs in Tokyo or Honolulu', () => {
      process.env.TZ = 'Asia/Tokyo';
      const tokyo = predictReshuffleWindows(history, companies, range);
      process.env.TZ = 'Pacific/Honolulu';
      const honolulu = predictReshuffleWindows(history, companies, range);
      expect(honolulu).toEqual(tokyo);
      expect(covers(of(honolulu, 'XA100'), '2025-06-27')).toBe(true);
    });
  });

  it('confidence is a share of the year: the windows of a company sum to at most 1', () => {
    for (const company of companies) {
      const total = of(windows, company.companyId).reduce((sum, window) => sum + window.confidence, 0);
      expect(total).toBeGreaterThan(0.2);
      expect(total).toBeLessThanOrEqual(1.001);
    }
  });

  it('rejects a reversed range', () => {
    expect(() => predictReshuffleWindows(history, companies, { from: '2025-01-02', to: '2025-01-01' })).toThrow(/ends before/u);
  });
});
