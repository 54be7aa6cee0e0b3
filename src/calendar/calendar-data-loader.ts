/**
 * Reads what the calendar needs from the database, as plain records: companies with their year-end facts,
 * announced earnings/AGM dates and past announcement days (dated in the company's own time zone), CRM accounts,
 * and executive changes whose effective date is still ahead.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { type CalendarDate, calendarDateInZone, isCalendarDate, timeZoneForCountry } from '../windows/calendar-date.js';
import type { AnnouncedChange } from '../windows/announced-change-entries.js';
import { type FiscalYearEndFact, type ResolvedFiscalYearEnd, resolveFiscalYearEnd } from '../windows/fiscal-year-end-resolver.js';
import { toYearEndFact } from './fiscal-fact-sources.js';

export interface CompanyRecord {
  readonly id: number;
  readonly name: string;
  /** Upper-case ISO code, or null. */
  readonly country: string | null;
  /** The IANA zone its disclosures are dated in. */
  readonly timeZone: string;
  readonly yearEndFacts: readonly FiscalYearEndFact[];
  /** The current year end (most trustworthy, then most recent fact), with its source. */
  readonly fiscalYearEnd: ResolvedFiscalYearEnd | null;
  /** Announced earnings and AGM dates (any cycle). */
  readonly earningsDates: readonly CalendarDate[];
  readonly agmDates: readonly CalendarDate[];
  /** Days on which it announced an executive change, one per day, ascending. */
  readonly announcements: readonly CalendarDate[];
}

export interface AccountRecord {
  readonly id: string;
  readonly name: string;
  readonly companyId: number | null;
  readonly ownerEmail: string | null;
  readonly arr: number | null;
  readonly renewalDate: CalendarDate | null;
  readonly segment: string | null;
  readonly country: string | null;
}

export interface AccountFilter {
  readonly owner?: string | undefined;
  readonly country?: string | undefined;
  readonly segment?: string | undefined;
}

const upper = (value: string | null | undefined): string | null => (value ? value.trim().toUpperCase() : null);

/**
 * Companies that have announcements or are linked to an account, keyed by id. Everything with history is loaded
 * because the priors learn from all companies, not only the tracked ones.
 */
export async function loadCompanyRecords(db: Kysely<Database>): Promise<Map<number, CompanyRecord>> {
  const [companies, events, facts] = await Promise.all([
    db
      .selectFrom('companies')
      .select(['id', 'name', 'country', 'fiscal_year_end', 'fiscal_year_end_source', 'fiscal_year_end_seen_at'])
      .where((eb) =>
        eb.or([
          eb.exists(eb.selectFrom('accounts').select('accounts.id').whereRef('accounts.company_id', '=', 'companies.id')),
          eb.exists(eb.selectFrom('officer_events').select('officer_events.id').whereRef('officer_events.company_id', '=', 'companies.id')),
        ]),
      )
      .execute(),
    db
      .selectFrom('officer_events')
      .innerJoin('documents', 'documents.id', 'officer_events.document_id')
      .select(['officer_events.company_id', 'officer_events.announced_on', 'documents.published_at'])
      .where('officer_events.company_id', 'is not', null)
      .execute(),
    db
      .selectFrom('fiscal_facts')
      .leftJoin('documents', 'documents.id', 'fiscal_facts.document_id')
      .select(['fiscal_facts.company_id', 'fiscal_facts.kind', 'fiscal_facts.value', 'fiscal_facts.source_id', 'fiscal_facts.document_id', 'fiscal_facts.observed_at', 'documents.url'])
      .execute(),
  ]);
  const factsByCompany = new Map<number, typeof facts>();
  for (const fact of facts) {
    const list = factsByCompany.get(fact.company_id);
    if (list) list.push(fact);
    else factsByCompany.set(fact.company_id, [fact]);
  }
  const daysByCompany = new Map<number, Set<CalendarDate>>();
  const zoneById = new Map(companies.map((company) => [company.id, timeZoneForCountry(company.country)] as const));
  for (const event of events) {
    if (event.company_id === null) continue;
    const zone = zoneById.get(event.company_id) ?? 'UTC';
    // The publication instant, dated where the company files; the stored day only when no instant is known.
    const day = event.published_at ? calendarDateInZone(event.published_at, zone) : event.announced_on;
    if (!day) continue;
    let days = daysByCompany.get(event.company_id);
    if (!days) daysByCompany.set(event.company_id, (days = new Set()));
    days.add(day);
  }

  const records = new Map<number, CompanyRecord>();
  for (const company of companies) {
    const own = factsByCompany.get(company.id) ?? [];
    const yearEndFacts = own
      .filter((fact) => fact.kind === 'fiscal_year_end')
      .map((fact) => toYearEndFact({ value: fact.value, sourceId: fact.source_id, documentId: fact.document_id, observedAt: fact.observed_at, url: fact.url }));
    // The companies row only repeats the latest fact; it is used alone when no fact is stored (set by hand, imported).
    if (yearEndFacts.length === 0 && company.fiscal_year_end) {
      yearEndFacts.push(toYearEndFact({ value: company.fiscal_year_end, sourceId: company.fiscal_year_end_source, documentId: null, observedAt: company.fiscal_year_end_seen_at }));
    }
    const dates = (kind: 'earnings_date' | 'agm_date'): CalendarDate[] =>
      [...new Set(own.filter((fact) => fact.kind === kind && isCalendarDate(fact.value)).map((fact) => fact.value))].sort();
    records.set(company.id, {
      id: company.id,
      name: company.name,
      country: upper(company.country),
      timeZone: zoneById.get(company.id) ?? 'UTC',
      yearEndFacts,
      fiscalYearEnd: resolveFiscalYearEnd(yearEndFacts),
      earningsDates: dates('earnings_date'),
      agmDates: dates('agm_date'),
      announcements: [...(daysByCompany.get(company.id) ?? [])].sort(),
    });
  }
  return records;
}

export async function loadAccounts(db: Kysely<Database>, filter: AccountFilter = {}): Promise<AccountRecord[]> {
  let query = db
    .selectFrom('accounts')
    .leftJoin('companies', 'companies.id', 'accounts.company_id')
    .select([
      'accounts.id',
      'accounts.name',
      'accounts.company_id',
      'accounts.owner_email',
      'accounts.arr',
      'accounts.renewal_date',
      'accounts.segment',
      'accounts.country',
      'companies.country as company_country',
    ])
    .orderBy('accounts.id');
  if (filter.owner) query = query.where((eb) => eb(eb.fn('lower', ['accounts.owner_email']), '=', filter.owner!.trim().toLowerCase()));
  if (filter.segment) query = query.where('accounts.segment', '=', filter.segment);
  const rows = await query.execute();
  const accounts = rows.map((row) => ({
    id: row.id,
    name: row.name,
    companyId: row.company_id,
    ownerEmail: row.owner_email,
    arr: row.arr,
    renewalDate: row.renewal_date,
    segment: row.segment,
    country: upper(row.country) ?? upper(row.company_country),
  }));
  const country = upper(filter.country);
  return country ? accounts.filter((account) => account.country === country) : accounts;
}

/** The distinct owner e-mail addresses (the calendar feeds there can be). */
export async function loadOwners(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('accounts').select('owner_email').distinct().where('owner_email', 'is not', null).execute();
  return rows.map((row) => row.owner_email).filter((email): email is string => Boolean(email));
}

/**
 * Changes of these companies that take effect after they were announced, with the document as evidence. The
 * caller places them with `announcedChangeEntries` (which drops those outside its range or without a date).
 */
export async function loadAnnouncedChanges(
  db: Kysely<Database>,
  companies: ReadonlyMap<number, CompanyRecord>,
): Promise<AnnouncedChange[]> {
  const ids = [...companies.keys()];
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('officer_events')
    .innerJoin('documents', 'documents.id', 'officer_events.document_id')
    .select([
      'officer_events.company_id',
      'officer_events.person',
      'officer_events.change',
      'officer_events.role_before',
      'officer_events.role_after',
      'officer_events.effective',
      'officer_events.announced_on',
      'documents.published_at',
      'documents.url',
    ])
    .where('officer_events.company_id', 'in', ids)
    .where('officer_events.effective', 'is not', null)
    .orderBy('officer_events.id')
    .execute();
  const changes: AnnouncedChange[] = [];
  for (const row of rows) {
    const company = row.company_id === null ? undefined : companies.get(row.company_id);
    if (!company) continue;
    const announced = row.published_at ? calendarDateInZone(row.published_at, company.timeZone) : row.announced_on;
    if (!announced) continue;
    const role = row.role_after ?? row.role_before;
    changes.push({
      companyId: String(company.id),
      announced,
      effective: row.effective,
      summary: `${row.person}, ${row.change.replace(/_/gu, ' ')}${role ? ` (${role})` : ''}`,
      evidenceUrl: row.url,
    });
  }
  return changes;
}
