/**
 * Everything that came from a crawled page (or a CRM import) is shown as text, never as markup: a document whose
 * title and text carry `<script>` and `onerror=` payloads, an officer and alert built from it and a
 * `javascript:` link are rendered on every page — escaped in the HTML, and inert in Chromium.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import * as cheerio from 'cheerio';
import type { Hono } from 'hono';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import { createWebApp } from '../../src/web/app.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { launchChromium } from './browser.js';

const SCRIPT = `<script>window.__xss = 'script'</script>`;
const IMG = `<img src=x onerror="window.__xss = 'img'">`;
const SVG = `"><svg onload="window.__xss = 'svg'">`;
const TOKEN = 'xss-test-token-0123456789abcdef';
const NOW = new Date('2027-03-10T03:00:00Z');
const PAGES = ['/calendar?start=2027-03', '/calendar?view=quarter&start=2027-01', '/alerts', '/alerts/ALERT', '/accounts', '/accounts/ACC-EVIL', '/sources'];

async function seed(database: TestDatabase): Promise<number> {
  const { db } = database;
  const company = await db
    .insertInto('companies')
    .values({ name: `Evil Corp ${IMG}`, normalized_name: 'evil corp', country: 'US', cik: '9998877', fiscal_year_end: '12-31', fiscal_year_end_source: 'sec-edgar' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('accounts')
    .values({ id: 'ACC-EVIL', name: `Evil Corp ${SCRIPT}`, company_id: company.id, owner_email: 'csm@ourco.example', arr: 100000, renewal_date: '2027-03-25', segment: `ent${SVG}`, country: 'US' })
    .execute();
  await db.insertInto('contacts').values({ id: 'C-EVIL', account_id: 'ACC-EVIL', name: `Mallory ${IMG}`, title: `CFO ${SCRIPT}`, email: 'm@evil.example', owner_email: 'csm@ourco.example' }).execute();
  await db.insertInto('sources').values({ id: 'sec-edgar', name: `SEC ${SCRIPT}`, last_error: `boom ${IMG}`, last_status: 'failed' }).execute();
  const document = await db
    .insertInto('documents')
    .values({
      source_id: 'sec-edgar',
      url: "javascript:window.__xss='href'",
      company_id: company.id,
      published_at: '2027-03-05T21:00:00Z',
      title: `Form 8-K ${SCRIPT} ${IMG}`,
      text: `Item 5.02 Mallory ${SCRIPT} resigned ${IMG}`,
      lang: 'en',
      content_hash: 'xss-doc',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const event = await db
    .insertInto('officer_events')
    .values({
      document_id: document.id,
      company_id: company.id,
      person: `Mallory ${IMG}`,
      person_key: 'mallory',
      change: 'departed',
      role_before: `Chief Financial Officer ${SVG}`,
      effective: '2027-03-20',
      effective_date: '2027-03-20',
      announced_on: '2027-03-05',
      evidence: `Mallory ${SCRIPT} resigned as CFO ${IMG}`,
      confidence: 0.9,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('contact_matches').values({ event_id: event.id, contact_id: 'C-EVIL', score: 0.97, reasons: JSON.stringify([`same name ${SCRIPT}`]) }).execute();
  const alert = await db
    .insertInto('alerts')
    .values({
      kind: 'contact_leaving',
      event_id: event.id,
      contact_id: 'C-EVIL',
      dedupe_key: 'xss',
      idempotency_key: 'xss',
      recipient: 'csm@ourco.example',
      payload: JSON.stringify({
        person: `Mallory ${IMG}`,
        personReading: SVG,
        change: `departed${SCRIPT}`,
        roleBefore: `CFO ${SVG}`,
        effective: `2027-03-20${IMG}`,
        evidence: `Mallory ${SCRIPT} resigned ${IMG}`,
        documentUrl: "javascript:window.__xss='href'",
        documentTitle: `Form 8-K ${SCRIPT}`,
        announced: '2027-03-05',
        company: `Evil Corp ${IMG}`,
        contact: { id: 'C-EVIL', name: `Mallory ${IMG}`, title: SCRIPT },
        account: { id: 'ACC-EVIL', name: `Evil Corp ${SCRIPT}`, arr: 100000 },
        match: { score: 0.97, reasons: [`same name ${SCRIPT}`] },
      }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return alert.id;
}

describe.each(testDatabaseKinds())('crawled markup stays text on %s', (kind) => {
  let database: TestDatabase;
  let app: Hono;
  let alertId: number;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    alertId = await seed(database);
    app = createWebApp({ db: database.db, token: TOKEN, logger: silentLogger, version: 'test', sources: [], now: () => NOW });
  });
  afterEach(async () => {
    await database.close();
  });

  it('escapes every payload in the rendered HTML and sends no script at all', async () => {
    for (const path of PAGES.map((p) => p.replace('ALERT', String(alertId)))) {
      const response = await app.request(path, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.status, path).toBe(200);
      const page = await response.text();
      expect(page, path).not.toMatch(/<script/iu);
      expect(page, path).toMatch(/&lt;(script|img|svg|\/script)/u);
      // Parsed as a browser would: no element from the payloads, no event-handler attribute, no script link.
      const $ = cheerio.load(page);
      expect($('script, img, svg, iframe, object').length, path).toBe(0);
      const handlers = $('*')
        .toArray()
        .flatMap((element) => Object.keys((element as { attribs?: Record<string, string> }).attribs ?? {}).filter((name) => /^on/iu.test(name)));
      expect(handlers, path).toEqual([]);
      expect($('[href^="javascript:" i], [src^="javascript:" i]').length, path).toBe(0);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
    }
    // The evidence is shown, as text, on the alert and calendar pages.
    const alertPage = await (await app.request(`/alerts/${alertId}`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(alertPage).toContain('Mallory &lt;script&gt;window.__xss = &#39;script&#39;&lt;/script&gt; resigned');
    const calendar = await (await app.request('/calendar?start=2027-03', { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(calendar).toContain('Mallory &lt;script&gt;');
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let server: ServerType;
    let origin: string;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });
    beforeEach(async () => {
      server = await new Promise<ServerType>((resolve) => {
        const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
      });
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterEach(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('runs none of the payloads, with every details element opened', { timeout: 60_000 }, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${origin}/login?token=${TOKEN}`);
      for (const path of PAGES.map((p) => p.replace('ALERT', String(alertId)))) {
        await page.goto(`${origin}${path}`);
        for (const summary of await page.locator('details > summary').all()) await summary.click();
        await page.waitForTimeout(50);
        expect(await page.evaluate('window.__xss'), path).toBeUndefined();
        expect(await page.locator('main script, main img, main svg').count(), path).toBe(0);
        for (const href of await page.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
          expect(href, path).not.toMatch(/^javascript:/iu);
        }
      }
      // The payload text is visible as text.
      await page.goto(`${origin}/alerts/${alertId}`);
      expect(await page.locator('blockquote.evidence').textContent()).toContain(`<script>window.__xss = 'script'</script>`);
      expect(dialogs).toEqual([]);
      await context.close();
    });
  });
});
