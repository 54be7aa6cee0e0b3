import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET_POLICIES, accountWindows } from './budget-windows.js';

describe('budget and renewal windows', () => {
  it('JP: the three months before a March year end, plus the CRM renewal date', () => {
    const windows = accountWindows(
      { accountId: 'ACC-1', fiscalYearEnd: '03-31', country: 'JP', renewalDate: '2025-07-01' },
      { from: '2024-10-01', to: '2025-09-30' },
    );
    expect(windows.map((w) => [w.kind, w.start, w.end])).toEqual([
      ['budget-planning', '2025-01-01', '2025-03-31'],
      ['renewal', '2025-07-01', '2025-07-01'],
    ]);
    expect(windows[0]?.basis).toContain('fiscal year starting Apr 1 2025');
  });

  it('US: four to one months before the year end; segments override countries', () => {
    const us = accountWindows({ accountId: 'ACC-2', fiscalYearEnd: '12-31', country: 'US' }, { from: '2025-01-01', to: '2025-12-31' });
    expect(us.map((w) => [w.start, w.end])).toEqual([['2025-09-01', '2025-11-30']]);
    const policies = { ...DEFAULT_BUDGET_POLICIES, bySegment: { enterprise: { startMonthsBeforeFye: 6, endMonthsBeforeFye: 2, note: 'enterprise' } } };
    const enterprise = accountWindows({ accountId: 'ACC-3', fiscalYearEnd: '12-31', country: 'US', segment: 'enterprise' }, { from: '2025-01-01', to: '2025-12-31' }, policies);
    expect(enterprise.map((w) => [w.start, w.end])).toEqual([['2025-07-01', '2025-10-31']]);
  });

  it('keeps month ends for February and June year ends across leap years', () => {
    const feb = accountWindows({ accountId: 'ACC-4', fiscalYearEnd: '02-28', country: 'JP' }, { from: '2027-10-01', to: '2028-09-30' });
    expect(feb.map((w) => [w.start, w.end])).toEqual([['2027-12-01', '2028-02-29']]);
    const june = accountWindows({ accountId: 'ACC-5', fiscalYearEnd: '06-30', country: 'US' }, { from: '2024-01-01', to: '2024-12-31' });
    expect(june.map((w) => [w.start, w.end])).toEqual([['2024-03-01', '2024-05-31']]);
    expect(accountWindows({ accountId: 'ACC-6', fiscalYearEnd: null, renewalDate: '2030-01-01' }, { from: '2024-01-01', to: '2024-12-31' })).toEqual([]);
  });
});
