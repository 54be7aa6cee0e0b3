/**
 * Days as TDnet counts them: Tokyo calendar days (Japan keeps no daylight saving, so UTC+9 all year), the
 * list-page URL of a day and page, and the publication instant of a listed row.
 */

const TOKYO_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of the Tokyo day containing `instant`. */
export function tokyoDay(instant: Date): string {
  return new Date(instant.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `first` to `last` inclusive, oldest first; empty when `first` is after `last`. */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** `…/I_list_001_20260514.html`: pages are numbered from 1, three digits. */
export function listPageUrl(baseUrl: string, day: string, page: number): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}I_list_${String(page).padStart(3, '0')}_${day.replace(/-/gu, '')}.html`;
}

/**
 * The row's instant with its Tokyo offset (`2026-05-14T15:30:00+09:00`), or null when the time cell is not a
 * time: the list states the day and the minute, and nothing else may be made up.
 */
export function publishedAt(day: string, time: string): string | null {
  const match = /^(\d{1,2}):(\d{2})$/u.exec(time.normalize('NFKC').trim());
  if (!match) return null;
  return `${day}T${match[1]!.padStart(2, '0')}:${match[2]}:00+09:00`;
}
