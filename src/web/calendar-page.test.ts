import { describe, expect, it } from 'vitest';
import { calendarPeriod } from './calendar-page.js';

describe('calendarPeriod', () => {
  it('gives a month one column per day, with its neighbours for paging', () => {
    const period = calendarPeriod('month', '2027-02', '2026-12-03');
    expect([period.from, period.to]).toEqual(['2027-02-01', '2027-02-28']);
    expect(period.columns).toHaveLength(28);
    expect([period.previous, period.next]).toEqual(['2027-01', '2027-03']);
  });
  it('snaps a quarter to its calendar quarter, in Monday weeks clipped to the quarter', () => {
    const period = calendarPeriod('quarter', '2027-02', '2026-12-03');
    expect([period.from, period.to]).toEqual(['2027-01-01', '2027-03-31']);
    // 2027-01-01 is a Friday: the first column is Fri–Sun, then Monday weeks; the last ends on Mar 31.
    expect(period.columns[0]).toMatchObject({ from: '2027-01-01', to: '2027-01-03' });
    expect(period.columns[1]).toMatchObject({ from: '2027-01-04', to: '2027-01-10' });
    expect(period.columns.at(-1)).toMatchObject({ from: '2027-03-29', to: '2027-03-31' });
    expect(period.columns.reduce((days, column) => days + (Date.parse(column.to) - Date.parse(column.from)) / 86_400_000 + 1, 0)).toBe(90);
    expect([period.previous, period.next]).toEqual(['2026-10', '2027-04']);
  });
  it('falls back to the current month on a malformed start', () => {
    expect(calendarPeriod('month', '2027-13', '2026-12-03').from).toBe('2026-12-01');
    expect(calendarPeriod('month', '<script>', '2026-12-03').from).toBe('2026-12-01');
  });
});
