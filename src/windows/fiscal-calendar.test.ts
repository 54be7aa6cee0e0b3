import { describe, expect, it } from 'vitest';
import { fiscalCalendarForCycle, upcomingFiscalCalendar } from './fiscal-calendar.js';

const byKind = (entries: readonly { kind: string; date: string; status: string; basis: string }[]) =>
  Object.fromEntries(entries.map((entry) => [entry.kind, entry]));

describe('fiscal calendar', () => {
  it('estimates a Japanese March year end: results within 45 days, AGM late June', () => {
    const entries = byKind(fiscalCalendarForCycle({ fiscalYearEnd: '03-31', country: 'JP' }, '2025-03-31'));
    expect(entries.earnings).toMatchObject({ date: '2025-05-15', status: 'estimated' });
    expect(entries.agm).toMatchObject({ date: '2025-06-26', status: 'estimated' });
    expect(entries['annual-report']).toMatchObject({ date: '2025-06-30' });
    expect(entries['proxy-statement']).toBeUndefined();
  });

  it('uses announced dates, then the company’s own past dates', () => {
    const entries = byKind(
      fiscalCalendarForCycle(
        { fiscalYearEnd: '03-31', country: 'JP', announced: { agm: '2025-06-20' }, past: { earnings: ['2023-05-12', '2024-05-10'] } },
        '2025-03-31',
      ),
    );
    expect(entries.agm).toMatchObject({ date: '2025-06-20', status: 'announced' });
    // 2024-05-10 was 40 days after 2024-03-31; 40 days after 2025-03-31 is Saturday 2025-05-10 → Friday.
    expect(entries.earnings).toMatchObject({ date: '2025-05-09', status: 'estimated' });
    expect(entries.earnings?.basis).toContain('as in 2024');
  });

  it('estimates a US calendar year: 10-K by filer status, proxy 40 days before a May AGM', () => {
    const entries = byKind(fiscalCalendarForCycle({ fiscalYearEnd: '1231', country: 'US', usFilerStatus: 'large-accelerated' }, '2024-12-31'));
    expect(entries['annual-report']).toMatchObject({ date: '2025-03-03' }); // day 60 is Saturday Mar 1
    expect(entries.agm).toMatchObject({ date: '2025-05-15' });
    expect(entries['proxy-statement']).toMatchObject({ date: '2025-04-04' });
  });

  it('handles a February year end in a leap year and picks the upcoming cycle', () => {
    const leap = byKind(fiscalCalendarForCycle({ fiscalYearEnd: '2月末日', country: 'JP' }, '2024-02-29'));
    expect(leap['fiscal-year-end']?.date).toBe('2024-02-29');
    expect(leap.earnings?.date).toBe('2024-04-12'); // 45 days → Sunday Apr 14 → Friday
    expect(leap.agm?.date).toBe('2024-05-24'); // May 26 is a Sunday
    const before = upcomingFiscalCalendar({ fiscalYearEnd: '03-31', country: 'JP' }, '2025-06-01');
    expect(before.find((entry) => entry.kind === 'fiscal-year-end')?.date).toBe('2025-03-31');
    const after = upcomingFiscalCalendar({ fiscalYearEnd: '03-31', country: 'JP' }, '2025-07-01');
    expect(after.find((entry) => entry.kind === 'fiscal-year-end')?.date).toBe('2026-03-31');
  });
});
