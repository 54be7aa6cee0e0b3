import { describe, expect, it } from 'vitest';
import { fiscalPosition, parseFiscalYearEnd } from '../windows/fiscal-year.js';
import { predictReshuffleWindows } from '../windows/reshuffle-predictor.js';
import { SEED_ANNOUNCEMENTS, SEED_COVERAGE, seedHistory } from './seed-priors.js';

const march = parseFiscalYearEnd('03-31');
const december = parseFiscalYearEnd('12-31');

describe('seedHistory', () => {
  it('places JP seeds in the 役員人事 season before the year end, the May candidates and the AGM', () => {
    if (!march) throw new Error('fye');
    const rows = seedHistory('JP', march);
    expect(rows).toHaveLength(SEED_ANNOUNCEMENTS);
    expect(rows.every((row) => row.announced >= SEED_COVERAGE.from && row.announced <= SEED_COVERAGE.to)).toBe(true);
    const months = rows.map((row) => row.announced.slice(5, 7));
    expect(months.filter((month) => ['01', '02', '03'].includes(month)).length).toBe(22);
    expect(months.filter((month) => month === '05').length).toBe(12);
    expect(months.filter((month) => ['06', '07'].includes(month)).length).toBe(6);
    expect(rows.every((row) => row.companyId === 'seed:JP:03-31' && row.fiscalYearEnd === '03-31')).toBe(true);
  });

  it('places seeds relative to the year end, so a December company gets its season three months earlier', () => {
    if (!march || !december) throw new Error('fye');
    const jp = seedHistory('JP', march).map((row) => fiscalPosition(row.announced, march)).sort((a, b) => a - b);
    const dec = seedHistory('JP', december).map((row) => fiscalPosition(row.announced, december)).sort((a, b) => a - b);
    expect(dec).toEqual(jp);
    // US (and unknown countries): proxy season 30–110 days after the year end holds half.
    const us = seedHistory('US', december).map((row) => fiscalPosition(row.announced, december));
    expect(us.filter((position) => position >= 29 && position <= 109)).toHaveLength(20);
    expect(seedHistory('', december).map((row) => row.announced)).toEqual(seedHistory('US', december).map((row) => row.announced));
  });

  it('gives a company without history a season-shaped prior window instead of the first days of its year', () => {
    if (!march) throw new Error('fye');
    const windows = predictReshuffleWindows(seedHistory('JP', march), [{ companyId: 'X', fiscalYearEnd: '03-31', country: 'JP' }], { from: '2026-04-01', to: '2027-03-31' }, { prior: { coverage: [SEED_COVERAGE] } });
    expect(windows.length).toBeGreaterThan(0);
    expect(windows.some((window) => window.start.slice(5, 7) === '02' || window.start.slice(5, 7) === '03')).toBe(true);
    expect(windows[0]?.start).not.toBe('2026-04-01');
    expect(windows.every((window) => window.basis.startsWith('no own history'))).toBe(true);
  });
});
