/**
 * PR TIMES from company feed to alert, and company identity across sources: a release found through a feed
 * configured by name only lands on the company row TDnet reads by securities code, and one configured by a
 * five-digit code on the row of its four-digit form. Product releases are never fetched; a re-poll is a 304.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import type { Settings } from '../../src/config/settings.js';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { listOpenAlerts } from '../../src/db/alert-repository.js';
import { storeContacts } from '../../src/db/contact-repository.js';
import { closeSharedPdfTextPool } from '../../src/pdf/index.js';
import { createHttpClient } from '../../src/service/http-client-factory.js';
import { runSourceInline } from '../../src/service/inline-pipeline.js';
import prtimes from '../../sources/prtimes/index.js';
import tdnet from '../../sources/tdnet/index.js';
import type { SourceDefinition } from '../../sources/source-definition.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { testSettings } from '../support/test-settings.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const file = (folder: string, name: string) => join(fixtures, folder, name);
const NOW = new Date('2026-05-14T09:00:00Z');
const RELEASE_MINATO = '/main/html/rd/p/000000031.000099901.html';
const RELEASE_TOWA = '/main/html/rd/p/000000007.000099902.html';

async function server(): Promise<FixtureServer> {
  const rdf = (name: string) => ({ file: file('sources/prtimes', name), contentType: 'application/rdf+xml' });
  const html = (folder: string, name: string) => ({ file: file(folder, name), contentType: 'text/html; charset=utf-8' });
  return startFixtureServer({
    '/companyrdf.php?company_id=99901': rdf('companyrdf-99901.rdf'),
    '/companyrdf.php?company_id=99902': rdf('companyrdf-99902.rdf'),
    [RELEASE_MINATO]: html('sources/prtimes', 'release-000000031.000099901.html'),
    [RELEASE_TOWA]: html('sources/prtimes', 'release-000000007.000099902.html'),
    '/inbs/I_list_001_20260514.html': html('sources/tdnet', 'I_list_001_20260514.html'),
    '/inbs/I_list_002_20260514.html': html('sources/tdnet', 'I_list_002_20260514.html'),
    '/inbs/140120260514500101.pdf': { file: file('pdf', 'officer-appointments.pdf'), contentType: 'application/pdf' },
    '/inbs/140120260514500201.pdf': { file: file('pdf', 'representative-director-change.pdf'), contentType: 'application/pdf' },
    '/inbs/140120260514500202.pdf': { file: file('pdf', 'truncated.pdf'), contentType: 'application/pdf' },
  });
}

function settingsFor(fixtureServer: FixtureServer, companies: unknown): Settings {
  return testSettings({
    sources: {
      prtimes: { baseUrls: { www: fixtureServer.origin }, options: { companies } },
      tdnet: { baseUrls: { list: `${fixtureServer.origin}/inbs/` } },
    },
  });
}

const COMPANIES = [
  { companyId: 99901, name: 'ミナト精機㈱' },
  { companyId: 99902, secCode: '6Z5C0' },
];

afterAll(async () => {
  await closeSharedPdfTextPool();
});

describe.each(testDatabaseKinds())('PR TIMES chain on %s', (kind) => {
  let database: TestDatabase;
  let fixtureServer: FixtureServer;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    fixtureServer = await server();
    const imported = parseContactsCsv(readFileSync(file('sources/tdnet', 'contacts-jp.csv')), 'contacts-jp.csv');
    await storeContacts(database.db, imported.rows);
  });
  afterEach(async () => {
    await fixtureServer.close();
    await database.close();
  });

  const run = (source: SourceDefinition, task: string, companies: unknown = COMPANIES) => {
    const settings = settingsFor(fixtureServer, companies);
    return runSourceInline(
      { db: database.db, http: createHttpClient(settings, [prtimes, tdnet], silentLogger), settings, logger: silentLogger, now: () => NOW },
      source,
      { task, trigger: 'schedule' },
    );
  };
  const companyCount = async () => Number((await database.db.selectFrom('companies').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('stores personnel releases of configured companies as documents of their companies, and alerts', async () => {
    const companiesBefore = await companyCount();
    const result = await run(prtimes, 'feeds');
    expect(result.error).toBeNull();
    expect(result.status).toBe('ok');
    expect(result.stats).toMatchObject({ feed_items: 4, personnel_items: 2, documents_new: 2 });
    // Product and exhibition releases are not fetched.
    expect(fixtureServer.requests.filter((r) => r.path.startsWith('/main/html/rd/')).map((r) => r.path).sort()).toEqual([RELEASE_TOWA, RELEASE_MINATO]);

    const documents = await database.db
      .selectFrom('documents')
      .innerJoin('companies', 'companies.id', 'documents.company_id')
      .select(['documents.url', 'documents.external_id', 'documents.lang', 'documents.published_at', 'documents.title', 'documents.text', 'companies.sec_code'])
      .orderBy('documents.external_id')
      .execute();
    expect(documents.map((d) => [d.external_id, d.sec_code, d.lang])).toEqual([
      ['000000007.000099902', '6Z5C', 'ja'],
      ['000000031.000099901', '7Z9A', 'ja'],
    ]);
    expect(documents[1]!.url).toBe(`${fixtureServer.origin}${RELEASE_MINATO}`);
    expect(documents[1]!.published_at?.toISOString()).toBe('2026-05-14T07:00:00.000Z');
    expect(documents[1]!.text).not.toContain('関連リリース');
    // Both companies were found (by name, by code); none was created.
    expect(await companyCount()).toBe(companiesBefore);

    const alerts = await listOpenAlerts(database.db);
    expect(alerts.map((alert) => [alert.kind, (alert.payload as { contact: { id: string } }).contact.id]).sort()).toEqual([
      ['contact_leaving', 'C-2201'],
      ['contact_moving', 'C-2001'],
    ]);

    const again = await run(prtimes, 'feeds');
    expect(again.status).toBe('ok');
    expect(fixtureServer.requests.filter((r) => r.path.startsWith('/companyrdf.php')).map((r) => r.status)).toEqual([200, 200, 304, 304]);
    expect(Number((await database.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(2);
  });

  it('puts a TDnet notice and a PR TIMES release of one issuer on one company row', async () => {
    await run(tdnet, 'today');
    await run(prtimes, 'feeds');
    const rows = await database.db
      .selectFrom('documents')
      .select(['source_id', 'company_id'])
      .where('external_id', 'in', ['140120260514500201.pdf', '000000031.000099901'])
      .orderBy('source_id')
      .execute();
    expect(rows.map((row) => row.source_id)).toEqual(['prtimes', 'tdnet']);
    expect(rows[0]!.company_id).not.toBeNull();
    expect(rows[0]!.company_id).toBe(rows[1]!.company_id);
    const company = await database.db.selectFrom('companies').selectAll().where('id', '=', rows[0]!.company_id!).executeTakeFirstOrThrow();
    expect(company).toMatchObject({ sec_code: '7Z9A', name: 'ミナト精機株式会社' });
  });

  it('creates a company row for a configured company not yet known, and finds it again by name', async () => {
    await database.db.deleteFrom('contacts').execute();
    await database.db.deleteFrom('accounts').execute();
    await database.db.deleteFrom('companies').execute();
    await run(prtimes, 'feeds', [{ companyId: 99901, name: 'ミナト精機株式会社' }]);
    const created = await database.db.selectFrom('companies').selectAll().execute();
    expect(created.map((c) => [c.name, c.name_ja, c.country])).toEqual([['ミナト精機株式会社', 'ミナト精機株式会社', 'JP']]);
    const { upsertCompany } = await import('../../src/db/company-repository.js');
    expect(await upsertCompany(database.db, { secCode: '7Z9A0', name: 'ミナト精機(株)' })).toBe(created[0]!.id);
    expect((await database.db.selectFrom('companies').select('sec_code').executeTakeFirstOrThrow()).sec_code).toBe('7Z9A');
  });

  it('does not run without configured companies, and says how to configure them', async () => {
    const result = await run(prtimes, 'feeds', []);
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/sources\.prtimes\.options\.companies/u);
    const invalid = await run(prtimes, 'feeds', [{ companyId: 99901 }]);
    expect(invalid.error).toMatch(/give secCode or name/u);
    expect(fixtureServer.requests).toHaveLength(0);
  });
});
