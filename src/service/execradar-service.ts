/**
 * The long-running service (`npm start`): migrate, then run crawl and processing workers on the job
 * queue, the sources' schedules, and the HTTP server — all on one database, PGlite or PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { sql, type Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import { NUDGE_QUEUE_SPEC, registerNudgeJob } from '../calendar/nudge-job.js';
import type { Logger } from '../config/logger.js';
import { projectRoot } from '../config/project-root.js';
import type { Settings } from '../config/settings.js';
import type { Database } from '../db/schema.js';
import { crawlQueueName, enqueueDocument, PROCESS_DOCUMENT_QUEUE, startJobQueue, type CrawlJobData, type ProcessDocumentJobData, type QueueSpec } from '../jobs/job-queue.js';
import { closeSharedBrowserRenderer } from '../crawl/browser-renderer.js';
import { closeSharedPdfTextPool } from '../pdf/index.js';
import { startDeliveryLoop } from '../notify/delivery-loop.js';
import { processDocument } from '../pipeline/process-document.js';
import { ensureSourceRow, runSource, type PageFetcher } from '../pipeline/source-runner.js';
import { resolveApiToken } from '../web/api-token.js';
import { createWebApp } from '../web/app.js';
import { SOURCES } from '../../sources/index.js';
import type { SourceDefinition } from '../../sources/source-definition.js';
import { createHttpClient } from './http-client-factory.js';
import { openStore } from './open-store.js';

export interface RunningService {
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export async function startService(settings: Settings, logger: Logger): Promise<RunningService> {
  const store = await openStore(settings);
  const { db } = store;
  const http = createHttpClient(settings, SOURCES, logger);
  const queues: QueueSpec[] = [
    { name: PROCESS_DOCUMENT_QUEUE, policy: 'standard' },
    NUDGE_QUEUE_SPEC,
    ...SOURCES.flatMap((source) => Object.keys(source.schedules).map((task) => ({ name: crawlQueueName(source.id, task), policy: 'stately' as const }))),
  ];
  const boss = await startJobQueue(db, queues, { logger, schedule: settings.scheduler });
  await registerWorkers({ db, boss, http, settings, logger, usesPostgres: store.kind === 'postgres' });
  await registerNudgeJob(boss, { db, calendar: settings.calendar, logger, schedule: settings.scheduler });

  const token = resolveApiToken(settings);
  const app = createWebApp({
    db,
    token,
    logger,
    version: packageVersion(),
    calendar: settings.calendar,
    contacts: settings.contacts,
    scheduler: settings.scheduler,
    enqueueCrawl: async (sourceId, task) => {
      await boss.send(crawlQueueName(sourceId, task), { sourceId, task, trigger: 'manual' } satisfies CrawlJobData);
    },
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, () => resolve(started));
    started.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${settings.port} on ${settings.host} is already in use: stop the other process or set PORT to a free port`
            : `cannot listen on ${settings.host}:${settings.port}: ${error.message}`,
          { cause: error },
        ),
      ),
    );
  }).catch(async (error: unknown) => {
    await boss.stop({ graceful: false, wait: true, timeout: 5_000 });
    await store.close();
    throw error;
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const url = settings.publicUrl ?? `http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${port}`;
  logger.info({ url, database: store.kind }, 'ExecRadar is running');
  const notifier = settings.notify.enabled ? startDeliveryLoop({ db, settings: settings.notify, publicUrl: url, logger }) : null;
  return {
    url,
    token,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await notifier?.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await closeSharedPdfTextPool();
      await closeSharedBrowserRenderer();
      await store.close();
    },
  };
}

export interface WorkerDeps {
  readonly db: Kysely<Database>;
  readonly boss: PgBoss;
  readonly http: PageFetcher;
  readonly settings: Settings;
  readonly logger: Logger;
  readonly usesPostgres: boolean;
  /** The sources to run and schedule. @default SOURCES */
  readonly sources?: readonly SourceDefinition[];
}

/** Exported for tests: the workers, and the schedules of every source task that can run with these settings. */
export async function registerWorkers(deps: WorkerDeps): Promise<void> {
  const { db, boss, settings, logger } = deps;
  await boss.work<ProcessDocumentJobData>(PROCESS_DOCUMENT_QUEUE, { pollingIntervalSeconds: 2 }, async ([job]) => {
    if (!job) return;
    const result = await processDocument(db, job.data.documentId);
    logger.info({ documentId: job.data.documentId, ...result }, 'document processed');
  });
  for (const source of deps.sources ?? SOURCES) {
    await ensureSourceRow(db, source);
    const options = settings.sources[source.id]?.options ?? {};
    // Asked per task: EDINET without a key still reads its public code list.
    const tasks = Object.keys(source.schedules);
    const unavailableTasks = new Map<string, string>();
    for (const task of tasks) {
      const reason = settings.sources[source.id]?.enabled === false ? 'disabled in configuration' : source.unavailableReason?.({ userAgent: settings.crawler.userAgent, options, task });
      if (reason) unavailableTasks.set(task, reason);
    }
    const enabled = tasks.length === 0 || unavailableTasks.size < tasks.length;
    const reasons = [...new Set(unavailableTasks.values())];
    // A reason of the whole source reads as such; one of some tasks names them ("daily: no EDINET API key …").
    const disabledReason =
      unavailableTasks.size === 0 ? null : !enabled && reasons.length === 1 ? reasons[0]! : [...unavailableTasks].map(([task, reason]) => `${task}: ${reason}`).join('; ');
    await db.updateTable('sources').set({ enabled, disabled_reason: disabledReason }).where('id', '=', source.id).execute();
    if (disabledReason && settings.scheduler) {
      logger.warn({ source: source.id, tasks: [...unavailableTasks.keys()], reason: disabledReason }, enabled ? 'source tasks not scheduled' : 'source not scheduled');
    }
    for (const task of Object.keys(source.schedules)) {
      const unavailable = unavailableTasks.get(task);
      const queue = crawlQueueName(source.id, task);
      await boss.work<CrawlJobData>(queue, { pollingIntervalSeconds: 5 }, async ([job]) => {
        if (!job) return;
        await withSourceLock(deps, source, task, async () => {
          const summary = await runSource(
            { db, http: deps.http, settings, logger, onDocumentStored: (trx, documentId) => enqueueDocument(boss, trx, documentId) },
            source,
            { task, trigger: job.data.trigger, since: job.data.since ?? null },
          );
          logger.info({ source: source.id, task, status: summary.status, stats: summary.stats }, 'crawl run finished');
        });
      });
      if (!settings.scheduler) continue;
      if (unavailable) {
        await boss.unschedule(queue);
        continue;
      }
      const cron = settings.sources[source.id]?.schedules?.[task] ?? source.schedules[task]!;
      await boss.schedule(queue, cron, { sourceId: source.id, task, trigger: 'schedule' } satisfies CrawlJobData, { tz: 'UTC' });
    }
  }
}

/**
 * Across processes on one PostgreSQL, one run per source task at a time: an advisory lock held on a
 * dedicated connection; a worker that finds it taken skips this tick. The lock is per task, so a long
 * daily backfill never holds up the minute-by-minute feed (stores are idempotent, so two tasks of one
 * source may overlap). PGlite has one process.
 */
async function withSourceLock(deps: WorkerDeps, source: SourceDefinition, task: string, work: () => Promise<void>): Promise<void> {
  if (!deps.usesPostgres) return work();
  await deps.db.connection().execute(async (connection) => {
    const key = `execradar:source:${source.id}:${task}`;
    const locked = await sql<{ locked: boolean }>`select pg_try_advisory_lock(hashtext(${key})) as locked`.execute(connection);
    if (!locked.rows[0]?.locked) {
      deps.logger.info({ source: source.id, task }, 'another worker is running this source task; skipped');
      return;
    }
    try {
      await work();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${key}))`.execute(connection);
    }
  });
}
