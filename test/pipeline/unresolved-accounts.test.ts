/**
 * `execradar accounts unresolved`: accounts that no identifier or known company name ties to a listed company
 * are listed for the user to fix, with their contact counts; resolved ones are not. Fictional accounts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { upsertCompany } from '../../src/db/company-repository.js';
import { listUnresolvedAccounts, resolveUnresolvedAccounts, storeContacts } from '../../src/db/contact-repository.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';

const CSV = Buffer.from(
  [
    'account_id,account_name,ticker,cik,sec_code,corporate_number,contact_id,contact_name',
    'ACC-SHR,白鷺工業株式会社,,,9997,,C-1,藤澤 健二',
    'ACC-ORC,Orchid Labs Inc.,,,,,C-2,Nils Farrow',
    'ACC-MYS,Mistral Harbor Trading,,,,,C-3,Ines Marlow',
    'ACC-MYS,Mistral Harbor Trading,,,,,C-4,Tomas Reyl',
  ].join('\n'),
);

describe.each(testDatabaseKinds())('unresolved accounts on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
  });
  afterEach(async () => database.close());

  it('lists an account whose name matches no company, not one with a securities code or a known name', async () => {
    await upsertCompany(database.db, { name: 'Orchid Labs, Inc.', cik: '9990123', country: 'US' });
    const stored = await storeContacts(database.db, parseContactsCsv(CSV, 'contacts.csv').rows);
    expect(stored.unresolvedAccounts).toEqual(['ACC-MYS']);

    const unresolved = await listUnresolvedAccounts(database.db);
    expect(unresolved.map((account) => ({ ...account, contacts: Number(account.contacts) }))).toEqual([{ id: 'ACC-MYS', name: 'Mistral Harbor Trading', contacts: 2 }]);
    const resolved = await database.db.selectFrom('accounts').select(['id', 'company_id']).where('company_id', 'is not', null).orderBy('id').execute();
    expect(resolved.map((account) => account.id)).toEqual(['ACC-ORC', 'ACC-SHR']);
  });

  it('links an account by name once a source adds its company, so later notices reach it', async () => {
    await storeContacts(database.db, parseContactsCsv(CSV, 'contacts.csv').rows);
    expect(await resolveUnresolvedAccounts(database.db)).toBe(0);
    // As the EDINET code list or a crawl would: the company arrives with an identifier and its name.
    const company = await upsertCompany(database.db, { name: 'Mistral Harbor Trading Co., Ltd.', secCode: '9989', country: 'JP' });
    expect(await resolveUnresolvedAccounts(database.db)).toBe(1);
    const account = await database.db.selectFrom('accounts').select('company_id').where('id', '=', 'ACC-MYS').executeTakeFirstOrThrow();
    expect(account.company_id).toBe(company);
    expect((await listUnresolvedAccounts(database.db)).map((row) => row.id)).toEqual(['ACC-ORC']);
  });
});
