/**
 * Reshuffle windows for calendar ranges of any length. The predictor spends its 60-day allowance on the best days
 * of the range it is given, so a one-month query would come back fully covered. The calendar therefore always
 * predicts whole fiscal years (each company's own: the day after its year end to the next year end) and clips
 * them to the query: a window is the same whatever range asks for it, and keeps its key from one day to the next.
 */
import { type CalendarDate, addDays } from '../windows/calendar-date.js';
import { nextFiscalYearEnd, parseFiscalYearEnd, previousFiscalYearEnd } from '../windows/fiscal-year.js';
import { type ReshufflePredictorOverrides, predictReshuffleWindows } from '../windows/reshuffle-predictor.js';
import type { CompanyRow, DateRange, HistoryRow, PredictedWindow } from '../windows/window-types.js';

export interface FiscalYearWindow extends PredictedWindow {
  /** First day of the fiscal year the window was chosen in. */
  readonly fiscalYearStart: CalendarDate;
  /** Stable key: company, fiscal year and the window's order in it. */
  readonly key: string;
}

/** The fiscal years (first and last day) of a year end that meet `range`; calendar years when it is unknown. */
export function fiscalYearsMeeting(fiscalYearEnd: string | null, range: DateRange): DateRange[] {
  const fye = parseFiscalYearEnd(fiscalYearEnd ?? '12-31') ?? parseFiscalYearEnd('12-31');
  if (!fye) return [];
  const years: DateRange[] = [];
  let start = addDays(previousFiscalYearEnd(fye, addDays(range.from, -1)), 1);
  while (start <= range.to) {
    const end = nextFiscalYearEnd(fye, start);
    years.push({ from: start, to: end });
    start = addDays(end, 1);
  }
  return years;
}

/** Windows meeting `range` for each company, chosen per fiscal year; by company (in `companies` order) then date. */
export function predictFiscalYearWindows(
  history: readonly HistoryRow[],
  companies: readonly CompanyRow[],
  range: DateRange,
  overrides?: ReshufflePredictorOverrides,
): FiscalYearWindow[] {
  // Companies sharing a year end share fiscal years: one predictor call per group and year.
  const groups = new Map<string, CompanyRow[]>();
  for (const company of companies) {
    const fye = parseFiscalYearEnd(company.fiscalYearEnd);
    const key = fye ? `${fye.month}-${fye.day}` : 'unknown';
    const group = groups.get(key);
    if (group) group.push(company);
    else groups.set(key, [company]);
  }
  const byCompany = new Map<string, FiscalYearWindow[]>();
  for (const group of groups.values()) {
    for (const year of fiscalYearsMeeting(group[0]?.fiscalYearEnd ?? null, range)) {
      const windows = predictReshuffleWindows(history, group, year, overrides);
      const ordinal = new Map<string, number>();
      for (const window of windows) {
        const index = ordinal.get(window.companyId) ?? 0;
        ordinal.set(window.companyId, index + 1);
        if (window.end < range.from || window.start > range.to) continue;
        const list = byCompany.get(window.companyId) ?? [];
        list.push({ ...window, fiscalYearStart: year.from, key: `${window.companyId}:${year.from}:${index + 1}` });
        byCompany.set(window.companyId, list);
      }
    }
  }
  return companies.flatMap((company) => (byCompany.get(company.companyId) ?? []).sort((a, b) => a.start.localeCompare(b.start)));
}
