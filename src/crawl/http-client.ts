/**
 * The crawler's only way onto the network. One `fetch()` call checks robots.txt, follows redirects
 * by hand (address guard and robots on every hop), sends conditional GETs, classifies the answer
 * (fetched / not modified / disallowed, or a thrown Retryable/Throttled/Permanent/Blocked error), and
 * retries transient failures with backoff that obeys Retry-After. Politeness (queues, intervals) is
 * the HostLimiter's; the one-hop mechanics are the RequestSender's.
 */
import { createHash } from 'node:crypto';
import { AddressGuard, type HostLookup } from './address-guard.js';
import { BlockedError, PermanentError, RetryableError, ThrottledError } from './crawl-errors.js';
import { silentLogger, type CrawlLogger } from './crawl-logger.js';
import { decodeBody } from './decode-body.js';
import type { FetchOutcome, FetchRequest } from './fetch-outcome.js';
import { HostLimiter, type HostLimiterOptions } from './host-limiter.js';
import { isRedirect, RequestSender, type HopResponse } from './request-sender.js';
import { RobotsCache, type RobotsCacheOptions, type RobotsResponse } from './robots-cache.js';
import { ROBOTS_MAX_BYTES } from './robots-parser.js';
import { nextRetryDelay, parseRetryAfter, resolveRetryOptions, type ResolvedRetryOptions, type RetryOptions } from './retry-policy.js';

export interface HttpClientOptions {
  /** User-Agent sent on every request, robots.txt included; its product token selects the robots group. Required. */
  readonly userAgent: string;
  /**
   * Hosts allowed to resolve to private/loopback addresses because they are configured sources
   * (`host:port`, or `host` for any port). Everything else private is refused, redirects included.
   * @default []
   */
  readonly allowedPrivateHosts?: readonly string[];
  /**
   * Per-attempt timeout in ms, from send to the end of the body.
   * @default 30_000
   */
  readonly timeoutMs?: number;
  /**
   * Largest body accepted, in bytes (after content decoding); a larger one fails with PermanentError.
   * @default 10_485_760 (10 MiB)
   */
  readonly maxBytes?: number;
  /**
   * Accept header when the request gives none.
   * @default 'text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.9,*\/*;q=0.8'
   */
  readonly accept?: string;
  /**
   * Per-host concurrency and send intervals, overrides and shared groups (e.g. SEC's hosts at 10/s).
   * Ignored when `limiter` is given.
   * @default { defaults: { minIntervalMs: 1000, concurrency: 1 } }
   */
  readonly limits?: HostLimiterOptions;
  /**
   * An existing limiter to share with other clients (e.g. a browser fetcher), so all traffic to a
   * host draws on one budget.
   * @default a new HostLimiter(limits)
   */
  readonly limiter?: HostLimiter;
  /** Retry attempts and backoff. @default { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000 } */
  readonly retry?: RetryOptions;
  /**
   * Whether to consult robots.txt. Leave on; off exists for sources whose terms explicitly grant API
   * access outside robots.txt.
   * @default true
   */
  readonly respectRobots?: boolean;
  /** robots.txt cache lifetimes and Crawl-delay cap. @default { ttlMs: 24 h, unavailableTtlMs: 5 min, maxCrawlDelayMs: 60 s } */
  readonly robots?: Pick<RobotsCacheOptions, 'ttlMs' | 'unavailableTtlMs' | 'maxCrawlDelayMs'>;
  /**
   * Lets a source say that a page (2xx, or an error status such as 403) is really a throttle page (SEC's
   * "Request Rate Threshold Exceeded"): the fetch then fails with ThrottledError and is retried like a 429.
   * @default none
   */
  readonly detectThrottlePage?: (url: string, text: string) => boolean;
  /**
   * Wait suggested after a detected throttle page, which carries no Retry-After. Above
   * `retry.maxDelayMs` it ends the retries and is handed to the caller as `retryAfterMs`.
   * @default none (plain backoff)
   */
  readonly throttlePageRetryAfterMs?: number;
  /**
   * Redirect hops followed per fetch.
   * @default 5
   */
  readonly maxRedirects?: number;
  /** Host name resolver used by the address guard. @default dns.promises.lookup (all addresses) */
  readonly lookup?: HostLookup;
  /** @default silent */
  readonly logger?: CrawlLogger;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** How much of an error response's body a PermanentError keeps. */
const ERROR_BODY_CHARS = 8192;
export const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.9,*/*;q=0.8';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HttpClient {
  readonly limiter: HostLimiter;
  readonly #options: HttpClientOptions;
  readonly #sender: RequestSender;
  readonly #guard: AddressGuard;
  readonly #robots: RobotsCache;
  readonly #retry: ResolvedRetryOptions;
  readonly #logger: CrawlLogger;

  constructor(options: HttpClientOptions) {
    if (options.userAgent.trim() === '') throw new TypeError('HttpClient needs a non-empty userAgent');
    this.#options = options;
    this.limiter = options.limiter ?? new HostLimiter(options.limits);
    this.#guard = new AddressGuard({
      allowedHosts: options.allowedPrivateHosts ?? [],
      ...(options.lookup === undefined ? {} : { lookup: options.lookup }),
    });
    this.#sender = new RequestSender(this.limiter, this.#guard);
    this.#logger = options.logger ?? silentLogger;
    this.#retry = resolveRetryOptions(options.retry);
    this.#robots = new RobotsCache({
      ...options.robots,
      userAgent: options.userAgent,
      logger: this.#logger,
      load: (robotsUrl) => this.#loadRobots(robotsUrl),
    });
  }

  /** Fetches one URL; see the module header for what is checked. Throws CrawlError subclasses. */
  async fetch(request: FetchRequest): Promise<FetchOutcome> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch (error) {
      throw new PermanentError(request.url, `not a valid URL: ${request.url}`, { cause: error });
    }
    for (let failures = 1; ; failures++) {
      try {
        return await this.#attempt(url, request);
      } catch (error) {
        if (!(error instanceof RetryableError)) throw error;
        if (error instanceof ThrottledError && error.retryAfterMs !== undefined) {
          // Slow the whole host down, not just this URL.
          this.limiter.defer(new URL(error.url).hostname, Math.min(error.retryAfterMs, this.#retry.maxDelayMs));
        }
        const delay = nextRetryDelay(error, failures, this.#retry);
        if (delay === null) throw error;
        this.#logger.info({ url: request.url, attempt: failures, delayMs: delay, error: error.message }, 'retrying fetch');
        await sleep(delay);
      }
    }
  }

  async #attempt(start: URL, request: FetchRequest): Promise<FetchOutcome> {
    const headers: Record<string, string> = {
      'user-agent': this.#options.userAgent,
      accept: request.accept ?? this.#options.accept ?? DEFAULT_ACCEPT,
    };
    if (request.etag != null && request.etag !== '') headers['if-none-match'] = request.etag;
    if (request.lastModified != null && request.lastModified !== '') headers['if-modified-since'] = request.lastModified;
    const maxRedirects = this.#options.maxRedirects ?? 5;

    let url = start;
    for (let hop = 0; hop <= maxRedirects; hop++) {
      // Guard first, so a private target fails as Blocked, not as an unreachable robots.txt. The
      // sender checks again right before sending, to keep the window for DNS changes short.
      await this.#guardHop(url, request, hop);
      let minIntervalMs = 0;
      if (this.#options.respectRobots !== false) {
        const verdict = await this.#robots.check(url.href);
        if (verdict.kind === 'disallowed') {
          const rule = `${verdict.rule.kind === 'allow' ? 'Allow' : 'Disallow'}: ${verdict.rule.pattern}`;
          const via = hop === 0 ? '' : ` (redirected from ${request.url})`;
          this.#logger.info({ url: url.href, rule }, 'skipped: disallowed by robots.txt');
          return { kind: 'disallowed', url: request.url, reason: `${verdict.robotsUrl} disallows ${url.href}${via} (${rule})` };
        }
        if (verdict.kind === 'unavailable') {
          throw new RetryableError(url.href, `not fetching ${url.href}: ${verdict.reason}`, { retryAfterMs: verdict.retryAfterMs });
        }
        minIntervalMs = verdict.crawlDelayMs ?? 0;
      }
      const response = await this.#sender.send({
        url,
        headers,
        timeoutMs: request.timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxBytes: request.maxBytes ?? this.#options.maxBytes ?? DEFAULT_MAX_BYTES,
        minIntervalMs,
      });
      if (!isRedirect(response.status)) return this.#classify(request, response);
      url = redirectTarget(response);
      this.#logger.debug({ from: response.url.href, to: url.href, status: response.status }, 'following redirect');
    }
    throw new PermanentError(request.url, `more than ${maxRedirects} redirects fetching ${request.url}`);
  }

  async #guardHop(url: URL, request: FetchRequest, hop: number): Promise<void> {
    try {
      await this.#guard.check(url);
    } catch (error) {
      if (hop > 0 && error instanceof BlockedError) {
        throw new BlockedError(error.url, `${error.message} (redirected from ${request.url})`, { cause: error });
      }
      throw error;
    }
  }

  #classify(request: FetchRequest, response: HopResponse): FetchOutcome {
    const { status } = response;
    const finalUrl = response.url.href;
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const retryOptions = { status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
    if (status === 304) return { kind: 'not_modified', url: request.url, status: 304 };
    if (status === 429 || status === 503) {
      throw new ThrottledError(finalUrl, `HTTP ${status} (throttled) from ${finalUrl}`, retryOptions);
    }
    if (status >= 500 || status === 408) throw new RetryableError(finalUrl, `HTTP ${status} from ${finalUrl}`, retryOptions);

    const contentType = response.headers.get('content-type');
    const { text } = decodeBody(response.body, contentType);
    const throttlePage = this.#options.detectThrottlePage?.(finalUrl, text) === true;
    if (!throttlePage && (status < 200 || status >= 300)) {
      // The body goes along so a source can still recognise its host's error page (SEC throttles with a 403 page).
      throw new PermanentError(finalUrl, `HTTP ${status} from ${finalUrl}`, { status, bodyText: text.slice(0, ERROR_BODY_CHARS) });
    }
    if (throttlePage) {
      const suggested = this.#options.throttlePageRetryAfterMs;
      throw new ThrottledError(finalUrl, `throttle page (HTTP ${status}) from ${finalUrl}`, {
        status,
        ...(suggested === undefined ? {} : { retryAfterMs: suggested }),
      });
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return {
      kind: 'fetched',
      url: request.url,
      finalUrl,
      status,
      headers,
      body: response.body,
      text,
      contentType,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
      contentHash: createHash('sha256').update(response.body).digest('hex'),
    };
  }

  /** robots.txt goes through the same queue, guard and timeout, follows up to 5 redirects, and is cut at 500 KiB. */
  async #loadRobots(robotsUrl: string): Promise<RobotsResponse> {
    let url = new URL(robotsUrl);
    for (let hop = 0; hop <= 5; hop++) {
      const response = await this.#sender.send({
        url,
        headers: { 'user-agent': this.#options.userAgent, accept: 'text/plain,*/*;q=0.5' },
        timeoutMs: this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxBytes: ROBOTS_MAX_BYTES,
        truncate: true,
      });
      if (!isRedirect(response.status)) {
        return { status: response.status, text: decodeBody(response.body, response.headers.get('content-type')).text };
      }
      url = redirectTarget(response);
    }
    throw new PermanentError(robotsUrl, `more than 5 redirects fetching ${robotsUrl}`);
  }
}

function redirectTarget(response: HopResponse): URL {
  const location = response.headers.get('location');
  if (location === null || location === '') {
    throw new PermanentError(response.url.href, `HTTP ${response.status} without Location from ${response.url.href}`, {
      status: response.status,
    });
  }
  try {
    return new URL(location, response.url);
  } catch (error) {
    throw new PermanentError(response.url.href, `bad redirect Location "${location}" from ${response.url.href}`, {
      status: response.status,
      cause: error,
    });
  }
}
