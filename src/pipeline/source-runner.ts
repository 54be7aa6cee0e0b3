/**
 * Runs one task of one source: builds its `SourceRunContext` (polite fetches recorded in crawl state,
 * companies, documents, fiscal facts), records the run with its statistics, and never throws out to
 * the scheduler — a failing source is a recorded failure, not a crash.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Settings } from '../config/settings.js';
import type { Logger } from '../config/logger.js';
import { isCrawlError, PermanentError, RetryableError, ThrottledError } from '../crawl/crawl-errors.js';
import { completeCompanyIdentifiers, listTrackedCompanies, upsertCompany } from '../db/company-repository.js';
import { conditionalHeaders, forgetValidators, hostRestingUntil, lastFetchedAt, recordCrawlOutcome } from '../db/crawl-state-repository.js';
import { resolveUnresolvedAccounts } from '../db/contact-repository.js';
import { hasDocumentWithExternalId, linkDocumentCompany, storeDocument, storeFailedDocument } from '../db/document-repository.js';
import { recordFiscalFact } from '../db/fiscal-fact-repository.js';
import type { CrawlRunStatus, Database } from '../db/schema.js';
import type { FetchResult, RunTrigger, SourceDefinition, SourceFetchOptions, SourceRunContext } from '../../sources/source-definition.js';

/** The slice of the HTTP client a source run needs (see src/crawl/http-client.ts). */
export interface PageFetcher {
  fetch(request: {
    readonly url: string;
    readonly etag?: string | null;
    readonly lastModified?: string | null;
    readonly accept?: string;
    readonly maxBytes?: number;
  }): Promise<
    | { readonly kind: 'fetched'; readonly url: string; readonly finalUrl: string; readonly status: number; readonly body: Uint8Array; readonly text: string; readonly contentType: string | null; readonly etag: string | null; readonly lastModified: string | null; readonly contentHash: string }
    | { readonly kind: 'not_modified'; readonly url: string }
    | { readonly kind: 'disallowed'; readonly url: string; readonly reason: string }
  >;
}

export interface SourceRunnerDeps {
  readonly db: Kysely<Database>;
  readonly http: PageFetcher;
  readonly settings: Settings;
  readonly logger: Logger;
  /** Hands a new document to the next stage inside the storing transaction (a pg-boss job). */
  readonly onDocumentStored: (trx: Transaction<Database>, documentId: number) => Promise<void>;
  readonly now?: () => Date;
}

export interface RunRequest {
  readonly task?: string;
  readonly trigger: RunTrigger;
  readonly since?: string | null;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface RunSummary {
  readonly runId: number;
  readonly sourceId: string;
  readonly task: string;
  readonly status: CrawlRunStatus;
  readonly stats: Readonly<Record<string, number>>;
  readonly error: string | null;
}

const SECRET_PARAM = /(key|token|secret|password|passwd|signature|sig|auth)/iu;

/** The URL with the values of secret-looking query parameters (Subscription-Key, api_key, token…) masked. */
export function redactUrlSecrets(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let changed = false;
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) {
      parsed.searchParams.set(name, '***');
      changed = true;
    }
  }
  return changed ? parsed.toString().replace(/%2A%2A%2A/gu, '***') : url;
}

function redactText(text: string, rawUrl: string, redactedUrl: string): string {
  return rawUrl === redactedUrl ? text : text.split(rawUrl).join(redactedUrl);
}

/** How long a URL rests after its host answered with a rate-limit page (which carries no Retry-After). */
const THROTTLE_PAGE_PAUSE_MS = 10 * 60_000;

/** Thrown by a fetch when the host tells us to slow down: the run stops instead of insisting. */
class RunThrottled extends Error {}

export function sourceBaseUrls(source: SourceDefinition, settings: Settings): Record<string, string> {
  const configured = settings.sources[source.id]?.baseUrls ?? {};
  const urls: Record<string, string> = { ...source.baseUrls, ...configured };
  for (const [name, url] of Object.entries(urls)) urls[name] = url.replace(/\/+$/u, '');
  return urls;
}

export async function ensureSourceRow(db: Kysely<Database>, source: SourceDefinition): Promise<void> {
  await db
    .insertInto('sources')
    .values({ id: source.id, name: source.name, disabled_reason: null, last_run_at: null, next_run_at: null, last_status: null, last_error: null })
    .onConflict((c) => c.column('id').doUpdateSet({ name: source.name }))
    .execute();
}

export async function runSource(deps: SourceRunnerDeps, source: SourceDefinition, request: RunRequest): Promise<RunSummary> {
  const { db, settings, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const task = request.task ?? Object.keys(source.schedules)[0] ?? 'default';
  const options = settings.sources[source.id]?.options ?? {};
  await ensureSourceRow(db, source);
  const run = await db
    .insertInto('crawl_runs')
    .values({ source_id: source.id, trigger: `${request.trigger}:${task}`, stats: '{}', finished_at: null, error: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const stats: Record<string, number> = {};
  const count = (counter: string, by = 1): void => {
    stats[counter] = (stats[counter] ?? 0) + by;
  };
  const log = logger.child({ source: source.id, task, runId: run.id });

  const unavailable = settings.sources[source.id]?.enabled === false ? 'disabled in configuration' : source.unavailableReason?.({ userAgent: settings.crawler.userAgent, options, task });
  if (unavailable) {
    log.warn({ reason: unavailable }, 'source not run');
    await db.updateTable('sources').set({ disabled_reason: unavailable, updated_at: now() }).where('id', '=', source.id).execute();
    return finishRun(deps, { runId: run.id, sourceId: source.id, task, status: 'failed', stats, error: `${source.id}: ${unavailable}` });
  }

  const stopOnThrottlePage = async (url: string, status: number): Promise<never> => {
    count('throttled');
    await recordCrawlOutcome(db, source.id, url, { kind: 'failed', status, error: `throttled: the host answered with its rate-limit page (HTTP ${status})`, retryAt: new Date(now().getTime() + THROTTLE_PAGE_PAUSE_MS) }, now());
    throw new RunThrottled(`${url}: throttled by the host (rate-limit page, HTTP ${status}); the run stops and resumes on the next schedule`);
  };

  const fetchThroughState = async (requestUrl: string, fetchOptions: SourceFetchOptions = {}): Promise<FetchResult> => {
    // Crawl state and logs keep the URL with its secrets (API keys in the query) masked.
    const url = redactUrlSecrets(requestUrl);
    // A wait the host asked for outlives the run that was told (the next minute's run must not insist).
    const restingUntil = await hostRestingUntil(db, source.id, url, now());
    if (restingUntil) {
      count('deferred');
      return { kind: 'failed', url, error: new ThrottledError(url, `not fetching ${url}: its host asked us to wait until ${restingUntil.toISOString()}`) };
    }
    const conditional = fetchOptions.conditional === false ? null : await conditionalHeaders(db, url);
    try {
      const outcome = await deps.http.fetch({
        url: requestUrl,
        etag: conditional?.etag ?? null,
        lastModified: conditional?.lastModified ?? null,
        ...(fetchOptions.accept ? { accept: fetchOptions.accept } : {}),
        ...(fetchOptions.maxBytes ? { maxBytes: fetchOptions.maxBytes } : {}),
      });
      if (outcome.kind === 'not_modified') {
        count('not_modified');
        await recordCrawlOutcome(db, source.id, url, { kind: 'not_modified' }, now());
        return outcome;
      }
      if (outcome.kind === 'disallowed') {
        count('disallowed');
        const reason = redactText(outcome.reason, requestUrl, url);
        await recordCrawlOutcome(db, source.id, url, { kind: 'disallowed', reason }, now());
        log.info({ url, reason }, 'skipped: disallowed by robots.txt');
        return outcome;
      }
      if (fetchOptions.isThrottlePage?.(outcome.text)) await stopOnThrottlePage(url, outcome.status);
      count('fetched');
      count('bytes', outcome.body.byteLength);
      await recordCrawlOutcome(db, source.id, url, {
        kind: 'fetched',
        status: outcome.status,
        etag: outcome.etag,
        lastModified: outcome.lastModified,
        contentHash: outcome.contentHash,
      }, now());
      return { kind: 'fetched', url: requestUrl, finalUrl: outcome.finalUrl, status: outcome.status, text: outcome.text, body: outcome.body, contentType: outcome.contentType, contentHash: outcome.contentHash };
    } catch (error) {
      if (error instanceof RunThrottled) throw error;
      // SEC also serves its rate-limit page with 403: the page, not the status, says it is throttling.
      if (error instanceof PermanentError && error.status !== undefined && fetchOptions.isThrottlePage?.(error.bodyText ?? '')) {
        await stopOnThrottlePage(url, error.status);
      }
      // Keep the error's class (callers branch on it), with its message's secrets masked.
      const failure = error instanceof Error ? error : new Error(String(error));
      failure.message = redactText(failure.message, requestUrl, url);
      const status = isCrawlError(error) ? (error.status ?? null) : null;
      const retryAfterMs = error instanceof RetryableError ? error.retryAfterMs : undefined;
      count('failed');
      await recordCrawlOutcome(db, source.id, url, {
        kind: 'failed',
        status,
        error: failure.message,
        retryAt: typeof retryAfterMs === 'number' ? new Date(now().getTime() + retryAfterMs) : null,
      }, now());
      log.warn({ url, err: failure.message }, 'fetch failed');
      if (error instanceof ThrottledError) throw new RunThrottled(failure.message);
      return { kind: 'failed', url, error: failure };
    }
  };

  let companiesTouched = false;
  const context: SourceRunContext = {
    sourceId: source.id,
    task,
    trigger: request.trigger,
    since: request.since ?? null,
    baseUrls: sourceBaseUrls(source, settings),
    options,
    userAgent: settings.crawler.userAgent,
    now,
    signal: request.signal ?? new AbortController().signal,
    fetch: fetchThroughState,
    trackedCompanies: () => listTrackedCompanies(db),
    upsertCompany: (identity) => {
      companiesTouched = true;
      return upsertCompany(db, identity);
    },
    completeCompany: (companyId, identity) => completeCompanyIdentifiers(db, companyId, identity),
    storeDocument: async (document) =>
      db.transaction().execute(async (trx) => {
        const stored = await storeDocument(trx, source.id, document);
        count(stored.created ? 'documents_new' : 'documents_unchanged');
        if (stored.created) await deps.onDocumentStored(trx, stored.documentId);
        return stored;
      }),
    storeFailedDocument: async (document, reason) => {
      count('documents_failed');
      log.warn({ url: document.url, reason }, 'document could not be read');
      return storeFailedDocument(db, source.id, document, reason);
    },
    hasDocument: (externalId) => hasDocumentWithExternalId(db, source.id, externalId),
    linkDocumentCompany: async (externalId, companyId) =>
      db.transaction().execute(async (trx) => {
        const documentId = await linkDocumentCompany(trx, source.id, externalId, companyId);
        if (documentId === null) return false;
        count('documents_linked');
        // Processed again for the new company's contacts; events, matches and alerts already made stay single.
        await deps.onDocumentStored(trx, documentId);
        return true;
      }),
    recordFiscalFact: (companyId, kind, value, documentId) => recordFiscalFact(db, { companyId, kind, value, sourceId: source.id, documentId: documentId ?? null }, now()),
    reportUnusable: async (rawUrl, error) => {
      count('unusable');
      const url = redactUrlSecrets(rawUrl);
      const message = redactText(error instanceof Error ? error.message : String(error), rawUrl, url);
      await recordCrawlOutcome(db, source.id, url, { kind: 'unusable', error: message }, now());
      log.warn({ url, err: message }, 'response unusable; earlier data kept');
    },
    lastFetchedAt: (rawUrl) => lastFetchedAt(db, redactUrlSecrets(rawUrl)),
    forgetValidators: (rawUrl) => forgetValidators(db, redactUrlSecrets(rawUrl), now()),
    counters: { increment: count },
    progress: (done, total) => request.onProgress?.(done, total),
    log: { info: (data, message) => log.info(data, message), warn: (data, message) => log.warn(data, message) },
  };

  try {
    await source.run(context);
    // A run that recorded companies may have brought one an account was imported without (by name only): link it now.
    const linked = companiesTouched ? await resolveUnresolvedAccounts(db, now()) : 0;
    if (linked > 0) count('accounts_resolved', linked);
    const status: CrawlRunStatus = (stats['failed'] ?? 0) + (stats['unusable'] ?? 0) + (stats['deferred'] ?? 0) > 0 ? 'partial' : 'ok';
    return await finishRun(deps, { runId: run.id, sourceId: source.id, task, status, stats, error: null });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error({ err: message }, 'source run failed');
    return finishRun(deps, { runId: run.id, sourceId: source.id, task, status: error instanceof RunThrottled ? 'partial' : 'failed', stats, error: message });
  }
}

async function finishRun(deps: SourceRunnerDeps, summary: RunSummary): Promise<RunSummary> {
  const now = (deps.now ?? (() => new Date()))();
  await deps.db
    .updateTable('crawl_runs')
    .set({ finished_at: now, status: summary.status, stats: JSON.stringify(summary.stats), error: summary.error })
    .where('id', '=', summary.runId)
    .execute();
  await deps.db
    .updateTable('sources')
    .set((eb) => ({
      last_run_at: now,
      last_status: summary.status,
      last_error: summary.error,
      consecutive_failures: summary.status === 'failed' ? eb('consecutive_failures', '+', 1) : 0,
      updated_at: now,
    }))
    .where('id', '=', summary.sourceId)
    .execute();
  return summary;
}
