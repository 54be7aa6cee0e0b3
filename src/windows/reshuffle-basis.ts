/**
 * The one-line "why" of a predicted window, in the words a CS leader would use:
 * "announced 2 of the last 2 observed years between Feb 10 and Feb 14" when the company's own history put it
 * there, else the share of its peers' announcements that fall in it.
 */
import { type CalendarDate, addMonths, formatMonthDay, toDayNumber } from './calendar-date.js';
import { type FiscalYearEnd, fiscalYearEndKey } from './fiscal-year.js';

/** An own past announcement near a window. */
export interface NearbyAnnouncement {
  readonly announced: CalendarDate;
  /** The year end the company had then. */
  readonly fye: FiscalYearEnd;
}

/**
 * How many of the years before `before` had the window's counterpart date inside the observed history: "the last
 * N observed years", so a gap in the archive is not counted as a year without an announcement.
 */
export function observedYears(
  windowMiddle: CalendarDate,
  before: CalendarDate,
  isCovered: (date: CalendarDate) => boolean,
  lookBackYears = 10,
): number {
  let years = 0;
  for (let back = 1; back <= lookBackYears; back += 1) {
    const counterpart = addMonths(windowMiddle, -12 * back);
    if (toDayNumber(counterpart) < toDayNumber(before) && isCovered(counterpart)) years += 1;
  }
  return years;
}

export function ownHistoryBasis(
  nearby: readonly NearbyAnnouncement[],
  yearsObserved: number,
  currentFye: FiscalYearEnd,
): string {
  const sorted = [...nearby].sort((a, b) => toDayNumber(a.announced) - toDayNumber(b.announced));
  const years = new Set(sorted.map((row) => row.announced.slice(0, 4))).size;
  const monthDays = [...sorted].sort((a, b) => a.announced.slice(5).localeCompare(b.announced.slice(5)));
  const first = monthDays[0];
  const last = monthDays[monthDays.length - 1];
  if (!first || !last) return 'own history';
  const when =
    first.announced.slice(5) === last.announced.slice(5)
      ? `, on ${formatMonthDay(first.announced)}`
      : ` between ${formatMonthDay(first.announced)} and ${formatMonthDay(last.announced)}`;
  const formerYearEnds = [...new Set(sorted.map((row) => fiscalYearEndKey(row.fye)))].filter(
    (key) => key !== fiscalYearEndKey(currentFye),
  );
  const former = formerYearEnds.length ? ` (under its former ${formerYearEnds.join('/')} year end, shifted to the current one)` : '';
  return `announced ${years} of the last ${Math.max(years, yearsObserved)} observed years${when}${former}`;
}

export function peerPriorBasis(input: {
  readonly share: number;
  readonly label: string;
  readonly announcements: number;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly hasOwnHistory: boolean;
  readonly fyeAssumed: boolean;
}): string {
  const percent = Math.round(input.share * 100);
  const range =
    input.start === input.end
      ? `on ${formatMonthDay(input.start)}`
      : `between ${formatMonthDay(input.start)} and ${formatMonthDay(input.end)}`;
  const own = input.hasOwnHistory ? 'no own announcement near these dates' : 'no own history';
  const assumed = input.fyeAssumed ? ', fiscal year end assumed' : '';
  return `${own}${assumed}; ${percent}% of announcements by ${input.label} fall ${range} (${input.announcements} announcements)`;
}
