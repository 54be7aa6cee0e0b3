/**
 * The baseline the reshuffle predictor has to beat (issue 6): per fiscal-year-end group, the single 60-day
 * calendar window that held the most announcements in the history, repeated every year; groups the history never
 * saw get the best window over all announcements. No own history, no exposure correction, no business days.
 */
import {
  type CalendarDate,
  daysBetween,
  formatCalendarDate,
  monthDayOfSeasonBin,
  parseCalendarDate,
  seasonBinOfDate,
  toDayNumber,
  fromDayNumber,
} from './calendar-date.js';
import { groupHistoryByCompany, resolveCompanyProfiles } from './company-profile.js';
import { fiscalYearEndKey, parseFiscalYearEnd } from './fiscal-year.js';
import type { CompanyRow, DateRange, HistoryRow, PredictedWindow } from './window-types.js';

interface BestWindow {
  readonly startBin: number;
  readonly hits: number;
  readonly total: number;
}

function bestWindow(counts: Float64Array, total: number, days: number): BestWindow {
  let best: BestWindow = { startBin: 0, hits: -1, total };
  for (let start = 0; start < 365; start += 1) {
    let hits = 0;
    for (let offset = 0; offset < days; offset += 1) hits += counts[(start + offset) % 365] ?? 0;
    if (hits > best.hits) best = { startBin: start, hits, total };
  }
  return best;
}

export function predictBaselineWindows(
  history: readonly HistoryRow[],
  companies: readonly CompanyRow[],
  range: DateRange,
  windowDays = 60,
): readonly PredictedWindow[] {
  const profiles = resolveCompanyProfiles(companies, groupHistoryByCompany(history), null);
  const counts = new Map<string, Float64Array>();
  const totals = new Map<string, number>();
  const all = new Float64Array(365);
  for (const row of history) {
    const fye = parseFiscalYearEnd(row.fiscalYearEnd) ?? profiles.get(row.companyId)?.fye;
    const bin = seasonBinOfDate(row.announced);
    all[bin] = (all[bin] ?? 0) + 1;
    if (!fye) continue;
    const key = fiscalYearEndKey(fye);
    let group = counts.get(key);
    if (!group) counts.set(key, (group = new Float64Array(365)));
    group[bin] = (group[bin] ?? 0) + 1;
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  const overall = bestWindow(all, history.length, windowDays);
  const best = new Map([...counts].map(([key, group]) => [key, bestWindow(group, totals.get(key) ?? 0, windowDays)] as const));

  const fromYear = parseCalendarDate(range.from)?.year ?? 0;
  const toYear = parseCalendarDate(range.to)?.year ?? 0;
  const windows: PredictedWindow[] = [];
  for (const company of companies) {
    const profile = profiles.get(company.companyId);
    const key = profile ? fiscalYearEndKey(profile.fye) : '';
    const chosen = best.get(key) ?? overall;
    const { month, day } = monthDayOfSeasonBin(chosen.startBin);
    const basis = best.has(key)
      ? `baseline: best ${windowDays}-day window of the ${key} year-end group (${chosen.hits} of ${chosen.total} announcements)`
      : `baseline: best ${windowDays}-day window over all announcements (${chosen.hits} of ${chosen.total})`;
    for (let year = fromYear - 1; year <= toYear; year += 1) {
      const startDay = toDayNumber(formatCalendarDate(year, month, day));
      const start = Math.max(startDay, toDayNumber(range.from));
      const end = Math.min(startDay + windowDays - 1, toDayNumber(range.to));
      if (end < start) continue;
      const clipped: { start: CalendarDate; end: CalendarDate } = { start: fromDayNumber(start), end: fromDayNumber(end) };
      if (daysBetween(clipped.start, clipped.end) < 0) continue;
      windows.push({
        companyId: company.companyId,
        ...clipped,
        confidence: chosen.total ? Math.round((chosen.hits / chosen.total) * 1000) / 1000 : 0,
        basis,
      });
    }
  }
  return windows;
}
