/** The data the window predictors read and write: plain readonly records, no database types. */
import type { CalendarDate } from './calendar-date.js';

/** One past executive-change announcement (one row per company and day). */
export interface HistoryRow {
  readonly companyId: string;
  /** ISO 3166 alpha-2 (`JP`, `US`), or null when unknown. */
  readonly country: string | null;
  /** The company's fiscal year end when the announcement was made, `MM-DD` (or another form `parseFiscalYearEnd` reads). */
  readonly fiscalYearEnd: string | null;
  /** The announcement's calendar date in the company's own time zone. */
  readonly announced: CalendarDate;
}

/** A company to predict for. */
export interface CompanyRow {
  readonly companyId: string;
  /** The current fiscal year end (`MM-DD`); null → the latest one in its history, else its country's most common. */
  readonly fiscalYearEnd: string | null;
  readonly country?: string | null;
}

export interface DateRange {
  /** First day, inclusive. */
  readonly from: CalendarDate;
  /** Last day, inclusive. */
  readonly to: CalendarDate;
}

/** A period in which a company is expected to announce an executive change. */
export interface PredictedWindow {
  readonly companyId: string;
  /** Inclusive. */
  readonly start: CalendarDate;
  /** Inclusive. */
  readonly end: CalendarDate;
  /**
   * The share of the company's expected announcements in a year that fall in this window (0–1), i.e. the chance
   * that a change announced that year is announced inside it.
   */
  readonly confidence: number;
  /** One human sentence saying why, e.g. "announced 2 of the last 2 observed years between Feb 10 and Feb 14". */
  readonly basis: string;
  /**
   * The best-scoring day of the season the window belongs to (shared by the runs one season splits into). It moves
   * only when the season itself changes, not when the window's edges do, so the calendar names windows by it.
   */
  readonly peak?: CalendarDate;
}
