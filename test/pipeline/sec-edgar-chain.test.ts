/**
 * One announcement from fetch to alert: EDGAR submissions → 8-K with Item 5.02 → document → events
 * → match to an imported contact → one alert; and a second crawl that duplicates nothing and is
 * answered from a 304.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import type { Settings } from '../../src/config/settings.js';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { storeContacts } from '../../src/db/contact-repository.js';
import { listOpenAlerts } from '../../src/db/alert-repository.js';
import { createHttpClient } from '../../src/service/http-client-factory.js';
import { ensureSourceRow } from '../../src/pipeline/source-runner.js';
import { runSourceInline } from '../../src/service/inline-pipeline.js';
import secEdgar from '../../sources/sec-edgar/index.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { TEST_USER_AGENT, testSettings } from '../support/test-settings.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const sec = (name: string) => join(fixtures, 'sources', 'sec-edgar', name);
const FOLDER = '/Archives/edgar/data/9990001';
const SUBMISSIONS = '/submissions/CIK0009990001.json';

function settingsFor(server: FixtureServer, userAgent = TEST_USER_AGENT): Settings {
  return testSettings({ crawler: { userAgent }, sources: { 'sec-edgar': { baseUrls: { data: server.origin, www: server.origin } } } });
}

async function secServer(): Promise<FixtureServer> {
  return startFixtureServer({
    '/robots.txt': { file: sec('robots.txt'), contentType: 'text/plain' },
    [SUBMISSIONS]: { file: sec('submissions-CIK0009990001.json'), contentType: 'application/json' },
    '/submissions/CIK0009990555.json': { file: sec('submissions-CIK0009990555.json'), contentType: 'application/json' },
    '/files/company_tickers.json': { file: sec('company_tickers.json'), contentType: 'application/json' },
    [`${FOLDER}/000999000127000012/nwan-20270302.htm`]: { file: sec('nwan-20270302.htm'), contentType: 'text/html' },
    [`${FOLDER}/000999000127000009/nwan-20270218.htm`]: { file: sec('nwan-20270218.htm'), contentType: 'text/html' },
    [`${FOLDER}/000999000127000012/0009990001-27-000012-index.htm`]: { file: sec('0009990001-27-000012-index.htm'), contentType: 'text/html' },
    '/cgi-bin/browse-edgar?action=getcurrent&type=8-K&company=&dateb=&owner=include&start=0&count=100&output=atom': {
      file: sec('current-8k.atom.xml'),
      contentType: 'application/atom+xml',
    },
  });
}

describe.each(testDatabaseKinds())('SEC EDGAR chain on %s', (kind) => {
  let database: TestDatabase;
  let server: FixtureServer;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    server = await secServer();
    const imported = parseContactsCsv(readFileSync(join(fixtures, 'contacts-us.csv')), 'contacts-us.csv');
    expect(imported.rejected).toEqual([]);
    await storeContacts(database.db, imported.rows);
  });
  afterEach(async () => {
    await server.close();
    await database.close();
  });

  const run = (settings: Settings, task: 'submissions' | 'current') =>
    runSourceInline(
      { db: database.db, http: createHttpClient(settings, [secEdgar], silentLogger), settings, logger: silentLogger, now: () => new Date('2027-03-05T12:00:00Z') },
      secEdgar,
      { task, trigger: 'manual' },
    );

  it('turns a tracked CFO resignation into one alert with its evidence, and a re-crawl into nothing new', async () => {
    const settings = settingsFor(server);
    const first = await run(settings, 'submissions');
    expect(first.status).toBe('ok');
    expect(first.error).toBeNull();

    // Only the two 5.02 filings were fetched, the 2.02 earnings 8-K never.
    expect(server.count(`${FOLDER}/000999000127000012/nwan-20270302.htm`)).toBe(1);
    expect(server.count(`${FOLDER}/000999000127000009/nwan-20270218.htm`)).toBe(1);
    expect(server.requests.some((r) => r.path.includes('nwan-20270210'))).toBe(false);
    expect(server.requests.every((r) => r.userAgent === TEST_USER_AGENT)).toBe(true);

    const documents = await database.db.selectFrom('documents').select(['url', 'external_id', 'text', 'published_at']).orderBy('external_id').execute();
    expect(documents.map((d) => d.external_id)).toEqual(['0009990001-27-000009', '0009990001-27-000012']);
    const resignation = documents[1]!;
    expect(resignation.text.startsWith('Item 5.02')).toBe(true);
    expect(resignation.text).not.toContain('Item 9.01'); // the section ends at the next item
    expect(resignation.published_at?.toISOString().slice(0, 10)).toBe('2027-03-04');
    // acceptanceDateTime says 2027-02-19 "Z" but is Eastern wall-clock time after the filing cut-off: the filing date rules.
    expect(documents[0]!.published_at?.toISOString().slice(0, 10)).toBe('2027-02-20');

    const company = await database.db.selectFrom('companies').selectAll().where('cik', '=', '9990001').executeTakeFirstOrThrow();
    expect(company.fiscal_year_end).toBe('06-30');
    expect(company.fiscal_year_end_source).toBe('sec-edgar');

    const events = await database.db.selectFrom('officer_events').select(['person', 'change', 'effective', 'evidence']).orderBy('person').execute();
    const departure = events.find((event) => event.person.includes('Vantreight'));
    expect(departure).toMatchObject({ change: 'departed', effective: '2027-03-31' });
    expect(resignation.text.replace(/\s+/gu, ' ')).toContain(departure!.evidence.replace(/\s+/gu, ' '));
    expect(events.some((event) => event.person.includes('Oyelaran') && event.change === 'appointed')).toBe(true);
    // The compensation-only 5.02(e) filing names two officers and must yield no event for them.
    expect(events.some((event) => event.person.includes('Blanchard'))).toBe(false);

    const alerts = await listOpenAlerts(database.db);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'contact_leaving', recipient: 'csm.alex@ourco.example' });
    expect(alerts[0]!.payload).toMatchObject({
      documentUrl: `${server.origin}${FOLDER}/000999000127000012/nwan-20270302.htm`,
      contact: { id: 'C-1001' },
      account: { id: 'ACC-NW', arr: 240000, renewalDate: '2027-09-30' },
    });

    // Second crawl: the submissions file is answered 304, nothing is stored twice.
    const second = await run(settings, 'submissions');
    expect(second.status).toBe('ok');
    expect(server.requests.filter((r) => r.path === SUBMISSIONS).map((r) => r.status)).toEqual([200, 304]);
    const counts = await Promise.all(
      (['documents', 'officer_events', 'contact_matches', 'alerts'] as const).map(async (table) =>
        Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
      ),
    );
    expect(counts).toEqual([2, events.length, 1, 1]);

    // The current-filings feed names the same accession: recognised, not fetched again.
    const fromFeed = await run(settings, 'current');
    expect(fromFeed.status).toBe('ok');
    expect(server.count(`${FOLDER}/000999000127000012/nwan-20270302.htm`)).toBe(1);
    expect(await listOpenAlerts(database.db)).toHaveLength(1);
  });

  it('reacts to the current-filings feed alone, without waiting for the daily poll', async () => {
    const settings = settingsFor(server);
    // Both companies were polled before (so the minute task has no first-sight work), but not since this filing.
    await database.db.updateTable('companies').set({ cik: '9990001' }).where('ticker', '=', 'NWAN').execute();
    await ensureSourceRow(database.db, secEdgar);
    for (const path of [SUBMISSIONS, '/submissions/CIK0009990555.json']) {
      await database.db.insertInto('crawl_state').values({ url: `${server.origin}${path}`, source_id: 'sec-edgar', last_outcome: 'fetched', fetched_at: new Date('2027-03-01T06:17:00Z') }).execute();
    }
    const result = await run(settings, 'current');
    expect(result.status).toBe('ok');
    expect(server.count(`${FOLDER}/000999000127000012/0009990001-27-000012-index.htm`)).toBe(1);
    expect(server.count(`${FOLDER}/000999000127000012/nwan-20270302.htm`)).toBe(1);
    // Contoso Freight is not tracked: its filing is not touched.
    expect(server.requests.some((r) => r.path.includes('9990077'))).toBe(false);
    const alerts = await listOpenAlerts(database.db);
    expect(alerts.map((alert) => alert.kind)).toEqual(['contact_leaving']);
  });

  it('polls a newly tracked company at first sight from the minute task: ticker resolved, backfilled, alerted', async () => {
    const settings = settingsFor(server);
    const result = await run(settings, 'current');
    expect(result.status).toBe('ok');
    expect(result.stats).toMatchObject({ first_sight: 2 });
    expect(server.count('/files/company_tickers.json')).toBe(1);
    expect(server.count(SUBMISSIONS)).toBe(1);
    const company = await database.db.selectFrom('companies').select('cik').where('ticker', '=', 'NWAN').executeTakeFirstOrThrow();
    expect(company.cik).toBe('9990001');
    expect((await listOpenAlerts(database.db)).map((alert) => alert.kind)).toEqual(['contact_leaving']);
    // The feed's entry for the same accession is recognised; the filing is not fetched twice.
    expect(server.count(`${FOLDER}/000999000127000012/nwan-20270302.htm`)).toBe(1);

    // The next minute: nothing is seen for the first time any more, so no submissions poll, no ticker lookup.
    await run(settings, 'current');
    expect(server.count(SUBMISSIONS)).toBe(1);
    expect(server.count('/files/company_tickers.json')).toBe(1);
  });

  it('polls the submissions again in full when one of its filings could not be fetched', async () => {
    const settings = settingsFor(server);
    const filing = `${FOLDER}/000999000127000012/nwan-20270302.htm`;
    server.route(filing, { body: 'temporarily unavailable', contentType: 'text/plain', status: 404 });
    const first = await run(settings, 'submissions');
    expect(first.status).toBe('partial');
    expect(await listOpenAlerts(database.db)).toHaveLength(0);

    server.route(filing, { file: sec('nwan-20270302.htm'), contentType: 'text/html' });
    const second = await run(settings, 'submissions');
    expect(second.status).toBe('ok');
    // Not a 304: a 304 would have hidden the filing that is still missing.
    expect(server.requests.filter((r) => r.path === SUBMISSIONS).map((r) => r.status)).toEqual([200, 200]);
    expect(await listOpenAlerts(database.db)).toHaveLength(1);
    // Now that everything is stored, the poll after is answered from a 304 again.
    await run(settings, 'submissions');
    expect(server.requests.filter((r) => r.path === SUBMISSIONS).map((r) => r.status)).toEqual([200, 200, 304]);
  });

  it('treats the rate-limit page served with HTTP 403 as throttling: the run stops and the host rests', async () => {
    const settings = settingsFor(server);
    server.route('/files/company_tickers.json', {
      body: '<html><head><title>SEC.gov | Request Rate Threshold Exceeded</title></head><body><h1>Your Request Originates from an Undeclared Automated Tool</h1></body></html>',
      contentType: 'text/html',
      status: 403,
    });
    const result = await run(settings, 'submissions');
    expect(result.status).toBe('partial');
    expect(result.error).toMatch(/throttled by the host \(rate-limit page, HTTP 403\)/u);
    const state = await database.db.selectFrom('crawl_state').selectAll().where('url', '=', `${server.origin}/files/company_tickers.json`).executeTakeFirstOrThrow();
    expect(state).toMatchObject({ last_outcome: 'failed', last_status: 403 });
    expect(state.next_due_at?.toISOString()).toBe('2027-03-05T12:10:00.000Z');
    // The run stopped at once: no submissions were fetched after the throttle page.
    expect(server.count(SUBMISSIONS)).toBe(0);
    // A run inside the rest sends nothing to the host.
    const requestsBefore = server.requests.length;
    const resting = await run(settings, 'submissions');
    expect(resting.stats['deferred']).toBeGreaterThan(0);
    expect(server.requests.length).toBe(requestsBefore);
  });

  it('keeps each fiscal year end EDGAR reported with the day it was seen, the latest on the company', async () => {
    const settings = settingsFor(server);
    const at = (iso: string) =>
      runSourceInline(
        { db: database.db, http: createHttpClient(settings, [secEdgar], silentLogger), settings, logger: silentLogger, now: () => new Date(iso) },
        secEdgar,
        { task: 'submissions', trigger: 'manual' },
      );
    await at('2027-03-05T12:00:00Z');
    // A 52/53-week year: the next year's submissions say 0701.
    const moved = readFileSync(sec('submissions-CIK0009990001.json'), 'utf8').replace('"fiscalYearEnd":"0630"', '"fiscalYearEnd":"0701"');
    expect(moved).toContain('"0701"');
    server.route(SUBMISSIONS, { body: moved, contentType: 'application/json' });
    await at('2028-03-06T12:00:00Z');
    const company = await database.db.selectFrom('companies').selectAll().where('cik', '=', '9990001').executeTakeFirstOrThrow();
    expect(company.fiscal_year_end).toBe('07-01');
    expect(company.fiscal_year_end_seen_at?.toISOString()).toBe('2028-03-06T12:00:00.000Z');
    const facts = await database.db
      .selectFrom('fiscal_facts')
      .select(['value', 'source_id', 'observed_at'])
      .where('company_id', '=', company.id)
      .where('kind', '=', 'fiscal_year_end')
      .orderBy('observed_at')
      .execute();
    expect(facts.map((fact) => [fact.value, fact.source_id, fact.observed_at.toISOString()])).toEqual([
      ['06-30', 'sec-edgar', '2027-03-05T12:00:00.000Z'],
      ['07-01', 'sec-edgar', '2028-03-06T12:00:00.000Z'],
    ]);
  });

  it('refuses to crawl SEC without a contact address in the User-Agent, and says why', async () => {
    const result = await run(settingsFor(server, 'ExecRadar/0.1'), 'submissions');
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/fair-access policy requires a User-Agent that names a contact e-mail address/u);
    expect(server.requests).toHaveLength(0);
  });

  it('records malformed JSON with a clear error and keeps what was stored before', async () => {
    const settings = settingsFor(server);
    await run(settings, 'submissions');
    const before = await database.db.selectFrom('documents').select('id').execute();
    server.route(SUBMISSIONS, { body: '{"cik": "9990001", "name": "Northwind', contentType: 'application/json' });
    const broken = await run(settings, 'submissions');
    expect(broken.status).toBe('partial');
    const state = await database.db.selectFrom('crawl_state').selectAll().where('url', '=', `${server.origin}${SUBMISSIONS}`).executeTakeFirstOrThrow();
    expect(state.last_outcome).toBe('unusable');
    expect(state.last_error).toMatch(/not an EDGAR submissions document \(the body is not valid JSON/u);
    expect(state.etag).toBeNull(); // the next poll fetches in full instead of trusting a 304
    expect(await database.db.selectFrom('documents').select('id').execute()).toEqual(before);
    const company = await database.db.selectFrom('companies').select('fiscal_year_end').where('cik', '=', '9990001').executeTakeFirstOrThrow();
    expect(company.fiscal_year_end).toBe('06-30');
  });
});
