/**
 * CRM imports as users feed them: a Salesforce export uploaded over HTTP gets its owner names mapped to
 * e-mail addresses by `contacts.ownerEmails` (and the unmapped ones reported), and the accounts keep the
 * country and segment that choose their budget policy — also across a re-import that lacks those columns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { storeContacts } from '../../src/db/contact-repository.js';
import { createWebApp } from '../../src/web/app.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';

const TOKEN = 'import-test-token-0123456789';
const salesforce = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'contacts', 'salesforce-contacts.csv'));

describe.each(testDatabaseKinds())('contact import on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await database.close();
  });

  it('maps Salesforce owner names over HTTP, reports the unmapped, and stores the accounts with their countries', async () => {
    const app = createWebApp({ db: database.db, token: TOKEN, logger: silentLogger, version: 'test', sources: [], contacts: { ownerEmails: { 'Dana Whitfield': 'dana.whitfield@ourco.example' } } });
    const response = await app.request('/api/contacts/import?filename=sf.csv', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' }, body: salesforce });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { format: string; accepted: number; warnings: string[] };
    expect(report.format).toBe('salesforce');
    expect(report.warnings).toEqual([]);
    const owners = await database.db.selectFrom('contacts').select(['id', 'owner_email']).orderBy('id').execute();
    expect(owners.find((row) => row.id === '0035g00000AbCdE1')?.owner_email).toBe('dana.whitfield@ourco.example');
    const accounts = await database.db.selectFrom('accounts').select(['id', 'country']).orderBy('id').execute();
    expect(accounts.map((row) => [row.id, row.country])).toEqual(expect.arrayContaining([['0015g00000XyZ001', 'US'], ['0015g00000XyZ002', 'JP']]));

    const unmapped = createWebApp({ db: database.db, token: TOKEN, logger: silentLogger, version: 'test', sources: [] });
    const again = await unmapped.request('/api/contacts/import?filename=sf.csv', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' }, body: salesforce });
    const warned = (await again.json()) as { warnings: string[] };
    expect(warned.warnings).toEqual([expect.stringMatching(/^owner "Dana Whitfield" is not an e-mail address and has no entry in contacts\.ownerEmails/u)]);
  });

  it('keeps the country and segment of an account when a later export has no such columns', async () => {
    const first = 'account_id,account_name,contact_id,contact_name,country,segment\nA-ORC,Orchid Labs,O1,Nils Farrow,Germany,Enterprise\n';
    await storeContacts(database.db, parseContactsCsv(Buffer.from(first), 'first.csv').rows);
    const later = 'account_id,account_name,contact_id,contact_name,arr\nA-ORC,Orchid Labs,O1,Nils Farrow,50000\n';
    await storeContacts(database.db, parseContactsCsv(Buffer.from(later), 'later.csv').rows);
    const account = await database.db.selectFrom('accounts').select(['country', 'segment', 'arr']).where('id', '=', 'A-ORC').executeTakeFirstOrThrow();
    expect(account).toEqual({ country: 'DE', segment: 'Enterprise', arr: 50000 });
  });
});
