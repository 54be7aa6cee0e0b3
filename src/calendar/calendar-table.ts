/** The calendar as a plain-text table for the terminal (`execradar calendar --format table`). */
import type { CalendarEntry } from './calendar-entry.js';

const COLUMNS = ['start', 'end', 'kind', 'status', 'account', 'arr', 'renewal', 'conf', 'basis'] as const;

function cells(entry: CalendarEntry): string[] {
  return [
    entry.start,
    entry.end,
    entry.kind,
    entry.status,
    entry.account.name,
    entry.account.arr === null ? '' : String(entry.account.arr),
    entry.account.renewalDate ?? '',
    entry.confidence === null ? '' : entry.confidence.toFixed(2),
    entry.evidenceUrl ? `${entry.basis} <${entry.evidenceUrl}>` : entry.basis,
  ];
}

export function calendarToTable(entries: readonly CalendarEntry[]): string {
  const rows = [COLUMNS.map((column) => column.toUpperCase()), ...entries.map(cells)];
  // The basis (last column) is left unpadded: it is long and read last.
  const widths = COLUMNS.map((_, index) => Math.max(...rows.map((row) => (index === COLUMNS.length - 1 ? 0 : (row[index] ?? '').length))));
  return `${rows.map((row) => row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ').trimEnd()).join('\n')}\n`;
}
