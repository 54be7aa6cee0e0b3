/**
 * Reading the `windows predict` inputs: HISTORY.csv (one row per past executive-change announcement) and
 * COMPANIES.csv (the companies to predict for). Extra columns are allowed; every error names the file, the line
 * and the column, so a user can fix a 5,000-row export without guessing.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { isCalendarDate } from './calendar-date.js';
import { parseFiscalYearEnd } from './fiscal-year.js';
import type { CompanyRow, HistoryRow } from './window-types.js';

export class WindowCsvError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'WindowCsvError';
  }
}

const companyId = z.string().trim().min(1, 'company_id is empty');
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : null));
const fiscalYearEnd = optionalText.refine((value) => value === null || parseFiscalYearEnd(value) !== null, {
  message: 'not a fiscal year end (MM-DD)',
});
const calendarDate = z.string().trim().refine(isCalendarDate, { message: 'not a calendar date (YYYY-MM-DD)' });

const historySchema = z.object({
  company_id: companyId,
  country: optionalText,
  fiscal_year_end: fiscalYearEnd,
  announced: calendarDate,
});
const companySchema = z.object({
  company_id: companyId,
  fiscal_year_end: fiscalYearEnd,
  country: optionalText,
});

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

function readTable<T>(
  text: string,
  file: string,
  required: readonly string[],
  schema: z.ZodType<T>,
): T[] {
  let records: ParsedRecord[];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, info: true, relax_column_count: false }) as ParsedRecord[];
  } catch (error) {
    throw new WindowCsvError(`${file}: ${(error as Error).message}`, { cause: error });
  }
  const [header, ...body] = records;
  if (!header) throw new WindowCsvError(`${file}:1: empty file (expected a header with ${required.join(',')})`);
  const columns = header.record.map((name) => name.trim());
  for (const name of required) {
    if (!columns.includes(name)) {
      throw new WindowCsvError(`${file}:${header.info.lines}: missing column ${name} (header: ${columns.join(',')})`);
    }
  }
  return body.map(({ record, info }) => {
    const row: Record<string, string> = {};
    columns.forEach((name, index) => {
      if (!(name in row)) row[name] = record[index] ?? '';
    });
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const column = String(issue?.path[0] ?? '');
      const index = columns.indexOf(column);
      const where = index >= 0 ? `column ${index + 1} (${column})` : 'row';
      const value = index >= 0 ? ` ${JSON.stringify(record[index] ?? '')}` : '';
      throw new WindowCsvError(`${file}:${info.lines}: ${where}:${value} ${issue?.message ?? 'invalid'}`);
    }
    return parsed.data;
  });
}

/** HISTORY.csv: columns company_id, announced (required), country, fiscal_year_end (optional), others ignored. */
export function parseHistoryCsv(text: string, file = 'history.csv'): HistoryRow[] {
  return readTable(text, file, ['company_id', 'announced'], historySchema).map((row) => ({
    companyId: row.company_id,
    country: row.country,
    fiscalYearEnd: row.fiscal_year_end,
    announced: row.announced,
  }));
}

/** COMPANIES.csv: column company_id (required), fiscal_year_end and country (optional), others ignored. */
export function parseCompaniesCsv(text: string, file = 'companies.csv'): CompanyRow[] {
  return readTable(text, file, ['company_id'], companySchema).map((row) => ({
    companyId: row.company_id,
    fiscalYearEnd: row.fiscal_year_end,
    country: row.country,
  }));
}
