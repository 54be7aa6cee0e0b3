/**
 * Crawl and processing work as pg-boss jobs, on PGlite as on PostgreSQL. pg-boss runs through the
 * same Kysely instance, so a job sent inside a transaction commits or rolls back with it.
 */
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import PgBoss from 'pg-boss';
import type { Logger } from '../config/logger.js';
import type { Database } from '../db/schema.js';

export const PROCESS_DOCUMENT_QUEUE = 'process-document';
export const crawlQueueName = (sourceId: string, task: string): string => `crawl.${sourceId}.${task}`;

export interface CrawlJobData {
  readonly sourceId: string;
  readonly task: string;
  readonly trigger: 'schedule' | 'manual' | 'backfill' | 'first-sight';
  readonly since?: string | null;
}

export interface ProcessDocumentJobData {
  readonly documentId: number;
}

export function kyselyJobDb(db: Kysely<Database> | Transaction<Database>): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[] = []) => {
      const result = await db.executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows as unknown[] };
    },
  } as PgBoss.Db;
}

export interface JobQueueOptions {
  readonly logger: Logger;
  /** Run pg-boss's cron (one tick across all processes). @default true */
  readonly schedule?: boolean;
  /** Run maintenance (expiry, retention). @default true */
  readonly supervise?: boolean;
}

export interface QueueSpec {
  readonly name: string;
  /** `stately` for crawl queues: at most one run queued and one active, so slow runs never pile up. */
  readonly policy: 'standard' | 'stately';
}

export async function startJobQueue(db: Kysely<Database>, queues: readonly QueueSpec[], options: JobQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    db: kyselyJobDb(db),
    schema: 'pgboss',
    schedule: options.schedule ?? true,
    supervise: options.supervise ?? true,
    migrate: true,
    maintenanceIntervalSeconds: 120,
  });
  boss.on('error', (error: Error) => options.logger.error({ err: error.message }, 'job queue error'));
  await boss.start();
  // Created one after another in one start-up step: creating queues concurrently from several processes deadlocked.
  for (const queue of queues) {
    if (!(await boss.getQueue(queue.name))) {
      await boss.createQueue(queue.name, { name: queue.name, policy: queue.policy, retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 30 * 60 });
    }
  }
  return boss;
}

/** Sends a document to processing inside the transaction that stored it. */
export async function enqueueDocument(boss: PgBoss, trx: Transaction<Database>, documentId: number): Promise<void> {
  const data: ProcessDocumentJobData = { documentId };
  await boss.send(PROCESS_DOCUMENT_QUEUE, data, { db: kyselyJobDb(trx), singletonKey: `document:${documentId}` });
}
