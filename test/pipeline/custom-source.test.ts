/**
 * The custom YAML source end to end: a JavaScript-built IR news list rendered in the system Chromium (its items
 * exist only after a script loads JSON), an article and a linked PDF stored as documents of the company named in
 * the YAML, events and an alert; a company Atom feed; a re-run without duplicates; an invalid file reported with
 * file, line and key while the valid files still run; and a list that never renders recorded as unusable.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import type { Settings } from '../../src/config/settings.js';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { BrowserRenderer } from '../../src/crawl/browser-renderer.js';
import { listOpenAlerts } from '../../src/db/alert-repository.js';
import { storeContacts } from '../../src/db/contact-repository.js';
import { closeSharedPdfTextPool } from '../../src/pdf/index.js';
import { createHttpClient } from '../../src/service/http-client-factory.js';
import { runSourceInline } from '../../src/service/inline-pipeline.js';
import { createCustomSource } from '../../sources/custom/index.js';
import type { SourceDefinition } from '../../sources/source-definition.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { TEST_USER_AGENT, testSettings } from '../support/test-settings.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const custom = (name: string) => join(fixtures, 'sources', 'custom', name);
const PLACEHOLDER = 'http://fixture-origin.invalid';
const NOW = new Date('2026-05-14T09:00:00Z');

async function server(): Promise<FixtureServer> {
  const html = (file: string) => ({ file, contentType: 'text/html; charset=utf-8' });
  return startFixtureServer({
    '/hokushin/news/': html(custom('hokushin-news.html')),
    '/hokushin/news.json': { file: custom('hokushin-news.json'), contentType: 'application/json' },
    '/hokushin/news/20260514-01.html': html(custom('hokushin-article.html')),
    // Served as octet-stream, as IR hosting often does: recognised by its %PDF- bytes.
    '/hokushin/pdf/20260514-yakuin.pdf': { file: join(fixtures, 'pdf', 'officer-appointments.pdf'), contentType: 'application/octet-stream' },
    '/minato/feed.atom': { file: custom('minato-news.atom'), contentType: 'application/atom+xml' },
    '/minato/news/2026/0514.html': html(custom('minato-article.html')),
  });
}

/** The YAML fixtures with the test server's origin, in a folder of their own. */
function yamlDir(origin: string, names: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'execradar-custom-'));
  for (const name of names) writeFileSync(join(dir, name), readFileSync(custom(name), 'utf8').replaceAll(PLACEHOLDER, origin));
  return dir;
}

function settingsFor(fixtureServer: FixtureServer): Settings {
  // The YAML URLs are not base URLs of a source: the loopback host is allowed explicitly.
  return testSettings({ crawler: { allowPrivateHosts: [fixtureServer.host] } });
}

let renderer: BrowserRenderer;
beforeAll(() => {
  renderer = new BrowserRenderer({ timeoutMs: 20_000 });
});
afterAll(async () => {
  await renderer.close();
  await closeSharedPdfTextPool();
});

describe.each(testDatabaseKinds())('custom YAML source on %s', (kind) => {
  let database: TestDatabase;
  let fixtureServer: FixtureServer;
  const dirs: string[] = [];
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    fixtureServer = await server();
    await storeContacts(database.db, parseContactsCsv(readFileSync(join(fixtures, 'sources', 'tdnet', 'contacts-jp.csv')), 'contacts-jp.csv').rows);
  });
  afterEach(async () => {
    await fixtureServer.close();
    await database.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const sourceWith = (names: readonly string[]): SourceDefinition => {
    const dir = yamlDir(fixtureServer.origin, names);
    dirs.push(dir);
    return createCustomSource({ dir, renderer: () => renderer });
  };
  const run = (source: SourceDefinition, task: string) => {
    const settings = settingsFor(fixtureServer);
    return runSourceInline(
      { db: database.db, http: createHttpClient(settings, [source], silentLogger), settings, logger: silentLogger, now: () => NOW },
      source,
      { task, trigger: 'schedule' },
    );
  };

  it('reads a JavaScript-built list in Chromium into documents, events and an alert, and re-runs without duplicates', async () => {
    const source = sourceWith(['hokushin-rendered.yaml', 'minato-feed.yaml']);
    expect(source.schedules).toEqual({ 'hokushin-rendered': '*/30 * * * *', 'minato-feed': '*/20 * * * *' });

    const result = await run(source, 'hokushin-rendered');
    expect(result.error).toBeNull();
    expect(result.status).toBe('ok');
    expect(result.stats).toMatchObject({ rendered_pages: 1, list_items: 3, matching_items: 2, documents_new: 2 });
    // The list came from the script's JSON call; the construction notice was never fetched.
    expect(fixtureServer.count('/hokushin/news.json')).toBe(1);
    expect(fixtureServer.count('/hokushin/news/20260508-01.html')).toBe(0);
    // The browser's requests and the crawler's carry the configured User-Agent.
    expect(fixtureServer.requests.every((r) => r.userAgent === TEST_USER_AGENT)).toBe(true);

    const hokushin = await database.db.selectFrom('companies').selectAll().where('sec_code', '=', '3Z8B').executeTakeFirstOrThrow();
    const documents = await database.db.selectFrom('documents').selectAll().orderBy('url').execute();
    expect(documents.map((d) => [d.url.replace(fixtureServer.origin, ''), d.company_id, d.lang, d.published_at?.toISOString()])).toEqual([
      ['/hokushin/news/20260514-01.html', hokushin.id, 'ja', '2026-05-14T00:00:00.000Z'],
      ['/hokushin/pdf/20260514-yakuin.pdf', hokushin.id, 'ja', '2026-05-14T00:00:00.000Z'],
    ]);
    expect(documents[0]!.title).toBe('執行役員の異動に関するお知らせ');
    expect(documents[0]!.text).toContain('宇佐美 遼\t常務執行役員 営業本部長\t執行役員 営業本部長');
    expect(documents[0]!.text).not.toContain('ホーム');
    expect(documents[1]!.text).toContain('役員人事に関するお知らせ');

    const people = (await database.db.selectFrom('officer_events').select('person').execute()).map((e) => e.person);
    expect(people).toEqual(expect.arrayContaining(['宇佐美 遼', '早乙女 菜摘', '德永 修一']));
    const alerts = await listOpenAlerts(database.db);
    expect(alerts.map((a) => [a.kind, (a.payload as { contact: { id: string } }).contact.id])).toEqual([['contact_leaving', 'C-2101']]);

    const again = await run(source, 'hokushin-rendered');
    expect(again.status).toBe('ok');
    expect(again.stats).toMatchObject({ rendered_pages: 1, already_stored: 2 });
    expect(fixtureServer.count('/hokushin/news/20260514-01.html')).toBe(1);
    expect(await database.db.selectFrom('documents').select('id').execute()).toHaveLength(2);
    expect(renderer.openPages).toBe(0);
  });

  it('reads a company Atom feed into a document of the company, and answers the next poll from a 304', async () => {
    const source = sourceWith(['minato-feed.yaml']);
    const result = await run(source, 'minato-feed');
    expect(result.status).toBe('ok');
    expect(result.stats).toMatchObject({ list_items: 2, matching_items: 1, documents_new: 1 });
    const document = await database.db
      .selectFrom('documents')
      .innerJoin('companies', 'companies.id', 'documents.company_id')
      .select(['documents.title', 'documents.published_at', 'documents.text', 'companies.sec_code'])
      .executeTakeFirstOrThrow();
    expect(document).toMatchObject({ title: '社長交代に関するお知らせ', sec_code: '7Z9A' });
    expect(document.published_at?.toISOString()).toBe('2026-05-14T08:00:00.000Z');
    expect(document.text.startsWith('ミナト精機株式会社は、2026年5月14日開催の取締役会において')).toBe(true);
    const events = await database.db.selectFrom('officer_events').select(['person', 'change']).execute();
    expect(events.map((e) => e.person)).toEqual(expect.arrayContaining(['山﨑 正道', '髙橋 健太']));

    await run(source, 'minato-feed');
    expect(fixtureServer.requests.filter((r) => r.path === '/minato/feed.atom').map((r) => r.status)).toEqual([200, 304]);
  });

  it('reports an invalid file with file, line and key, and still runs the valid ones', async () => {
    const source = sourceWith(['minato-feed.yaml', 'broken-selectors.yaml']);
    // Invalid files stay scheduled, so that their error shows where the source's runs are shown.
    expect(Object.keys(source.schedules).sort()).toEqual(['broken-selectors', 'minato-feed']);
    const result = await run(source, 'all');
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/broken-selectors\.yaml:3:11: schedule: expected a cron expression/u);
    expect(result.error).toMatch(/broken-selectors\.yaml:10:3: list\.titel: unknown key \(a typo\?\)/u);
    expect(result.stats).toMatchObject({ documents_new: 1 });
  });

  it('records a list that never renders as unusable, with the reason', async () => {
    fixtureServer.route('/hokushin/news.json', { body: '[]', contentType: 'application/json' });
    const dir = yamlDir(fixtureServer.origin, ['hokushin-rendered.yaml']);
    dirs.push(dir);
    writeFileSync(join(dir, 'hokushin-rendered.yaml'), readFileSync(join(dir, 'hokushin-rendered.yaml'), 'utf8').replace('timeoutMs: 15000', 'timeoutMs: 1500'));
    const source = createCustomSource({ dir, renderer: () => renderer });
    const result = await run(source, 'hokushin-rendered');
    expect(result.status).toBe('partial');
    const state = await database.db.selectFrom('crawl_state').selectAll().where('url', '=', `${fixtureServer.origin}/hokushin/news/`).executeTakeFirstOrThrow();
    expect(state.last_outcome).toBe('unusable');
    expect(state.last_error).toMatch(/rendering failed: timeout: no result after 1500 ms/u);
    expect(renderer.openPages).toBe(0);
  });
});
