/**
 * What the service's matcher knows beyond the batch one: the second clue of a job change taken from the
 * announcement's text, and the kanji reading dictionary for Latin names against kanji-only contacts. Fictional
 * people and companies, on both databases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { listOpenAlerts } from '../../src/db/alert-repository.js';
import { upsertCompany } from '../../src/db/company-repository.js';
import { storeContacts } from '../../src/db/contact-repository.js';
import { storeDocument } from '../../src/db/document-repository.js';
import { listMatchesForReview } from '../../src/db/match-repository.js';
import { loadContactDirectory } from '../../src/pipeline/contact-directory.js';
import { processDocument } from '../../src/pipeline/process-document.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';

const US_CONTACTS = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'contacts-us.csv'));
const KANJI_ONLY = Buffer.from(
  [
    'account_id,account_name,ticker,cik,sec_code,corporate_number,contact_id,contact_name,contact_name_reading,contact_name_latin,title,email,owner_email,arr,renewal_date',
    'ACC-SHR,白鷺工業株式会社,,,9997,,C-3001,藤澤 健二,,,取締役 CTO,,csm.kim@ourco.example,80000,2027-12-31',
  ].join('\n'),
);

describe.each(testDatabaseKinds())('service matching on %s', (kind) => {
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

  it("alerts on a tracked contact appointed elsewhere when the announcement names the contact's account", async () => {
    await storeContacts(database.db, parseContactsCsv(US_CONTACTS, 'contacts.csv').rows);
    const contoso = await upsertCompany(database.db, { name: 'Contoso Freight Corp', cik: '9990077', country: 'US' });
    const result = await announce(
      contoso,
      'https://contoso.example/news/new-ceo',
      'Contoso Freight Corp today announced the appointment of Teodor Blanchard as Chief Executive Officer, effective May 1, 2027. ' +
        'Mr. Blanchard joins Contoso Freight from Northwind Analytics, Inc., where he led the company for six years.',
    );
    expect(result.alerts).toBe(1);
    const [alert] = await listOpenAlerts(database.db);
    expect(alert).toMatchObject({ kind: 'contact_joined_elsewhere', recipient: 'csm.alex@ourco.example' });
    const payload = alert!.payload as { contact: { id: string }; match: { kind: string; reasons: string[] } };
    expect(payload.contact.id).toBe('C-1002');
    expect(payload.match.reasons[0]).toContain('the announcement names Northwind Analytics');
    const match = await database.db.selectFrom('contact_matches').select(['kind', 'score']).executeTakeFirstOrThrow();
    expect(match).toEqual({ kind: 'job_change', score: 0.95 });
  });

  it('keeps a job change on the review list when the text names no account of the contact', async () => {
    await storeContacts(database.db, parseContactsCsv(US_CONTACTS, 'contacts.csv').rows);
    const contoso = await upsertCompany(database.db, { name: 'Contoso Freight Corp', cik: '9990077', country: 'US' });
    const result = await announce(
      contoso,
      'https://contoso.example/news/new-ceo-2',
      'Contoso Freight Corp today announced the appointment of Teodor Blanchard as Chief Executive Officer, effective May 1, 2027. ' +
        'Mr. Blanchard previously led a logistics software firm.',
    );
    expect(result.alerts).toBe(0);
    expect((await listMatchesForReview(database.db)).map((match) => match.contactId)).toEqual(['C-1002']);
  });

  it('matches an English announcement to a kanji-only contact through the reading dictionary', async () => {
    await storeContacts(database.db, parseContactsCsv(KANJI_ONLY, 'contacts-jp.csv').rows);
    const shirasagi = await upsertCompany(database.db, { secCode: '9997' });
    const directory = await loadContactDirectory(database.db, { companyId: shirasagi }, { people: [{ person: 'Kenji Fujisawa' }] });
    expect(directory.index.guessReadings).toBeDefined();
    // Kanji against kanji needs no dictionary.
    expect((await loadContactDirectory(database.db, { companyId: shirasagi }, { people: [{ person: '藤沢健二' }] })).index.guessReadings).toBeUndefined();

    const result = await announce(
      shirasagi,
      'https://shirasagi.example/en/news/cto',
      'Shirasagi Kogyo Co., Ltd. (TSE: 9997) today announced that Kenji Fujisawa will retire as Chief Technology Officer, effective June 30, 2027.',
    );
    expect(result.alerts).toBe(1);
    const [alert] = await listOpenAlerts(database.db);
    const payload = alert!.payload as { person: string; contact: { id: string }; match: { reasons: string[] } };
    expect(alert).toMatchObject({ kind: 'contact_leaving', recipient: 'csm.kim@ourco.example' });
    expect(payload).toMatchObject({ person: 'Kenji Fujisawa', contact: { id: 'C-3001' } });
    expect(payload.match.reasons.join('; ')).toMatch(/dictionary reading fujisawa kenji of 藤澤 健二/u);
  });
});
