/** Kysely table types for the schema in `migrations/`; every query in the project is typed by these. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** `date` columns come back as `YYYY-MM-DD` strings (type parsers are set that way on both drivers). */
type DateString = ColumnType<string | null, string | null | undefined, string | null>;
type Json<T> = ColumnType<T, string | undefined, string>;

export interface CompaniesTable {
  id: Generated<number>;
  name: string;
  name_en: string | null;
  name_ja: string | null;
  normalized_name: string;
  country: string | null;
  cik: string | null;
  ticker: string | null;
  exchange: string | null;
  sec_code: string | null;
  corporate_number: string | null;
  edinet_code: string | null;
  lei: string | null;
  fiscal_year_end: string | null;
  fiscal_year_end_source: string | null;
  fiscal_year_end_seen_at: NullableTimestamp;
  parent_company_id: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AccountsTable {
  id: string;
  name: string;
  company_id: number | null;
  ticker: string | null;
  cik: string | null;
  sec_code: string | null;
  corporate_number: string | null;
  owner_email: string | null;
  arr: number | null;
  renewal_date: DateString;
  segment: string | null;
  country: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ContactsTable {
  id: string;
  account_id: string;
  name: string;
  name_reading: string | null;
  name_latin: string | null;
  title: string | null;
  email: string | null;
  owner_email: string | null;
  is_key_person: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SourcesTable {
  id: string;
  name: string;
  enabled: Generated<boolean>;
  disabled_reason: string | null;
  last_run_at: NullableTimestamp;
  next_run_at: NullableTimestamp;
  last_status: string | null;
  last_error: string | null;
  consecutive_failures: Generated<number>;
  updated_at: Generated<Date>;
}

export type CrawlRunStatus = 'running' | 'ok' | 'partial' | 'failed';

export interface CrawlRunsTable {
  id: Generated<number>;
  source_id: string;
  trigger: string;
  started_at: Generated<Date>;
  finished_at: NullableTimestamp;
  status: Generated<CrawlRunStatus>;
  stats: Json<Record<string, number>>;
  error: string | null;
}

export interface CrawlStateTable {
  url: string;
  source_id: string;
  etag: string | null;
  last_modified: string | null;
  content_hash: string | null;
  last_status: number | null;
  last_outcome: string | null;
  last_error: string | null;
  fetched_at: NullableTimestamp;
  next_due_at: NullableTimestamp;
  failure_count: Generated<number>;
  updated_at: Generated<Date>;
}

export interface DocumentsTable {
  id: Generated<number>;
  source_id: string;
  url: string;
  external_id: string | null;
  company_id: number | null;
  published_at: NullableTimestamp;
  title: string | null;
  text: string;
  lang: string | null;
  content_hash: string;
  status: Generated<'ok' | 'failed'>;
  error: string | null;
  fetched_at: Generated<Date>;
  extracted_at: NullableTimestamp;
}

export interface OfficerEventsTable {
  id: Generated<number>;
  document_id: number;
  company_id: number | null;
  person: string;
  person_key: string;
  person_reading: string | null;
  change: string;
  role_before: string | null;
  role_after: string | null;
  effective: string | null;
  effective_date: DateString;
  announced_on: DateString;
  evidence: string;
  confidence: number;
  created_at: Generated<Date>;
}

export type FiscalFactKind = 'fiscal_year_end' | 'earnings_date' | 'agm_date';

export interface FiscalFactsTable {
  id: Generated<number>;
  company_id: number;
  kind: FiscalFactKind;
  value: string;
  source_id: string;
  document_id: number | null;
  observed_at: Generated<Date>;
}

export type MatchStatus = 'new' | 'confirmed' | 'dismissed';

export interface ContactMatchesTable {
  id: Generated<number>;
  event_id: number;
  contact_id: string;
  kind: Generated<'same_company' | 'job_change'>;
  score: number;
  reasons: Json<readonly string[]>;
  status: Generated<MatchStatus>;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface MatchDecisionsTable {
  contact_id: string;
  person_key: string;
  company_id: number | null;
  decision: 'confirmed' | 'dismissed';
  decided_by: string | null;
  decided_at: Generated<Date>;
}

export type AlertKind =
  | 'contact_leaving'
  | 'contact_moving'
  | 'contact_joined_elsewhere'
  | 'reshuffle_nudge'
  | 'budget_nudge';
export type AlertStatus = 'open' | 'confirmed' | 'dismissed' | 'snoozed';
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';

export interface AlertsTable {
  id: Generated<number>;
  kind: AlertKind;
  event_id: number | null;
  contact_id: string | null;
  dedupe_key: string;
  recipient: string | null;
  payload: Json<Record<string, unknown>>;
  status: Generated<AlertStatus>;
  assigned_to: string | null;
  snoozed_until: NullableTimestamp;
  delivery_status: Generated<DeliveryStatus>;
  idempotency_key: string;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  last_error: string | null;
  created_at: Generated<Date>;
  delivered_at: NullableTimestamp;
}

/** Notification deliveries and digests (`migrations/0002_notify.sql`, used by `src/notify/`). */
export interface AlertDeliveriesTable {
  id: Generated<number>;
  alert_id: number | null;
  digest_id: number | null;
  channel: 'slack' | 'email' | 'webhook';
  target: string;
  language: 'ja' | 'en';
  status: Generated<'pending' | 'sending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  lease_until: NullableTimestamp;
  last_error: string | null;
  sent_at: NullableTimestamp;
  idempotency_key: string;
  created_at: Generated<Date>;
}

export interface NotifyDigestsTable {
  id: Generated<number>;
  kind: 'leadership_weekly' | 'csm_daily';
  digest_key: string;
  recipient: string | null;
  period_start: ColumnType<string, string, string>;
  period_end: ColumnType<string, string, string>;
  payload: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
}

export interface AlertDigestItemsTable {
  alert_id: number;
  recipient: string;
  digest_id: number | null;
  created_at: Generated<Date>;
}

/** A co-registrant of a document (see migrations/0003_document_companies.sql). */
export interface DocumentCompaniesTable {
  document_id: number;
  company_id: number;
  created_at: Generated<Date>;
}

export interface Database {
  companies: CompaniesTable;
  accounts: AccountsTable;
  contacts: ContactsTable;
  sources: SourcesTable;
  crawl_runs: CrawlRunsTable;
  crawl_state: CrawlStateTable;
  documents: DocumentsTable;
  document_companies: DocumentCompaniesTable;
  officer_events: OfficerEventsTable;
  fiscal_facts: FiscalFactsTable;
  contact_matches: ContactMatchesTable;
  match_decisions: MatchDecisionsTable;
  alerts: AlertsTable;
  alert_deliveries: AlertDeliveriesTable;
  notify_digests: NotifyDigestsTable;
  alert_digest_items: AlertDigestItemsTable;
}

export type Company = Selectable<CompaniesTable>;
export type NewCompany = Insertable<CompaniesTable>;
export type CompanyUpdate = Updateable<CompaniesTable>;
export type Contact = Selectable<ContactsTable>;
export type Account = Selectable<AccountsTable>;
export type StoredDocument = Selectable<DocumentsTable>;
export type StoredEvent = Selectable<OfficerEventsTable>;
export type Alert = Selectable<AlertsTable>;
