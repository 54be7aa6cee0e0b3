/**
 * A company's fiscal calendar for one reporting cycle: year end, earnings announcement, annual report, proxy
 * statement and AGM. Announced dates win; otherwise the date is estimated from the company's own past dates
 * (same distance from the year end), else from the country's rules below; every entry says which.
 */
import { businessDayOnOrAfter, businessDayOnOrBefore } from './business-day-calendar.js';
import {
  type CalendarDate,
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  formatMonthDay,
  parseCalendarDate,
} from './calendar-date.js';
import { type FiscalYearEnd, nextFiscalYearEnd, parseFiscalYearEnd, previousFiscalYearEnd } from './fiscal-year.js';

export type DateStatus = 'announced' | 'estimated';
export type FiscalEventKind = 'fiscal-year-end' | 'earnings' | 'annual-report' | 'proxy-statement' | 'agm';

export interface FiscalCalendarEntry {
  readonly kind: FiscalEventKind;
  readonly date: CalendarDate;
  readonly status: DateStatus;
  /** Why this date: "announced", "as in 2024 (88 days after year end)", "JP rule: …". */
  readonly basis: string;
}

export type UsFilerStatus = 'large-accelerated' | 'accelerated' | 'non-accelerated';

export interface FiscalCalendarInput {
  /** `MM-DD` (or another form `parseFiscalYearEnd` reads). */
  readonly fiscalYearEnd: string;
  readonly country: string | null;
  /** Dates already announced for this cycle. */
  readonly announced?: { readonly earnings?: CalendarDate; readonly agm?: CalendarDate };
  /** The company's dates in earlier cycles (any order). */
  readonly past?: { readonly earnings?: readonly CalendarDate[]; readonly agm?: readonly CalendarDate[] };
  /** For US 10-K deadlines. @default 'accelerated' */
  readonly usFilerStatus?: UsFilerStatus;
}

/** 10-K due this many days after the year end (SEC Form 10-K General Instruction A). */
export const US_10K_DAYS: Readonly<Record<UsFilerStatus, number>> = {
  'large-accelerated': 60,
  accelerated: 75,
  'non-accelerated': 90,
};

/**
 * Country rules when a company has no dates of its own.
 * JP: TSE asks for 決算短信 within 45 days of the year end; the Companies Act puts the AGM within three months of
 * the record date (the year end), and most are held in the last week of the third month; the 有価証券報告書 is
 * due within three months. US: the 10-K is due 60/75/90 days after the year end by filer status; annual meetings
 * cluster in proxy season about four and a half months after the year end, and the proxy statement goes out at
 * least 40 days before it. Elsewhere: results within about 60 days and the AGM within six months.
 */
export interface CountryFiscalRules {
  readonly earningsDaysAfterFye: number | 'annual-report';
  /** AGM: month after the year end (1 = the next month) and day of that month. */
  readonly agmMonthsAfterFye: number;
  readonly agmDayOfMonth: number;
  /** Annual report due: days after the year end, the end of the third month after it, or by US filer status. */
  readonly annualReportDue: number | 'third-month-end' | 'us-filer-status';
  /** Proxy statement this many days before the AGM (null: not a separate filing there). */
  readonly proxyDaysBeforeAgm: number | null;
}

export const DEFAULT_FISCAL_RULES: Readonly<Record<string, CountryFiscalRules>> = {
  JP: { earningsDaysAfterFye: 45, agmMonthsAfterFye: 3, agmDayOfMonth: 26, annualReportDue: 'third-month-end', proxyDaysBeforeAgm: null },
  US: { earningsDaysAfterFye: 'annual-report', agmMonthsAfterFye: 5, agmDayOfMonth: 15, annualReportDue: 'us-filer-status', proxyDaysBeforeAgm: 40 },
  '*': { earningsDaysAfterFye: 60, agmMonthsAfterFye: 5, agmDayOfMonth: 28, annualReportDue: 120, proxyDaysBeforeAgm: null },
};

function latestPast(dates: readonly CalendarDate[] | undefined, before: CalendarDate): CalendarDate | undefined {
  return [...(dates ?? [])].filter((date) => date < before).sort().at(-1);
}

/** Same distance from the year end as the latest past date, moved onto a business day. */
function fromPast(
  kind: FiscalEventKind,
  past: CalendarDate,
  fye: FiscalYearEnd,
  cycleEnd: CalendarDate,
  country: string | null,
): FiscalCalendarEntry {
  const lag = daysBetween(previousFiscalYearEnd(fye, addDays(past, -1)), past);
  const year = past.slice(0, 4);
  return {
    kind,
    date: businessDayOnOrBefore(addDays(cycleEnd, lag), country),
    status: 'estimated',
    basis: `as in ${year} (${formatMonthDay(past)}, ${lag} days after the year end)`,
  };
}

/**
 * The calendar of the reporting cycle that closes on `cycleEnd` (a fiscal year end date).
 * Entries come in date order.
 */
export function fiscalCalendarForCycle(input: FiscalCalendarInput, cycleEnd: CalendarDate): readonly FiscalCalendarEntry[] {
  const fye = parseFiscalYearEnd(input.fiscalYearEnd);
  if (!fye) throw new RangeError(`not a fiscal year end: ${input.fiscalYearEnd}`);
  const country = input.country?.toUpperCase() ?? null;
  const rules = DEFAULT_FISCAL_RULES[country ?? ''] ?? DEFAULT_FISCAL_RULES['*'];
  if (!rules) throw new Error('fiscal calendar: no default rules');
  const parsed = parseCalendarDate(cycleEnd);
  if (!parsed) throw new RangeError(`not a calendar date: ${cycleEnd}`);
  const ruleName = `${country && DEFAULT_FISCAL_RULES[country] ? country : 'default'} rule`;

  const entries: FiscalCalendarEntry[] = [{ kind: 'fiscal-year-end', date: cycleEnd, status: 'announced', basis: 'fiscal year end' }];

  // Annual report (statutory deadline; filings due on a closed day move to the next business day).
  const filer = input.usFilerStatus ?? 'accelerated';
  let annualReport: FiscalCalendarEntry;
  if (rules.annualReportDue === 'us-filer-status') {
    const days = US_10K_DAYS[filer];
    annualReport = { kind: 'annual-report', date: businessDayOnOrAfter(addDays(cycleEnd, days), country), status: 'estimated', basis: `10-K due ${days} days after the year end (${filer} filer)` };
  } else if (rules.annualReportDue === 'third-month-end') {
    const due = addMonths(cycleEnd, 3, true);
    const { year, month } = parseCalendarDate(due) ?? parsed;
    annualReport = { kind: 'annual-report', date: businessDayOnOrAfter(formatCalendarDate(year, month, daysInMonth(year, month)), country), status: 'estimated', basis: `${ruleName}: annual securities report due within three months of the year end` };
  } else {
    annualReport = { kind: 'annual-report', date: businessDayOnOrAfter(addDays(cycleEnd, rules.annualReportDue), country), status: 'estimated', basis: `${ruleName}: annual report about ${rules.annualReportDue} days after the year end` };
  }
  entries.push(annualReport);

  // Earnings announcement.
  const pastEarnings = latestPast(input.past?.earnings, cycleEnd);
  if (input.announced?.earnings) entries.push({ kind: 'earnings', date: input.announced.earnings, status: 'announced', basis: 'announced' });
  else if (pastEarnings) entries.push(fromPast('earnings', pastEarnings, fye, cycleEnd, country));
  else if (rules.earningsDaysAfterFye === 'annual-report') entries.push({ ...annualReport, kind: 'earnings', basis: `${ruleName}: annual results public by the 10-K deadline (${annualReport.basis})` });
  else entries.push({ kind: 'earnings', date: businessDayOnOrBefore(addDays(cycleEnd, rules.earningsDaysAfterFye), country), status: 'estimated', basis: `${ruleName}: results about ${rules.earningsDaysAfterFye} days after the year end` });

  // AGM, and the proxy statement that precedes it.
  const pastAgm = latestPast(input.past?.agm, cycleEnd);
  let agm: FiscalCalendarEntry;
  if (input.announced?.agm) agm = { kind: 'agm', date: input.announced.agm, status: 'announced', basis: 'announced' };
  else if (pastAgm) agm = fromPast('agm', pastAgm, fye, cycleEnd, country);
  else {
    const month = addMonths(formatCalendarDate(parsed.year, parsed.month, 1), rules.agmMonthsAfterFye);
    const { year, month: agmMonth } = parseCalendarDate(month) ?? parsed;
    const day = Math.min(rules.agmDayOfMonth, daysInMonth(year, agmMonth));
    agm = { kind: 'agm', date: businessDayOnOrBefore(formatCalendarDate(year, agmMonth, day), country), status: 'estimated', basis: `${ruleName}: AGM around day ${rules.agmDayOfMonth} of the ${ordinal(rules.agmMonthsAfterFye)} month after the year end` };
  }
  entries.push(agm);
  if (rules.proxyDaysBeforeAgm !== null) {
    entries.push({ kind: 'proxy-statement', date: businessDayOnOrBefore(addDays(agm.date, -rules.proxyDaysBeforeAgm), country), status: 'estimated', basis: `${rules.proxyDaysBeforeAgm} days before the ${agm.status} AGM` });
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}

function ordinal(n: number): string {
  return `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
}

/**
 * The next calendar a CS team should plan around on `asOf`: the cycle of the last year end if its AGM is still
 * ahead, else the cycle of the next year end.
 */
export function upcomingFiscalCalendar(input: FiscalCalendarInput, asOf: CalendarDate): readonly FiscalCalendarEntry[] {
  const fye = parseFiscalYearEnd(input.fiscalYearEnd);
  if (!fye) throw new RangeError(`not a fiscal year end: ${input.fiscalYearEnd}`);
  const last = previousFiscalYearEnd(fye, asOf);
  const current = fiscalCalendarForCycle(input, last);
  const agm = current.find((entry) => entry.kind === 'agm');
  if (agm && agm.date >= asOf) return current;
  return fiscalCalendarForCycle(input, nextFiscalYearEnd(fye, addDays(asOf, 1)));
}
