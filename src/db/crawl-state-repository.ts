/**
 * Per-URL crawl state: what conditional GET needs (ETag, Last-Modified, content hash) and the last
 * outcome, so every fetch — fetched, 304, disallowed, failed — leaves a trace and nothing stored is lost.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface ConditionalHeaders {
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly contentHash: string | null;
}

export type CrawlOutcome =
  | { readonly kind: 'fetched'; readonly status: number; readonly etag: string | null; readonly lastModified: string | null; readonly contentHash: string }
  | { readonly kind: 'not_modified' }
  | { readonly kind: 'disallowed'; readonly reason: string }
  | { readonly kind: 'failed'; readonly status: number | null; readonly error: string; readonly retryAt: Date | null }
  /** The fetch worked but the body could not be used (malformed JSON, a throttle page): refetch in full next time. */
  | { readonly kind: 'unusable'; readonly error: string };

export async function conditionalHeaders(db: Db, url: string): Promise<ConditionalHeaders | null> {
  const row = await db.selectFrom('crawl_state').select(['etag', 'last_modified', 'content_hash']).where('url', '=', url).executeTakeFirst();
  return row ? { etag: row.etag, lastModified: row.last_modified, contentHash: row.content_hash } : null;
}

export async function lastFetchedAt(db: Db, url: string): Promise<Date | null> {
  const row = await db.selectFrom('crawl_state').select('fetched_at').where('url', '=', url).executeTakeFirst();
  return row?.fetched_at ? new Date(row.fetched_at) : null;
}

export async function forgetValidators(db: Db, url: string, now = new Date()): Promise<void> {
  await db.updateTable('crawl_state').set({ etag: null, last_modified: null, updated_at: now }).where('url', '=', url).execute();
}

/**
 * When the host of `url` asked us to wait (a Retry-After or a rate-limit page recorded on any of its
 * URLs of this source) and the wait is not over: the moment it ends. Null when we may fetch.
 */
export async function hostRestingUntil(db: Db, sourceId: string, url: string, now: Date): Promise<Date | null> {
  const origin = new URL(url).origin;
  const prefix = `${origin.replace(/[\\%_]/gu, (c) => `\\${c}`)}/%`;
  const row = await db
    .selectFrom('crawl_state')
    .select((eb) => eb.fn.max('next_due_at').as('until'))
    .where('source_id', '=', sourceId)
    .where('last_outcome', '=', 'failed')
    .where('next_due_at', '>', now)
    .where('url', 'like', prefix)
    .executeTakeFirst();
  return row?.until ? new Date(row.until) : null;
}

export async function recordCrawlOutcome(db: Db, sourceId: string, url: string, outcome: CrawlOutcome, now = new Date()): Promise<void> {
  const base = { url, source_id: sourceId, updated_at: now };
  switch (outcome.kind) {
    case 'fetched': {
      const values = {
        etag: outcome.etag,
        last_modified: outcome.lastModified,
        content_hash: outcome.contentHash,
        last_status: outcome.status,
        last_outcome: 'fetched',
        last_error: null,
        fetched_at: now,
        failure_count: 0,
        next_due_at: null,
      };
      await db.insertInto('crawl_state').values({ ...base, ...values }).onConflict((c) => c.column('url').doUpdateSet({ ...values, updated_at: now })).execute();
      return;
    }
    case 'not_modified': {
      const values = { last_status: 304, last_outcome: 'not_modified', last_error: null, fetched_at: now, failure_count: 0 };
      await db.insertInto('crawl_state').values({ ...base, ...values }).onConflict((c) => c.column('url').doUpdateSet({ ...values, updated_at: now })).execute();
      return;
    }
    case 'disallowed': {
      const values = { last_status: null, last_outcome: 'disallowed', last_error: outcome.reason };
      await db.insertInto('crawl_state').values({ ...base, ...values }).onConflict((c) => c.column('url').doUpdateSet({ ...values, updated_at: now })).execute();
      return;
    }
    case 'failed': {
      await db
        .insertInto('crawl_state')
        .values({ ...base, last_status: outcome.status, last_outcome: 'failed', last_error: outcome.error, failure_count: 1, next_due_at: outcome.retryAt })
        .onConflict((c) =>
          c.column('url').doUpdateSet((eb) => ({
            last_status: outcome.status,
            last_outcome: 'failed',
            last_error: outcome.error,
            next_due_at: outcome.retryAt,
            failure_count: eb('crawl_state.failure_count', '+', 1),
            updated_at: now,
          })),
        )
        .execute();
      return;
    }
    case 'unusable': {
      const values = { etag: null, last_modified: null, last_outcome: 'unusable', last_error: outcome.error };
      await db
        .insertInto('crawl_state')
        .values({ ...base, ...values, failure_count: 1 })
        .onConflict((c) => c.column('url').doUpdateSet((eb) => ({ ...values, failure_count: eb('crawl_state.failure_count', '+', 1), updated_at: now })))
        .execute();
      return;
    }
  }
}
