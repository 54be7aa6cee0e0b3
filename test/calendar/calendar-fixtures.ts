/**
 * A small fictional portfolio written straight into the database in the stored formats: companies with year-end
 * facts from their sources, disclosures (documents) with the officer events extracted from them, and CRM accounts.
 *
 * - Kitsune Kogyo (JP, 03-31): announces its 役員人事 every Feb 14 (Tokyo) — filed at 01:30 JST, which is Feb 13 in
 *   UTC; earnings and AGM dates of the 2026 cycle announced.
 * - Usagi Chemical (JP, 03-31): no history at all (prior only).
 * - Tanuki Foods (JP): moved from a 03-31 to a 12-31 year end in 2024; announced late February while on 03-31.
 * - Kamome Retail (JP): February year end given as 02-29 by its filings.
 * - Northwind Analytics (US, 12-31): 8-K Item 5.02 every early March; a CFO change announced 2026-03-02 effective
 *   2026-04-01.
 * - Birchwood Labs: a CRM account not tied to any listed company (renewal only).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';

type Db = Kysely<Database>;

let documentCounter = 0;

async function company(db: Db, name: string, country: string, fiscalYearEnd: string | null): Promise<number> {
  const row = await db
    .insertInto('companies')
    .values({ name, normalized_name: name.toLowerCase(), country, fiscal_year_end: fiscalYearEnd, fiscal_year_end_source: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function fact(db: Db, companyId: number, kind: 'fiscal_year_end' | 'earnings_date' | 'agm_date', value: string, sourceId: string, observedAt: string): Promise<void> {
  await db.insertInto('fiscal_facts').values({ company_id: companyId, kind, value, source_id: sourceId, document_id: null, observed_at: new Date(observedAt) }).execute();
}

/** A disclosure published at `publishedAt` (an instant) with one officer event. */
export async function disclosure(
  db: Db,
  companyId: number,
  input: { readonly sourceId: string; readonly publishedAt: string; readonly person: string; readonly change?: string; readonly role?: string; readonly effective?: string | null; readonly url?: string },
): Promise<number> {
  documentCounter += 1;
  const url = input.url ?? `https://disclosures.example/${input.sourceId}/${companyId}/${documentCounter}`;
  const document = await db
    .insertInto('documents')
    .values({
      source_id: input.sourceId,
      url,
      external_id: null,
      company_id: companyId,
      published_at: new Date(input.publishedAt),
      title: `Notice of changes in officers (${input.person})`,
      text: `${input.person} will be ${input.change ?? 'appointed'} ${input.role ?? 'Representative Director'}.`,
      lang: 'en',
      content_hash: `hash-${companyId}-${documentCounter}-${input.publishedAt}`,
      error: null,
      extracted_at: new Date(input.publishedAt),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('officer_events')
    .values({
      document_id: document.id,
      company_id: companyId,
      person: input.person,
      person_key: input.person.toLowerCase(),
      person_reading: null,
      change: input.change ?? 'appointed',
      role_before: null,
      role_after: input.role ?? 'Representative Director',
      effective: input.effective ?? null,
      effective_date: input.effective && /^\d{4}-\d{2}-\d{2}$/u.test(input.effective) ? input.effective : null,
      // What the pipeline stores: the UTC day of the publication instant.
      announced_on: input.publishedAt.slice(0, 10),
      evidence: `${input.person} will be ${input.change ?? 'appointed'}.`,
      confidence: 0.9,
    })
    .execute();
  return document.id;
}

async function account(
  db: Db,
  values: { id: string; name: string; companyId: number | null; owner: string | null; arr: number | null; renewal: string | null; segment?: string | null; country?: string | null },
): Promise<void> {
  await db
    .insertInto('accounts')
    .values({
      id: values.id,
      name: values.name,
      company_id: values.companyId,
      ticker: null,
      cik: null,
      sec_code: null,
      corporate_number: null,
      owner_email: values.owner,
      arr: values.arr,
      renewal_date: values.renewal,
      segment: values.segment ?? null,
      country: values.country ?? null,
    })
    .execute();
}

export interface Portfolio {
  readonly kitsune: number;
  readonly usagi: number;
  readonly tanuki: number;
  readonly kamome: number;
  readonly northwind: number;
  readonly cfoChangeUrl: string;
}

export const CSM_A = 'aiko.csm@vendor.example';
export const CSM_B = 'ben.csm@vendor.example';

export async function seedPortfolio(db: Db): Promise<Portfolio> {
  for (const [id, name] of [['edinet', 'EDINET'], ['tdnet', 'TDnet'], ['sec-edgar', 'SEC EDGAR']] as const) {
    await db.insertInto('sources').values({ id, name, disabled_reason: null, last_run_at: null, next_run_at: null, last_status: null, last_error: null }).onConflict((c) => c.doNothing()).execute();
  }
  const kitsune = await company(db, 'Kitsune Kogyo KK', 'JP', '03-31');
  await fact(db, kitsune, 'fiscal_year_end', '03-31', 'edinet', '2021-06-28T00:00:00Z');
  await fact(db, kitsune, 'earnings_date', '2026-05-13', 'tdnet', '2026-01-05T06:00:00Z');
  await fact(db, kitsune, 'agm_date', '2026-06-25', 'tdnet', '2026-01-05T06:00:00Z');
  for (const year of [2022, 2023, 2024, 2025]) {
    // 01:30 JST on Feb 14 is still Feb 13 in UTC.
    await disclosure(db, kitsune, { sourceId: 'tdnet', publishedAt: `${year}-02-13T16:30:00Z`, person: `Officer ${year}` });
  }

  const usagi = await company(db, 'Usagi Chemical KK', 'JP', null);
  await fact(db, usagi, 'fiscal_year_end', '03-31', 'edinet', '2023-06-20T00:00:00Z');

  const tanuki = await company(db, 'Tanuki Foods KK', 'JP', null);
  await fact(db, tanuki, 'fiscal_year_end', '03-31', 'edinet', '2021-06-25T00:00:00Z');
  await fact(db, tanuki, 'fiscal_year_end', '12-31', 'edinet', '2024-03-28T00:00:00Z');
  // A stale year end from a press release does not outrank the filings.
  await fact(db, tanuki, 'fiscal_year_end', '03-31', 'prtimes', '2025-01-10T00:00:00Z');
  for (const date of ['2022-02-24', '2023-02-24']) {
    await disclosure(db, tanuki, { sourceId: 'tdnet', publishedAt: `${date}T06:00:00Z`, person: `Manager ${date}` });
  }

  const kamome = await company(db, 'Kamome Retail KK', 'JP', null);
  await fact(db, kamome, 'fiscal_year_end', '02-29', 'edinet', '2024-05-24T00:00:00Z');

  const northwind = await company(db, 'Northwind Analytics Inc', 'US', null);
  await fact(db, northwind, 'fiscal_year_end', '12-31', 'sec-edgar', '2025-02-20T00:00:00Z');
  for (const date of ['2023-03-06', '2024-03-04', '2025-03-05']) {
    await disclosure(db, northwind, { sourceId: 'sec-edgar', publishedAt: `${date}T21:05:00Z`, person: `Director ${date}`, change: 'departed', role: 'Director' });
  }
  const cfoChangeUrl = 'https://www.sec.example/Archives/edgar/data/9990777/000999077726000011/nwan-20260302.htm';
  await disclosure(db, northwind, { sourceId: 'sec-edgar', publishedAt: '2026-03-02T21:10:00Z', person: 'Jordan Vale', change: 'appointed', role: 'Chief Financial Officer', effective: '2026-04-01', url: cfoChangeUrl });

  await account(db, { id: 'ACC-KIT', name: 'Kitsune Kogyo', companyId: kitsune, owner: CSM_A, arr: 120000, renewal: '2026-09-30', segment: 'enterprise' });
  await account(db, { id: 'ACC-USA', name: 'Usagi Chemical', companyId: usagi, owner: CSM_B, arr: 45000, renewal: null });
  await account(db, { id: 'ACC-TAN', name: 'Tanuki Foods', companyId: tanuki, owner: CSM_A, arr: 30000, renewal: '2027-01-31' });
  await account(db, { id: 'ACC-KAM', name: 'Kamome Retail', companyId: kamome, owner: CSM_B, arr: 18000, renewal: null });
  await account(db, { id: 'ACC-NWA', name: 'Northwind Analytics', companyId: northwind, owner: CSM_A, arr: 250000, renewal: '2026-11-15', segment: 'enterprise', country: 'US' });
  await account(db, { id: 'ACC-BIR', name: 'Birchwood Labs', companyId: null, owner: CSM_B, arr: 9000, renewal: '2026-07-01' });
  await db
    .insertInto('contacts')
    .values({ id: 'CON-KIT-1', account_id: 'ACC-KIT', name: 'Haruto Mori', name_reading: null, name_latin: 'Haruto Mori', title: 'Executive Officer, IT', email: null, owner_email: CSM_A })
    .execute();
  return { kitsune, usagi, tanuki, kamome, northwind, cfoChangeUrl };
}
