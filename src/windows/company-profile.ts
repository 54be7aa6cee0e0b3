/**
 * The fiscal facts the predictor needs per company — its current fiscal year end and its country — resolved from
 * the companies list and the history: the companies list wins, then the latest announcement's values (so after a
 * change of fiscal year the latest year end wins), then the country's most common year end.
 */
import { toDayNumber } from './calendar-date.js';
import { type FiscalYearEnd, fiscalYearEndKey, parseFiscalYearEnd } from './fiscal-year.js';
import type { CompanyRow, HistoryRow } from './window-types.js';

export interface CompanyProfile {
  readonly companyId: string;
  /** Upper-case ISO code, or '' when unknown. */
  readonly country: string;
  readonly fye: FiscalYearEnd;
  /** Where the year end came from; `assumed` = the most common one of the country (or of all companies). */
  readonly fyeSource: 'companies' | 'history' | 'assumed';
}

function latestFirst(rows: readonly HistoryRow[]): HistoryRow[] {
  return [...rows].sort((a, b) => toDayNumber(b.announced) - toDayNumber(a.announced));
}

/** The most common year end per country (and under '*' over all), counted over companies. */
function commonYearEnds(
  companies: readonly CompanyRow[],
  historyByCompany: ReadonlyMap<string, readonly HistoryRow[]>,
): ReadonlyMap<string, FiscalYearEnd> {
  const tallies = new Map<string, Map<string, { fye: FiscalYearEnd; count: number }>>();
  const add = (country: string, fye: FiscalYearEnd): void => {
    for (const key of [country, '*']) {
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = new Map()));
      const entry = tally.get(fiscalYearEndKey(fye)) ?? { fye, count: 0 };
      entry.count += 1;
      tally.set(fiscalYearEndKey(fye), entry);
    }
  };
  const seen = new Set<string>();
  for (const company of companies) {
    const history = historyByCompany.get(company.companyId) ?? [];
    const latest = latestFirst(history)[0];
    const fye = parseFiscalYearEnd(company.fiscalYearEnd) ?? parseFiscalYearEnd(latest?.fiscalYearEnd);
    if (fye) add((company.country ?? latest?.country ?? '').toUpperCase(), fye);
    seen.add(company.companyId);
  }
  for (const [companyId, rows] of historyByCompany) {
    if (seen.has(companyId)) continue;
    const latest = latestFirst(rows).find((row) => parseFiscalYearEnd(row.fiscalYearEnd));
    const fye = parseFiscalYearEnd(latest?.fiscalYearEnd);
    if (fye && latest) add((latest.country ?? '').toUpperCase(), fye);
  }
  const common = new Map<string, FiscalYearEnd>();
  for (const [country, tally] of tallies) {
    const best = [...tally.values()].sort((a, b) => b.count - a.count || fiscalYearEndKey(a.fye).localeCompare(fiscalYearEndKey(b.fye)))[0];
    if (best) common.set(country, best.fye);
  }
  return common;
}

/** Calendar-year end, the assumption of last resort when nothing at all is known. */
const CALENDAR_YEAR_END: FiscalYearEnd = { month: 12, day: 31, monthEnd: true };

export function groupHistoryByCompany(history: readonly HistoryRow[]): Map<string, HistoryRow[]> {
  const byCompany = new Map<string, HistoryRow[]>();
  for (const row of history) {
    const rows = byCompany.get(row.companyId);
    if (rows) rows.push(row);
    else byCompany.set(row.companyId, [row]);
  }
  return byCompany;
}

/** Resolves every company's profile (companies list first, then companies seen only in the history). */
export function resolveCompanyProfiles(
  companies: readonly CompanyRow[],
  historyByCompany: ReadonlyMap<string, readonly HistoryRow[]>,
  defaultCountry: string | null,
): Map<string, CompanyProfile> {
  const common = commonYearEnds(companies, historyByCompany);
  const profiles = new Map<string, CompanyProfile>();
  const resolve = (companyId: string, listed: CompanyRow | undefined): CompanyProfile => {
    const rows = latestFirst(historyByCompany.get(companyId) ?? []);
    const country = (listed?.country ?? rows.find((row) => row.country)?.country ?? defaultCountry ?? '').toUpperCase();
    const fromList = parseFiscalYearEnd(listed?.fiscalYearEnd);
    if (fromList) return { companyId, country, fye: fromList, fyeSource: 'companies' };
    const fromHistory = rows.map((row) => parseFiscalYearEnd(row.fiscalYearEnd)).find((fye) => fye !== null);
    if (fromHistory) return { companyId, country, fye: fromHistory, fyeSource: 'history' };
    return { companyId, country, fye: common.get(country) ?? common.get('*') ?? CALENDAR_YEAR_END, fyeSource: 'assumed' };
  };
  for (const company of companies) profiles.set(company.companyId, resolve(company.companyId, company));
  for (const companyId of historyByCompany.keys()) {
    if (!profiles.has(companyId)) profiles.set(companyId, resolve(companyId, undefined));
  }
  return profiles;
}
