/**
 * Fiscal-year-end facts as stored (fiscal_facts rows, the companies row) turned into the resolver's facts: which
 * trust tier a stored source id belongs to, and which year end was in force on a given day.
 */
import { type CalendarDate, calendarDateInZone } from '../windows/calendar-date.js';
import {
  type FiscalFactSource,
  type FiscalYearEndFact,
  type ResolvedFiscalYearEnd,
  resolveFiscalYearEnd,
} from '../windows/fiscal-year-end-resolver.js';

/**
 * A source id's trust tier. A year end read from a document's text (document_id set) is an extraction whatever the
 * source; one given by a filing system's structured data (EDGAR submissions, EDINET's 決算日) is regulatory.
 */
export function fiscalFactSource(sourceId: string | null, fromDocument: boolean): FiscalFactSource {
  const id = (sourceId ?? '').toLowerCase();
  if (id === 'manual' || id === 'crm') return id;
  if (fromDocument) return 'extracted';
  if (id === 'sec-edgar' || id === 'edgar') return 'edgar';
  if (id === 'edinet') return 'edinet';
  return 'extracted';
}

export interface StoredYearEndFact {
  readonly value: string;
  readonly sourceId: string | null;
  readonly documentId: number | null;
  readonly observedAt: Date | null;
  readonly url?: string | null;
}

export function toYearEndFact(fact: StoredYearEndFact): FiscalYearEndFact {
  return {
    value: fact.value,
    source: fiscalFactSource(fact.sourceId, fact.documentId !== null),
    observedAt: fact.observedAt ? calendarDateInZone(fact.observedAt, 'UTC') : '1970-01-01',
    url: fact.url ?? null,
  };
}

/**
 * The year end in force on `date`: the resolver's choice among the facts seen by then, else (a company first seen
 * after the date) the earliest fact, which is the best guess of the year end it had before.
 */
export function yearEndInForce(facts: readonly FiscalYearEndFact[], date: CalendarDate): ResolvedFiscalYearEnd | null {
  const seen = resolveFiscalYearEnd(facts.filter((fact) => fact.observedAt <= date));
  if (seen) return seen;
  const earliest = [...facts].sort((a, b) => a.observedAt.localeCompare(b.observedAt))[0];
  return earliest ? resolveFiscalYearEnd([earliest]) : null;
}
