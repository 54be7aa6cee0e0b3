/**
 * Demo payloads are written once and replayed on any day: `{{d:N}}` in them is the date N days from the day the
 * demo runs, so filings are always recent and announced changes always ahead. Formats: `{{d:N}}` ISO
 * (`2026-12-03`), `{{d:N|en}}` (`December 3, 2026`), `{{d:N|ja}}` (`2026年12月3日`), `{{d:N|compact}}` (`20261203`).
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `YYYY-MM-DD` of the UTC day `days` after `today`. */
export function shiftDay(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function formatDemoDate(iso: string, format: string | undefined): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  switch (format) {
    case undefined:
    case 'iso':
      return iso;
    case 'en':
      return `${MONTHS[month - 1]} ${day}, ${year}`;
    case 'ja':
      return `${year}年${month}月${day}日`;
    case 'compact':
      return iso.replace(/-/gu, '');
    default:
      throw new Error(`demo template: unknown date format "${format}"`);
  }
}

/** Renders the dates, and `{{name}}` for each of `vars` (the mirror's `{{origin}}`). */
export function renderDemoTemplate(text: string, today: string, vars: Readonly<Record<string, string>> = {}): string {
  const withVars = text.replace(/\{\{([a-z]+)\}\}/gu, (whole, name: string) => vars[name] ?? whole);
  return withVars.replace(/\{\{d:([+-]?\d+)(?:\|(\w+))?\}\}/gu, (_, offset: string, format: string | undefined) =>
    formatDemoDate(shiftDay(today, Number(offset)), format),
  );
}
