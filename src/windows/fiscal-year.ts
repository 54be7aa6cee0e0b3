/**
 * Fiscal year ends: reading them in the forms sources give (`03-31`, EDGAR `0331`, `2月末日`), and placing them on
 * the calendar. A February year end means the last day of February (Japanese filings say 2月末日): 02-28 and 02-29
 * are the same year end, which falls on the 29th in leap years.
 */
import {
  type CalendarDate,
  daysInMonth,
  formatCalendarDate,
  parseCalendarDate,
  seasonBin,
  seasonBinOfDate,
  toDayNumber,
} from './calendar-date.js';

export interface FiscalYearEnd {
  readonly month: number;
  /** The day of the month; for a month-end year end this is 31/30/28 whatever the year. */
  readonly day: number;
  /** True when the year end is the last day of its month (so February's moves to the 29th in leap years). */
  readonly monthEnd: boolean;
}

const MONTH_DAY = /^-{0,2}(\d{1,2})[-/]?(\d{2})$/u;
const JA_MONTH_END = /^(\d{1,2})月末日?$/u;
const JA_MONTH_DAY = /^(\d{1,2})月(\d{1,2})日$/u;

function toAscii(text: string): string {
  return text.normalize('NFKC').trim();
}

/**
 * Reads a fiscal year end: `MM-DD`, `--MM-DD`, EDGAR's `MMDD`, `M/DD`, `3月31日`, `2月末日`, `3月末`.
 * Returns null for anything else (including impossible days such as 04-31).
 */
export function parseFiscalYearEnd(text: string | null | undefined): FiscalYearEnd | null {
  if (!text) return null;
  const value = toAscii(text);
  const monthEndMatch = JA_MONTH_END.exec(value);
  if (monthEndMatch) {
    const month = Number(monthEndMatch[1]);
    if (month < 1 || month > 12) return null;
    return { month, day: month === 2 ? 28 : daysInMonth(2001, month), monthEnd: true };
  }
  const match = MONTH_DAY.exec(value) ?? JA_MONTH_DAY.exec(value);
  if (!match) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return null;
  if (month === 2 && day >= 28) return { month, day: 28, monthEnd: true };
  return { month, day, monthEnd: day === daysInMonth(2001, month) };
}

/** The canonical `MM-DD` of a year end (February's month end is `02-28`): the key of fiscal-year-end groups. */
export function fiscalYearEndKey(fye: FiscalYearEnd): string {
  return `${String(fye.month).padStart(2, '0')}-${String(fye.day).padStart(2, '0')}`;
}

/** The year end's date in a given calendar year (02-28 becomes 02-29 in leap years). */
export function fiscalYearEndIn(fye: FiscalYearEnd, year: number): CalendarDate {
  const last = daysInMonth(year, fye.month);
  return formatCalendarDate(year, fye.month, fye.monthEnd ? last : Math.min(fye.day, last));
}

/** The first fiscal year end on or after `date`. */
export function nextFiscalYearEnd(fye: FiscalYearEnd, date: CalendarDate): CalendarDate {
  const parsed = parseCalendarDate(date);
  if (!parsed) throw new RangeError(`not a calendar date: ${date}`);
  const thisYear = fiscalYearEndIn(fye, parsed.year);
  return toDayNumber(thisYear) >= toDayNumber(date) ? thisYear : fiscalYearEndIn(fye, parsed.year + 1);
}

/** The last fiscal year end on or before `date`. */
export function previousFiscalYearEnd(fye: FiscalYearEnd, date: CalendarDate): CalendarDate {
  const parsed = parseCalendarDate(date);
  if (!parsed) throw new RangeError(`not a calendar date: ${date}`);
  const thisYear = fiscalYearEndIn(fye, parsed.year);
  return toDayNumber(thisYear) <= toDayNumber(date) ? thisYear : fiscalYearEndIn(fye, parsed.year - 1);
}

/**
 * Where a date sits in the fiscal year, 0 (the day after the year end) … 364 (the year end), counted on the
 * common-year season positions, so "six weeks before the year end" is the same position every year, leap or not.
 */
export function fiscalPosition(date: CalendarDate, fye: FiscalYearEnd): number {
  return fiscalPositionOfSeasonBin(seasonBinOfDate(date), fye);
}

export function fiscalPositionOfSeasonBin(bin: number, fye: FiscalYearEnd): number {
  return (((bin - seasonBin(fye.month, fye.day) - 1) % 365) + 365) % 365;
}

/** The season position (see `seasonBin`) of a fiscal position: the inverse of `fiscalPositionOfSeasonBin`. */
export function seasonBinOfFiscalPosition(position: number, fye: FiscalYearEnd): number {
  return (((position + seasonBin(fye.month, fye.day) + 1) % 365) + 365) % 365;
}
