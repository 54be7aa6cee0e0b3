/**
 * Reshuffle windows for calendar ranges of any length. The predictor spends its 60-day allowance on the best days
 * of the range it is given, so a one-month query would come back fully covered. The calendar therefore always
 * predicts whole fiscal years (each company's own: the day after its year end to the next year end) and clips
 * them to the query: a window is the same whatever range asks for it, and keeps its key from one day to the next.
 *
 * The key names the window by its season, not by its place in the year: company, kind, fiscal year and the
 * half-month of the window's peak day (see `PredictedWindow.peak`). A new announcement in another season adds or
 * takes days elsewhere and may move this window's edges, but not its peak, so its iCalendar UID and its nudge's
 * dedupe key stay the same (numbering windows by start order renumbered them all).
 */
import { type CalendarDate, addDays, daysBetween } from '../windows/calendar-date.js';
import { nextFiscalYearEnd, parseFiscalYearEnd, previousFiscalYearEnd } from '../windows/fiscal-year.js';
import { type ReshufflePredictorOverrides, predictReshuffleWindows } from '../windows/reshuffle-predictor.js';
import type { CompanyRow, DateRange, HistoryRow, PredictedWindow } from '../windows/window-types.js';

export interface FiscalYearWindow extends PredictedWindow {
  /** First day of the fiscal year the window was chosen in. */
  readonly fiscalYearStart: CalendarDate;
  /** Stable key: company, kind, fiscal year and the half-month of the window's peak (`7:reshuffle:2025-04-01:02b`). */
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
      const ofYear = new Map<string, PredictedWindow[]>();
      for (const window of predictReshuffleWindows(history, group, year, overrides)) {
        const list = ofYear.get(window.companyId) ?? [];
        list.push(window);
        ofYear.set(window.companyId, list);
      }
      // Merged and keyed before clipping, so a window is the same whichever part of it the range meets.
      for (const [companyId, list] of ofYear) {
        const meeting = withSeasonKeys(mergeAcrossClosedDays(list), year.from).filter((window) => window.end >= range.from && window.start <= range.to);
        byCompany.set(companyId, [...(byCompany.get(companyId) ?? []), ...meeting]);
      }
    }
  }
  return companies.flatMap((company) => (byCompany.get(company.companyId) ?? []).sort((a, b) => a.start.localeCompare(b.start)));
}

/**
 * The predictor spends days on business days only, so one season comes back as runs split by weekends and holidays
 * (sharing one basis sentence). On a calendar that is one window: runs with the same basis at most this many days
 * apart are joined, their confidences added. (The batch output keeps the runs: its 60-day cap counts open days.)
 */
const MAX_CLOSED_GAP_DAYS = 5;

function mergeAcrossClosedDays(windows: readonly PredictedWindow[]): PredictedWindow[] {
  const merged: PredictedWindow[] = [];
  for (const window of windows) {
    const previous = merged[merged.length - 1];
    if (previous && previous.basis === window.basis && daysBetween(previous.end, window.start) <= MAX_CLOSED_GAP_DAYS) {
      merged[merged.length - 1] = {
        ...previous,
        end: window.end,
        confidence: Math.round((previous.confidence + window.confidence) * 1000) / 1000,
        // Runs of one season share their peak; of two seasons joined, the stronger one names the window.
        ...(window.confidence > previous.confidence && window.peak ? { peak: window.peak } : {}),
      };
    } else {
      merged.push(window);
    }
  }
  return merged;
}

/** `02a` for the 1st–15th of February, `02b` for the 16th to the end. */
function halfMonth(date: CalendarDate): string {
  return `${date.slice(5, 7)}${Number(date.slice(8, 10)) <= 15 ? 'a' : 'b'}`;
}

/**
 * Keys by season anchor: the half-month of the window's peak (its middle day for predictors that give none).
 * Two windows anchored in one half-month (rare: the allowance is 60 days a year) are told apart by start order.
 */
function withSeasonKeys(windows: readonly PredictedWindow[], fiscalYearStart: CalendarDate): FiscalYearWindow[] {
  const used = new Map<string, number>();
  return windows.map((window) => {
    const anchor = window.peak ?? addDays(window.start, Math.floor(daysBetween(window.start, window.end) / 2));
    const base = `${window.companyId}:reshuffle:${fiscalYearStart}:${halfMonth(anchor)}`;
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    return { ...window, fiscalYearStart, key: seen === 1 ? base : `${base}#${seen}` };
  });
}
