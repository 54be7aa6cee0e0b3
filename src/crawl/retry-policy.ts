/**
 * When to try a failed request again: exponential backoff with jitter, never sooner than the
 * server's Retry-After, and never a wait longer than the cap — a server asking for more than that
 * gets the error back at once, so the caller can reschedule instead of holding a worker asleep.
 */
import type { RetryableError } from './crawl-errors.js';

export interface RetryOptions {
  /**
   * Attempts per fetch, the first included; 1 disables retries.
   * @default 3
   */
  readonly maxAttempts?: number;
  /**
   * Backoff before the second attempt; doubles for each further one (then jittered).
   * @default 1000
   */
  readonly baseDelayMs?: number;
  /**
   * Longest wait between attempts, Retry-After included. A longer Retry-After ends the retries.
   * @default 60_000
   */
  readonly maxDelayMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export function resolveRetryOptions(options: RetryOptions = {}): ResolvedRetryOptions {
  return {
    maxAttempts: Math.max(1, options.maxAttempts ?? 3),
    baseDelayMs: options.baseDelayMs ?? 1000,
    maxDelayMs: options.maxDelayMs ?? 60_000,
  };
}

/**
 * Parses a Retry-After header (delay in seconds, or an HTTP-date) into ms from `now`.
 * Returns undefined when absent or unreadable; a date in the past gives 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date) || !/[a-z]/i.test(text)) return undefined;
  return Math.max(0, date - now);
}

/**
 * "Equal jitter" backoff after the `failures`-th failure: half of base·2^(failures-1) fixed plus up
 * to the same again at random, so clients that failed together do not retry together.
 */
export function backoffDelay(failures: number, options: ResolvedRetryOptions, random: () => number = Math.random): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, failures - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/**
 * How long to wait before the next attempt after `error` (the `failures`-th failure), or null to
 * stop: attempts used up, or the server asked for a wait beyond `maxDelayMs`.
 */
export function nextRetryDelay(
  error: RetryableError,
  failures: number,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
): number | null {
  if (failures >= options.maxAttempts) return null;
  if (error.retryAfterMs !== undefined && error.retryAfterMs > options.maxDelayMs) return null;
  return Math.max(error.retryAfterMs ?? 0, backoffDelay(failures, options, random));
}
