/**
 * The first-run demo in a real browser: `runDemo` (sample portfolio, EDGAR and TDnet payloads through the real
 * crawler from the local mirror, then the service), and Chromium signs in with the printed link, sees calendar
 * entries from Japanese and US sources, clicks a grid cell to open that entry's basis and evidence, opens an alert
 * and its evidence, dismisses it, downloads an owner's .ics feed; a screenshot of each main page is kept under
 * test-results/. Without the token, nothing is served.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/config/logger.js';
import { runDemo, type DemoRun } from '../../src/demo/demo-run.js';
import { ARTIFACTS, launchChromium } from './browser.js';

describe('dashboard on the demo data, in Chromium', () => {
  let demo: DemoRun;
  let browser: Browser;
  let context: BrowserContext;
  const dataDir = join(tmpdir(), `execradar-demo-test-${process.pid}`);
  const logLines: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    demo = await runDemo({ dataDir, port: 0 }, createLogger('debug', sink));
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await demo?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('replayed EDGAR, TDnet, PR TIMES and a company newsroom through the crawler into alerts', () => {
    const bySource = Object.fromEntries(demo.runs.map((run) => [run.sourceId, run]));
    for (const id of ['sec-edgar', 'tdnet', 'prtimes', 'custom']) {
      expect(bySource[id], id).toMatchObject({ status: 'ok', error: null });
      expect(bySource[id]!.stats['documents_new'], id).toBeGreaterThan(0);
      expect(bySource[id]!.alerts, id).toBeGreaterThan(0);
    }
    expect(demo.portfolio.accounts).toBeGreaterThanOrEqual(24);
  });

  it('logs no contact data', () => {
    const log = logLines.join('');
    expect(log.length).toBeGreaterThan(0);
    const portfolio = readFileSync(join(import.meta.dirname, '..', '..', 'demo', 'portfolio.csv'), 'utf8');
    const emails = [...new Set(portfolio.match(/[\w.+-]+@[\w-]+\.example/gu) ?? [])];
    expect(emails.length).toBeGreaterThan(30);
    for (const email of emails) expect(log).not.toContain(email);
    // Contacts named in no filing (a filing's own names are public, the CRM's are not).
    for (const name of ['大沢 恵', '早瀬 直樹', 'Grace Whitfield', 'Wen Li', 'Nora Fitzgerald']) expect(log).not.toContain(name);
  });

  it('refuses every data route without the token', async () => {
    for (const path of ['/api/alerts', '/api/calendar', '/api/sources']) {
      expect((await fetch(`${demo.url}${path}`)).status, path).toBe(401);
    }
    for (const path of ['/calendar', '/alerts', '/alerts/1', '/accounts', '/accounts/JP-ASG', '/sources']) {
      const response = await fetch(`${demo.url}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(302);
      expect(response.headers.get('location')).toMatch(/^\/login\?next=/u);
    }
    const forged = await fetch(`${demo.url}/alerts/1/dismiss`, { method: 'POST', redirect: 'manual' });
    expect(forged.status).toBe(302);
    expect((await fetch(`${demo.url}/calendar/not-a-token.ics`)).status).toBe(404);
    expect((await fetch(`${demo.url}/login?token=wrong-token-wrong-token`)).status).toBe(401);
    // With the token, the API answers.
    expect((await fetch(`${demo.url}/api/alerts`, { headers: { authorization: `Bearer ${demo.token}` } })).status).toBe(200);
  });

  it('signs in with the printed link and shows calendar entries from Japanese and US sources', { timeout: 60_000 }, async () => {
    const page = await context.newPage();
    const response = await page.goto(demo.loginUrl);
    expect(new URL(page.url()).pathname).toBe('/calendar');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'execradar_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

    await page.goto(`${demo.url}/calendar?view=quarter`);
    const rows = page.locator('table.calendar tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    const accounts = await page.locator('table.calendar tbody th.account-col a').allTextContents();
    expect(accounts.some((name) => /株式会社|精工|物産/u.test(name))).toBe(true);
    expect(accounts.some((name) => /Inc\.|Corp\./u.test(name))).toBe(true);
    // Rows are ordered by ARR, largest first.
    const arrs = (await page.locator('table.calendar tbody th.account-col .arr').allTextContents()).map((text) => Number(text.replace(/\D/gu, '')));
    expect(arrs).toEqual([...arrs].sort((a, b) => b - a));
    expect(arrs[0]).toBeGreaterThan(arrs.at(-1)!);
    // Announced changes from both countries, each with its basis and evidence behind a click.
    const changes = page.locator('details.entry:has(.k-announced-change)');
    const summaries = await changes.locator('summary').allTextContents();
    expect(summaries.some((text) => /真壁|北条|野々村|望月|桐生/u.test(text))).toBe(true);
    expect(summaries.some((text) => /Ramaswamy|Osei|Marquez/u.test(text))).toBe(true);
    const first = changes.first();
    await first.locator('summary').click();
    await expect.poll(() => first.evaluate((element) => (element as unknown as { open: boolean }).open)).toBe(true);
    expect(await first.locator('blockquote.evidence').textContent()).not.toBe('');
    expect(await first.locator('.entry-body').getAttribute('id')).toMatch(/^e-/u);
    await page.screenshot({ path: join(ARTIFACTS, 'calendar-quarter.png'), fullPage: false });
    await page.goto(`${demo.url}/calendar`);
    await page.screenshot({ path: join(ARTIFACTS, 'calendar-month.png'), fullPage: true });
    await page.close();
  });

  it('opens the entry behind a calendar cell in one click, with its basis and evidence', { timeout: 60_000 }, async () => {
    const page = await context.newPage();
    await page.goto(`${demo.url}/calendar?view=quarter`);
    const cell = page.locator('table.calendar td.k-announced-change a').first();
    const target = (await cell.getAttribute('href'))!;
    expect(target).toMatch(/^#e-/u);
    const entry = page.locator(`details.entry:has(> [id="${target.slice(1)}"])`);
    expect(await entry.count()).toBe(1);
    const isOpen = () => entry.evaluate((element) => (element as unknown as { open: boolean }).open);
    expect(await isOpen()).toBe(false);
    expect(await entry.locator('blockquote.evidence').isVisible()).toBe(false);

    await cell.click();
    await expect.poll(isOpen).toBe(true);
    expect(new URL(page.url()).hash).toBe(target);
    const body = entry.locator('.entry-body');
    expect(await body.isVisible()).toBe(true);
    expect(await body.locator('p').first().textContent()).toMatch(/^Basis: \S/u);
    const evidence = entry.locator('blockquote.evidence');
    expect(await evidence.isVisible()).toBe(true);
    expect(((await evidence.textContent()) ?? '').length).toBeGreaterThan(10);
    expect(await body.locator('a[target="_blank"]').getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//u);
    // Scrolled to, with the entry's summary line still in view above its body.
    const summaryBox = await entry.locator('summary').boundingBox();
    expect(summaryBox!.y).toBeGreaterThanOrEqual(0);
    expect(summaryBox!.y).toBeLessThan(page.viewportSize()!.height);
    await page.screenshot({ path: join(ARTIFACTS, 'calendar-entry.png'), fullPage: false });
    await page.close();
  });

  it('opens an alert with its evidence and dismisses it', { timeout: 60_000 }, async () => {
    const page = await context.newPage();
    await page.goto(`${demo.url}/alerts`);
    await page.screenshot({ path: join(ARTIFACTS, 'alerts.png'), fullPage: true });
    const before = await page.locator('ol.alerts > li').count();
    expect(before).toBeGreaterThan(5);
    const link = page.locator('ol.alerts h2.person a').first();
    const person = (await link.textContent())!;
    await link.click();
    await page.waitForURL(/\/alerts\/\d+$/u);
    const alertId = Number(new URL(page.url()).pathname.split('/').pop());
    expect(await page.locator('h1.person').textContent()).toContain(person);
    const evidence = (await page.locator('blockquote.evidence').textContent()) ?? '';
    expect(evidence.length).toBeGreaterThan(10);
    expect(await page.locator('p.source a').getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//u);
    await page.screenshot({ path: join(ARTIFACTS, 'alert-detail.png'), fullPage: true });

    await page.locator(`form[action="/alerts/${alertId}/dismiss"] button`).click();
    await page.waitForURL(/\/alerts$/u);
    expect(await page.locator('ol.alerts > li').count()).toBe(before - 1);
    expect(await page.locator(`#alert-${alertId}`).count()).toBe(0);
    const api = (await (await fetch(`${demo.url}/api/alerts`, { headers: { authorization: `Bearer ${demo.token}` } })).json()) as { alerts: { id: number }[] };
    expect(api.alerts.some((alert) => alert.id === alertId)).toBe(false);
    await page.close();
  });

  it('downloads an owner’s .ics feed from the calendar page', async () => {
    const page = await context.newPage();
    await page.goto(`${demo.url}/calendar?owner=${encodeURIComponent('csm.sato@ourco.example')}&view=quarter`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a.ics').first().click()]);
    const file = join(ARTIFACTS, 'csm.sato.ics');
    await download.saveAs(file);
    const ics = readFileSync(file, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toMatch(/あさぎり精工|しらなみ銀行/u);
    await page.close();
  });

  it('shows the account and sources pages, in Japanese too, and fits a phone', { timeout: 60_000 }, async () => {
    const page = await context.newPage();
    await page.goto(`${demo.url}/accounts/JP-ASG`);
    expect(await page.locator('tr.key').count()).toBe(2);
    expect(await page.locator('tbody tr:not(.key)').first().textContent()).toContain('大沢 恵');
    expect(await page.locator('ol.timeline li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('ul.documents li').count()).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: join(ARTIFACTS, 'account.png'), fullPage: true });
    await page.goto(`${demo.url}/sources`);
    expect(await page.locator('#source-sec-edgar').textContent()).toContain('documents_new');
    expect(await page.locator('#source-tdnet').textContent()).toContain('list_pages');
    await page.screenshot({ path: join(ARTIFACTS, 'sources.png'), fullPage: true });

    await page.goto(`${demo.url}/alerts?lang=ja`);
    expect(await page.locator('h1').first().textContent()).toContain('未対応のアラート');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await page.close();

    const phone = await browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.addCookies((await context.cookies()).filter((cookie) => cookie.name === 'execradar_session'));
    const small = await phone.newPage();
    await small.goto(`${demo.url}/calendar`);
    expect(await small.locator('nav a').first().textContent()).toBe('カレンダー');
    // The page itself does not scroll sideways; only the calendar grid does.
    const overflow = Number(await small.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
    expect(overflow).toBeLessThanOrEqual(1);
    await small.screenshot({ path: join(ARTIFACTS, 'calendar-phone.png'), fullPage: false });
    await phone.close();
  });
});
