/**
 * EDINET end to end on a local server: the day lists → 臨時報告書 on a change of representative director
 * stored as documents (the tracked filer's with its body from the ZIP package, others' as list metadata)
 * → events → an alert for the CSM; fiscal year ends from 有価証券報告書; the code list as company master (with or
 * without an API key); and the ways EDINET says no (no key, a refused key inside an HTTP 200 body, an error status
 * inside metadata).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import type { Settings } from '../../src/config/settings.js';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { storeContacts } from '../../src/db/contact-repository.js';
import { listOpenAlerts } from '../../src/db/alert-repository.js';
import { createHttpClient } from '../../src/service/http-client-factory.js';
import { runSourceInline } from '../../src/service/inline-pipeline.js';
import type { RunRequest } from '../../src/pipeline/source-runner.js';
import edinet from '../../sources/edinet/index.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { testSettings } from '../support/test-settings.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const edinetFile = (name: string) => join(fixtures, 'sources', 'edinet', name);
const KEY = 'test-key-0001';
const listPath = (day: string, key = KEY) => `/api/v2/documents.json?date=${day}&type=2&Subscription-Key=${key}`;
const packagePath = (docId: string) => `/api/v2/documents/${docId}?type=1&Subscription-Key=${KEY}`;
const CODELIST = '/codelist/Edinetcode.zip';
const NOW = new Date('2027-05-20T03:00:00Z'); // 12:00 in Tokyo

function settingsFor(server: FixtureServer, options: Record<string, unknown> = { apiKey: KEY }): Settings {
  return testSettings({
    sources: { edinet: { baseUrls: { api: `${server.origin}/api/v2`, codelist: `${server.origin}/codelist`, viewer: 'https://disclosure2.edinet-fsa.go.jp' }, options } },
  });
}

async function edinetServer(): Promise<FixtureServer> {
  const json = (name: string) => ({ file: edinetFile(name), contentType: 'application/json; charset=utf-8' });
  return startFixtureServer({
    [listPath('2027-05-20')]: json('documents-2027-05-20.json'),
    [listPath('2027-05-19')]: json('documents-2027-05-19.json'),
    [packagePath('S100ZZ01')]: { file: edinetFile('S100ZZ01-type1.zip'), contentType: 'application/octet-stream' },
    [CODELIST]: { file: edinetFile('Edinetcode.zip'), contentType: 'application/zip' },
  });
}

describe.each(testDatabaseKinds())('EDINET chain on %s', (kind) => {
  let database: TestDatabase;
  let server: FixtureServer;
  beforeEach(async () => {
    vi.stubEnv('EDINET_API_KEY', '');
    database = await createTestDatabase(kind);
    server = await edinetServer();
    const imported = parseContactsCsv(readFileSync(edinetFile('contacts-jp.csv')), 'contacts-jp.csv');
    expect(imported.rejected).toEqual([]);
    await storeContacts(database.db, imported.rows);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await server.close();
    await database.close();
  });

  const run = (settings: Settings, request: Partial<RunRequest> & { task: 'daily' | 'codelist' }) =>
    runSourceInline(
      { db: database.db, http: createHttpClient(settings, [edinet], silentLogger), settings, logger: silentLogger, now: () => NOW },
      edinet,
      { trigger: 'manual', ...request },
    );
  const count = async (table: 'documents' | 'companies' | 'fiscal_facts' | 'officer_events' | 'alerts') =>
    Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const company = (edinetCode: string) => database.db.selectFrom('companies').selectAll().where('edinet_code', '=', edinetCode).executeTakeFirst();

  it('stores the 第19条第2項第9号 reports of yesterday and today, with the body for the tracked filer, and re-crawls without duplicates', async () => {
    const settings = settingsFor(server);
    const first = await run(settings, { task: 'daily' });
    expect(first.error).toBeNull();
    expect(first.status).toBe('ok');
    expect(first.stats).toMatchObject({ reports_with_body: 1, reports_metadata_only: 1, fiscal_year_ends: 1 });

    const documents = await database.db.selectFrom('documents').selectAll().orderBy('external_id').execute();
    // Exactly clause 第9号: not 第9号の2/の3/の4, not the withdrawn one, not the 訂正 (190), not the fund's 第29条.
    expect(documents.map((d) => d.external_id)).toEqual(['S100ZZ01', 'S100ZZ03']);
    const [tracked, other] = documents as [(typeof documents)[number], (typeof documents)[number]];
    const hokushin = await database.db.selectFrom('companies').selectAll().where('sec_code', '=', '9901').executeTakeFirstOrThrow();
    expect(tracked).toMatchObject({ source_id: 'edinet', company_id: hokushin.id, lang: 'ja', status: 'ok', url: 'https://disclosure2.edinet-fsa.go.jp/WZEK0040.aspx?S100ZZ01' });
    expect(tracked.published_at?.toISOString()).toBe('2027-05-20T00:00:00.000Z');
    expect(tracked.title).toBe('北辰精機株式会社 — 臨時報告書（代表取締役の異動） S100ZZ01');
    expect(tracked.text).toContain('提出理由: 第19条第2項第9号');
    expect(tracked.text).toContain('② 代表取締役でなくなる者');
    expect(tracked.text).toMatch(/山本 健一\t1959年２月14日生\t取締役会長\t代表取締役社長/u);
    // The untracked filer's report is history only: its metadata, no body download.
    expect(other.text).toContain('提出理由: 第19条第2項第3号,第19条第2項第9号');
    expect(other.text).not.toContain('【提出理由】');
    expect(other.company_id).toBe((await company('E99002'))!.id);
    expect(server.requests.filter((r) => r.path.includes('/documents/')).map((r) => r.path)).toEqual([packagePath('S100ZZ01')]);
    // Both went on to extraction: the body gives the two representative directors' changes, and the departing
    // president is a CRM contact moving to chairman, so the CSM hears of it; the metadata-only report gives no event.
    expect(documents.every((d) => d.extracted_at !== null)).toBe(true);
    const events = await database.db.selectFrom('officer_events').selectAll().orderBy('person').execute();
    expect(events.map((e) => [e.document_id, e.company_id, e.person, e.change, e.role_before, e.role_after, e.effective])).toEqual([
      [tracked.id, hokushin.id, '山本 健一', 'role_change', '代表取締役社長', '取締役会長', '2027-06-25'],
      [tracked.id, hokushin.id, '森川 直樹', 'promoted', '取締役常務執行役員', '代表取締役社長', '2027-06-25'],
    ]);
    const flat = (text: string) => text.replace(/\s+/gu, ' ');
    for (const event of events) expect(flat(tracked.text)).toContain(flat(event.evidence));
    const alerts = await listOpenAlerts(database.db);
    expect(alerts.map((alert) => [alert.kind, alert.recipient, (alert.payload as { contact?: { id?: string } }).contact?.id])).toEqual([
      ['contact_moving', 'csm.sato@ourco.example', 'C-3001'],
    ]);
    const agm = await database.db.selectFrom('fiscal_facts').selectAll().where('document_id', '=', tracked.id).executeTakeFirst();
    expect(agm).toMatchObject({ company_id: hokushin.id, kind: 'agm_date', value: '2027-06-25' });
    // The filer was found by its securities code and completed with EDINET's identifiers.
    expect(hokushin).toMatchObject({ edinet_code: 'E99001', corporate_number: '7100001099001' });

    // The tracked company's fiscal year end from its 有価証券報告書 period; untracked filers' wait for the code list.
    expect(await company('E99003')).toMatchObject({ sec_code: '9903', fiscal_year_end: '12-31', fiscal_year_end_source: 'edinet' });
    expect(await company('E99002')).toMatchObject({ fiscal_year_end: null });

    const before = await Promise.all((['documents', 'companies', 'fiscal_facts', 'officer_events', 'alerts'] as const).map(count));
    const second = await run(settings, { task: 'daily' });
    expect(second.status).toBe('ok');
    expect(second.stats).toMatchObject({ reports_known: 2 });
    expect(await Promise.all((['documents', 'companies', 'fiscal_facts', 'officer_events', 'alerts'] as const).map(count))).toEqual(before);
    expect(server.count(packagePath('S100ZZ01'))).toBe(1);
    expect(server.count(listPath('2027-05-20'))).toBe(2);
  });

  it('recognises a tracked company whose CRM identifiers EDINET does not give (a ticker), and downloads its report', async () => {
    const csv = 'account_id,account_name,ticker,contact_id,contact_name,owner_email\nACC-MN,株式会社みなと食品,MNTF,C-5001,葉山 俊,csm.sato@ourco.example\n';
    const imported = parseContactsCsv(Buffer.from(csv), 'minato.csv');
    expect(imported.rejected).toEqual([]);
    await storeContacts(database.db, imported.rows);
    const result = await run(settingsFor(server), { task: 'daily' });
    expect(result.stats).toMatchObject({ reports_with_body: 1, report_body_unavailable: 1 }); // S100ZZ03's package is not served
    expect(server.count(packagePath('S100ZZ03'))).toBe(1);
    const minato = await database.db.selectFrom('accounts').innerJoin('companies', 'companies.id', 'accounts.company_id').select(['companies.edinet_code']).where('accounts.id', '=', 'ACC-MN').executeTakeFirstOrThrow();
    expect(minato.edinet_code).toBe('E99002');
  });

  it('records every filer’s fiscal year end with fiscalYearEnds: all, but never a fund’s period as its manager’s', async () => {
    const result = await run(settingsFor(server, { apiKey: KEY, fiscalYearEnds: 'all' }), { task: 'daily' });
    expect(result.stats).toMatchObject({ fiscal_year_ends: 2 });
    expect(await company('E99002')).toMatchObject({ fiscal_year_end: '02-28', fiscal_year_end_source: 'edinet' });
    expect(await company('E99003')).toMatchObject({ fiscal_year_end: '12-31' });
    expect(await company('E99090')).toBeUndefined();
  });

  it('builds the company master from the code list: identifiers, names, 決算日 as fiscal facts', async () => {
    const settings = settingsFor(server);
    const companiesBefore = await count('companies');
    const result = await run(settings, { task: 'codelist' });
    expect(result.error).toBeNull();
    expect(result.status).toBe('ok');
    expect(result.stats).toMatchObject({ codelist_records: 8, companies: 7, fiscal_year_ends: 6 });
    // The CRM's 北辰精機 and サクラ電装 (known by securities code only) are the same rows, completed.
    expect(await count('companies')).toBe(companiesBefore + 5);
    const hokushin = await database.db.selectFrom('companies').selectAll().where('sec_code', '=', '9901').executeTakeFirstOrThrow();
    expect(hokushin).toMatchObject({
      edinet_code: 'E99001',
      corporate_number: '7100001099001',
      name_en: 'HOKUSHIN SEIKI CO.,LTD.',
      country: 'JP',
      fiscal_year_end: '03-31',
      fiscal_year_end_source: 'edinet',
    });
    expect(await company('E99002')).toMatchObject({ sec_code: '9902', fiscal_year_end: '02-28', name_ja: '株式会社　みなと食品' });
    expect(await company('E99005')).toMatchObject({ sec_code: '990A', fiscal_year_end: '09-20', name: '株式会社髙森工業' });
    expect(await company('E99006')).toMatchObject({ fiscal_year_end: null, corporate_number: null });
    expect(await company('E99007')).toBeUndefined(); // an individual, not a company
    expect(await company('E99008')).toMatchObject({ fiscal_year_end: '02-28' });

    const facts = await count('fiscal_facts');
    const again = await run(settings, { task: 'codelist' });
    expect(again.status).toBe('ok');
    expect(await count('companies')).toBe(companiesBefore + 5);
    expect(await count('fiscal_facts')).toBe(facts);
  });

  it('without an API key records a failed run with the reason and sends nothing', async () => {
    const result = await run(settingsFor(server, {}), { task: 'daily' });
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/^edinet: no EDINET API key: set EDINET_API_KEY or sources\.edinet\.options\.apiKey/u);
    expect(server.requests).toHaveLength(0);
    const row = await database.db.selectFrom('sources').selectAll().where('id', '=', 'edinet').executeTakeFirstOrThrow();
    expect(row.disabled_reason).toMatch(/no EDINET API key/u);
    expect(row.last_status).toBe('failed');
  });

  it('reads the code list without an API key (a public download), while daily still says it needs one', async () => {
    const result = await run(settingsFor(server, {}), { task: 'codelist' });
    expect(result.error).toBeNull();
    expect(result.status).toBe('ok');
    expect(result.stats).toMatchObject({ codelist_records: 8, companies: 7, fiscal_year_ends: 6 });
    expect(server.requests.map((r) => r.path).filter((path) => path !== '/robots.txt')).toEqual([CODELIST]);
    expect(await company('E99001')).toMatchObject({ sec_code: '9901', fiscal_year_end: '03-31' });
    const daily = await run(settingsFor(server, {}), { task: 'daily' });
    expect(daily.status).toBe('failed');
    expect(daily.error).toMatch(/^edinet: no EDINET API key/u);
    expect(server.requests.filter((r) => r.path.includes('documents.json'))).toHaveLength(0);
  });

  it('reads the key from EDINET_API_KEY when the options have none', async () => {
    vi.stubEnv('EDINET_API_KEY', KEY);
    const result = await run(settingsFor(server, {}), { task: 'daily' });
    expect(result.status).toBe('ok');
    expect(server.count(listPath('2027-05-20'))).toBe(1);
  });

  it('stops on a refused key (a 401 body inside HTTP 200), says so without showing the key, and stores nothing', async () => {
    const refused = { file: edinetFile('error-401-invalid-key.json'), contentType: 'application/json' };
    server.route(listPath('2027-05-19', 'wrong-key'), refused);
    server.route(listPath('2027-05-20', 'wrong-key'), refused);
    const result = await run(settingsFor(server, { apiKey: 'wrong-key' }), { task: 'daily' });
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/EDINET refused the API key \(status 401 inside an HTTP 200 answer/u);
    expect(result.error).toContain('documents.json?date=2027-05-19&type=2&Subscription-Key=***');
    expect(result.error).not.toContain('wrong-key');
    expect(server.requests.map((r) => r.path).filter((path) => path !== '/robots.txt')).toEqual([listPath('2027-05-19', 'wrong-key')]); // no second day tried
    expect(await count('documents')).toBe(0);
    const state = await database.db.selectFrom('crawl_state').select(['last_outcome', 'last_error']).where('source_id', '=', 'edinet').executeTakeFirstOrThrow();
    expect(state.last_outcome).toBe('unusable');
    expect(state.last_error).not.toContain('wrong-key');
  });

  it('stops as well when the key is refused with a real HTTP 401', async () => {
    server.route(listPath('2027-05-19', 'wrong-key'), { file: edinetFile('error-401-invalid-key.json'), contentType: 'application/json', status: 401 });
    const result = await run(settingsFor(server, { apiKey: 'wrong-key' }), { task: 'daily' });
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/Subscription-Key=\*\*\*: EDINET refused the API key \(HTTP 401\)/u);
    expect(server.count(listPath('2027-05-20', 'wrong-key'))).toBe(0);
  });

  it('records an error status inside a 200 body for that day and still reads the other day', async () => {
    server.route(listPath('2027-05-19'), { file: edinetFile('error-400-bad-date.json'), contentType: 'application/json' });
    const result = await run(settingsFor(server), { task: 'daily' });
    expect(result.status).toBe('partial');
    expect(result.stats).toMatchObject({ unusable: 1, reports_with_body: 1 });
    const state = await database.db.selectFrom('crawl_state').select(['last_outcome', 'last_error']).where('url', 'like', '%2027-05-19%').executeTakeFirstOrThrow();
    expect(state.last_outcome).toBe('unusable');
    expect(state.last_error).toMatch(/EDINET answered status 400 \(Bad Request\) inside an HTTP 200 answer/u);
    expect(await count('documents')).toBe(2);
    expect(await company('E99003')).toBeUndefined(); // its 有報 was on the unreadable day
  });

  it('stores the metadata when the package is answered with EDINET’s 404 body', async () => {
    server.route(packagePath('S100ZZ01'), { file: edinetFile('error-404-document.json'), contentType: 'application/json' });
    const result = await run(settingsFor(server), { task: 'daily' });
    expect(result.status).toBe('ok');
    expect(result.stats).toMatchObject({ report_body_unavailable: 1, reports_metadata_only: 2 });
    const stored = await database.db.selectFrom('documents').select('text').where('external_id', '=', 'S100ZZ01').executeTakeFirstOrThrow();
    expect(stored.text).toContain('書類管理番号: S100ZZ01');
    expect(stored.text).not.toContain('【表紙】');
  });

  it('leaves a report for the next run when its package fails transiently', async () => {
    server.route(packagePath('S100ZZ01'), (_request, response) => void response.writeHead(500).end('busy'));
    const result = await run(settingsFor(server), { task: 'daily' });
    expect(result.status).toBe('partial');
    expect(result.stats).toMatchObject({ report_body_retry: 1 });
    expect(await database.db.selectFrom('documents').select('external_id').execute()).toEqual([{ external_id: 'S100ZZ03' }]);
    server.route(packagePath('S100ZZ01'), { file: edinetFile('S100ZZ01-type1.zip'), contentType: 'application/octet-stream' });
    const retry = await run(settingsFor(server), { task: 'daily' });
    expect(retry.stats).toMatchObject({ reports_with_body: 1, reports_known: 1 });
  });

  it('stores the metadata when the package is refused for good (HTTP 410)', async () => {
    server.route(packagePath('S100ZZ01'), { body: 'gone', contentType: 'text/plain', status: 410 });
    const gone = await run(settingsFor(server), { task: 'daily' });
    expect(gone.stats).toMatchObject({ report_body_unavailable: 1, reports_metadata_only: 2 });
    expect(await database.db.selectFrom('documents').select('external_id').where('external_id', '=', 'S100ZZ01').execute()).toHaveLength(1);
  });

  it('backfills every day since --since, with progress', async () => {
    server.route(listPath('2027-05-18'), {
      body: JSON.stringify({ metadata: { title: '提出された書類を把握するためのAPI', parameter: { date: '2027-05-18', type: '2' }, resultset: { count: 0 }, processDateTime: '2027-05-19 00:05', status: '200', message: 'OK' }, results: [] }),
      contentType: 'application/json',
    });
    const progress: Array<[number, number]> = [];
    const result = await run(settingsFor(server), { task: 'daily', trigger: 'backfill', since: '2027-05-18', onProgress: (done, total) => void progress.push([done, total]) });
    expect(result.status).toBe('ok');
    expect(server.requests.filter((r) => r.path.includes('documents.json')).map((r) => r.path)).toEqual([listPath('2027-05-18'), listPath('2027-05-19'), listPath('2027-05-20')]);
    expect(progress).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]]);
  });
});
