/**
 * Finds and resolves Japanese dates: 和暦 (令和/平成/昭和/大正, 元年), 西暦, slashed dates, full-width
 * digits and the digit spacing LibreOffice puts into PDFs (`2025 年 4 月 1 日`), plus the relative
 * words announcements use (本日, 即日, 同日). A missing year is resolved from the announcement date.
 */

export type DateMentionKind = 'full' | 'year-month' | 'year' | 'month-day' | 'month' | 'day' | 'today' | 'same-day';

export interface DateMention {
  readonly kind: DateMentionKind;
  /** Index of the first character in the searched text. */
  readonly start: number;
  readonly end: number;
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** `末` (end of month) or 上旬/中旬/下旬 when written after a month. */
  readonly monthPart: string | null;
}

const ERA_START: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911 };

const S = '[ \\u3000]*';
const ERA = `(令和|平成|昭和|大正)${S}(元|\\d{1,2})${S}年`;
const MONTH_DAY = `(?:${S}(\\d{1,2})${S}月(?:${S}(\\d{1,2})${S}日|${S}(末|上旬|中旬|下旬))?)?`;
const DATE_PATTERN = new RegExp(
  [
    `${ERA}${MONTH_DAY}`,
    `(\\d{4})${S}年${MONTH_DAY}`,
    `(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?![\\d/.])`,
    `(\\d{4})-(\\d{2})-(\\d{2})`,
    `(?<![\\d.])(\\d{1,2})${S}月(?:${S}(\\d{1,2})${S}日|${S}(末|上旬|中旬|下旬))?`,
    `(?<![\\d月.,])(\\d{1,2})${S}日`,
    `(本日|即日|同日)`,
  ].join('|'),
  'gu',
);

/** Full-width digits and ideographic spaces to ASCII: one code unit each, so indices stay valid. */
export function foldDigits(text: string): string {
  return text.replace(/[０-９\u3000]/gu, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

function num(value: string | undefined): number | null {
  if (value === undefined) return null;
  return value === '元' ? 1 : Number.parseInt(value, 10);
}

function validMonthDay(month: number | null, day: number | null): boolean {
  if (month !== null && (month < 1 || month > 12)) return false;
  return day === null || (day >= 1 && day <= 31);
}

function mention(
  kind: DateMentionKind, start: number, end: number, year: number | null, month: number | null, day: number | null,
  monthPart: string | null = null,
): DateMention {
  return { kind, start, end, year, month, day, monthPart };
}

function withMonth(start: number, end: number, year: number | null, m: (string | undefined)[]): DateMention | null {
  const month = num(m[0]);
  const day = num(m[1]);
  if (!validMonthDay(month, day)) return null;
  if (month === null) return year === null ? null : mention('year', start, end, year, null, null);
  if (day !== null) return mention(year === null ? 'month-day' : 'full', start, end, year, month, day);
  return mention(year === null ? 'month' : 'year-month', start, end, year, month, null, m[2] ?? null);
}

/** Every date expression in `text`, in order. */
export function findJapaneseDates(text: string): DateMention[] {
  const folded = foldDigits(text);
  const found: DateMention[] = [];
  for (const m of folded.matchAll(DATE_PATTERN)) {
    const start = m.index;
    const end = start + m[0].length;
    const g = m.slice(1);
    let result: DateMention | null = null;
    if (g[0] !== undefined) {
      const base = ERA_START[g[0]] ?? 0;
      result = withMonth(start, end, base + (num(g[1]) ?? 1), g.slice(2, 5));
    } else if (g[5] !== undefined) {
      result = withMonth(start, end, num(g[5]), g.slice(6, 9));
    } else if (g[9] !== undefined) {
      result = withMonth(start, end, num(g[9]), [g[10], g[11]]);
    } else if (g[12] !== undefined) {
      result = withMonth(start, end, num(g[12]), [g[13], g[14]]);
    } else if (g[15] !== undefined) {
      result = withMonth(start, end, null, g.slice(15, 18));
    } else if (g[18] !== undefined) {
      const day = num(g[18]);
      result = validMonthDay(null, day) ? mention('day', start, end, null, null, day) : null;
    } else if (g[19] !== undefined) {
      result = mention(g[19] === '同日' ? 'same-day' : 'today', start, end, null, null, null);
    }
    if (result) found.push(result);
  }
  return found;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface ResolveOptions {
  /** `YYYY-MM-DD` publication date: the anchor for 本日 and for dates written without a year. */
  readonly announced?: string | null | undefined;
  /** A year the surrounding text establishes, used when `announced` is unknown. */
  readonly contextYear?: number | null | undefined;
  /** The date `同日` refers to, when known. */
  readonly sameDay?: string | null | undefined;
}

const DAY_MS = 86_400_000;

/** Picks the year for a month/day written without one: the announcement's, moved by one when that is implausibly far. */
export function resolveYear(month: number, day: number, announced: string): number {
  const anchorYear = Number.parseInt(announced.slice(0, 4), 10);
  const anchor = Date.parse(`${announced}T00:00:00Z`);
  const candidate = Date.UTC(anchorYear, month - 1, Math.min(day, lastDay(anchorYear, month)));
  if (candidate < anchor - 120 * DAY_MS) return anchorYear + 1;
  if (candidate > anchor + 245 * DAY_MS) return anchorYear - 1;
  return anchorYear;
}

/** `YYYY-MM-DD`, `YYYY-MM` or null when the text does not give enough to say. */
export function resolveDate(m: DateMention, options: ResolveOptions = {}): string | null {
  const announced = options.announced && /^\d{4}-\d{2}-\d{2}$/u.test(options.announced) ? options.announced : null;
  switch (m.kind) {
    case 'today':
      return announced;
    case 'same-day':
      return options.sameDay ?? announced;
    case 'full':
      return isoDay(m.year ?? 0, m.month ?? 0, m.day ?? 0);
    case 'year-month':
      if (m.monthPart === '末') return isoDay(m.year ?? 0, m.month ?? 0, lastDay(m.year ?? 0, m.month ?? 1));
      return `${m.year}-${pad(m.month ?? 0)}`;
    case 'month-day': {
      const year = announced ? resolveYear(m.month ?? 1, m.day ?? 1, announced) : options.contextYear ?? null;
      return year === null ? null : isoDay(year, m.month ?? 0, m.day ?? 0);
    }
    case 'month': {
      const year = announced ? resolveYear(m.month ?? 1, 1, announced) : options.contextYear ?? null;
      if (year === null) return null;
      if (m.monthPart === '末') return isoDay(year, m.month ?? 0, lastDay(year, m.month ?? 1));
      return `${year}-${pad(m.month ?? 0)}`;
    }
    case 'day': {
      if (!announced) return null;
      return isoDay(Number.parseInt(announced.slice(0, 4), 10), Number.parseInt(announced.slice(5, 7), 10), m.day ?? 0);
    }
    case 'year':
      return null;
  }
}

/** The first date in `text`, resolved; null when there is none or it lacks a year that cannot be inferred. */
export function parseJapaneseDate(text: string, options: ResolveOptions = {}): string | null {
  for (const m of findJapaneseDates(text)) {
    if (m.kind === 'year') continue;
    return resolveDate(m, options);
  }
  return null;
}
