import { describe, expect, it } from 'vitest';
import {
  fiscalPosition,
  fiscalYearEndKey,
  nextFiscalYearEnd,
  parseFiscalYearEnd,
  previousFiscalYearEnd,
} from './fiscal-year.js';

const fye = (text: string) => {
  const parsed = parseFiscalYearEnd(text);
  if (!parsed) throw new Error(`unparsed ${text}`);
  return parsed;
};

describe('fiscal year ends', () => {
  it('reads the forms sources give', () => {
    expect(fiscalYearEndKey(fye('03-31'))).toBe('03-31');
    expect(fiscalYearEndKey(fye('0930'))).toBe('09-30');
    expect(fiscalYearEndKey(fye('--12-31'))).toBe('12-31');
    expect(fiscalYearEndKey(fye('3月31日'))).toBe('03-31');
    expect(fiscalYearEndKey(fye('２月末日'))).toBe('02-28');
    expect(fiscalYearEndKey(fye('02-29'))).toBe('02-28');
    expect(fye('05-20').monthEnd).toBe(false);
    expect(parseFiscalYearEnd('04-31')).toBeNull();
    expect(parseFiscalYearEnd('')).toBeNull();
  });

  it('puts a February year end on the last day of February, leap or not', () => {
    expect(nextFiscalYearEnd(fye('02-28'), '2023-03-01')).toBe('2024-02-29');
    expect(nextFiscalYearEnd(fye('02-29'), '2024-03-01')).toBe('2025-02-28');
    expect(nextFiscalYearEnd(fye('2月末日'), '2028-02-29')).toBe('2028-02-29');
    expect(previousFiscalYearEnd(fye('02-28'), '2024-02-28')).toBe('2023-02-28');
    expect(nextFiscalYearEnd(fye('03-31'), '2025-03-31')).toBe('2025-03-31');
    expect(nextFiscalYearEnd(fye('03-31'), '2025-04-01')).toBe('2026-03-31');
  });

  it('places dates in the fiscal year the same way every year', () => {
    expect(fiscalPosition('2025-04-01', fye('03-31'))).toBe(0);
    expect(fiscalPosition('2025-03-31', fye('03-31'))).toBe(364);
    expect(fiscalPosition('2024-02-29', fye('02-28'))).toBe(364);
    expect(fiscalPosition('2025-02-28', fye('02-28'))).toBe(364);
    expect(fiscalPosition('2024-03-01', fye('02-29'))).toBe(0);
    // A 02-28 company's position is a March company's a month later.
    expect(fiscalPosition('2025-01-15', fye('02-28'))).toBe(fiscalPosition('2025-02-15', fye('03-31')));
  });
});
