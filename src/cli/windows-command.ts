/**
 * `execradar windows predict` (batch): HISTORY.csv + COMPANIES.csv → reshuffle windows as JSON Lines
 * `{"company_id","start","end","confidence","basis"}`. The database path (`--from-db`) reuses the same prediction
 * through `predictWindowLines`, which takes plain arrays.
 */
import { readFile } from 'node:fs/promises';
import { isCalendarDate } from '../windows/calendar-date.js';
import { type ReshufflePredictorOverrides, predictReshuffleWindows } from '../windows/reshuffle-predictor.js';
import { parseCompaniesCsv, parseHistoryCsv } from '../windows/window-csv.js';
import type { CompanyRow, DateRange, HistoryRow } from '../windows/window-types.js';
import { writeJsonLines } from './jsonl.js';

/** One line of OUT.jsonl. */
export interface WindowLine {
  readonly company_id: string;
  readonly start: string;
  readonly end: string;
  readonly confidence: number;
  readonly basis: string;
}

/** Loads history and companies from somewhere other than CSV files (the database). */
export type WindowInputLoader = () => Promise<{
  readonly history: readonly HistoryRow[];
  readonly companies: readonly CompanyRow[];
}>;

/** Predicts windows and shapes them as output lines: the one entry point for both the CSV and the database path. */
export function predictWindowLines(
  history: readonly HistoryRow[],
  companies: readonly CompanyRow[],
  range: DateRange,
  options?: ReshufflePredictorOverrides,
): WindowLine[] {
  return predictReshuffleWindows(history, companies, range, options).map((window) => ({
    company_id: window.companyId,
    start: window.start,
    end: window.end,
    confidence: window.confidence,
    basis: window.basis,
  }));
}

export async function runWindowsPredictCommand(
  options: { history?: string; companies?: string; fromDb?: boolean; from: string; to: string; output: string },
  loadFromDb?: WindowInputLoader,
): Promise<void> {
  for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) {
    if (!isCalendarDate(value)) throw new Error(`windows predict: ${flag} must be a YYYY-MM-DD date, got ${JSON.stringify(value)}`);
  }
  if (options.from > options.to) throw new Error(`windows predict: --from ${options.from} is after --to ${options.to}`);
  let input: { readonly history: readonly HistoryRow[]; readonly companies: readonly CompanyRow[] };
  if (options.fromDb) {
    if (options.history || options.companies) {
      throw new Error('windows predict --from-db: give either --from-db or --history/--companies, not both');
    }
    if (!loadFromDb) throw new Error('windows predict --from-db: reading from the database is not wired yet; use --history and --companies');
    input = await loadFromDb();
  } else {
    if (!options.history || !options.companies) {
      throw new Error('windows predict: --history and --companies are required (or --from-db)');
    }
    const [historyText, companiesText] = await Promise.all([
      readFile(options.history, 'utf8'),
      readFile(options.companies, 'utf8'),
    ]);
    input = {
      history: parseHistoryCsv(historyText, options.history),
      companies: parseCompaniesCsv(companiesText, options.companies),
    };
  }
  const lines = predictWindowLines(input.history, input.companies, { from: options.from, to: options.to });
  await writeJsonLines(options.output, lines);
  const companies = new Set(lines.map((line) => line.company_id)).size;
  process.stderr.write(`windows predict: ${lines.length} windows for ${companies} companies → ${options.output}\n`);
}
