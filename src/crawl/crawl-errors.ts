/**
 * Fetch failures, classed by what the caller should do about them: try again later (Retryable),
 * slow down and try again (Throttled), give up on this URL (Permanent), or never go there (Blocked).
 * Each names the URL and carries the HTTP status when there was one, so crawl state can record it.
 */

export type CrawlErrorKind = 'retryable' | 'throttled' | 'permanent' | 'blocked';

export interface CrawlErrorOptions {
  /** The underlying error (network error, abort, parse error), kept for logs. @default undefined */
  readonly cause?: unknown;
  /** HTTP status of the response that caused the error, when there was a response. @default undefined */
  readonly status?: number;
  /** The start of the response body, for error pages a caller may recognise (SEC's 403 rate-limit page). @default undefined */
  readonly bodyText?: string;
}

export interface RetryableErrorOptions extends CrawlErrorOptions {
  /** How long the server asked us to wait (Retry-After), or our own suggestion, in ms. @default undefined */
  readonly retryAfterMs?: number;
}

/** Base of every fetch failure: always has the URL that failed. */
export abstract class CrawlError extends Error {
  abstract readonly kind: CrawlErrorKind;
  readonly url: string;
  readonly status: number | undefined;
  readonly bodyText: string | undefined;

  constructor(url: string, message: string, options: CrawlErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.url = url;
    this.status = options.status;
    this.bodyText = options.bodyText;
  }
}

/** A transient failure (timeout, connection reset, 5xx): the same request may succeed later. */
export class RetryableError extends CrawlError {
  override readonly name: string = 'RetryableError';
  readonly kind: CrawlErrorKind = 'retryable';
  readonly retryAfterMs: number | undefined;

  constructor(url: string, message: string, options: RetryableErrorOptions = {}) {
    super(url, message, options);
    this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * The server says we are going too fast (429, 503, or a 200 "rate exceeded" page): retry, but only
 * after `retryAfterMs` when given, and slow down on the whole host. A subclass of RetryableError so a
 * caller that only distinguishes retry/give-up still does the right thing.
 */
export class ThrottledError extends RetryableError {
  override readonly name: string = 'ThrottledError';
  override readonly kind: CrawlErrorKind = 'throttled';
}

/** Retrying will not help (404, 410, other 4xx, oversize body, too many redirects, bad URL). */
export class PermanentError extends CrawlError {
  override readonly name: string = 'PermanentError';
  readonly kind: CrawlErrorKind = 'permanent';
}

/**
 * We refuse to go there: a private/loopback address not configured as a source, a non-HTTP scheme,
 * or a robots.txt rule. (HttpClient.fetch reports a robots.txt disallow as a `disallowed` outcome
 * instead, since skipping is an ordinary result to record, not a failure.)
 */
export class BlockedError extends CrawlError {
  override readonly name: string = 'BlockedError';
  readonly kind: CrawlErrorKind = 'blocked';
}

export function isCrawlError(error: unknown): error is CrawlError {
  return error instanceof CrawlError;
}
