/**
 * Every fetch outcome a source meets is recorded in crawl state, a failing URL never costs what was
 * stored before, and a crash inside a source is a recorded failed run, not a crash of the scheduler.
 */
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import type { Settings } from '../../src/config/settings.js';
import { createHttpClient } from '../../src/service/http-client-factory.js';
import { runSourceInline } from '../../src/service/inline-pipeline.js';
import { defineSource, type SourceDefinition } from '../../sources/source-definition.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { testSettings } from '../support/test-settings.js';

function pageSource(paths: readonly string[], options: { crashAfter?: boolean } = {}): SourceDefinition {
  return defineSource({
    id: 'test-pages',
    name: 'Test pages',
    homepage: 'https://example.org/',
    description: 'Fetches a fixed list of pages and stores each as a document.',
    languages: ['en', 'ja'],
    schedules: { pages: '0 0 1 1 *' },
    baseUrls: { site: 'https://example.org' },
    async run(context) {
      for (const path of paths) {
        const url = `${context.baseUrls['site']}${path}`;
        const response = await context.fetch(url);
        if (response.kind !== 'fetched') continue;
        await context.storeDocument({ url, companyId: null, publishedAt: null, title: path, text: response.text, lang: null });
      }
      if (options.crashAfter) throw new Error('parser bug: unexpected layout');
    },
  });
}

describe.each(testDatabaseKinds())('source runner on %s', (kind) => {
  let database: TestDatabase;
  let server: FixtureServer;
  let settings: Settings;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    server = await startFixtureServer({
      '/robots.txt': { body: 'User-agent: *\nDisallow: /private/\n', contentType: 'text/plain' },
      '/ok': { body: '<p>Quarterly newsletter, nothing about people.</p>', contentType: 'text/html; charset=utf-8' },
      '/sjis': { body: iconv.encode('<html><head><meta charset="Shift_JIS"></head><body><p>役員人事のお知らせ</p></body></html>', 'Shift_JIS'), contentType: 'text/html' },
      '/private/a': { body: 'secret', contentType: 'text/plain' },
      '/down': { body: 'oops', contentType: 'text/plain', status: 500 },
    });
    settings = testSettings({
      crawler: { timeoutMs: 2000, maxBodyBytes: 100_000 },
      sources: { 'test-pages': { baseUrls: { site: server.origin } } },
    });
  });
  afterEach(async () => {
    await server.close();
    await database.close();
  });

  const run = (source: SourceDefinition) =>
    runSourceInline({ db: database.db, http: createHttpClient(settings, [source], silentLogger), settings, logger: silentLogger }, source, { trigger: 'manual' });

  it('records fetched, 304, robots-disallowed and failed URLs, decoding Shift_JIS, without touching stored documents', async () => {
    const source = pageSource(['/ok', '/sjis', '/private/a', '/down']);
    const first = await run(source);
    expect(first.status).toBe('partial');
    expect(first.stats).toMatchObject({ fetched: 2, disallowed: 1, failed: 1, documents_new: 2 });
    expect(server.count('/private/a')).toBe(0);
    const docs = await database.db.selectFrom('documents').select(['title', 'text']).orderBy('title').execute();
    expect(docs.map((d) => d.title)).toEqual(['/ok', '/sjis']);
    expect(docs[1]!.text).toContain('役員人事のお知らせ');

    const state = async () =>
      Object.fromEntries(
        (await database.db.selectFrom('crawl_state').select(['url', 'last_outcome', 'last_status', 'failure_count', 'last_error']).execute()).map((row) => [
          row.url.replace(server.origin, ''),
          row,
        ]),
      );
    let rows = await state();
    expect(rows['/private/a']).toMatchObject({ last_outcome: 'disallowed' });
    expect(rows['/private/a']!.last_error).toMatch(/robots\.txt/u);
    expect(rows['/down']).toMatchObject({ last_outcome: 'failed', last_status: 500, failure_count: 1 });

    // Again: unchanged pages come back 304, the broken one counts a second failure, nothing is duplicated.
    const second = await run(source);
    expect(second.stats).toMatchObject({ not_modified: 2, failed: 1 });
    rows = await state();
    expect(rows['/ok']).toMatchObject({ last_outcome: 'not_modified', last_status: 304 });
    expect(rows['/down']).toMatchObject({ failure_count: 2 });
    expect(await database.db.selectFrom('documents').select('id').execute()).toHaveLength(2);

    const runs = await database.db.selectFrom('crawl_runs').select(['status', 'finished_at']).execute();
    expect(runs.map((r) => r.status)).toEqual(['partial', 'partial']);
  });

  it('keeps a Retry-After beyond the run that was told: the next runs leave the host alone until the wait is over', async () => {
    server.route('/busy', { body: 'slow down', contentType: 'text/plain', status: 429, headers: { 'retry-after': '600' } });
    const source = pageSource(['/busy', '/ok']);
    const start = Date.parse('2026-03-02T10:00:00Z');
    const runAt = (minutes: number) =>
      runSourceInline(
        { db: database.db, http: createHttpClient(settings, [source], silentLogger), settings, logger: silentLogger, now: () => new Date(start + minutes * 60_000) },
        source,
        { trigger: 'manual' },
      );
    const first = await runAt(0);
    expect(first.status).toBe('partial');
    expect(first.error).toMatch(/429/u);
    expect(server.count('/busy')).toBe(1);
    expect(server.count('/ok')).toBe(0);

    const second = await runAt(1);
    expect(second.stats).toMatchObject({ deferred: 2 });
    expect(server.count('/busy')).toBe(1);
    expect(server.count('/ok')).toBe(0);

    server.route('/busy', { body: 'ready now', contentType: 'text/plain' });
    const third = await runAt(11);
    expect(third.stats).toMatchObject({ fetched: 2 });
    expect(third.stats['deferred']).toBeUndefined();
    expect(server.count('/busy')).toBe(2);
  });

  it('turns a crash inside a source into a failed run with the reason, keeping its documents', async () => {
    const result = await run(pageSource(['/ok'], { crashAfter: true }));
    expect(result.status).toBe('failed');
    expect(result.error).toBe('parser bug: unexpected layout');
    expect(await database.db.selectFrom('documents').select('id').execute()).toHaveLength(1);
    const source = await database.db.selectFrom('sources').selectAll().where('id', '=', 'test-pages').executeTakeFirstOrThrow();
    expect(source).toMatchObject({ last_status: 'failed', last_error: 'parser bug: unexpected layout', consecutive_failures: 1 });
  });
});
