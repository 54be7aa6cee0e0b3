/**
 * Announced future changes as fixed calendar entries: when a disclosure already names the effective date
 * ("effective April 1", "at the AGM"), the calendar shows that date instead of a predicted window.
 */
import { type CalendarDate, formatCalendarDate, formatMonthDay, isCalendarDate } from './calendar-date.js';

export interface AnnouncedChange {
  readonly companyId: string;
  readonly announced: CalendarDate;
  /** `YYYY-MM-DD`, `YYYY-MM`, `"agm"`, `"upon successor"` or null (the extraction contract's `effective`). */
  readonly effective: string | null;
  /** The AGM date (announced or estimated) used when `effective` is `"agm"`. */
  readonly agm?: { readonly date: CalendarDate; readonly status: 'announced' | 'estimated' } | null;
  /** "Hanako Yamada, appointed President" — who and what, for the basis. */
  readonly summary?: string | null;
  readonly evidenceUrl?: string | null;
}

export interface FixedChangeEntry {
  readonly kind: 'announced-change';
  readonly companyId: string;
  readonly date: CalendarDate;
  /** `announced` when the disclosure gives the day; `estimated` for a month only or an estimated AGM. */
  readonly dateStatus: 'announced' | 'estimated';
  readonly basis: string;
  readonly evidenceUrl: string | null;
}

const YEAR_MONTH = /^(\d{4})-(\d{2})$/u;

function effectiveDate(change: AnnouncedChange): { date: CalendarDate; status: 'announced' | 'estimated'; words: string } | null {
  const effective = change.effective?.trim() ?? '';
  if (isCalendarDate(effective)) return { date: effective, status: 'announced', words: `effective ${formatMonthDay(effective)}` };
  const month = YEAR_MONTH.exec(effective);
  if (month) {
    const date = formatCalendarDate(Number(month[1]), Number(month[2]), 1);
    if (isCalendarDate(date)) return { date, status: 'estimated', words: `effective during ${date.slice(0, 7)}` };
  }
  if (effective === 'agm' && change.agm && isCalendarDate(change.agm.date)) {
    return { date: change.agm.date, status: change.agm.status, words: `effective at the ${change.agm.status === 'estimated' ? 'expected ' : ''}AGM` };
  }
  return null;
}

/**
 * Entries for changes taking effect within `range` (inclusive) and after they were announced. Changes without a
 * usable date ("upon successor", none, an AGM with no date) give no entry.
 */
export function announcedChangeEntries(
  changes: readonly AnnouncedChange[],
  range: { readonly from: CalendarDate; readonly to: CalendarDate },
): readonly FixedChangeEntry[] {
  const entries: FixedChangeEntry[] = [];
  for (const change of changes) {
    const effective = effectiveDate(change);
    if (!effective || effective.date < range.from || effective.date > range.to || effective.date < change.announced) continue;
    const what = change.summary ? `${change.summary}, ` : '';
    entries.push({
      kind: 'announced-change',
      companyId: change.companyId,
      date: effective.date,
      dateStatus: effective.status,
      basis: `announced ${change.announced}: ${what}${effective.words}`,
      evidenceUrl: change.evidenceUrl ?? null,
    });
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.companyId.localeCompare(b.companyId));
}
