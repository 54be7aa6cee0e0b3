/**
 * The calendar's entries for a date range, per CRM account, from the calendar module (`assembleCalendar`: fiscal
 * dates, predicted reshuffle windows, announced changes, budget windows, renewals), with what the dashboard adds:
 * for announced changes, the document's title and the evidence quote behind the entry.
 */
import type { Kysely } from 'kysely';
import { assembleCalendar } from '../calendar/calendar-assembly.js';
import type { CalendarEntryKind as AssembledKind } from '../calendar/calendar-entry.js';
import { type CalendarSettings, DEFAULT_CALENDAR_SETTINGS } from '../calendar/calendar-settings.js';
import type { Database } from '../db/schema.js';
import type { DateRange } from '../windows/window-types.js';

/** The calendar's kinds, the fiscal ones (year end, earnings, AGM …) drawn as one colour. */
export type CalendarEntryKind = 'announced-change' | 'reshuffle-window' | 'budget-planning' | 'renewal' | 'fiscal';

export interface CalendarAccount {
  readonly id: string;
  readonly name: string;
  readonly companyId: number | null;
  readonly owner: string | null;
  readonly arr: number | null;
  readonly segment: string | null;
  readonly country: string | null;
  readonly renewalDate: string | null;
  readonly fiscalYearEnd: string | null;
}

export interface CalendarEntry {
  /** Stable (the calendar's uid, made safe for an HTML id). */
  readonly id: string;
  readonly kind: CalendarEntryKind;
  /** The calendar module's own kind (`earnings`, `agm`, … for fiscal entries). */
  readonly detail: AssembledKind;
  readonly accountId: string;
  readonly start: string;
  readonly end: string;
  readonly status: 'predicted' | 'announced' | 'estimated';
  readonly basis: string;
  readonly confidence: number | null;
  /** Who and what, for announced changes. */
  readonly label: string | null;
  readonly evidence: { readonly url: string; readonly title: string | null; readonly quote: string | null; readonly sourceId: string | null } | null;
}

export interface CalendarFilter {
  readonly owner?: string | undefined;
  readonly segment?: string | undefined;
  readonly country?: string | undefined;
  readonly accountId?: string | undefined;
}

export interface CalendarData {
  readonly accounts: readonly CalendarAccount[];
  readonly entries: readonly CalendarEntry[];
}

export async function loadAccounts(db: Kysely<Database>, filter: CalendarFilter = {}): Promise<CalendarAccount[]> {
  let query = db
    .selectFrom('accounts as a')
    .leftJoin('companies as c', 'c.id', 'a.company_id')
    .select(['a.id', 'a.name', 'a.company_id', 'a.owner_email', 'a.arr', 'a.segment', 'a.country', 'a.renewal_date', 'c.country as companyCountry', 'c.fiscal_year_end'])
    .orderBy('a.arr', (ob) => ob.desc().nullsLast())
    .orderBy('a.name');
  if (filter.owner) query = query.where('a.owner_email', '=', filter.owner);
  if (filter.segment) query = query.where('a.segment', '=', filter.segment);
  if (filter.country) query = query.where((eb) => eb.fn.coalesce('a.country', 'c.country'), '=', filter.country);
  if (filter.accountId) query = query.where('a.id', '=', filter.accountId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    companyId: row.company_id === null ? null : Number(row.company_id),
    owner: row.owner_email,
    arr: row.arr === null ? null : Number(row.arr),
    segment: row.segment,
    country: row.country ?? row.companyCountry,
    renewalDate: row.renewal_date,
    fiscalYearEnd: row.fiscal_year_end,
  }));
}

const FISCAL_KINDS: ReadonlySet<AssembledKind> = new Set(['fiscal-year-end', 'earnings', 'annual-report', 'proxy-statement', 'agm']);

export async function loadCalendar(
  db: Kysely<Database>,
  range: DateRange,
  filter: CalendarFilter = {},
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
  now: Date = new Date(),
): Promise<CalendarData> {
  const accounts = await loadAccounts(db, filter);
  const assembled = await assembleCalendar(db, settings, { ...range, owner: filter.owner, segment: filter.segment, country: filter.country }, now);
  const wanted = new Set(accounts.map((account) => account.id));
  const urls = [...new Set(assembled.flatMap((entry) => (entry.kind === 'announced-change' && entry.evidenceUrl ? [entry.evidenceUrl] : [])))];
  const documents =
    urls.length === 0
      ? []
      : await db
          .selectFrom('documents as d')
          .leftJoin('officer_events as e', 'e.document_id', 'd.id')
          .select(['d.url', 'd.title', 'd.source_id', 'e.person', 'e.role_after', 'e.role_before', 'e.evidence', 'e.effective'])
          .where('d.url', 'in', urls)
          .orderBy('e.id')
          .execute();
  const entries: CalendarEntry[] = [];
  for (const entry of assembled) {
    if (!wanted.has(entry.account.id)) continue;
    let evidence: CalendarEntry['evidence'] = null;
    let label: string | null = null;
    if (entry.kind === 'announced-change' && entry.evidenceUrl) {
      const rows = documents.filter((row) => row.url === entry.evidenceUrl);
      // The entry's basis names the person ("announced …: Hanako Yamada, appointed …"): the event it came from.
      const event = rows.find((row) => row.person && entry.basis.includes(row.person)) ?? rows[0];
      label = event?.person ? `${event.person}${event.role_after ?? event.role_before ? ` — ${event.role_after ?? event.role_before}` : ''}` : null;
      evidence = { url: entry.evidenceUrl, title: event?.title ?? null, quote: event?.evidence ?? null, sourceId: event?.source_id ?? null };
    }
    entries.push({
      id: entry.uid.replace(/[^a-z0-9]/giu, '').slice(0, 24),
      kind: FISCAL_KINDS.has(entry.kind) ? 'fiscal' : (entry.kind as Exclude<CalendarEntryKind, 'fiscal'>),
      detail: entry.kind,
      accountId: entry.account.id,
      start: entry.start,
      end: entry.end,
      status: entry.status,
      basis: entry.basis,
      confidence: entry.confidence,
      label,
      evidence,
    });
  }
  return { accounts, entries };
}
