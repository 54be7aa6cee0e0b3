/**
 * TDnet from list page to alert: a paged day (100 + 24 rows) where only tracked companies' executive-change
 * notices are fetched, their PDFs read into events and alerts, a broken PDF recorded as a failed document, a
 * re-poll answered from a 304, and a backfill that reads a Shift_JIS day into fiscal facts without storing
 * anything twice; a company known only by name found by the row's short name; scanned, oversized and
 * keyword-less PDFs recorded once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import type { Settings } from '../../src/config/settings.js';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { listOpenAlerts } from '../../src/db/alert-repository.js';
import { upsertCompany } from '../../src/db/company-repository.js';
import { storeContacts } from '../../src/db/contact-repository.js';
import { closeSharedPdfTextPool } from '../../src/pdf/index.js';
import { createHttpClient } from '../../src/service/http-client-factory.js';
import { runSourceInline } from '../../src/service/inline-pipeline.js';
import tdnet from '../../sources/tdnet/index.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { testSettings } from '../support/test-settings.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const tdnetFile = (name: string) => join(fixtures, 'sources', 'tdnet', name);
const pdfFile = (name: string) => join(fixtures, 'pdf', name);
// No charset in the header: the Shift_JIS page declares it only in <meta>, as older Japanese sites do.
const html = (name: string) => ({ file: tdnetFile(name), contentType: 'text/html' });
const pdf = (name: string) => ({ file: pdfFile(name), contentType: 'application/pdf' });
const NOW = new Date('2026-05-14T06:30:00Z'); // 15:30 in Tokyo

async function tdnetServer(): Promise<FixtureServer> {
  return startFixtureServer({
    '/inbs/I_list_001_20260514.html': html('I_list_001_20260514.html'),
    '/inbs/I_list_002_20260514.html': html('I_list_002_20260514.html'),
    '/inbs/I_list_001_20260513.html': html('I_list_001_20260513.html'),
    '/inbs/I_list_001_20260512.html': html('I_list_001_20260512.html'),
    '/inbs/140120260514500101.pdf': pdf('officer-appointments.pdf'),
    '/inbs/140120260514500201.pdf': pdf('representative-director-change.pdf'),
    '/inbs/140120260514500202.pdf': pdf('truncated.pdf'),
    '/inbs/140120260513500001.pdf': pdf('earnings-date.pdf'),
    // 2026-05-11: a company known only by name, and PDFs that cannot be taken as they come.
    '/inbs/I_list_001_20260511.html': html('I_list_001_20260511.html'),
    '/inbs/140120260511500101.pdf': pdf('executive-officers.pdf'),
    '/inbs/140120260511500102.pdf': pdf('officer-appointments.pdf'),
    '/inbs/140120260511500201.pdf': { file: tdnetFile('scanned-representative-director-change.pdf'), contentType: 'application/pdf' },
    '/inbs/140120260511500202.pdf': { file: tdnetFile('scanned-officer-appointments.pdf'), contentType: 'application/pdf' },
    '/inbs/140120260511500203.pdf': pdf('chromium-noto-officer-appointments.pdf'), // 251 KB: over MAX_BODY_BYTES
    '/inbs/140120260511500204.pdf': pdf('earnings-date.pdf'), // an 役員の異動 title over a text without any such word
  });
}

/** The crawler's body cap in these tests: every fixture PDF fits but the 251 KB Chromium one. */
const MAX_BODY_BYTES = 200_000;

function settingsFor(server: FixtureServer): Settings {
  return testSettings({ sources: { tdnet: { baseUrls: { list: `${server.origin}/inbs/` } } }, crawler: { maxBodyBytes: MAX_BODY_BYTES } });
}

// TDnet's one second between requests applies to the fixture server too (the limiter keys on the host name): a
// 31-day backfill would outlast the test timeout. Pacing is the host limiter's to test, not this chain's.
const UNPACED_TDNET = { ...tdnet, minIntervalMs: 0 };

const count = async (database: TestDatabase, table: 'documents' | 'officer_events' | 'contact_matches' | 'alerts' | 'fiscal_facts') =>
  Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

afterAll(async () => {
  await closeSharedPdfTextPool();
});

describe.each(testDatabaseKinds())('TDnet chain on %s', (kind) => {
  let database: TestDatabase;
  let server: FixtureServer;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    server = await tdnetServer();
    // しろがね電機ホールディングス is known by name only (say a press-release source named it first): its account
    // (no securities code in the CRM) resolves to that company by name, which TDnet must then find by name too.
    await upsertCompany(database.db, { name: 'しろがね電機ホールディングス株式会社', country: 'JP' });
    const imported = parseContactsCsv(readFileSync(tdnetFile('contacts-jp.csv')), 'contacts-jp.csv');
    expect(imported.rejected).toEqual([]);
    expect((await storeContacts(database.db, imported.rows)).unresolvedAccounts).toEqual([]);
  });
  afterEach(async () => {
    await server.close();
    await database.close();
  });

  const run = (task: string, since: string | null = null, onProgress?: (done: number, total: number) => void, now = NOW) => {
    const settings = settingsFor(server);
    return runSourceInline(
      { db: database.db, http: createHttpClient(settings, [UNPACED_TDNET], silentLogger), settings, logger: silentLogger, now: () => now },
      tdnet,
      { task, trigger: since ? 'backfill' : 'schedule', since, ...(onProgress ? { onProgress } : {}) },
    );
  };

  it('reads a paged day: tracked notices to events and alerts, a broken PDF recorded, nothing else fetched', async () => {
    const result = await run('today');
    expect(result.error).toBeNull();
    expect(result.status).toBe('ok');
    expect(result.stats).toMatchObject({ list_pages: 2, rows: 124, documents_new: 2, documents_failed: 1 });

    // Exactly the three tracked executive-change PDFs; not the tracked 決算短信, not the untracked 役員人事.
    const pdfRequests = server.requests.filter((r) => r.path.endsWith('.pdf')).map((r) => r.path).sort();
    expect(pdfRequests).toEqual(['/inbs/140120260514500101.pdf', '/inbs/140120260514500201.pdf', '/inbs/140120260514500202.pdf']);

    const documents = await database.db
      .selectFrom('documents')
      .innerJoin('companies', 'companies.id', 'documents.company_id')
      .select(['documents.external_id', 'documents.status', 'documents.error', 'documents.lang', 'documents.published_at', 'documents.title', 'documents.text', 'companies.sec_code'])
      .orderBy('documents.external_id')
      .execute();
    expect(documents.map((d) => [d.external_id, d.sec_code, d.status, d.lang])).toEqual([
      ['140120260514500101.pdf', '3Z8B', 'ok', 'ja'],
      ['140120260514500201.pdf', '7Z9A', 'ok', 'ja'],
      ['140120260514500202.pdf', '6Z5C', 'failed', 'ja'],
    ]);
    const [hokushin, minato, broken] = documents;
    expect(hokushin!.published_at?.toISOString()).toBe('2026-05-14T06:20:00.000Z'); // 15:20 JST as listed
    expect(minato!.title).toBe('ミナト精機株式会社（7Z9A0）代表取締役の異動に関するお知らせ');
    expect(minato!.text).toContain('代表取締役の異動に関するお知らせ');
    expect(broken!.error).toMatch(/^pdf invalid/u);
    expect(broken!.text).toBe('');

    // The extraction itself is tested elsewhere (and still moving): here, that each notice's people reached
    // the events table, with the effective date of the Minato notice.
    const events = await database.db.selectFrom('officer_events').select(['person', 'change', 'effective']).execute();
    expect(events.map((event) => event.person)).toEqual(expect.arrayContaining(['山﨑 正道', '髙橋 健太', '德永 修一', '桑原 直樹']));
    expect(events.find((event) => event.person === '山﨑 正道')?.effective).toBe('2026-06-25');

    const alerts = await listOpenAlerts(database.db);
    expect(alerts.map((alert) => [alert.kind, (alert.payload as { contact: { id: string } }).contact.id, alert.recipient]).sort()).toEqual([
      ['contact_leaving', 'C-2101', 'csm.ken@ourco.example'],
      ['contact_moving', 'C-2001', 'csm.hana@ourco.example'],
    ]);
    const agm = await database.db.selectFrom('fiscal_facts').select(['kind', 'value']).where('kind', '=', 'agm_date').execute();
    expect(agm.map((fact) => fact.value).sort()).toEqual(['2026-06-25', '2026-06-26']);

    // The next poll: the first page is unchanged (304), so nothing else is asked for or stored.
    const before = server.requests.length;
    const again = await run('today');
    expect(again.status).toBe('ok');
    expect(server.requests.slice(before).filter((r) => r.path !== '/robots.txt').map((r) => [r.path, r.status])).toEqual([['/inbs/I_list_001_20260514.html', 304]]);
    expect(await count(database, 'documents')).toBe(3);
    expect(await listOpenAlerts(database.db)).toHaveLength(2);
  });

  it('backfills from --since through a Shift_JIS day into fiscal facts, without duplicates', async () => {
    await run('today');
    const eventsBefore = await count(database, 'officer_events');
    const progress: Array<[number, number]> = [];
    const before = server.requests.length;
    const result = await run('today', '2026-05-12', (done, total) => progress.push([done, total]));
    expect(result.error).toBeNull();
    expect(result.status).toBe('ok');
    expect(progress).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]]);

    // Backfill re-reads the lists in full (no conditional GET) but fetches no stored PDF again.
    const asked = server.requests.slice(before).filter((r) => r.path !== '/robots.txt').map((r) => `${r.path} ${r.status}`);
    expect(asked).toEqual([
      '/inbs/I_list_001_20260512.html 200',
      '/inbs/I_list_001_20260513.html 200',
      '/inbs/140120260513500001.pdf 200',
      '/inbs/I_list_001_20260514.html 200',
      '/inbs/I_list_002_20260514.html 200',
    ]);
    expect(result.stats).toMatchObject({ already_stored: 3, documents_new: 1 });

    const towa = await database.db.selectFrom('companies').selectAll().where('sec_code', '=', '6Z5C').executeTakeFirstOrThrow();
    const facts = await database.db.selectFrom('fiscal_facts').select(['kind', 'value', 'source_id']).where('company_id', '=', towa.id).orderBy('kind').execute();
    expect(facts).toEqual([
      { kind: 'agm_date', value: '2026-06-24', source_id: 'tdnet' },
      { kind: 'earnings_date', value: '2026-05-13', source_id: 'tdnet' },
      { kind: 'fiscal_year_end', value: '03-31', source_id: 'tdnet' },
    ]);
    expect(towa.fiscal_year_end).toBe('03-31');
    const earnings = await database.db.selectFrom('documents').select(['published_at', 'title']).where('external_id', '=', '140120260513500001.pdf').executeTakeFirstOrThrow();
    expect(earnings.title).toBe('東和フーズ株式会社（6Z5C0）2026年3月期 決算発表予定日に関するお知らせ');
    expect(earnings.published_at?.toISOString()).toBe('2026-05-13T06:30:00.000Z');

    expect(await count(database, 'documents')).toBe(4);
    expect(await count(database, 'officer_events')).toBe(eventsBefore);
    expect(await listOpenAlerts(database.db)).toHaveLength(2);
  });

  const MAY_11 = new Date('2026-05-11T06:30:00Z'); // 15:30 in Tokyo
  const documentsOf = (externalIds: readonly string[]) =>
    database.db
      .selectFrom('documents')
      .select(['external_id', 'company_id', 'status', 'error', 'text'])
      .where('external_id', 'in', externalIds)
      .orderBy('external_id')
      .execute();

  it('watches a company the CRM knows only by name: the row’s short name (ＨＤ, no 株式会社) finds it, and its code is recorded', async () => {
    const account = () =>
      database.db
        .selectFrom('accounts')
        .innerJoin('companies', 'companies.id', 'accounts.company_id')
        .select(['companies.id', 'companies.sec_code'])
        .where('accounts.id', '=', 'ACC-SHIROGANE')
        .executeTakeFirstOrThrow();
    const before = await account();
    expect(before.sec_code).toBeNull();

    const result = await run('today', null, undefined, MAY_11);
    expect(result.error).toBeNull();
    expect(result.stats).toMatchObject({ rows: 12, rows_matched_by_name: 1, sec_codes_recorded: 1 });
    expect(server.count('/inbs/140120260511500101.pdf')).toBe(1);
    // 東和フーズ listed under another code is another company of that name: its notice is never fetched.
    expect(server.count('/inbs/140120260511500102.pdf')).toBe(0);

    const after = await account();
    expect(after.sec_code).toBe('5Z3D');
    const [notice] = await documentsOf(['140120260511500101.pdf']);
    expect(notice).toMatchObject({ company_id: before.id, status: 'ok', error: null });
    expect(notice!.text).toContain('執行役員人事に関するお知らせ');
    const events = await database.db.selectFrom('officer_events').select('person').where('company_id', '=', before.id).execute();
    expect(events.map((event) => event.person)).toContain('榎本 結衣');
    const alerts = await listOpenAlerts(database.db);
    expect(alerts.map((alert) => (alert.payload as { contact: { id: string } }).contact.id)).toContain('C-2301');

    // The next run knows the company by its code: the name is not needed (nor asked) again.
    const backfill = await run('backfill', '2026-05-11', undefined, MAY_11);
    expect(backfill.stats['rows_matched_by_name']).toBeUndefined();
    expect(backfill.stats['already_stored']).toBeGreaterThanOrEqual(1);
    expect(server.count('/inbs/140120260511500101.pdf')).toBe(1);
  });

  it('matches by name but leaves the code where it is when another company row already holds it', async () => {
    // Another row for the issuer, under another spelling of its name (as a company master may have it).
    const holder = await upsertCompany(database.db, { name: '白銀電機ホールディングス株式会社', secCode: '5Z3D', country: 'JP' });
    const result = await run('today', null, undefined, MAY_11);
    expect(result.stats).toMatchObject({ rows_matched_by_name: 1 });
    expect(result.stats['sec_codes_recorded']).toBeUndefined();
    const account = await database.db.selectFrom('accounts').innerJoin('companies', 'companies.id', 'accounts.company_id').select(['companies.id', 'companies.sec_code']).where('accounts.id', '=', 'ACC-SHIROGANE').executeTakeFirstOrThrow();
    expect(account.sec_code).toBeNull();
    expect(account.id).not.toBe(holder);
    // The notice is the tracked company's, whose account it alerts.
    const [notice] = await documentsOf(['140120260511500101.pdf']);
    expect(notice!.company_id).toBe(account.id);
  });

  it('records scanned, oversized and keyword-less PDFs so that none is fetched again, and keeps the keyword-less text with a warning', async () => {
    const result = await run('today', null, undefined, MAY_11);
    expect(result.error).toBeNull();
    // The oversized download is a failed fetch (the run is partial) and a failed document.
    expect(result.status).toBe('partial');
    expect(result.stats).toMatchObject({ documents_failed: 3, pdf_suspicious: 1 });

    const ids = ['140120260511500201.pdf', '140120260511500202.pdf', '140120260511500203.pdf', '140120260511500204.pdf'];
    const documents = await documentsOf(ids);
    expect(documents.map((d) => [d.external_id, d.status])).toEqual([
      ['140120260511500201.pdf', 'failed'],
      ['140120260511500202.pdf', 'failed'],
      ['140120260511500203.pdf', 'failed'],
      ['140120260511500204.pdf', 'ok'],
    ]);
    const [scannedWithPageNumber, scanned, oversized, keywordless] = documents;
    // Two textless PDFs are two documents (no empty text shared under the unique content hash).
    expect(scannedWithPageNumber!.error).toBe('pdf no-text: no text layer: scanned PDF? (letters and digits: 1 on 1 page)');
    expect(scanned!.error).toBe('pdf no-text: no text layer: scanned PDF? (letters and digits: 0 on 1 page)');
    expect(oversized!.error).toMatch(new RegExp(`^pdf too-large: body exceeds ${MAX_BODY_BYTES} bytes`, 'u'));
    expect(keywordless!.error).toMatch(/^suspicious: none of 異動\/人事\/役員\/就任\/退任.* in the text \(\d+ characters\); damaged PDF\?$/u);
    expect(keywordless!.text).toContain('決算発表予定日'); // the text is kept, and extracted as usual
    expect(await database.db.selectFrom('documents').select('extracted_at').where('external_id', '=', '140120260511500204.pdf').executeTakeFirstOrThrow()).toMatchObject({
      extracted_at: expect.any(Date),
    });

    // A backfill re-reads the list in full and downloads none of them again.
    const before = server.requests.length;
    const again = await run('backfill', '2026-05-11', undefined, MAY_11);
    expect(again.status).toBe('ok');
    expect(server.requests.slice(before).filter((r) => r.path.endsWith('.pdf'))).toEqual([]);
    expect(again.stats['already_stored']).toBe(5);
  });

  it('keeps a backfill inside the ~31 days TDnet publishes', async () => {
    const empty = readFileSync(tdnetFile('I_list_001_20260512.html'));
    for (let day = 14; day <= 30; day++) server.route(`/inbs/I_list_001_202604${day}.html`, { body: empty, contentType: 'text/html' });
    for (let day = 1; day <= 11; day++) server.route(`/inbs/I_list_001_202605${String(day).padStart(2, '0')}.html`, { body: empty, contentType: 'text/html' });
    const result = await run('backfill', '2026-03-01');
    expect(result.status).toBe('ok');
    const listDays = server.requests.filter((r) => r.path.includes('I_list_001_')).map((r) => r.path.slice(17, 25));
    expect(listDays[0]).toBe('20260414');
    expect(listDays.at(-1)).toBe('20260514');
    expect(listDays).toHaveLength(31);
    expect(result.stats['days_too_old']).toBe(44);
  });

  it('reports a list page that is not a list page, and keeps going', async () => {
    server.route('/inbs/I_list_001_20260514.html', { body: '<html><body>サービス停止中</body></html>', contentType: 'text/html' });
    const result = await run('today');
    expect(result.status).toBe('partial');
    const state = await database.db.selectFrom('crawl_state').selectAll().where('url', '=', `${server.origin}/inbs/I_list_001_20260514.html`).executeTakeFirstOrThrow();
    expect(state.last_outcome).toBe('unusable');
    expect(state.last_error).toMatch(/not a TDnet list page/u);
    expect(await count(database, 'documents')).toBe(0);
  });
});
