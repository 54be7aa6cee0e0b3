/**
 * The SEC chain on real EDGAR payloads (../shared/fixtures/sources/sec), served locally: real 8-K
 * documents and index pages, submissions built at test time from each filing's own SEC header, the
 * real latest-filings feed, and EDGAR's real error pages.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import type { Settings } from '../../src/config/settings.js';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { listOpenAlerts } from '../../src/db/alert-repository.js';
import { storeContacts } from '../../src/db/contact-repository.js';
import { createHttpClient } from '../../src/service/http-client-factory.js';
import { runSourceInline } from '../../src/service/inline-pipeline.js';
import { parseCurrentFeed } from '../../sources/sec-edgar/current-feed.js';
import secEdgar, { isSecThrottlePage } from '../../sources/sec-edgar/index.js';
import { recentFilings, submissionsSchema } from '../../sources/sec-edgar/submissions-schema.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { testSettings } from '../support/test-settings.js';
import { sharedPath } from './shared-paths.js';

const sec = (name: string) => sharedPath('fixtures', 'sources', 'sec', name);

/** EDGAR's submissions JSON for one filing, from the filing's own SEC header (the real `.txt` prefix). */
function submissionsFromHeader(headerFile: string, primaryDocument: string, items: string): { cik: string; json: string; folder: string } {
  const header = readFileSync(sec(headerFile), 'utf8');
  const field = (name: string) => new RegExp(`${name}:\\s*(.+)`, 'u').exec(header)?.[1]?.trim() ?? '';
  const accession = field('ACCESSION NUMBER');
  const filed = field('FILED AS OF DATE');
  const cik = field('CENTRAL INDEX KEY');
  const json = JSON.stringify({
    cik: String(Number(cik)),
    name: field('COMPANY CONFORMED NAME'),
    tickers: [],
    exchanges: [],
    fiscalYearEnd: field('FISCAL YEAR END'),
    filings: {
      recent: {
        accessionNumber: [accession],
        filingDate: [`${filed.slice(0, 4)}-${filed.slice(4, 6)}-${filed.slice(6, 8)}`],
        acceptanceDateTime: [''],
        form: [field('CONFORMED SUBMISSION TYPE')],
        items: [items],
        primaryDocument: [primaryDocument],
      },
    },
  });
  return { cik, json, folder: `/Archives/edgar/data/${Number(cik)}/${accession.replace(/-/gu, '')}` };
}

const meta = submissionsFromHeader('8k-0001628280-25-058337-header-truncated.txt', 'meta-20251219.htm', '5.02');
const nvidia = submissionsFromHeader('8k-0001045810-26-000024-header-truncated.txt', 'nvda-20260302.htm', '5.02,9.01');

const CONTACTS = [
  'account_id,account_name,ticker,cik,sec_code,corporate_number,contact_id,contact_name,contact_name_reading,contact_name_latin,title,email,owner_email,arr,renewal_date',
  `A-META,Meta,,${meta.cik},,,K-1,Dina Powell McCormick,,,Director,,csm.meta@ourco.example,500000,2027-01-31`,
  `A-NVDA,NVIDIA,,${nvidia.cik},,,K-2,Jensen Huang,,,CEO,,csm.nv@ourco.example,800000,2027-02-28`,
].join('\n');

describe.each(testDatabaseKinds())('SEC EDGAR on real payloads, %s', (kind) => {
  let database: TestDatabase;
  let server: FixtureServer;
  let settings: Settings;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    server = await startFixtureServer({
      '/robots.txt': { body: 'User-agent: *\nAllow: /\n', contentType: 'text/plain' },
      [`/submissions/CIK${meta.cik}.json`]: { body: meta.json, contentType: 'application/json' },
      [`/submissions/CIK${nvidia.cik}.json`]: { body: nvidia.json, contentType: 'application/json' },
      [`${meta.folder}/meta-20251219.htm`]: { file: sec('8k-0001628280-25-058337-meta-20251219.htm'), contentType: 'text/html' },
      [`${nvidia.folder}/nvda-20260302.htm`]: { file: sec('8k-0001045810-26-000024-nvda-20260302.htm'), contentType: 'text/html' },
    });
    settings = testSettings({ sources: { 'sec-edgar': { baseUrls: { data: server.origin, www: server.origin } } } });
    await storeContacts(database.db, parseContactsCsv(Buffer.from(CONTACTS), 'contacts.csv').rows);
  });
  afterEach(async () => {
    await server.close();
    await database.close();
  });

  const run = () =>
    runSourceInline(
      { db: database.db, http: createHttpClient(settings, [secEdgar], silentLogger), settings, logger: silentLogger, now: () => new Date('2026-03-10T00:00:00Z') },
      secEdgar,
      { task: 'submissions', trigger: 'manual', since: '2025-01-01' },
    );

  it('alerts once on a real director resignation, not on a compensation-only 5.02(e), and not twice', async () => {
    const first = await run();
    expect(first.status).toBe('ok');
    const alerts = await listOpenAlerts(database.db);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'contact_leaving', recipient: 'csm.meta@ourco.example' });
    expect(alerts[0]!.payload['documentUrl']).toBe(`${server.origin}${meta.folder}/meta-20251219.htm`);
    expect(String(alerts[0]!.payload['evidence'])).toMatch(/resign/u);
    // NVIDIA's 8-K lists 5.02 but only sets pay: stored, yet no personnel event from it.
    const nvidiaEvents = await database.db
      .selectFrom('officer_events')
      .innerJoin('documents', 'documents.id', 'officer_events.document_id')
      .where('documents.url', 'like', '%nvda-20260302.htm')
      .select('officer_events.id')
      .execute();
    expect(nvidiaEvents).toEqual([]);
    const fiscal = await database.db.selectFrom('companies').select(['cik', 'fiscal_year_end']).orderBy('cik').execute();
    expect(fiscal).toEqual([
      { cik: String(Number(nvidia.cik)), fiscal_year_end: '01-31' },
      { cik: String(Number(meta.cik)), fiscal_year_end: '12-31' },
    ]);

    await run();
    expect(server.requests.filter((r) => r.path.startsWith('/submissions/')).map((r) => r.status)).toEqual([200, 200, 304, 304]);
    expect(await listOpenAlerts(database.db)).toHaveLength(1);
    expect((await database.db.selectFrom('documents').select('id').execute()).length).toBe(2);
  });

  it("treats EDGAR's rate-exceeded page as throttling and its 404 XML as a recorded failure", async () => {
    server.route(`/submissions/CIK${meta.cik}.json`, { file: sec('rate-exceeded.html'), contentType: 'text/html' });
    server.route(`/submissions/CIK${nvidia.cik}.json`, { file: sec('submissions-404-NoSuchKey.xml'), contentType: 'application/xml', status: 404 });
    const result = await run();
    expect(result.status).toBe('partial');
    expect(result.error).toMatch(/throttled/u);
    const states = await database.db.selectFrom('crawl_state').select(['url', 'last_outcome', 'last_error']).orderBy('url').execute();
    expect(states.some((s) => s.last_outcome === 'failed' && /rate-limit page/u.test(s.last_error ?? ''))).toBe(true);
  });

  it("treats the same page served with HTTP 403, as SEC also sends it, as throttling and not as a missing file", async () => {
    server.route(`/submissions/CIK${meta.cik}.json`, { file: sec('rate-exceeded.html'), contentType: 'text/html', status: 403 });
    const result = await run();
    expect(result.status).toBe('partial');
    expect(result.error).toMatch(/throttled by the host \(rate-limit page, HTTP 403\)/u);
  });
});

describe('real EDGAR payload shapes', () => {
  it('reads every real submissions file, including one with no filings and one with 16 tickers', () => {
    for (const file of ['submissions-CIK0000320193.json', 'submissions-CIK0001045810.json', 'submissions-CIK0000310522-multi-ticker-truncated.json', 'submissions-CIK0000350001-no-filings.json']) {
      const parsed = submissionsSchema.parse(JSON.parse(readFileSync(sec(file), 'utf8')));
      const filings = recentFilings(parsed);
      expect(filings.length).toBe(parsed.filings.recent.accessionNumber.length);
      for (const filing of filings) expect(filing.accessionNumber).toMatch(/^\d{10}-\d{2}-\d{6}$/u);
    }
  });

  it('parses the real latest-filings feed, one entry per accession, with 5.02 items', () => {
    const filings = parseCurrentFeed(readFileSync(sec('getcurrent-all-count100-start3500.atom.xml'), 'latin1'));
    expect(filings.length).toBeGreaterThan(50);
    expect(new Set(filings.map((f) => f.accessionNumber)).size).toBe(filings.length);
    // Five 8-K entries list Item 5.02; three of them are one co-registrant filing under one accession.
    const officerChanges = filings.filter((f) => f.form.startsWith('8-K') && f.items.includes('5.02'));
    expect(officerChanges).toHaveLength(3);
    expect(Math.max(...officerChanges.map((f) => f.filers.length))).toBe(3);
    const form4 = parseCurrentFeed(readFileSync(sec('getcurrent-type4-count100-start0.atom.xml'), 'latin1'));
    expect(new Set(form4.map((f) => f.accessionNumber)).size).toBe(form4.length);
  });

  it("recognises the rate-exceeded page and not an ordinary filing", () => {
    expect(isSecThrottlePage(readFileSync(sec('rate-exceeded.html'), 'utf8'))).toBe(true);
    expect(isSecThrottlePage(readFileSync(sec('8k-blackrock-20230224.htm'), 'utf8'))).toBe(false);
  });

  it('does not take the past-the-end maintenance page for a feed', () => {
    expect(() => parseCurrentFeed(readFileSync(sec('getcurrent-past-end-start5100.html'), 'utf8'))).toThrow(/not an Atom feed/u);
  });
});
