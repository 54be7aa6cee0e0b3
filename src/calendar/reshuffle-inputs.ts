/**
 * The predictor's inputs built from database records: one history row per company and announcement day (with the
 * year end in force that day), the companies to predict for, the seeds for thin groups, and the observed period.
 * Used by the calendar and by `execradar windows predict --from-db`.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { type CalendarDate, fromDayNumber } from '../windows/calendar-date.js';
import { DEFAULT_PRIOR_OPTIONS, inferCoverage } from '../windows/reshuffle-prior.js';
import { fiscalYearEndKey, parseFiscalYearEnd } from '../windows/fiscal-year.js';
import type { CompanyRow, HistoryRow } from '../windows/window-types.js';
import type { CompanyRecord } from './calendar-data-loader.js';
import { loadCompanyRecords } from './calendar-data-loader.js';
import { yearEndInForce } from './fiscal-fact-sources.js';
import { SEED_COVERAGE, seedHistory } from './seed-priors.js';

export interface ReshuffleInputs {
  readonly history: readonly HistoryRow[];
  readonly companies: readonly CompanyRow[];
  /** Periods the history covers: the seeds' own period, and the real history's first day to `today`. */
  readonly coverage: ReadonlyArray<{ readonly from: CalendarDate; readonly to: CalendarDate }>;
  /** Groups (`JP|03-31`) that received seeds, for logs and tests. */
  readonly seededGroups: readonly string[];
}

export interface ReshuffleInputOptions {
  /** Seed a (country, year end) group with fewer real announcements than this; 0 = never. */
  readonly minAnnouncements: number;
  /** The last observed day (today in the caller's terms). */
  readonly today: CalendarDate;
}

/** History rows of every company with announcements, dated in its zone, with the year end it had then. */
export function historyRowsOf(records: Iterable<CompanyRecord>): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (const record of records) {
    for (const announced of record.announcements) {
      const fye = yearEndInForce(record.yearEndFacts, announced);
      rows.push({ companyId: String(record.id), country: record.country, fiscalYearEnd: fye?.key ?? null, announced });
    }
  }
  return rows;
}

export function companyRowOf(record: CompanyRecord): CompanyRow {
  return { companyId: String(record.id), fiscalYearEnd: record.fiscalYearEnd?.key ?? null, country: record.country };
}

const groupKey = (country: string | null | undefined, fye: string | null | undefined): string | null => {
  const parsed = parseFiscalYearEnd(fye);
  return parsed ? `${(country ?? '').toUpperCase()}|${fiscalYearEndKey(parsed)}` : null;
};

export function reshuffleInputs(
  records: ReadonlyMap<number, CompanyRecord>,
  predictFor: readonly number[],
  options: ReshuffleInputOptions,
): ReshuffleInputs {
  const real = historyRowsOf(records.values());
  const companies = predictFor.map((id) => records.get(id)).filter((record): record is CompanyRecord => Boolean(record)).map(companyRowOf);
  const counts = new Map<string, number>();
  for (const row of real) {
    const key = groupKey(row.country, row.fiscalYearEnd);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const seeds: HistoryRow[] = [];
  const seededGroups: string[] = [];
  if (options.minAnnouncements > 0) {
    for (const company of companies) {
      const key = groupKey(company.country, company.fiscalYearEnd);
      const fye = parseFiscalYearEnd(company.fiscalYearEnd);
      if (!key || !fye || seededGroups.includes(key) || (counts.get(key) ?? 0) >= options.minAnnouncements) continue;
      seededGroups.push(key);
      seeds.push(...seedHistory(company.country ?? '', fye));
    }
  }
  // The real history is observed from its first announcement on, except for long silent stretches (an archive
  // gap, as the predictor infers), and up to today: quiet weeks since the last announcement were watched too.
  const spans = inferCoverage(real.map((row) => row.announced), DEFAULT_PRIOR_OPTIONS.coverageGapDays).map(([from, to]) => ({ from: fromDayNumber(from), to: fromDayNumber(to) }));
  const last = spans.at(-1);
  if (last && last.to < options.today) spans[spans.length - 1] = { from: last.from, to: options.today };
  const coverage = [...(seeds.length ? [SEED_COVERAGE] : []), ...spans];
  return { history: [...seeds, ...real], companies, coverage, seededGroups };
}

/**
 * `windows predict --from-db`: every company linked to a CRM account (every company with history when no account
 * is linked yet), with all history and the seeds of thin groups.
 */
export async function loadWindowInputsFromDb(
  db: Kysely<Database>,
  options: ReshuffleInputOptions,
): Promise<{ readonly history: readonly HistoryRow[]; readonly companies: readonly CompanyRow[] }> {
  const records = await loadCompanyRecords(db);
  const linked = await db.selectFrom('accounts').select('company_id').distinct().where('company_id', 'is not', null).execute();
  const tracked = linked.map((row) => row.company_id).filter((id): id is number => id !== null && records.has(id));
  const ids = tracked.length ? tracked : [...records.values()].filter((record) => record.announcements.length).map((record) => record.id);
  const inputs = reshuffleInputs(records, ids.sort((a, b) => a - b), options);
  return { history: inputs.history, companies: inputs.companies };
}
