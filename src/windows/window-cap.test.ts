import { describe, expect, it } from 'vitest';
import { maxDaysInAnySpan, assertWithinCap, runsOfDays, selectDaysUnderCap } from './window-cap.js';

describe('the 60-in-365 cap', () => {
  it('takes the best 60 days of a range up to a year', () => {
    const scores = Array.from({ length: 365 }, (_, day) => (day >= 100 && day < 200 ? 2 : 1));
    const chosen = selectDaysUnderCap(scores);
    expect(chosen).toHaveLength(60);
    expect(chosen.every((day) => day >= 100 && day < 160)).toBe(true);
  });

  it('keeps every 365-day span at 60 days over a longer range, and still fills each year', () => {
    const scores = Array.from({ length: 1100 }, (_, day) => 1 + Math.sin(day / 7) ** 2 + (day % 365) / 1000);
    const chosen = selectDaysUnderCap(scores);
    const set = new Set(chosen);
    for (let start = 0; start + 365 <= 1100; start += 1) {
      let count = 0;
      for (let day = start; day < start + 365; day += 1) if (set.has(day)) count += 1;
      expect(count).toBeLessThanOrEqual(60);
    }
    expect(chosen.length).toBeGreaterThanOrEqual(170);
  });

  it('ignores days scored 0 and measures windows', () => {
    expect(selectDaysUnderCap([0, 0, 1, 0])).toEqual([2]);
    expect(runsOfDays([1, 2, 3, 7, 8, 10])).toEqual([[1, 3], [7, 8], [10, 10]]);
    const windows = [
      { start: '2025-01-01', end: '2025-01-31' },
      { start: '2025-12-01', end: '2025-12-30' },
    ];
    expect(maxDaysInAnySpan(windows)).toBe(61);
    expect(() => assertWithinCap('X1', windows)).toThrow(/61 days within 365/u);
    expect(maxDaysInAnySpan([{ start: '2025-01-01', end: '2025-01-31' }, { start: '2026-01-01', end: '2026-01-30' }])).toBe(31);
  });
});
