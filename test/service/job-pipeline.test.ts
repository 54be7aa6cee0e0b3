/**
 * The service as users run it: migrate, pg-boss workers on the shared Kysely, the HTTP server behind
 * its token — and one crawl job carried through the queue to an alert, on PGlite and PostgreSQL.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { openDatabase } from '../../src/db/database.js';
import { startService, type RunningService } from '../../src/service/execradar-service.js';
import { crawlQueueName, kyselyJobDb } from '../../src/jobs/job-queue.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDatabase, testDatabaseKinds } from '../support/test-database.js';
import { testSettings } from '../support/test-settings.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const sec = (name: string) => join(fixtures, 'sources', 'sec-edgar', name);
const FOLDER = '/Archives/edgar/data/9990001';

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe.each(testDatabaseKinds())('the service on %s', (kind) => {
  let service: RunningService | null = null;
  let server: FixtureServer | null = null;
  let dropDatabase: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await service?.close();
    await server?.close();
    await dropDatabase?.();
    service = null;
    server = null;
    dropDatabase = null;
  });

  it('serves /health, refuses the API without its token, and carries a crawl job through the queue to one alert', { timeout: 180_000 }, async () => {
    server = await startFixtureServer({
      '/robots.txt': { file: sec('robots.txt'), contentType: 'text/plain' },
      '/files/company_tickers.json': { file: sec('company_tickers.json'), contentType: 'application/json' },
      '/submissions/CIK0009990001.json': { file: sec('submissions-CIK0009990001.json'), contentType: 'application/json' },
      '/submissions/CIK0009990555.json': { file: sec('submissions-CIK0009990555.json'), contentType: 'application/json' },
      [`${FOLDER}/000999000127000012/nwan-20270302.htm`]: { file: sec('nwan-20270302.htm'), contentType: 'text/html' },
      [`${FOLDER}/000999000127000009/nwan-20270218.htm`]: { file: sec('nwan-20270218.htm'), contentType: 'text/html' },
    });
    let databaseUrl: string | undefined;
    if (kind === 'postgres') {
      const database = await createTestDatabase('postgres');
      await database.db.destroy();
      databaseUrl = database.url!;
      dropDatabase = () => database.close().catch(() => undefined);
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'execradar-service-'));
    const settings = testSettings({
      ...(databaseUrl ? { databaseUrl } : {}),
      dataDir,
      port: 0,
      // No schedules: with them, every registered source (TDnet, EDINET…) would be queued against real hosts.
      scheduler: false,
      apiToken: 'test-token-0123456789abcdef',
      sources: { 'sec-edgar': { baseUrls: { data: server.origin, www: server.origin }, schedules: { submissions: '0 0 1 1 *', current: '0 0 1 1 *' } } },
    });
    service = await startService(settings, silentLogger);

    const health = await fetch(`${service.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    expect((await fetch(`${service.url}/api/alerts`)).status).toBe(401);
    expect((await fetch(`${service.url}/api/alerts`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const auth = { authorization: `Bearer ${settings.apiToken}` };

    const csv = readFileSync(join(fixtures, 'contacts-us.csv'));
    const imported = await fetch(`${service.url}/api/contacts/import?filename=contacts-us.csv`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: csv });
    expect(await imported.json()).toMatchObject({ format: 'canonical', accepted: 3, contactsCreated: 3 });

    // Send the crawl job the way the scheduler does, through pg-boss on the service's own database.
    const sendJob = async () => {
      const { default: PgBoss } = await import('pg-boss');
      const side = kind === 'postgres' ? await openDatabase({ kind: 'postgres', url: databaseUrl! }) : null;
      if (side) {
        const boss = new PgBoss({ db: kyselyJobDb(side.db), schema: 'pgboss', schedule: false, supervise: false, migrate: false });
        await boss.start();
        await boss.send(crawlQueueName('sec-edgar', 'submissions'), { sourceId: 'sec-edgar', task: 'submissions', trigger: 'manual' });
        await boss.stop({ graceful: false });
        await side.close();
      } else {
        const response = await fetch(`${service!.url}/api/sources/sec-edgar/run?task=submissions`, { method: 'POST', headers: auth });
        expect(response.status).toBe(202);
      }
    };
    await sendJob();

    const alerts = await waitFor('an alert', async () => {
      const body = (await (await fetch(`${service!.url}/api/alerts`, { headers: auth })).json()) as { alerts: Array<{ kind: string; payload: Record<string, unknown> }> };
      return body.alerts.length > 0 ? body.alerts : null;
    });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'contact_leaving', payload: { contact: { id: 'C-1001' } } });

    // A second run of the same job changes nothing: handlers are idempotent.
    await sendJob();
    await waitFor('the second run', async () => (server!.requests.filter((r) => r.path === '/submissions/CIK0009990001.json').length >= 2 ? true : null));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const again = (await (await fetch(`${service.url}/api/alerts`, { headers: auth })).json()) as { alerts: unknown[] };
    expect(again.alerts).toHaveLength(1);
  });
});
