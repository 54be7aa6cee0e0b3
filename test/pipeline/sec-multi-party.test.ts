/**
 * A multi-party 8-K: EDGAR keeps one accession number for a filing made jointly by a holding company and its
 * operating company. It is stored once, under the first tracked filer, and linked to the other, whose
 * contacts are matched too — one document, one event, one alert, however often either company is polled.
 * Fictional companies, people and filings in EDGAR's formats.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import type { Settings } from '../../src/config/settings.js';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { listOpenAlerts } from '../../src/db/alert-repository.js';
import { storeContacts } from '../../src/db/contact-repository.js';
import { createHttpClient } from '../../src/service/http-client-factory.js';
import { runSourceInline } from '../../src/service/inline-pipeline.js';
import secEdgar from '../../sources/sec-edgar/index.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { testSettings } from '../support/test-settings.js';

const ACCESSION = '0009990901-27-000101';
const HOLDING = { cik: '9990901', name: 'Ridgeback Utilities Holdings, Inc.' };
const OPERATING = { cik: '9990902', name: 'Ridgeback Power Co.' };

function submissions(company: { cik: string; name: string }): string {
  return JSON.stringify({
    cik: company.cik,
    name: company.name,
    tickers: [],
    exchanges: [],
    fiscalYearEnd: '1231',
    filings: {
      recent: {
        accessionNumber: [ACCESSION],
        filingDate: ['2027-05-04'],
        acceptanceDateTime: ['2027-05-04T16:05:00.000Z'],
        form: ['8-K'],
        items: ['5.02'],
        primaryDocument: ['rdg-20270503.htm'],
      },
    },
  });
}

const FILING = `<html><body><p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p><p>FORM 8-K</p>
<p>Ridgeback Utilities Holdings, Inc. / Ridgeback Power Co.</p>
<p>Item 5.02 Changes in Directors and Officers.</p>
<p>On May 3, 2027, Tamsin Okafor notified Ridgeback Power Co. of her decision to resign as its Chief Financial Officer, effective May 31, 2027. Ms. Okafor's decision was not the result of any disagreement with either registrant.</p>
<p>Item 9.01 Exhibits.</p></body></html>`;

const CONTACTS = [
  'account_id,account_name,ticker,cik,sec_code,corporate_number,contact_id,contact_name,contact_name_reading,contact_name_latin,title,email,owner_email,arr,renewal_date',
  `ACC-RH,Ridgeback Utilities Holdings,,${HOLDING.cik},,,R-1,Hollis Brandt,,,CEO,,csm.lee@ourco.example,200000,2027-12-31`,
  `ACC-RP,Ridgeback Power,,${OPERATING.cik},,,R-2,Tamsin Okafor,,,CFO,,csm.ray@ourco.example,150000,2027-10-31`,
].join('\n');

describe.each(testDatabaseKinds())('multi-party 8-K on %s', (kind) => {
  let database: TestDatabase;
  let server: FixtureServer;
  let settings: Settings;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    server = await startFixtureServer({
      '/robots.txt': { body: 'User-agent: *\nAllow: /\n', contentType: 'text/plain' },
      [`/submissions/CIK000${HOLDING.cik}.json`]: { body: submissions(HOLDING), contentType: 'application/json' },
      [`/submissions/CIK000${OPERATING.cik}.json`]: { body: submissions(OPERATING), contentType: 'application/json' },
      [`/Archives/edgar/data/${HOLDING.cik}/000999090127000101/rdg-20270503.htm`]: { body: FILING, contentType: 'text/html' },
      [`/Archives/edgar/data/${OPERATING.cik}/000999090127000101/rdg-20270503.htm`]: { body: FILING, contentType: 'text/html' },
    });
    settings = testSettings({ sources: { 'sec-edgar': { baseUrls: { data: server.origin, www: server.origin } } } });
    await storeContacts(database.db, parseContactsCsv(Buffer.from(CONTACTS), 'contacts.csv').rows);
  });
  afterEach(async () => {
    await server.close();
    await database.close();
  });

  const poll = () =>
    runSourceInline(
      { db: database.db, http: createHttpClient(settings, [secEdgar], silentLogger), settings, logger: silentLogger, now: () => new Date('2027-05-05T12:00:00Z') },
      secEdgar,
      { task: 'submissions', trigger: 'manual' },
    );

  it("stores the filing once and alerts the co-registrant's CSM, once", async () => {
    const first = await poll();
    expect(first.status).toBe('ok');
    expect(first.stats).toMatchObject({ documents_new: 1, documents_linked: 1 });
    const fetchedFilings = server.requests.filter((request) => request.path.endsWith('rdg-20270503.htm'));
    expect(fetchedFilings).toHaveLength(1);

    const alerts = await listOpenAlerts(database.db);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'contact_leaving', recipient: 'csm.ray@ourco.example' });
    const payload = alerts[0]!.payload as { contact: { id: string }; match: { reasons: string[] } };
    expect(payload.contact.id).toBe('R-2');
    expect(payload.match.reasons[0]).toBe('Ridgeback Power is a co-registrant of this filing');

    // Polled again (each company's submissions still list the accession): nothing new anywhere.
    const second = await poll();
    expect(second.stats['documents_linked']).toBeUndefined();
    const counts = await Promise.all(
      (['documents', 'document_companies', 'officer_events', 'alerts'] as const).map(async (table) =>
        Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
      ),
    );
    expect(counts).toEqual([1, 1, 1, 1]);
  });
});
