/**
 * Per-country and per-segment budget policies reach imported accounts: the CSV's country (any spelling) and
 * segment columns pick the policy that the calendar settings configure. Fictional accounts.
 */
import { describe, expect, it } from 'vitest';
import { budgetPoliciesFrom, calendarSettingsSchema } from '../../src/calendar/calendar-settings.js';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { accountWindows } from '../../src/windows/budget-windows.js';

const settings = calendarSettingsSchema.parse({
  budget: {
    bySegment: { enterprise: { startMonthsBeforeFye: 6, endMonthsBeforeFye: 2 } },
    byCountry: { DE: { startMonthsBeforeFye: 5, endMonthsBeforeFye: 2 } },
  },
});

const CSV = [
  'account_id,account_name,contact_id,contact_name,country,segment',
  'A-ORC,Orchid Labs,O1,Nils Farrow,United States,Enterprise',
  'A-HAL,Halvorsen Biotech AG,H1,Lena Voss,Germany,',
  'A-MIN,みなと精機,M1,渡辺 花子,日本,',
  'A-QUI,Quillfeather Foods,Q1,Ana Ono,,',
].join('\n');

describe('budget windows of imported accounts', () => {
  it('apply the segment policy, then the country policy, then the defaults', () => {
    const rows = parseContactsCsv(Buffer.from(CSV), 'accounts.csv').rows;
    const policies = budgetPoliciesFrom(settings);
    const windowOf = (accountId: string, fiscalYearEnd: string) => {
      const row = rows.find((r) => r.accountId === accountId)!;
      const [window] = accountWindows({ accountId, fiscalYearEnd, country: row.country, segment: row.segment }, { from: '2026-04-01', to: '2027-03-31' }, policies);
      return [window?.start, window?.end, window?.basis.split('; ')[1]];
    };
    // Enterprise (configured, written "Enterprise" in the CRM) wins over the US default of 4 to 1 months.
    expect(windowOf('A-ORC', '12-31')).toEqual(['2026-07-01', '2026-10-31', 'configured budget period for segment enterprise: 6 to 2 months before the year end']);
    expect(windowOf('A-HAL', '12-31')).toEqual(['2026-08-01', '2026-10-31', 'configured budget period for DE: 5 to 2 months before the year end']);
    expect(windowOf('A-MIN', '03-31')).toEqual(['2027-01-01', '2027-03-31', 'JP budgets are set in the 3 months before the year end']);
    expect(windowOf('A-QUI', '12-31')).toEqual(['2026-09-01', '2026-11-30', 'budgets are usually planned 4 to 1 months before the year end']);
  });
});
