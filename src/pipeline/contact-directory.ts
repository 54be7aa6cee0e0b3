/**
 * Loads CRM contacts with their accounts' company identity into the matcher's index. Events are
 * matched against the issuing company's accounts first (cheap, exact); the whole index is only
 * consulted for job changes (a tracked contact appointed somewhere else).
 *
 * When a Latin-written name may have to meet a kanji name that has no reading (an 8-K's "Kenji Fujisawa" and a
 * CRM's 「藤澤 健二」 without ふりがな, or the other way round), the index gets the kanji reading dictionary. It is
 * loaded on first need and kept for the life of the process: 1–4 s and ~80 MB once, not per document.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { buildContactIndex } from '../match/contact-index.js';
import type { ContactIndex } from '../match/contact-index.js';
import { loadReadingGuesser, type ReadingGuesser } from '../match/kanji-reading-guesser.js';
import type { MatchableContact } from '../match/match-types.js';
import { hasHan } from '../match/text-fold.js';

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

/** The names a directory is about to be matched against (an announcement's people). */
export interface DirectoryOptions {
  /**
   * With them, the reading dictionary is loaded only when one of them needs it; without them, whenever a contact
   * has a kanji name with neither reading nor Latin spelling. An empty list never loads it.
   */
  readonly people?: ReadonlyArray<{ readonly person: string; readonly personReading?: string | null | undefined }>;
}

let readingGuesser: Promise<ReadingGuesser> | null = null;

/** The reading dictionary, loaded once per process (a failed load is retried by the next caller). */
export function sharedReadingGuesser(): Promise<ReadingGuesser> {
  readingGuesser ??= loadReadingGuesser().catch((error: unknown) => {
    readingGuesser = null;
    throw error;
  });
  return readingGuesser;
}

function needsReadings(contacts: readonly MatchableContact[], people: DirectoryOptions['people']): boolean {
  const unreadKanji = (c: MatchableContact): boolean => hasHan(c.name) && !c.nameReading && !c.nameLatin;
  if (!people) return contacts.some(unreadKanji);
  const latinPeople = people.some((p) => !hasHan(p.person));
  const unreadPeople = people.some((p) => hasHan(p.person) && !p.personReading);
  return (latinPeople && contacts.some(unreadKanji)) || (unreadPeople && contacts.some((c) => !hasHan(c.name)));
}

export async function loadContactDirectory(db: Db, where: { readonly companyId?: number } = {}, options: DirectoryOptions = {}): Promise<ContactDirectory> {
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
  const guessReadings = needsReadings(matchable, options.people) ? await sharedReadingGuesser() : undefined;
  return { index: buildContactIndex(matchable, guessReadings ? { guessReadings } : {}), records };
}

/**
 * A company related to a document's issuer, with its own contacts: a subsidiary (the company master's parent
 * link; a holding company's notice often names its subsidiaries' officers) or a co-registrant of the filing.
 */
export interface RelatedDirectory {
  readonly relation: 'subsidiary' | 'co-registrant';
  readonly company: { readonly id: number; readonly name: string; readonly cik: string | null; readonly ticker: string | null; readonly secCode: string | null; readonly corporateNumber: string | null };
  readonly directory: ContactDirectory;
}

/** The tracked subsidiaries of the issuer and the co-registrants of the document, each with its contacts. */
export async function loadRelatedDirectories(
  db: Db,
  related: { readonly issuerId: number | null; readonly documentId: number },
  options: DirectoryOptions = {},
): Promise<RelatedDirectory[]> {
  const columns = ['companies.id', 'companies.name', 'companies.cik', 'companies.ticker', 'companies.sec_code', 'companies.corporate_number'] as const;
  const subsidiaries =
    related.issuerId === null
      ? []
      : await db.selectFrom('companies').select(columns).where('parent_company_id', '=', related.issuerId).where('id', '!=', related.issuerId).orderBy('id').execute();
  const coRegistrants = await db
    .selectFrom('document_companies')
    .innerJoin('companies', 'companies.id', 'document_companies.company_id')
    .select(columns)
    .where('document_companies.document_id', '=', related.documentId)
    .orderBy('companies.id')
    .execute();
  const seen = new Set<number>(related.issuerId === null ? [] : [related.issuerId]);
  const directories: RelatedDirectory[] = [];
  const pairs = [...coRegistrants.map((c) => ['co-registrant', c] as const), ...subsidiaries.map((c) => ['subsidiary', c] as const)];
  for (const [relation, company] of pairs) {
    if (seen.has(company.id)) continue;
    seen.add(company.id);
    const directory = await loadContactDirectory(db, { companyId: company.id }, options);
    if (directory.records.size === 0) continue;
    directories.push({
      relation,
      company: { id: company.id, name: company.name, cik: company.cik, ticker: company.ticker, secCode: company.sec_code, corporateNumber: company.corporate_number },
      directory,
    });
  }
  return directories;
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
  // Job changes compare exact-name keys only, never guessed readings: no dictionary for the portfolio index.
  if (portfolioCache?.version !== version) portfolioCache = { version, directory: await loadContactDirectory(db, {}, { people: [] }) };
  return portfolioCache.directory;
}
