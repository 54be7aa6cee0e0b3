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
  /** The date of a press release's dateline ("SPRINGFIELD, Mar. 4, 2025 /PRNewswire/ --"): the announcement, not a change. */
  readonly dateline: boolean;
}

// What follows the date in a dateline: a wire name, a dash, a closing bracket.
const DATELINE_AFTER = /^\s*(?::\s|\/\s*\p{Lu}|\(\s*(?:GLOBE|BUSINESS|PR|MARKET|ACCESS)|[—–]|--|-\s|\)\s*[:—–-]|\.\s*\.)/u;

function isDateline(text: string, start: number, end: number): boolean {
  return start < 90 && DATELINE_AFTER.test(text.slice(end, end + 25));
}

const MONTH_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/u;

const pad = (n: number): string => String(n).padStart(2, '0');

// Only calendar dates count here, so chrono's casual parser runs without its clock-time and relative-day
// parsers ("5 p.m.", "today", "within 30 days"): the same dates at a tenth of the cost.
const CLOCK_AND_RELATIVE = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeExpressionParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENCasualDateParser',
  'ENCasualTimeParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);
const calendar = chrono.en.casual.clone();
calendar.parsers = calendar.parsers.filter((p) => !CLOCK_AND_RELATIVE.has(p.constructor.name));

/** Parses an ISO `YYYY-MM-DD` announcement date into a reference instant (noon UTC). */
export function referenceDate(announced: string | null | undefined): Date | null {
  if (!announced || !/^\d{4}-\d{2}-\d{2}/u.test(announced)) return null;
  const date = new Date(`${announced.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** All calendar dates written in `text`. */
/**
 * Dates a filing names as defined terms: "effective March 31, 2026 (the “Retirement Date”)" → Retirement Date →
 * 2026-03-31, so that a later "effective as of the Retirement Date" reads as that day.
 */
export function definedDates(text: string, reference: Date | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/\(\s*(?:the\s+)?[“"]((?:\p{Lu}[\p{L}-]*\s+){0,3}Date)[”"]\s*\)/gu)) {
    const at = m.index ?? 0;
    const term = m[1];
    if (!term || out.has(term)) continue;
    const before = text.slice(Math.max(0, at - 60), at);
    const hits = findDates(before, reference);
    const last = hits[hits.length - 1];
    // The date must stand right before the bracket ("March 31, 2026 (the “Retirement Date”)").
    if (last && last.value.length === 10 && /^[\s,]*$/u.test(before.slice(last.end))) out.set(term, last.value);
  }
  return out;
}

export function findDates(text: string, reference: Date | null, defined?: ReadonlyMap<string, string>): DateHit[] {
  if (defined && defined.size > 0) {
    const own = findDates(text, reference);
    for (const [term, value] of defined) {
      for (const m of text.matchAll(new RegExp(String.raw`\bthe\s+${term.replace(/\s+/gu, String.raw`\s+`)}\b`, 'gu'))) {
        const at = m.index ?? 0;
        own.push({ start: at, end: at + m[0].length, value, before: text.slice(Math.max(0, at - 40), at).toLowerCase(), dateline: false });
      }
    }
    return own.sort((a, b) => a.start - b.start);
  }
  if (!MONTH_NAME.test(text) && !NUMERIC_DATE.test(text) && !/\bend of (?:19|20)\d{2}\b|year[-\s]end|end of (?:the|this) year/iu.test(text)) return [];
  const results = calendar.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)));
  const hits: DateHit[] = [];
  for (const r of results) {
    if (!MONTH_NAME.test(r.text) && !NUMERIC_DATE.test(r.text)) continue;
    const start = r.start;
    const year = start.get('year');
    const month = start.get('month');
    if (year == null || month == null || !start.isCertain('month')) continue;
    if (!start.isCertain('year') && !reference) continue;
    // chrono reads "March 18, 2018 - Today" as a range; only the first date is written out.
    const cut = /\s[-–—]\s/u.exec(r.text);
    const length = cut ? cut.index : r.text.length;
    const value = start.isCertain('day') ? `${year}-${pad(month)}-${pad(start.get('day') ?? 1)}` : `${year}-${pad(month)}`;
    const before = text.slice(Math.max(0, r.index - 40), r.index).toLowerCase();
    hits.push({ start: r.index, end: r.index + length, value, before, dateline: isDateline(text, r.index, r.index + length) });
  }
  // "at the end of 2007": the year's last month.
  for (const m of text.matchAll(/\b(?:at\s+|by\s+)?the\s+end\s+of\s+((?:19|20)\d{2})\b/giu)) {
    const at = m.index ?? 0;
    hits.push({ start: at, end: at + m[0].length, value: `${m[1]}-12`, before: text.slice(Math.max(0, at - 40), at).toLowerCase(), dateline: false });
  }
  // "will step down as CEO at year-end": the last month of the announcement's year, like "the end of 2025" (a
  // fiscal year-end is another day); with no year known (no announcement or written date) nothing is read.
  if (reference) {
    for (const m of text.matchAll(YEAR_END)) {
      const at = m.index ?? 0;
      hits.push({ start: at, end: at + m[0].length, value: `${reference.getUTCFullYear()}-12`, before: text.slice(Math.max(0, at - 40), at).toLowerCase(), dateline: false });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

const YEAR_END =
  /(?<!\bfiscal\s+)\b(?:at|by|effective|as of|until|through)\s+(?:the\s+)?(?:(?:calendar\s+)?year[-\s]end|end\s+of\s+(?:the|this)\s+(?:calendar\s+)?year)\b(?!\s+(?:results|bonus|report|financial|close|closing|audit)\b)/giu;

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
