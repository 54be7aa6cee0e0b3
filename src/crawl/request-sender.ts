/**
 * Sends one HTTP request (one redirect hop) politely and safely: in the host's queue, after the
 * address guard, with a timeout covering headers and body, and a body size cap that stops the
 * download as soon as it is exceeded. Knows nothing of redirects, retries, robots or status codes.
 */
import type { AddressGuard } from './address-guard.js';
import { PermanentError, RetryableError } from './crawl-errors.js';
import type { HostLimiter } from './host-limiter.js';

export interface HopRequest {
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** Keep the first `maxBytes` and stop, instead of failing (robots.txt: parse what fits). @default false */
  readonly truncate?: boolean;
  /** Interval floor for this send, e.g. robots.txt Crawl-delay. @default 0 */
  readonly minIntervalMs?: number;
}

export interface HopResponse {
  readonly url: URL;
  readonly status: number;
  readonly headers: Headers;
  /** Empty for redirects and 304s: their bodies are not read. */
  readonly body: Uint8Array;
  readonly truncated: boolean;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function isRedirect(status: number): boolean {
  return REDIRECT_STATUSES.has(status);
}

export class RequestSender {
  readonly #limiter: HostLimiter;
  readonly #guard: AddressGuard;

  constructor(limiter: HostLimiter, guard: AddressGuard) {
    this.#limiter = limiter;
    this.#guard = guard;
  }

  send(request: HopRequest): Promise<HopResponse> {
    const { url } = request;
    return this.#limiter.schedule(url.hostname, () => this.#sendNow(request), {
      minIntervalMs: request.minIntervalMs ?? 0,
      prepare: () => this.#guard.check(url),
    });
  }

  async #sendNow(request: HopRequest): Promise<HopResponse> {
    const { url } = request;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, request.timeoutMs);
    try {
      const response = await fetch(url, {
        method: 'GET',
        headers: request.headers,
        redirect: 'manual',
        signal: controller.signal,
      });
      if (isRedirect(response.status) || response.status === 304 || response.body === null) {
        await response.body?.cancel().catch(() => undefined);
        return { url, status: response.status, headers: response.headers, body: new Uint8Array(0), truncated: false };
      }
      const { body, truncated } = await readCapped(response, request, controller);
      return { url, status: response.status, headers: response.headers, body, truncated };
    } catch (error) {
      if (error instanceof PermanentError) throw error;
      if (timedOut) {
        throw new RetryableError(url.href, `timed out after ${request.timeoutMs} ms fetching ${url.href}`, { cause: error });
      }
      throw new RetryableError(url.href, `network error fetching ${url.href}: ${describe(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
}

async function readCapped(
  response: Response,
  request: HopRequest,
  controller: AbortController,
): Promise<{ body: Uint8Array; truncated: boolean }> {
  const { maxBytes, url } = request;
  const tooBig = () =>
    new PermanentError(url.href, `body exceeds ${maxBytes} bytes: ${url.href}`, { status: response.status });
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (!request.truncate && Number.isFinite(declared) && declared > maxBytes) {
    controller.abort();
    throw tooBig();
  }
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > maxBytes) {
      // Stop the download now rather than after the whole body arrived.
      await reader.cancel().catch(() => undefined);
      controller.abort();
      if (!request.truncate) throw tooBig();
      chunks.push(value.subarray(0, maxBytes - total));
      total = maxBytes;
      return { body: concat(chunks, total), truncated: true };
    }
    chunks.push(value);
    total += value.byteLength;
  }
  return { body: concat(chunks, total), truncated: false };
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** fetch() hides the real reason (ECONNREFUSED, ECONNRESET…) in `cause`. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code;
    return typeof code === 'string' ? `${code} (${cause.message})` : cause.message;
  }
  return error.message;
}
