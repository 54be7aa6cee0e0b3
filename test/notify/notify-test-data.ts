/**
 * Fictional CRM and disclosure rows for the notification tests: a company with an account and a contact, a
 * document with an officer event, and alerts raised through the real outbox function (`raiseAlert`).
 */
import type { Kysely } from 'kysely';
import { raiseAlert } from '../../src/db/alert-repository.js';
import type { Database } from '../../src/db/schema.js';
import { notifySettingsSchema, type NotifySettings } from '../../src/notify/notify-settings.js';

export const PUBLIC_URL = 'https://radar.example.test';

export function notifySettings(input: Record<string, unknown>): NotifySettings {
  return notifySettingsSchema.parse(input);
}

export interface SeededCompany {
  readonly companyId: number;
  readonly accountId: string;
}

const sourceReady = new WeakSet<object>();

async function ensureSource(db: Kysely<Database>): Promise<void> {
  if (sourceReady.has(db)) return;
  await db.insertInto('sources').values({ id: 'notify-test', name: 'Notify test source', disabled_reason: null, last_run_at: null, next_run_at: null, last_status: null, last_error: null }).onConflict((c) => c.doNothing()).execute();
  sourceReady.add(db);
}

export async function seedCompany(
  db: Kysely<Database>,
  input: { readonly name: string; readonly accountId: string; readonly arr: number | null; readonly renewal?: string | null; readonly owner?: string | null; readonly country?: string; readonly fiscalYearEnd?: string | null },
): Promise<SeededCompany> {
  const company = await db
    .insertInto('companies')
    .values({ name: input.name, normalized_name: input.name.toLowerCase(), country: input.country ?? 'JP', fiscal_year_end: input.fiscalYearEnd ?? null, name_en: null, name_ja: null, cik: null, ticker: null, exchange: null, sec_code: null, corporate_number: null, edinet_code: null, lei: null, fiscal_year_end_source: null, parent_company_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('accounts')
    .values({ id: input.accountId, name: `${input.name} (account)`, company_id: company.id, owner_email: input.owner ?? null, arr: input.arr, renewal_date: input.renewal ?? null, ticker: null, cik: null, sec_code: null, corporate_number: null, segment: null, country: input.country ?? 'JP' })
    .execute();
  return { companyId: company.id, accountId: input.accountId };
}

let documentCounter = 0;

export async function seedEvent(
  db: Kysely<Database>,
  input: { readonly companyId: number; readonly person: string; readonly change: string; readonly effective: string | null; readonly announced: string; readonly roleAfter?: string | null; readonly evidence?: string },
): Promise<number> {
  await ensureSource(db);
  documentCounter += 1;
  const url = `https://disclosures.example.test/${documentCounter}-${Date.now()}.htm`;
  const document = await db
    .insertInto('documents')
    .values({ source_id: 'notify-test', url, external_id: null, company_id: input.companyId, published_at: `${input.announced}T06:00:00Z`, title: `Notice ${documentCounter}`, text: input.evidence ?? 'text', lang: 'en', content_hash: `hash-${url}`, error: null, extracted_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const event = await db
    .insertInto('officer_events')
    .values({
      document_id: document.id,
      company_id: input.companyId,
      person: input.person,
      person_key: input.person.toLowerCase(),
      person_reading: null,
      change: input.change,
      role_before: null,
      role_after: input.roleAfter ?? null,
      effective: input.effective,
      effective_date: input.effective && /^\d{4}-\d{2}-\d{2}$/u.test(input.effective) ? input.effective : null,
      announced_on: input.announced,
      evidence: input.evidence ?? `${input.person} ${input.change}`,
      confidence: 0.9,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return event.id;
}

export interface TestAlertInput {
  readonly key: string;
  readonly owner: string | null;
  readonly person?: string;
  readonly company?: string;
  readonly evidence?: string;
  readonly effective?: string | null;
  readonly arr?: number | null;
  readonly renewal?: string | null;
  readonly eventId?: number | null;
  readonly documentUrl?: string;
}

/** Raises an alert the way the pipeline does (same payload shape); returns its id. */
export async function raiseTestAlert(db: Kysely<Database>, input: TestAlertInput): Promise<number> {
  const id = await raiseAlert(db, {
    kind: 'contact_leaving',
    dedupeKey: `contact_leaving:${input.key}`,
    eventId: input.eventId ?? null,
    contactId: null,
    recipient: input.owner,
    payload: {
      person: input.person ?? 'Dana Whitfield',
      personReading: null,
      change: 'departed',
      roleBefore: 'Chief Financial Officer',
      roleAfter: null,
      effective: input.effective === undefined ? '2027-04-01' : input.effective,
      evidence: input.evidence ?? 'Dana Whitfield will step down as Chief Financial Officer effective April 1, 2027.',
      confidence: 0.93,
      documentUrl: input.documentUrl ?? 'https://disclosures.example.test/8k-0001.htm',
      documentTitle: 'Form 8-K Item 5.02',
      announced: '2027-03-02',
      company: input.company ?? 'Northwind Anvils Inc.',
      contact: { id: `c-${input.key}`, name: input.person ?? 'Dana Whitfield', title: 'CFO' },
      account: { id: `a-${input.key}`, name: input.company ?? 'Northwind Anvils', arr: input.arr === undefined ? 120000 : input.arr, renewalDate: input.renewal === undefined ? '2027-06-30' : input.renewal },
      match: { score: 0.97, reasons: ['exact name', 'same company'], kind: 'same_company' },
    },
  });
  if (id === null) throw new Error(`alert ${input.key} already exists`);
  return id;
}

/** A settable clock for the worker. */
export function testClock(start: string): { now: () => Date; advance: (ms: number) => void; set: (iso: string) => void } {
  let current = new Date(start).getTime();
  return { now: () => new Date(current), advance: (ms) => void (current += ms), set: (iso) => void (current = new Date(iso).getTime()) };
}
