/**
 * The sources page from crawl_runs and crawl_state: last run and its counts, the error, robots.txt refusals,
 * throttling answers and URLs backing off, and the next run from the source's schedule (or none when this
 * process does not schedule).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { silentLogger } from '../../src/config/logger.js';
import { createWebApp } from '../../src/web/app.js';
import { defineSource } from '../../sources/source-definition.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';

const TOKEN = 'sources-test-token-0123456789';
const NOW = new Date('2026-12-04T10:59:30Z'); // a Friday
const source = defineSource({
  id: 'demo-list',
  name: 'Demo list',
  homepage: 'https://list.example/',
  description: 'test source',
  languages: ['ja'],
  schedules: { today: '*/2 0-10 * * 1-5', nightly: '40 15 * * *' },
  baseUrls: { list: 'https://list.example/' },
  maintainers: [],
  run: async () => {},
});

describe.each(testDatabaseKinds())('sources page on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    const { db } = database;
    await db.insertInto('sources').values({ id: 'demo-list', name: 'Demo list', last_run_at: '2026-12-04T10:58:00Z', last_status: 'partial', consecutive_failures: 2 }).execute();
    await db.insertInto('sources').values({ id: 'off-list', name: 'Off list', enabled: false, disabled_reason: 'needs an API key: set sources.off-list.options.apiKey' }).execute();
    await db
      .insertInto('crawl_runs')
      .values({ source_id: 'demo-list', trigger: 'schedule:today', started_at: new Date('2026-12-04T10:58:00Z'), finished_at: '2026-12-04T10:58:09Z', status: 'partial', stats: JSON.stringify({ fetched: 12, documents_new: 3, failed: 1 }), error: null })
      .execute();
    const state = (url: string, values: Record<string, unknown>) => db.insertInto('crawl_state').values({ url, source_id: 'demo-list', ...values }).execute();
    await state('https://list.example/a', { last_outcome: 'fetched', last_status: 200 });
    await state('https://list.example/b', { last_outcome: 'disallowed', last_error: 'robots.txt disallows /b' });
    await state('https://list.example/c', { last_outcome: 'failed', last_status: 429, last_error: 'HTTP 429', failure_count: 3, next_due_at: '2026-12-04T12:00:00Z' });
  });
  afterEach(async () => {
    await database.close();
  });

  const page = async (scheduler: boolean) => {
    const app = createWebApp({ db: database.db, token: TOKEN, logger: silentLogger, version: 'test', sources: [source], scheduler, now: () => NOW });
    const response = await app.request('/sources', { headers: { authorization: `Bearer ${TOKEN}`, 'accept-language': 'en-US' } });
    expect(response.status).toBe(200);
    return cheerio.load(await response.text());
  };

  it('shows last run counts, errors, politeness state and the next scheduled run', async () => {
    const $ = await page(true);
    const card = $('#source-demo-list').text().replace(/\s+/gu, ' ');
    expect(card).toContain('documents_new 3');
    expect(card).toContain('fetched 12');
    expect(card).toContain('2× failing');
    expect(card).toMatch(/URLs tracked 3 · disallowed by robots.txt 1 · throttled 1 · failing 1 · backing off 1/u);
    expect(card).toContain('robots.txt disallows /b');
    expect(card).toContain('HTTP 429 (3×)');
    expect(card).toContain('today: */2 0-10 * * 1-5');
    // Friday 10:59:30 UTC: the weekday window has closed, the nightly task is next (15:40 UTC).
    const next = $('#source-demo-list dt:contains("Next run") + dd').text();
    expect(next).toBe(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-12-04T15:40:00Z')));
    expect($('#source-off-list').text()).toContain('needs an API key');
    expect($('#source-off-list dt:contains("Next run") + dd').text()).toBe('—');
  });

  it('says so when this process does not schedule', async () => {
    const $ = await page(false);
    expect($('#source-demo-list dt:contains("Next run") + dd').text()).toContain('scheduler off');
  });
});
