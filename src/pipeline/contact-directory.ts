/**
 * Loads CRM contacts with their accounts' company identity into the matcher's index. Events are
 * matched against the issuing company's accounts first (cheap, exact); the whole index is only
 * consulted for job changes (a tracked contact appointed somewhere else).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { buildContactIndex } from '../match/contact-index.js';
import type { ContactIndex } from '../match/contact-index.js';
import type { MatchableContact } from '../match/match-types.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface ContactRecord {
  readonly contactId: string;
  readonly name: string;
  readonly title: string | null;
  readonly ownerEmail: string | null;
  readonly accountId: string;
  readonly accountName: string;
  readonly arr: number | null;
  readonly renewalDate: string | null;
  readonly companyId: number | null;
}

export interface ContactDirectory {
  readonly index: ContactIndex;
  readonly records: ReadonlyMap<string, ContactRecord>;
}

export async function loadContactDirectory(db: Db, where: { readonly companyId?: number } = {}): Promise<ContactDirectory> {
  let query = db
    .selectFrom('contacts')
    .innerJoin('accounts', 'accounts.id', 'contacts.account_id')
    .leftJoin('companies', 'companies.id', 'accounts.company_id')
    .select([
      'contacts.id as contactId',
      'contacts.name',
      'contacts.name_reading',
      'contacts.name_latin',
      'contacts.title',
      'contacts.email',
      'contacts.owner_email',
      'accounts.id as accountId',
      'accounts.name as accountName',
      'accounts.owner_email as accountOwner',
      'accounts.arr',
      'accounts.renewal_date',
      'accounts.company_id',
      'accounts.ticker',
      'accounts.cik',
      'accounts.sec_code',
      'accounts.corporate_number',
      'companies.cik as companyCik',
      'companies.sec_code as companySecCode',
      'companies.corporate_number as companyCorporateNumber',
      'companies.ticker as companyTicker',
    ]);
  if (where.companyId !== undefined) query = query.where('accounts.company_id', '=', where.companyId);
  const rows = await query.execute();
  const matchable: MatchableContact[] = [];
  const records = new Map<string, ContactRecord>();
  for (const row of rows) {
    matchable.push({
      contactId: row.contactId,
      accountName: row.accountName,
      ticker: row.ticker ?? row.companyTicker,
      cik: row.cik ?? row.companyCik,
      secCode: row.sec_code ?? row.companySecCode,
      corporateNumber: row.corporate_number ?? row.companyCorporateNumber,
      name: row.name,
      nameReading: row.name_reading,
      nameLatin: row.name_latin,
      email: row.email,
    });
    records.set(row.contactId, {
      contactId: row.contactId,
      name: row.name,
      title: row.title,
      ownerEmail: row.owner_email ?? row.accountOwner,
      accountId: row.accountId,
      accountName: row.accountName,
      arr: row.arr,
      renewalDate: row.renewal_date,
      companyId: row.company_id,
    });
  }
  return { index: buildContactIndex(matchable), records };
}

let portfolioCache: { readonly version: string; readonly directory: ContactDirectory } | null = null;

/**
 * Every contact of the portfolio, for job changes (a tracked contact appointed at another company).
 * Built once and reused until a contact or account changes: indexing 200,000 contacts takes seconds.
 */
export async function loadPortfolioDirectory(db: Db): Promise<ContactDirectory> {
  const stamp = await db
    .selectFrom('contacts')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('contacts.updated_at').as('latest')])
    .executeTakeFirstOrThrow();
  const accounts = await db.selectFrom('accounts').select((eb) => eb.fn.max('accounts.updated_at').as('latest')).executeTakeFirstOrThrow();
  const version = `${stamp.n}:${String(stamp.latest)}:${String(accounts.latest)}`;
  if (portfolioCache?.version !== version) portfolioCache = { version, directory: await loadContactDirectory(db) };
  return portfolioCache.directory;
}
