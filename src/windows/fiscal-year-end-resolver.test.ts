import { describe, expect, it } from 'vitest';
import { resolveFiscalYearEnd } from './fiscal-year-end-resolver.js';

describe('resolving the fiscal year end', () => {
  it('takes the most recent filing over older filings and over extracted or CRM values', () => {
    const resolved = resolveFiscalYearEnd([
      { value: '0331', source: 'edinet', observedAt: '2023-06-28' },
      { value: '12-31', source: 'edinet', observedAt: '2025-03-27', url: 'https://example.test/yuho' },
      { value: '03-31', source: 'crm', observedAt: '2025-06-01' },
      { value: '9月30日', source: 'extracted', observedAt: '2025-07-01' },
    ]);
    expect(resolved).toEqual({ fye: { month: 12, day: 31, monthEnd: true }, key: '12-31', source: 'edinet', observedAt: '2025-03-27', url: 'https://example.test/yuho' });
  });

  it('falls back to lower tiers, lets a manual value win, and skips unreadable values', () => {
    expect(resolveFiscalYearEnd([{ value: '2月末日', source: 'extracted', observedAt: '2024-04-10' }])?.key).toBe('02-28');
    expect(resolveFiscalYearEnd([
      { value: '03-31', source: 'edgar', observedAt: '2025-01-01' },
      { value: '06-30', source: 'manual', observedAt: '2020-01-01' },
    ])?.source).toBe('manual');
    expect(resolveFiscalYearEnd([{ value: 'soon', source: 'edgar', observedAt: '2025-01-01' }])).toBeNull();
  });
});
