/** One entry of the reshuffle/budget calendar, as the CLI, the JSON API and the iCalendar feed all show it. */
import type { CalendarDate } from '../windows/calendar-date.js';
import type { FiscalEventKind } from '../windows/fiscal-calendar.js';

export type CalendarEntryKind = 'reshuffle-window' | 'announced-change' | 'budget-planning' | 'renewal' | FiscalEventKind;

export interface CalendarAccount {
  readonly id: string;
  readonly name: string;
  readonly arr: number | null;
  readonly renewalDate: CalendarDate | null;
  readonly owner: string | null;
  readonly segment: string | null;
  readonly country: string | null;
}

export interface CalendarCompany {
  readonly id: number;
  readonly name: string;
  readonly country: string | null;
  /** Entry dates are calendar dates in this zone. */
  readonly timeZone: string;
  /** The year end used (`MM-DD`) and where it came from. */
  readonly fiscalYearEnd: string | null;
  readonly fiscalYearEndSource: string | null;
}

export interface CalendarEntry {
  /** Stable across runs and queries (the iCalendar UID), so a re-published feed replaces events instead of adding. */
  readonly uid: string;
  readonly kind: CalendarEntryKind;
  /** Inclusive. */
  readonly start: CalendarDate;
  /** Inclusive. */
  readonly end: CalendarDate;
  /** `predicted` for reshuffle windows; `announced` / `estimated` for dates. */
  readonly status: 'predicted' | 'announced' | 'estimated';
  /** Reshuffle windows only: the share of the year's expected announcements that fall in the window. */
  readonly confidence: number | null;
  readonly basis: string;
  readonly account: CalendarAccount;
  readonly company: CalendarCompany | null;
  /** Announced changes: the disclosure. */
  readonly evidenceUrl: string | null;
}

export const ENTRY_TITLES: Readonly<Record<CalendarEntryKind, string>> = {
  'reshuffle-window': 'Reshuffle window',
  'announced-change': 'Executive change takes effect',
  'budget-planning': 'Budget planning',
  renewal: 'Renewal',
  'fiscal-year-end': 'Fiscal year end',
  earnings: 'Earnings announcement',
  'annual-report': 'Annual report due',
  'proxy-statement': 'Proxy statement',
  agm: 'AGM',
};
