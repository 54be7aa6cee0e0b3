/**
 * Dates in one English sentence, via chrono-node, as `YYYY-MM-DD` (or `YYYY-MM` when the day is not
 * given). A date without a year takes its year from the announcement date; with no announcement date
 * it is left out rather than guessed.
 */
import * as chrono from 'chrono-node';

export interface DateHit {
  readonly start: number;
  readonly end: number;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  readonly value: string;
  /** The words just before the date, lower-cased ("effective as of", "dated", "until"). */
  readonly before: string;
}

const MONTH_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/u;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Parses an ISO `YYYY-MM-DD` announcement date into a reference instant (noon UTC). */
export function referenceDate(announced: string | null | undefined): Date | null {
  if (!announced || !/^\d{4}-\d{2}-\d{2}/u.test(announced)) return null;
  const date = new Date(`${announced.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** All calendar dates written in `text`. */
export function findDates(text: string, reference: Date | null): DateHit[] {
  if (!MONTH_NAME.test(text) && !NUMERIC_DATE.test(text)) return [];
  const results = chrono.en.casual.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)));
  const hits: DateHit[] = [];
  for (const r of results) {
    if (!MONTH_NAME.test(r.text) && !NUMERIC_DATE.test(r.text)) continue;
    const start = r.start;
    const year = start.get('year');
    const month = start.get('month');
    if (year == null || month == null || !start.isCertain('month')) continue;
    if (!start.isCertain('year') && !reference) continue;
    const value = start.isCertain('day') ? `${year}-${pad(month)}-${pad(start.get('day') ?? 1)}` : `${year}-${pad(month)}`;
    const before = text.slice(Math.max(0, r.index - 40), r.index).toLowerCase();
    hits.push({ start: r.index, end: r.index + r.text.length, value, before });
  }
  return hits;
}

/** The first date in a text whose year is written out: a dateline, or the first dated event of a filing. */
export function firstExplicitDate(text: string): string | null {
  const m = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b/iu.exec(
    text.slice(0, 6000),
  );
  if (!m) return null;
  const hit = findDates(m[0], null)[0];
  return hit && hit.value.length === 10 ? hit.value : null;
}

/** Days from `a` to `b` (both `YYYY-MM[-DD]`). */
export function daysBetween(a: string, b: string): number {
  const toTime = (v: string): number => Date.parse(`${v.length === 7 ? `${v}-15` : v}T00:00:00Z`);
  return (toTime(b) - toTime(a)) / 86_400_000;
}
