/**
 * Stores imported CRM rows: accounts (resolved to companies by identifier first, normalized name
 * second) and contacts, updated by contact id on re-import — never duplicated.
 */
import type { Kysely } from 'kysely';
import type { CrmContactRow } from '../contacts/contact-row.js';
import { findCompanyId, upsertCompany } from './company-repository.js';
import type { Database } from './schema.js';

export interface ContactStoreResult {
  readonly accountsCreated: number;
  readonly accountsUpdated: number;
  readonly contactsCreated: number;
  readonly contactsUpdated: number;
  readonly unresolvedAccounts: readonly string[];
}

export async function storeContacts(db: Kysely<Database>, rows: readonly CrmContactRow[]): Promise<ContactStoreResult> {
  return db.transaction().execute(async (trx) => {
    let accountsCreated = 0;
    let accountsUpdated = 0;
    let contactsCreated = 0;
    let contactsUpdated = 0;
    const unresolved = new Set<string>();
    const seenAccounts = new Map<string, number | null>();
    const now = new Date();
    for (const row of rows) {
      if (!seenAccounts.has(row.accountId)) {
        const identity = { name: row.accountName, cik: row.cik, ticker: row.ticker, secCode: row.secCode, corporateNumber: row.corporateNumber };
        const hasIdentifier = Boolean(row.cik || row.ticker || row.secCode || row.corporateNumber);
        // With an identifier the company is known for sure; by name alone only an existing, unambiguous one is used.
        const companyId = hasIdentifier ? await upsertCompany(trx, identity) : await findCompanyId(trx, { name: row.accountName });
        if (companyId === null) unresolved.add(row.accountId);
        seenAccounts.set(row.accountId, companyId);
        const values = {
          name: row.accountName,
          company_id: companyId,
          ticker: row.ticker,
          cik: row.cik,
          sec_code: row.secCode,
          corporate_number: row.corporateNumber,
          owner_email: row.ownerEmail,
          arr: row.arr,
          renewal_date: row.renewalDate,
        };
        // Country and segment pick the account's budget policy; an export without those columns keeps what was set.
        const placement = { ...(row.country ? { country: row.country } : {}), ...(row.segment ? { segment: row.segment } : {}) };
        const existing = await trx.selectFrom('accounts').select('id').where('id', '=', row.accountId).executeTakeFirst();
        if (existing) {
          await trx.updateTable('accounts').set({ ...values, ...placement, updated_at: now }).where('id', '=', row.accountId).execute();
          accountsUpdated++;
        } else {
          await trx.insertInto('accounts').values({ id: row.accountId, ...values, segment: row.segment ?? null, country: row.country ?? null }).execute();
          accountsCreated++;
        }
      }
      const contact = {
        account_id: row.accountId,
        name: row.contactName,
        name_reading: row.contactNameReading,
        name_latin: row.contactNameLatin,
        title: row.title,
        email: row.email,
        owner_email: row.ownerEmail,
      };
      const existing = await trx.selectFrom('contacts').select('id').where('id', '=', row.contactId).executeTakeFirst();
      if (existing) {
        await trx.updateTable('contacts').set({ ...contact, updated_at: now }).where('id', '=', row.contactId).execute();
        contactsUpdated++;
      } else {
        await trx.insertInto('contacts').values({ id: row.contactId, ...contact }).execute();
        contactsCreated++;
      }
    }
    // A parent account makes the parent's company the subsidiary's parent in the company master.
    for (const row of rows) {
      const child = seenAccounts.get(row.accountId) ?? null;
      const parentAccount = row.parentAccountId ? await trx.selectFrom('accounts').select('company_id').where('id', '=', row.parentAccountId).executeTakeFirst() : undefined;
      const parent = parentAccount?.company_id ?? null;
      if (child !== null && parent !== null && parent !== child) {
        await trx.updateTable('companies').set({ parent_company_id: parent, updated_at: now }).where('id', '=', child).execute();
      }
    }
    return { accountsCreated, accountsUpdated, contactsCreated, contactsUpdated, unresolvedAccounts: [...unresolved] };
  });
}

/**
 * Tries again, by name, the accounts no company was found for at import: a source may have added the company
 * since (the EDINET code list adds every listed Japanese company). Returns how many are now resolved.
 */
export async function resolveUnresolvedAccounts(db: Kysely<Database>, now = new Date()): Promise<number> {
  const unresolved = await db.selectFrom('accounts').select(['id', 'name']).where('company_id', 'is', null).execute();
  let resolved = 0;
  for (const account of unresolved) {
    const companyId = await findCompanyId(db, { name: account.name });
    if (companyId === null) continue;
    await db.updateTable('accounts').set({ company_id: companyId, updated_at: now }).where('id', '=', account.id).where('company_id', 'is', null).execute();
    resolved++;
  }
  return resolved;
}

export async function listUnresolvedAccounts(db: Kysely<Database>): Promise<Array<{ id: string; name: string; contacts: number }>> {
  const rows = await db
    .selectFrom('accounts')
    .leftJoin('contacts', 'contacts.account_id', 'accounts.id')
    .select(['accounts.id', 'accounts.name', (eb) => eb.fn.count<number>('contacts.id').as('contacts')])
    .where('accounts.company_id', 'is', null)
    .groupBy(['accounts.id', 'accounts.name'])
    .orderBy('accounts.name')
    .execute();
  return rows;
}
