import { describe, expect, it } from 'vitest';
import { parseCompaniesCsv, parseHistoryCsv } from './window-csv.js';

describe('windows predict CSV inputs', () => {
  it('reads history with extra columns, quoted fields, a BOM and blank optional fields', () => {
    const rows = parseHistoryCsv(
      '\uFEFFcompany_id,company_name,country,fiscal_year_end,announced\r\nXC001,"Fuji, Minami KK",JP,03-31,2024-02-14\r\nXC002,Kumo KK,,,2024-05-10\r\n',
      'h.csv',
    );
    expect(rows).toEqual([
      { companyId: 'XC001', country: 'JP', fiscalYearEnd: '03-31', announced: '2024-02-14' },
      { companyId: 'XC002', country: null, fiscalYearEnd: null, announced: '2024-05-10' },
    ]);
  });

  it('names file, line and column in errors', () => {
    expect(() => parseHistoryCsv('company_id,country,fiscal_year_end,announced\nXC001,JP,03-31,2024-02-30\n', 'h.csv')).toThrow(
      'h.csv:2: column 4 (announced): "2024-02-30" not a calendar date (YYYY-MM-DD)',
    );
    expect(() => parseHistoryCsv('company_id,country,fiscal_year_end,announced\nXC001,JP,03-31,2024-02-14\nXC002,JP,13-01,2024-02-14\n', 'h.csv')).toThrow(
      'h.csv:3: column 3 (fiscal_year_end): "13-01" not a fiscal year end (MM-DD)',
    );
    expect(() => parseHistoryCsv('company_id,country\nXC001,JP\n', 'h.csv')).toThrow('h.csv:1: missing column announced');
    expect(() => parseCompaniesCsv('company_id,fiscal_year_end\n,03-31\n', 'c.csv')).toThrow('c.csv:2: column 1 (company_id): "" company_id is empty');
    expect(() => parseCompaniesCsv('company_id,fiscal_year_end\nXC001,03-31,extra\n', 'c.csv')).toThrow(/^c\.csv: .*line 2/u);
  });

  it('reads companies with 2月末日 and an optional country', () => {
    expect(parseCompaniesCsv('company_id,fiscal_year_end,country\nXC003,2月末日,jp\nXC004,,\n', 'c.csv')).toEqual([
      { companyId: 'XC003', fiscalYearEnd: '2月末日', country: 'jp' },
      { companyId: 'XC004', fiscalYearEnd: null, country: null },
    ]);
  });
});
