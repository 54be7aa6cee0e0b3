import { describe, expect, it } from 'vitest';
import { predictBaselineWindows } from './baseline-predictor.js';
import { maxDaysInAnySpan } from './window-cap.js';
import type { HistoryRow } from './window-types.js';

describe('baseline: best single 60-day window per fiscal-year-end group', () => {
  const history: HistoryRow[] = [
    ...['2023-02-10', '2023-02-20', '2023-03-01', '2024-02-15', '2023-08-01'].map((announced, index) => ({ companyId: `XM${index}`, country: 'JP', fiscalYearEnd: '03-31', announced })),
    ...['2023-11-10', '2023-11-20'].map((announced, index) => ({ companyId: `XD${index}`, country: 'JP', fiscalYearEnd: '12-31', announced })),
  ];
  it('repeats each group’s best window every year, clipped to the range, within the cap', () => {
    const windows = predictBaselineWindows(history, [{ companyId: 'XN1', fiscalYearEnd: '03-31' }, { companyId: 'XN2', fiscalYearEnd: '12-31' }, { companyId: 'XN3', fiscalYearEnd: '06-30' }], { from: '2024-10-01', to: '2026-09-30' });
    const march = windows.filter((w) => w.companyId === 'XN1');
    // One 60-day window a year, holding the four Feb 10 – Mar 1 announcements (the August one cannot join them).
    expect(march).toHaveLength(2);
    for (const year of ['2025', '2026']) {
      expect(march.some((w) => w.start <= `${year}-02-10` && `${year}-03-01` <= w.end)).toBe(true);
    }
    expect(march.some((w) => w.start <= '2025-08-01' && '2025-08-01' <= w.end)).toBe(false);
    expect(march[0]?.confidence).toBe(0.8);
    expect(windows.filter((w) => w.companyId === 'XN2').some((w) => w.start <= '2024-11-10' && '2024-11-20' <= w.end)).toBe(true);
    expect(windows.filter((w) => w.companyId === 'XN3')[0]?.basis).toContain('over all announcements');
    for (const id of ['XN1', 'XN2', 'XN3']) expect(maxDaysInAnySpan(windows.filter((w) => w.companyId === id))).toBeLessThanOrEqual(60);
  });
});
