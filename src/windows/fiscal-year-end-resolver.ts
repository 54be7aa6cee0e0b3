/**
 * Which fiscal year end to believe when sources disagree (EDGAR `fiscalYearEnd`, the EDINET 決算日, a year end
 * extracted from a press release, the CRM): the most recent fact from the most trustworthy kind of source wins,
 * and the winner keeps its source so the calendar can say where the date came from.
 */
import type { CalendarDate } from './calendar-date.js';
import { type FiscalYearEnd, fiscalYearEndKey, parseFiscalYearEnd } from './fiscal-year.js';

export type FiscalFactSource = 'manual' | 'edgar' | 'edinet' | 'annual-report' | 'extracted' | 'crm';

/**
 * Trust tiers: a year end set by hand beats regulatory filings, which beat text extraction and CRM fields (typed by
 * people, rarely updated after a change of fiscal year).
 */
export const FISCAL_SOURCE_TRUST: Readonly<Record<FiscalFactSource, number>> = {
  manual: 3,
  edgar: 2,
  edinet: 2,
  'annual-report': 2,
  extracted: 1,
  crm: 1,
};

export interface FiscalYearEndFact {
  /** As the source gives it: `03-31`, `0331`, `2月末日`, … */
  readonly value: string;
  readonly source: FiscalFactSource;
  /** When the source stated it (the filing date, the extraction's document date, the CRM's last update). */
  readonly observedAt: CalendarDate;
  readonly url?: string | null;
}

export interface ResolvedFiscalYearEnd {
  readonly fye: FiscalYearEnd;
  /** Canonical `MM-DD`. */
  readonly key: string;
  readonly source: FiscalFactSource;
  readonly observedAt: CalendarDate;
  readonly url: string | null;
}

/** The year end to use, or null when no fact can be read. Unreadable values are skipped, not fatal. */
export function resolveFiscalYearEnd(facts: readonly FiscalYearEndFact[]): ResolvedFiscalYearEnd | null {
  let best: (ResolvedFiscalYearEnd & { readonly trust: number }) | null = null;
  for (const fact of facts) {
    const fye = parseFiscalYearEnd(fact.value);
    if (!fye) continue;
    const trust = FISCAL_SOURCE_TRUST[fact.source];
    if (best && (trust < best.trust || (trust === best.trust && fact.observedAt <= best.observedAt))) continue;
    best = { fye, key: fiscalYearEndKey(fye), source: fact.source, observedAt: fact.observedAt, url: fact.url ?? null, trust };
  }
  if (!best) return null;
  const { trust: _trust, ...resolved } = best;
  return resolved;
}
