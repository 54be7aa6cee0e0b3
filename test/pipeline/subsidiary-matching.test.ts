/**
 * A holding company announces the officers of its subsidiaries: with the CRM's parent account the
 * subsidiary becomes the issuer's child in the company master, and the notice reaches the subsidiary's
 * contacts (as their own company), never a namesake elsewhere. Fictional companies and people.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { listOpenAlerts } from '../../src/db/alert-repository.js';
import { storeContacts } from '../../src/db/contact-repository.js';
import { storeDocument } from '../../src/db/document-repository.js';
import { processDocument } from '../../src/pipeline/process-document.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';

const CONTACTS = [
  'account_id,account_name,ticker,cik,sec_code,corporate_number,contact_id,contact_name,owner_email,arr,parent_account_id',
  'ACC-HD,Harborline Holdings Inc.,HRBL,9990311,,,H-1,Priya Okonkwo-Hale,csm.lee@ourco.example,300000,',
  'ACC-LOG,Harborline Logistics LLC,HRBLG,,,,L-1,Desmond Achterberg,csm.ray@ourco.example,120000,ACC-HD',
  'ACC-OTH,Fernwood Outfitters,FWO,,,,F-1,Desmond Achterberg,csm.kim@ourco.example,50000,',
].join('\n');

describe.each(testDatabaseKinds())('subsidiary matching on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    await database.db.insertInto('sources').values({ id: 'press', name: 'Press releases', disabled_reason: null, last_run_at: null, next_run_at: null, last_status: null, last_error: null }).execute();
  });
  afterEach(async () => database.close());

  it("alerts the subsidiary's CSM on a notice of its parent, and no namesake at another company", async () => {
    const imported = parseContactsCsv(Buffer.from(CONTACTS), 'contacts.csv');
    expect(imported.rejected).toEqual([]);
    await storeContacts(database.db, imported.rows);
    const companies = await database.db.selectFrom('companies').select(['id', 'ticker', 'parent_company_id']).orderBy('ticker').execute();
    const parent = companies.find((company) => company.ticker === 'HRBL')!;
    expect(companies.find((company) => company.ticker === 'HRBLG')?.parent_company_id).toBe(parent.id);
    expect(companies.find((company) => company.ticker === 'FWO')?.parent_company_id).toBeNull();

    const stored = await storeDocument(database.db, 'press', {
      url: 'https://harborline.example/news/logistics-leadership',
      companyId: parent.id,
      publishedAt: '2027-05-10',
      title: 'Harborline announces leadership change at Harborline Logistics',
      text: 'Harborline Holdings Inc. today announced that Desmond Achterberg will step down as President of Harborline Logistics LLC, effective June 30, 2027.',
      lang: 'en',
    });
    const result = await processDocument(database.db, stored.documentId);
    expect(result.alerts).toBe(1);
    const [alert] = await listOpenAlerts(database.db);
    expect(alert).toMatchObject({ kind: 'contact_leaving', recipient: 'csm.ray@ourco.example' });
    const payload = alert!.payload as { contact: { id: string }; match: { reasons: string[] } };
    expect(payload.contact.id).toBe('L-1');
    expect(payload.match.reasons[0]).toBe('announced by Harborline Holdings Inc., parent of Harborline Logistics LLC');
  });
});
