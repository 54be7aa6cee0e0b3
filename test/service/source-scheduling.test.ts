/**
 * The service's scheduling branch (registerWorkers) with EDINET enabled and no API key: registering does not
 * throw, the task that needs the key is unscheduled with its reason recorded and logged, the code list (no key
 * needed) and every other source stay scheduled, and a job sent to the keyless task ends as a failed run.
 *
 * pg-boss runs with its cron monitor off, so no scheduled job is ever created: nothing reaches a real host.
 */
import type PgBoss from 'pg-boss';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/config/logger.js';
import { crawlQueueName, PROCESS_DOCUMENT_QUEUE, startJobQueue, type CrawlJobData } from '../../src/jobs/job-queue.js';
import { registerWorkers } from '../../src/service/execradar-service.js';
import { createHttpClient } from '../../src/service/http-client-factory.js';
import { SOURCES } from '../../sources/index.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { testSettings } from '../support/test-settings.js';

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly source?: string;
  readonly tasks?: readonly string[];
  readonly reason?: string;
}

describe.each(testDatabaseKinds())('source scheduling on %s', (kind) => {
  let database: TestDatabase;
  let boss: PgBoss | null = null;
  beforeEach(async () => {
    vi.stubEnv('EDINET_API_KEY', '');
    database = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await boss?.stop({ graceful: false, wait: true, timeout: 5_000 });
    boss = null;
    await database.close();
    vi.unstubAllEnvs();
  });

  it('without an EDINET API key: does not throw, unschedules only daily with the reason, keeps the rest scheduled', { timeout: 60_000 }, async () => {
    const lines: LogLine[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
    // The scheduler is on for registerWorkers; pg-boss's own cron monitor is off (see the header).
    const settings = testSettings({ scheduler: true, sources: { edinet: { options: {} } } });
    const queues = [
      { name: PROCESS_DOCUMENT_QUEUE, policy: 'standard' as const },
      ...SOURCES.flatMap((source) => Object.keys(source.schedules).map((task) => ({ name: crawlQueueName(source.id, task), policy: 'stately' as const }))),
    ];
    boss = await startJobQueue(database.db, queues, { logger, schedule: false, supervise: false });
    // Scheduled by an earlier start that had a key: it must go.
    await boss.schedule(crawlQueueName('edinet', 'daily'), '*/30 0-13 * * *', { sourceId: 'edinet', task: 'daily', trigger: 'schedule' } satisfies CrawlJobData, { tz: 'UTC' });

    await expect(
      registerWorkers({ db: database.db, boss, http: createHttpClient(settings, SOURCES, logger), settings, logger, usesPostgres: kind === 'postgres' }),
    ).resolves.toBeUndefined();

    const scheduled = (await boss.getSchedules()).map((schedule) => schedule.name).sort();
    expect(scheduled).toContain(crawlQueueName('edinet', 'codelist'));
    expect(scheduled).not.toContain(crawlQueueName('edinet', 'daily'));
    for (const task of ['today', 'morning', 'evening', 'backfill']) expect(scheduled).toContain(crawlQueueName('tdnet', task));
    for (const task of ['submissions', 'current']) expect(scheduled).toContain(crawlQueueName('sec-edgar', task));

    const edinetRow = await database.db.selectFrom('sources').selectAll().where('id', '=', 'edinet').executeTakeFirstOrThrow();
    expect(edinetRow.enabled).toBe(true); // its code list still runs
    expect(edinetRow.disabled_reason).toMatch(/^daily: no EDINET API key: set EDINET_API_KEY or sources\.edinet\.options\.apiKey/u);
    const tdnetRow = await database.db.selectFrom('sources').selectAll().where('id', '=', 'tdnet').executeTakeFirstOrThrow();
    expect(tdnetRow).toMatchObject({ enabled: true, disabled_reason: null });

    const warning = lines.find((line) => line.source === 'edinet' && line.level === 40);
    expect(warning).toMatchObject({ msg: 'source tasks not scheduled', tasks: ['daily'], reason: expect.stringMatching(/no EDINET API key/u) });

    // A job for the keyless task (a manual run) is taken by its worker and ends as a recorded failure.
    await boss.send(crawlQueueName('edinet', 'daily'), { sourceId: 'edinet', task: 'daily', trigger: 'manual' } satisfies CrawlJobData);
    const run = await waitFor('the failed EDINET run', () =>
      database.db.selectFrom('crawl_runs').select(['status', 'error', 'trigger']).where('source_id', '=', 'edinet').where('finished_at', 'is not', null).executeTakeFirst(),
    );
    expect(run).toMatchObject({ status: 'failed', trigger: 'manual:daily', error: expect.stringMatching(/^edinet: no EDINET API key/u) });
    expect(lines.some((line) => line.msg === 'crawl run finished' && line.source === 'edinet')).toBe(true);
  });
});
