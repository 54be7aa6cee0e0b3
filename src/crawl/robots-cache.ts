/**
 * Fetches robots.txt once per origin and answers "may we fetch this URL?", with a TTL. Follows RFC
 * 9309 on failures: a 4xx (404 included) means no restrictions; a 5xx, a 429 or an unreachable server
 * means "stay away for now" until a short TTL lapses; a redirect loop means no restrictions.
 * The download itself is injected (`load`) so it goes through the same limiter, guard and limits as
 * every other request, and so this module is testable without a network.
 */
import { PermanentError } from './crawl-errors.js';
import { silentLogger, type CrawlLogger } from './crawl-logger.js';
import { decide, parseRobotsTxt, policyFor, productToken, type RobotsPolicy, type RobotsRule } from './robots-parser.js';

/** What the loader got for a robots.txt URL (after redirects). Network failures are thrown. */
export interface RobotsResponse {
  readonly status: number;
  readonly text: string;
}

export type RobotsLoader = (robotsUrl: string) => Promise<RobotsResponse>;

export type RobotsVerdict =
  | { readonly kind: 'allowed'; readonly crawlDelayMs: number | null }
  | { readonly kind: 'disallowed'; readonly robotsUrl: string; readonly rule: RobotsRule }
  | { readonly kind: 'unavailable'; readonly robotsUrl: string; readonly reason: string; readonly retryAfterMs: number };

export interface RobotsCacheOptions {
  /** Our User-Agent header; its product token (`ExecRadar` in `ExecRadar/1.0 (…)`) picks the group. */
  readonly userAgent: string;
  /** Downloads a robots.txt URL. */
  readonly load: RobotsLoader;
  /**
   * How long a fetched robots.txt (or a 4xx meaning "no restrictions") is trusted. RFC 9309 asks
   * crawlers not to use a cached copy for more than 24 hours.
   * @default 86_400_000 (24 h)
   */
  readonly ttlMs?: number;
  /**
   * How long a 5xx/429/unreachable robots.txt keeps the origin off limits before we ask again.
   * @default 300_000 (5 min)
   */
  readonly unavailableTtlMs?: number;
  /**
   * Upper bound on a Crawl-delay we honour, so one `Crawl-delay: 86400` cannot stall a source forever.
   * @default 60_000
   */
  readonly maxCrawlDelayMs?: number;
  /** @default silent */
  readonly logger?: CrawlLogger;
}

type Entry =
  | { readonly kind: 'policy'; readonly policy: RobotsPolicy; readonly expiresAt: number }
  | { readonly kind: 'unavailable'; readonly reason: string; readonly expiresAt: number };

export class RobotsCache {
  readonly #token: string;
  readonly #load: RobotsLoader;
  readonly #ttlMs: number;
  readonly #unavailableTtlMs: number;
  readonly #maxCrawlDelayMs: number;
  readonly #logger: CrawlLogger;
  readonly #entries = new Map<string, Entry>();
  readonly #inflight = new Map<string, Promise<Entry>>();

  constructor(options: RobotsCacheOptions) {
    this.#token = productToken(options.userAgent);
    this.#load = options.load;
    this.#ttlMs = options.ttlMs ?? 86_400_000;
    this.#unavailableTtlMs = options.unavailableTtlMs ?? 300_000;
    this.#maxCrawlDelayMs = options.maxCrawlDelayMs ?? 60_000;
    this.#logger = options.logger ?? silentLogger;
  }

  /** Decides one absolute http(s) URL, fetching its origin's robots.txt when not cached. */
  async check(url: string): Promise<RobotsVerdict> {
    const parsed = new URL(url);
    const robotsUrl = `${parsed.origin}/robots.txt`;
    const entry = await this.#entry(parsed.origin, robotsUrl);
    if (entry.kind === 'unavailable') {
      return { kind: 'unavailable', robotsUrl, reason: entry.reason, retryAfterMs: Math.max(0, entry.expiresAt - Date.now()) };
    }
    const decision = decide(entry.policy, parsed.pathname + parsed.search);
    if (!decision.allowed) return { kind: 'disallowed', robotsUrl, rule: decision.rule };
    const delay = entry.policy.crawlDelayMs;
    return { kind: 'allowed', crawlDelayMs: delay === null ? null : Math.min(delay, this.#maxCrawlDelayMs) };
  }

  /** Forgets every cached robots.txt (e.g. after a configuration change). */
  clear(): void {
    this.#entries.clear();
  }

  async #entry(origin: string, robotsUrl: string): Promise<Entry> {
    const cached = this.#entries.get(origin);
    if (cached !== undefined && cached.expiresAt > Date.now()) return cached;
    // One download per origin even when many URLs of it are checked at once.
    let pending = this.#inflight.get(origin);
    if (pending === undefined) {
      pending = this.#fetchEntry(robotsUrl).finally(() => this.#inflight.delete(origin));
      this.#inflight.set(origin, pending);
    }
    const entry = await pending;
    this.#entries.set(origin, entry);
    return entry;
  }

  async #fetchEntry(robotsUrl: string): Promise<Entry> {
    const now = Date.now();
    const allowAll: Entry = { kind: 'policy', policy: { rules: [], crawlDelayMs: null }, expiresAt: now + this.#ttlMs };
    const unavailable = (reason: string): Entry => {
      this.#logger.warn({ robotsUrl, reason }, 'robots.txt unavailable; origin off limits for now');
      return { kind: 'unavailable', reason, expiresAt: now + this.#unavailableTtlMs };
    };
    let response: RobotsResponse;
    try {
      response = await this.#load(robotsUrl);
    } catch (error) {
      // RFC 9309: more than five redirects (or similar give-up cases) mean "unavailable": no restrictions.
      if (error instanceof PermanentError) return allowAll;
      const message = error instanceof Error ? error.message : String(error);
      return unavailable(`could not fetch ${robotsUrl}: ${message}`);
    }
    if (response.status >= 200 && response.status < 300) {
      const policy = policyFor(parseRobotsTxt(response.text), this.#token);
      this.#logger.debug({ robotsUrl, rules: policy.rules.length, crawlDelayMs: policy.crawlDelayMs }, 'robots.txt loaded');
      return { kind: 'policy', policy, expiresAt: now + this.#ttlMs };
    }
    if (response.status === 429 || response.status >= 500) {
      return unavailable(`${robotsUrl} answered HTTP ${response.status}`);
    }
    return allowAll;
  }
}
