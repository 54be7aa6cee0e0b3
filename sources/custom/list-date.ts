/**
 * Dates as news lists print them — `2026-05-14`, `2026/5/14`, `2026.05.14`, `2026年5月14日`, `May 14, 2026`,
 * ISO instants — to what a document stores. Nothing is guessed: a date that cannot be read is null.
 */

/**
 * An ISO instant when the text has a time and zone, else the day at 00:00 UTC: the pipeline reads the announced
 * day from the UTC date, and a Tokyo midnight would move it back by one.
 */
export function parseListDate(text: string | null | undefined): string | null {
  const value = text?.normalize('NFKC').trim() ?? '';
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/u.test(value)) {
    const instant = Date.parse(value);
    return Number.isNaN(instant) ? null : new Date(instant).toISOString();
  }
  const numeric = /(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})/u.exec(value);
  if (numeric) return day(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const english = Date.parse(`${value.replace(/(\d)(st|nd|rd|th)\b/giu, '$1')} 00:00:00 UTC`);
  if (!Number.isNaN(english) && /[a-z]{3}/iu.test(value) && /\d{4}/u.test(value)) return new Date(english).toISOString();
  return null;
}

function day(year: number, month: number, date: number): string | null {
  const instant = new Date(Date.UTC(year, month - 1, date));
  if (instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== date) return null;
  return instant.toISOString();
}
