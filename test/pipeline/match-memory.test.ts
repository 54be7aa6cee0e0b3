/**
 * CRM re-import updates rows instead of duplicating them; a dismissed match is remembered, so the same
 * person never alerts that contact again, from any document; job changes go to the review list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { listOpenAlerts } from '../../src/db/alert-repository.js';
import { upsertCompany } from '../../src/db/company-repository.js';
import { storeContacts } from '../../src/db/contact-repository.js';
import { storeDocument } from '../../src/db/document-repository.js';
import { decideMatch, listMatchesForReview } from '../../src/db/match-repository.js';
import { processDocument } from '../../src/pipeline/process-document.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';

const CSV = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'contacts-us.csv'));

describe.each(testDatabaseKinds())('contacts and the match memory on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    await database.db.insertInto('sources').values({ id: 'press', name: 'Press releases', disabled_reason: null, last_run_at: null, next_run_at: null, last_status: null, last_error: null }).execute();
  });
  afterEach(async () => database.close());

  const announce = async (companyId: number, url: string, text: string) => {
    const stored = await storeDocument(database.db, 'press', { url, companyId, publishedAt: '2027-03-04', title: 'Press release', text, lang: 'en' });
    return processDocument(database.db, stored.documentId);
  };

  it('updates contacts by id on re-import', async () => {
    const first = await storeContacts(database.db, parseContactsCsv(CSV, 'contacts.csv').rows);
    expect(first).toMatchObject({ contactsCreated: 3, accountsCreated: 2 });
    const edited = Buffer.from(CSV.toString('utf8').replace('Marisol Vantreight,,,CFO', 'Marisol Vantreight,,,Chief Financial Officer'));
    const second = await storeContacts(database.db, parseContactsCsv(edited, 'contacts.csv').rows);
    expect(second).toMatchObject({ contactsCreated: 0, contactsUpdated: 3, accountsCreated: 0, accountsUpdated: 2 });
    const contacts = await database.db.selectFrom('contacts').select(['id', 'title']).orderBy('id').execute();
    expect(contacts).toHaveLength(3);
    expect(contacts[0]).toEqual({ id: 'C-1001', title: 'Chief Financial Officer' });
  });

  it('never alerts a dismissed pair again, from this document or another one', async () => {
    await storeContacts(database.db, parseContactsCsv(CSV, 'contacts.csv').rows);
    const northwind = await upsertCompany(database.db, { ticker: 'NWAN' });
    const first = await announce(
      northwind,
      'https://northwind.example/news/cfo-transition',
      'Northwind Analytics, Inc. today announced that Marisol Vantreight will step down as Chief Financial Officer, effective March 31, 2027.',
    );
    expect(first.alerts).toBe(1);
    const [match] = await database.db.selectFrom('contact_matches').select('id').execute();
    await decideMatch(database.db, match!.id, 'dismissed', 'csm.alex@ourco.example');
    expect(await listOpenAlerts(database.db)).toHaveLength(0);

    const replay = await announce(
      northwind,
      'https://northwind.example/news/cfo-transition-update',
      'As announced earlier, Marisol Vantreight will step down as Chief Financial Officer of Northwind Analytics, Inc. effective March 31, 2027.',
    );
    expect(replay.alerts).toBe(0);
    const statuses = await database.db.selectFrom('contact_matches').select('status').orderBy('id').execute();
    expect(statuses.map((s) => s.status)).toEqual(['dismissed', 'dismissed']);
    expect(await listOpenAlerts(database.db)).toHaveLength(0);
  });

  it('puts a tracked contact appointed at another company on the review list, not in an alert', async () => {
    await storeContacts(database.db, parseContactsCsv(CSV, 'contacts.csv').rows);
    const contoso = await upsertCompany(database.db, { name: 'Contoso Freight Corp', cik: '9990077', country: 'US' });
    const result = await announce(
      contoso,
      'https://contoso.example/news/new-ceo',
      'Contoso Freight Corp today announced the appointment of Teodor Blanchard as Chief Executive Officer, effective May 1, 2027.',
    );
    expect(result.alerts).toBe(0);
    const review = await listMatchesForReview(database.db);
    expect(review).toHaveLength(1);
    expect(review[0]).toMatchObject({ contactId: 'C-1002', person: 'Teodor Blanchard' });
    const match = await database.db.selectFrom('contact_matches').select(['kind', 'status']).executeTakeFirstOrThrow();
    expect(match).toEqual({ kind: 'job_change', status: 'new' });
  });
});
