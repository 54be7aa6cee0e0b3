/**
 * One company row whatever source names it: found by any identifier (CIK, 法人番号, EDINET code,
 * 証券コード, LEI, ticker), then by normalized name, and completed with what the caller knows.
 */
import type { Kysely, Transaction } from 'kysely';
import type { CompanyIdentity, TrackedCompany } from '../../sources/source-definition.js';
import { normalizeCik, normalizeSecCode, normalizeTicker } from '../match/company-identity.js';
import { companyNameKey } from '../match/company-name.js';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

interface NormalizedIdentity {
  readonly cik: string | null;
  readonly secCode: string | null;
  readonly corporateNumber: string | null;
  readonly edinetCode: string | null;
  readonly lei: string | null;
  readonly ticker: string | null;
  readonly nameKey: string;
}

function normalize(identity: CompanyIdentity): NormalizedIdentity {
  const corporate = identity.corporateNumber?.replace(/\D/gu, '') ?? '';
  const name = identity.name ?? identity.nameJa ?? identity.nameEn ?? '';
  return {
    cik: normalizeCik(identity.cik),
    secCode: normalizeSecCode(identity.secCode),
    corporateNumber: corporate.length === 13 ? corporate : null,
    edinetCode: identity.edinetCode?.trim().toUpperCase() || null,
    lei: identity.lei?.trim().toUpperCase() || null,
    ticker: normalizeTicker(identity.ticker),
    nameKey: name ? companyNameKey(name) : '',
  };
}

export async function findCompanyId(db: Db, identity: CompanyIdentity): Promise<number | null> {
  const key = normalize(identity);
  const lookups: Array<readonly ['cik' | 'sec_code' | 'corporate_number' | 'edinet_code' | 'lei' | 'ticker', string | null]> = [
    ['corporate_number', key.corporateNumber],
    ['edinet_code', key.edinetCode],
    ['cik', key.cik],
    ['sec_code', key.secCode],
    ['lei', key.lei],
    ['ticker', key.ticker],
  ];
  for (const [column, value] of lookups) {
    if (!value) continue;
    const row = await db.selectFrom('companies').select('id').where(column, '=', value).orderBy('id').executeTakeFirst();
    if (row) return row.id;
  }
  if (!key.nameKey) return null;
  const byName = await db
    .selectFrom('companies')
    .select(['id', 'cik', 'sec_code', 'corporate_number', 'edinet_code', 'lei'])
    .where('normalized_name', '=', key.nameKey)
    .orderBy('id')
    .execute();
  // Name keys drop ホールディングス/Group/legal forms, so みなせ電機グループ and みなせ電機 share one: a candidate
  // whose identifier of the same kind differs is another company, whatever the name says.
  const compatible = byName.filter(
    (row) =>
      (!key.cik || !row.cik || row.cik === key.cik) &&
      (!key.secCode || !row.sec_code || row.sec_code === key.secCode) &&
      (!key.corporateNumber || !row.corporate_number || row.corporate_number === key.corporateNumber) &&
      (!key.edinetCode || !row.edinet_code || row.edinet_code === key.edinetCode) &&
      (!key.lei || !row.lei || row.lei === key.lei),
  );
  // Two companies with one name key cannot be told apart: refuse to guess.
  return compatible.length === 1 ? compatible[0]!.id : null;
}

/** Finds the company and fills in identifiers it lacked, or creates it. Returns its id. */
export async function upsertCompany(db: Db, identity: CompanyIdentity): Promise<number> {
  const key = normalize(identity);
  const name = identity.name ?? identity.nameJa ?? identity.nameEn ?? null;
  const existingId = await findCompanyId(db, identity);
  if (existingId !== null) {
    const current = await db.selectFrom('companies').selectAll().where('id', '=', existingId).executeTakeFirstOrThrow();
    const update = {
      cik: current.cik ?? key.cik,
      sec_code: current.sec_code ?? key.secCode,
      corporate_number: current.corporate_number ?? key.corporateNumber,
      edinet_code: current.edinet_code ?? key.edinetCode,
      lei: current.lei ?? key.lei,
      ticker: current.ticker ?? key.ticker,
      exchange: current.exchange ?? identity.exchange ?? null,
      country: current.country ?? identity.country ?? null,
      name_en: current.name_en ?? identity.nameEn ?? null,
      name_ja: current.name_ja ?? identity.nameJa ?? null,
    };
    const changed = Object.entries(update).some(([column, value]) => current[column as keyof typeof current] !== value);
    if (changed) {
      await db.updateTable('companies').set({ ...update, updated_at: new Date() }).where('id', '=', existingId).execute();
    }
    return existingId;
  }
  if (!name && !key.cik && !key.secCode && !key.corporateNumber && !key.edinetCode) {
    throw new Error('cannot create a company without a name or an identifier');
  }
  const inserted = await db
    .insertInto('companies')
    .values({
      name: name ?? key.cik ?? key.secCode ?? key.corporateNumber ?? key.edinetCode ?? 'unknown',
      name_en: identity.nameEn ?? null,
      name_ja: identity.nameJa ?? null,
      normalized_name: key.nameKey,
      country: identity.country ?? null,
      cik: key.cik,
      ticker: key.ticker,
      exchange: identity.exchange ?? null,
      sec_code: key.secCode,
      corporate_number: key.corporateNumber,
      edinet_code: key.edinetCode,
      lei: key.lei,
      fiscal_year_end: null,
      fiscal_year_end_source: null,
      fiscal_year_end_seen_at: null,
      parent_company_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

type UniqueIdentifierColumn = 'sec_code' | 'corporate_number' | 'edinet_code' | 'cik' | 'lei';

/**
 * Fills in identifiers that company `companyId` lacks (a TDnet row matched to it by name gives its securities
 * code). An identifier another company row already holds is left out: two rows for one issuer are a merge for a
 * person to decide, not a guess. Returns the columns recorded.
 */
export async function completeCompanyIdentifiers(db: Db, companyId: number, identity: CompanyIdentity): Promise<readonly string[]> {
  const key = normalize(identity);
  const current = await db.selectFrom('companies').select(['sec_code', 'corporate_number', 'edinet_code', 'cik', 'lei']).where('id', '=', companyId).executeTakeFirst();
  if (!current) return [];
  const offered: ReadonlyArray<readonly [UniqueIdentifierColumn, string | null]> = [
    ['sec_code', key.secCode],
    ['corporate_number', key.corporateNumber],
    ['edinet_code', key.edinetCode],
    ['cik', key.cik],
    ['lei', key.lei],
  ];
  const update: Partial<Record<UniqueIdentifierColumn, string>> = {};
  for (const [column, value] of offered) {
    if (!value || current[column] !== null) continue;
    const holder = await db.selectFrom('companies').select('id').where(column, '=', value).executeTakeFirst();
    if (!holder) update[column] = value;
  }
  const columns = Object.keys(update);
  if (columns.length > 0) await db.updateTable('companies').set({ ...update, updated_at: new Date() }).where('id', '=', companyId).execute();
  return columns;
}

/** Companies that at least one CRM account points at: the only ones worth crawling for. */
export async function listTrackedCompanies(db: Db): Promise<TrackedCompany[]> {
  const rows = await db
    .selectFrom('companies')
    .where((eb) => eb.exists(eb.selectFrom('accounts').select('accounts.id').whereRef('accounts.company_id', '=', 'companies.id')))
    .select(['id', 'name', 'cik', 'ticker', 'sec_code', 'corporate_number', 'edinet_code', 'fiscal_year_end'])
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    cik: row.cik,
    ticker: row.ticker,
    secCode: row.sec_code,
    corporateNumber: row.corporate_number,
    edinetCode: row.edinet_code,
    fiscalYearEnd: row.fiscal_year_end,
  }));
}
