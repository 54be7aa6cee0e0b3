/**
 * POSTs a JSON body (Slack incoming webhooks, signed webhooks) with Node's fetch and classes the outcome:
 * 2xx is done; 408/425/429/5xx and network errors are worth retrying (after Retry-After when given); any other
 * status means the request itself is wrong (Slack's `invalid_blocks`, a deleted webhook) and is permanent.
 */
import { parseRetryAfter } from '../crawl/retry-policy.js';
import { PermanentDeliveryError, RetryableDeliveryError } from './delivery-errors.js';

export interface PostJsonOptions {
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** For Retry-After given as an HTTP-date. @default Date.now() */
  readonly nowMs?: number;
}

const RETRYABLE_STATUS = new Set([408, 425, 429]);

/** The host only: webhook URLs carry secrets in their path and must not reach logs or `last_error`. */
export function redactUrl(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(invalid URL)';
  }
}

export async function postJson(url: string, body: string, options: PostJsonOptions): Promise<void> {
  let response: Response;
  try {
    response = await options.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...(options.headers ?? {}) },
      body,
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    throw new RetryableDeliveryError(`POST ${redactUrl(url)} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const detail = (await response.text().catch(() => '')).slice(0, 200).replace(/\s+/gu, ' ').trim();
  if (response.ok) return;
  const message = `POST ${redactUrl(url)}: HTTP ${response.status}${detail ? ` ${detail}` : ''}`;
  if (RETRYABLE_STATUS.has(response.status) || response.status >= 500) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), options.nowMs ?? Date.now());
    throw new RetryableDeliveryError(message, retryAfterMs === undefined ? {} : { retryAfterMs });
  }
  throw new PermanentDeliveryError(message);
}
