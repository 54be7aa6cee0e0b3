/**
 * Reshuffle and budget windows for the leadership digest, computed from the database with the calendar module
 * (`src/windows/`): past announcement days per customer company feed the reshuffle predictor; each account's
 * fiscal year end gives its budget-planning window.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { accountWindows } from '../windows/budget-windows.js';
import { predictReshuffleWindows } from '../windows/reshuffle-predictor.js';
import type { CompanyRow, HistoryRow } from '../windows/window-types.js';

export interface DigestWindow {
  readonly kind: 'reshuffle_window' | 'budget_window';
  readonly companyId: number;
  /** Set for per-account windows (budget); reshuffle windows belong to the company. */
  readonly accountId: string | null;
  readonly start: string;
  readonly end: string;
  readonly basis: string;
}

/** Windows meeting `range` (inclusive `YYYY-MM-DD` days). */
export type DigestWindowLoader = (range: { readonly from: string; readonly to: string }) => Promise<readonly DigestWindow[]>;

export function databaseWindowLoader(db: Kysely<Database>): DigestWindowLoader {
  return async (range) => {
    const accounts = await db
      .selectFrom('accounts')
      .innerJoin('companies', 'companies.id', 'accounts.company_id')
      .select(['accounts.id as accountId', 'accounts.company_id as companyId', 'accounts.segment', 'accounts.country as accountCountry', 'companies.country', 'companies.fiscal_year_end'])
      .execute();
    if (accounts.length === 0) return [];
    const companyIds = [...new Set(accounts.map((account) => account.companyId).filter((id): id is number => id !== null))];
    const announcements = await db
      .selectFrom('officer_events')
      .innerJoin('companies', 'companies.id', 'officer_events.company_id')
      .select(['officer_events.company_id as companyId', 'officer_events.announced_on', 'companies.country', 'companies.fiscal_year_end'])
      .where('officer_events.company_id', 'in', companyIds)
      .where('officer_events.announced_on', 'is not', null)
      .groupBy(['officer_events.company_id', 'officer_events.announced_on', 'companies.country', 'companies.fiscal_year_end'])
      .execute();
    const history: HistoryRow[] = announcements.map((row) => ({
      companyId: String(row.companyId),
      country: row.country,
      fiscalYearEnd: row.fiscal_year_end,
      announced: row.announced_on!,
    }));
    const companies = new Map<number, CompanyRow>();
    for (const account of accounts) {
      if (account.companyId !== null) companies.set(account.companyId, { companyId: String(account.companyId), fiscalYearEnd: account.fiscal_year_end, country: account.country ?? account.accountCountry });
    }
    const windows: DigestWindow[] = predictReshuffleWindows(history, [...companies.values()], range).map((window) => ({
      kind: 'reshuffle_window',
      companyId: Number(window.companyId),
      accountId: null,
      start: window.start,
      end: window.end,
      basis: window.basis,
    }));
    for (const account of accounts) {
      if (account.companyId === null) continue;
      const budget = accountWindows(
        { accountId: account.accountId, fiscalYearEnd: account.fiscal_year_end, country: account.accountCountry ?? account.country, segment: account.segment },
        range,
      );
      for (const window of budget) {
        if (window.kind === 'budget-planning') windows.push({ kind: 'budget_window', companyId: account.companyId, accountId: account.accountId, start: window.start, end: window.end, basis: window.basis });
      }
    }
    return windows;
  };
}
