import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '../windows/window-types.js';
import { predictFiscalYearWindows } from './fiscal-year-windows.js';

// A fictional March-year-end company announcing every early February, and a peer group to learn a prior from.
const own = (announced: string): HistoryRow => ({ companyId: 'owl', country: 'JP', fiscalYearEnd: '03-31', announced });
const peers: HistoryRow[] = Array.from({ length: 30 }, (_, i) => ({
  companyId: `peer-${i}`,
  country: 'JP',
  fiscalYearEnd: '03-31',
  announced: `${2021 + (i % 4)}-0${1 + (i % 3)}-${String(10 + (i % 15)).padStart(2, '0')}`,
}));
const history = [...peers, ...['2022-02-07', '2023-02-07', '2024-02-07', '2025-02-07'].map(own)];
const range = { from: '2025-04-01', to: '2026-03-31' };
const companies = [{ companyId: 'owl', fiscalYearEnd: '03-31', country: 'JP' }];

describe('fiscal-year window keys', () => {
  it('name a window by company, kind, fiscal year and the half-month of its peak', () => {
    const windows = predictFiscalYearWindows(history, companies, range);
    const february = windows.find((window) => window.start <= '2026-02-06' && window.end >= '2026-02-06');
    expect(february?.key).toBe('owl:reshuffle:2025-04-01:02a');
    expect(new Set(windows.map((window) => window.key)).size).toBe(windows.length);
  });

  it('keep a window’s key when an announcement in another season is added before it', () => {
    const before = predictFiscalYearWindows(history, companies, range);
    const after = predictFiscalYearWindows([...history, own('2025-09-18')], companies, range);
    const key = (windows: typeof before) => windows.find((window) => window.start <= '2026-02-06' && window.end >= '2026-02-06')?.key;
    expect(after.some((window) => window.start <= '2025-09-18' && window.end >= '2025-09-18')).toBe(true);
    expect(key(after)).toBe(key(before));
  });
});
