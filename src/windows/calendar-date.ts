/**
 * Plain calendar dates (`YYYY-MM-DD`) and the arithmetic the window code needs.
 *
 * A disclosure date is a date in the company's own time zone (a Tokyo filing made at 00:30 JST is dated that
 * Tokyo day), so the window code never builds a local-time `Date`: dates are strings, and arithmetic goes through
 * a day number (days since 1970-01-01 on the proleptic Gregorian calendar), which has no time zone at all.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
/** Day of the year (0-based) of the first of each month in a common (non-leap) year. */
const MONTH_START_BIN = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;

export interface YearMonthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY-MM-DD`, or returns null when the text is not a real calendar date (2025-02-29 is not). */
export function parseCalendarDate(text: string): YearMonthDay | null {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isCalendarDate(text: string): boolean {
  return parseCalendarDate(text) !== null;
}

function requireDate(text: string): YearMonthDay {
  const parsed = parseCalendarDate(text);
  if (!parsed) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(text)}`);
  return parsed;
}

export function formatCalendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (UTC arithmetic on a date with no time, so no zone can shift it). */
export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = requireDate(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const date = new Date(dayNumber * 86_400_000);
  return formatCalendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * Adds calendar months, keeping the day where it exists and clamping to the month's last day where it does not
 * (2025-05-31 minus 3 months is 2025-02-28). With `keepMonthEnd`, a month-end date stays a month end
 * (2025-06-30 minus 4 months is 2025-02-28, plus 1 month from 2025-02-28 is 2025-03-31).
 */
export function addMonths(date: CalendarDate, months: number, keepMonthEnd = false): CalendarDate {
  const { year, month, day } = requireDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const last = daysInMonth(targetYear, targetMonth);
  const isMonthEnd = day === daysInMonth(year, month);
  return formatCalendarDate(targetYear, targetMonth, keepMonthEnd && isMonthEnd ? last : Math.min(day, last));
}

/**
 * The position of a month-day in a common year, 0 (Jan 1) … 364 (Dec 31); Feb 29 shares Feb 28's position so that
 * seasonality learnt over leap and common years lines up ("the last day of February" stays one position).
 */
export function seasonBin(month: number, day: number): number {
  const start = MONTH_START_BIN[month - 1];
  if (start === undefined) throw new RangeError(`month out of range: ${month}`);
  return start + Math.min(day, month === 2 ? 28 : 31) - 1;
}

export function seasonBinOfDate(date: CalendarDate): number {
  const { month, day } = requireDate(date);
  return seasonBin(month, day);
}

/** The month and day of a season position, in a common year. */
export function monthDayOfSeasonBin(bin: number): { readonly month: number; readonly day: number } {
  const wrapped = ((bin % 365) + 365) % 365;
  let month = 12;
  while (month > 1 && (MONTH_START_BIN[month - 1] ?? 0) > wrapped) month -= 1;
  return { month, day: wrapped - (MONTH_START_BIN[month - 1] ?? 0) + 1 };
}

/** "Feb 5": how the basis sentences name a day. */
export function formatMonthDay(date: CalendarDate): string {
  const { month, day } = requireDate(date);
  return `${MONTH_NAMES[month - 1] ?? '?'} ${day}`;
}

/**
 * The calendar date of an instant in a time zone: `calendarDateInZone(new Date('2025-02-14T16:30:00Z'),
 * 'Asia/Tokyo')` is `2025-02-15`. Use it wherever a timestamp (a crawl time, a filing time) becomes a date.
 */
export function calendarDateInZone(instant: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(instant);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value);
  return formatCalendarDate(get('year'), get('month'), get('day'));
}

/** The IANA zone whose calendar dates a company of this country uses (disclosure systems date filings locally). */
export function timeZoneForCountry(country: string | null | undefined): string {
  switch ((country ?? '').toUpperCase()) {
    case 'JP':
      return 'Asia/Tokyo';
    case 'US':
      return 'America/New_York';
    case 'GB':
    case 'UK':
      return 'Europe/London';
    default:
      return 'UTC';
  }
}
