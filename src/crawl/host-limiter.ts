/**
 * Per-host politeness: one p-queue per host (or per group of hosts sharing one budget, e.g. SEC's
 * three hosts) bounds concurrency, and a send gate spaces requests by a minimum interval.
 *
 * Why not p-queue's own `interval`/`intervalCap`: it counts from when a task starts in a window, so
 * a request that waited in the queue can go out right after the previous one (fixed windows let two
 * through back to back at a window edge). Here the interval is measured from the moment the previous
 * request was actually sent, so consecutive sends are always at least `minIntervalMs` apart.
 */
import PQueue from 'p-queue';

export interface HostLimit {
  /**
   * Minimum time between the sends of two requests to this host (or group), in ms.
   * @default 1000
   */
  readonly minIntervalMs?: number;
  /**
   * How many requests to this host (or group) may be in flight at once.
   * @default 1
   */
  readonly concurrency?: number;
}

/** Several hosts that share one budget (one queue, one send gate). */
export interface HostGroup extends HostLimit {
  /** Name of the shared budget, used in logs and as the queue key. */
  readonly name: string;
  /** Host names (no port), case-insensitive. */
  readonly hosts: readonly string[];
}

export interface HostLimiterOptions {
  /**
   * Limits for any host without an override.
   * @default { minIntervalMs: 1000, concurrency: 1 }
   */
  readonly defaults?: HostLimit;
  /**
   * Per-host overrides keyed by host name (no port), case-insensitive; unset fields fall back to `defaults`.
   * @default {}
   */
  readonly hosts?: Readonly<Record<string, HostLimit>>;
  /**
   * Groups of hosts sharing one budget, e.g. `{ name: 'sec', hosts: ['www.sec.gov', 'data.sec.gov',
   * 'efts.sec.gov'], minIntervalMs: 100 }` for SEC's 10 requests/s overall. A group wins over `hosts`.
   * @default []
   */
  readonly groups?: readonly HostGroup[];
}

export interface ScheduleOptions {
  /**
   * A floor for this request's interval (e.g. robots.txt Crawl-delay); the larger of it and the
   * host's configured interval applies.
   * @default 0
   */
  readonly minIntervalMs?: number;
  /**
   * Work to do inside the host's slot but before waiting for the send gate (e.g. the DNS check),
   * so it neither delays the stamp nor counts as a send. If it throws, nothing is sent.
   * @default none
   */
  readonly prepare?: () => Promise<void>;
}

export const DEFAULT_MIN_INTERVAL_MS = 1000;
export const DEFAULT_HOST_CONCURRENCY = 1;

interface Lane {
  readonly key: string;
  readonly queue: PQueue;
  readonly minIntervalMs: number;
  lastSentAt: number;
  deferredUntil: number;
  sends: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HostLimiter {
  readonly #defaults: Required<HostLimit>;
  readonly #hostLimits = new Map<string, HostLimit>();
  readonly #groupOfHost = new Map<string, HostGroup>();
  readonly #lanes = new Map<string, Lane>();

  constructor(options: HostLimiterOptions = {}) {
    this.#defaults = {
      minIntervalMs: options.defaults?.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS,
      concurrency: options.defaults?.concurrency ?? DEFAULT_HOST_CONCURRENCY,
    };
    for (const [host, limit] of Object.entries(options.hosts ?? {})) {
      this.#hostLimits.set(host.toLowerCase(), limit);
    }
    for (const group of options.groups ?? []) {
      for (const host of group.hosts) this.#groupOfHost.set(host.toLowerCase(), group);
    }
  }

  /** The queue key a host belongs to: its group's name, or the host itself. */
  keyOf(host: string): string {
    const name = host.toLowerCase();
    const group = this.#groupOfHost.get(name);
    return group === undefined ? `host:${name}` : `group:${group.name}`;
  }

  /**
   * Runs `send` in the host's queue once the send gate opens. The send is stamped when `send`'s
   * synchronous part returns, so `send` must start its request before its first `await`.
   */
  schedule<T>(host: string, send: () => Promise<T>, options: ScheduleOptions = {}): Promise<T> {
    const lane = this.#lane(host);
    return lane.queue.add(async () => {
      await options.prepare?.();
      return this.#sendAtGate(lane, Math.max(lane.minIntervalMs, options.minIntervalMs ?? 0), send);
    });
  }

  /** Holds every request to the host (or its group) until `delayMs` from now, e.g. after a 429. */
  defer(host: string, delayMs: number): void {
    const lane = this.#lane(host);
    lane.deferredUntil = Math.max(lane.deferredUntil, performance.now() + delayMs);
  }

  /** Requests waiting or running for the host's key; useful for stats and tests. */
  pending(host: string): number {
    const lane = this.#lanes.get(this.keyOf(host));
    return lane === undefined ? 0 : lane.queue.size + lane.queue.pending;
  }

  /** Number of requests sent so far through the host's key. */
  sent(host: string): number {
    return this.#lanes.get(this.keyOf(host))?.sends ?? 0;
  }

  /**
   * Waits until the gate is open, then calls `send` and stamps the send time right after `send`'s
   * synchronous part (which starts the request) has run. Check, call and stamp happen in one tick,
   * so with concurrency > 1 no other task can pass on the same opening, and the stamp is never
   * earlier than the real send: consecutive sends are at least `intervalMs` apart, not "about".
   * A monotonic sub-millisecond clock avoids Date.now()'s rounding letting a send through 1 ms early.
   */
  async #sendAtGate<T>(lane: Lane, intervalMs: number, send: () => Promise<T>): Promise<T> {
    for (;;) {
      const now = performance.now();
      const openAt = Math.max(lane.lastSentAt + intervalMs, lane.deferredUntil);
      if (openAt <= now) {
        let result: Promise<T>;
        try {
          result = send();
        } finally {
          lane.lastSentAt = performance.now();
          lane.sends += 1;
        }
        return result;
      }
      await sleep(Math.ceil(openAt - now));
    }
  }

  #lane(host: string): Lane {
    const key = this.keyOf(host);
    const existing = this.#lanes.get(key);
    if (existing !== undefined) return existing;
    const limit = this.#groupOfHost.get(host.toLowerCase()) ?? this.#hostLimits.get(host.toLowerCase());
    const concurrency = limit?.concurrency ?? this.#defaults.concurrency;
    const lane: Lane = {
      key,
      queue: new PQueue({ concurrency }),
      minIntervalMs: limit?.minIntervalMs ?? this.#defaults.minIntervalMs,
      lastSentAt: Number.NEGATIVE_INFINITY,
      deferredUntil: 0,
      sends: 0,
    };
    this.#lanes.set(key, lane);
    return lane;
  }
}
