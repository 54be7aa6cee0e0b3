import { describe, expect, it } from 'vitest';
import { HostLimiter } from './host-limiter.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Schedules a task that records its send time and then "takes" `durationMs`. */
function record(limiter: HostLimiter, host: string, sends: number[], durationMs = 0, minIntervalMs?: number) {
  return limiter.schedule(
    host,
    async () => {
      sends.push(Date.now());
      await sleep(durationMs);
    },
    minIntervalMs === undefined ? {} : { minIntervalMs },
  );
}

const gaps = (times: readonly number[]) => times.slice(1).map((t, i) => t - times[i]!);

describe('HostLimiter', () => {
  it('spaces queued requests by the interval measured from send time', async () => {
    const limiter = new HostLimiter({ defaults: { minIntervalMs: 120 } });
    const sends: number[] = [];
    const queuedAt = Date.now();
    await Promise.all([record(limiter, 'a.test', sends), record(limiter, 'a.test', sends), record(limiter, 'a.test', sends)]);
    expect(sends).toHaveLength(3);
    expect(sends[0]! - queuedAt).toBeLessThan(60);
    for (const gap of gaps(sends)) expect(gap).toBeGreaterThanOrEqual(120);
  });

  it('counts the interval from the previous send, not from its completion', async () => {
    // The first request is slow (200 ms); the second may go as soon as it completes, because
    // 120 ms have already passed since the first was sent. Concurrency 1 still keeps them serial.
    const limiter = new HostLimiter({ defaults: { minIntervalMs: 120 } });
    const sends: number[] = [];
    await Promise.all([record(limiter, 'a.test', sends, 200), record(limiter, 'a.test', sends)]);
    const gap = gaps(sends)[0]!;
    expect(gap).toBeGreaterThanOrEqual(200);
    expect(gap).toBeLessThan(300);
  });

  it('does not hold a request queued long after the previous send', async () => {
    const limiter = new HostLimiter({ defaults: { minIntervalMs: 100 } });
    const sends: number[] = [];
    await record(limiter, 'a.test', sends);
    await sleep(150);
    const queuedAt = Date.now();
    await record(limiter, 'a.test', sends);
    expect(sends[1]! - queuedAt).toBeLessThan(40);
  });

  it('keeps different hosts independent', async () => {
    const limiter = new HostLimiter({ defaults: { minIntervalMs: 300 } });
    const sends: number[] = [];
    const started = Date.now();
    await Promise.all([record(limiter, 'a.test', sends), record(limiter, 'b.test', sends)]);
    expect(Math.max(...sends) - started).toBeLessThan(100);
  });

  it('applies per-host overrides and a per-request floor such as Crawl-delay', async () => {
    const limiter = new HostLimiter({ defaults: { minIntervalMs: 1000 }, hosts: { 'Fast.Test': { minIntervalMs: 20 } } });
    const fast: number[] = [];
    await Promise.all([record(limiter, 'fast.test', fast), record(limiter, 'fast.test', fast)]);
    expect(gaps(fast)[0]!).toBeGreaterThanOrEqual(20);
    expect(gaps(fast)[0]!).toBeLessThan(500);

    const floored: number[] = [];
    await Promise.all([record(limiter, 'fast.test', floored, 0, 150), record(limiter, 'fast.test', floored, 0, 150)]);
    expect(gaps(floored)[0]!).toBeGreaterThanOrEqual(150);
  });

  it('shares one budget across the hosts of a group (SEC: 10 requests/s overall)', async () => {
    const limiter = new HostLimiter({
      defaults: { minIntervalMs: 0 },
      groups: [{ name: 'sec', hosts: ['www.sec.gov', 'data.sec.gov', 'efts.sec.gov'], minIntervalMs: 100 }],
    });
    expect(limiter.keyOf('DATA.sec.gov')).toBe(limiter.keyOf('www.sec.gov'));
    const sends: number[] = [];
    const hosts = ['www.sec.gov', 'data.sec.gov', 'efts.sec.gov', 'www.sec.gov', 'data.sec.gov'];
    await Promise.all(hosts.map((host) => record(limiter, host, sends)));
    expect(sends).toHaveLength(5);
    for (const gap of gaps(sends)) expect(gap).toBeGreaterThanOrEqual(100);
    expect(limiter.sent('efts.sec.gov')).toBe(5);
  });

  it('spaces sends even when concurrency allows several in flight', async () => {
    const limiter = new HostLimiter({ defaults: { minIntervalMs: 80, concurrency: 3 } });
    const sends: number[] = [];
    await Promise.all([0, 1, 2].map(() => record(limiter, 'a.test', sends, 300)));
    for (const gap of gaps(sends)) expect(gap).toBeGreaterThanOrEqual(80);
    // All three were sent before the first finished: concurrency really was 3.
    expect(sends[2]! - sends[0]!).toBeLessThan(300);
  });

  it('does not count a request whose prepare step failed as a send', async () => {
    const limiter = new HostLimiter({ defaults: { minIntervalMs: 200 } });
    const refused = limiter.schedule('a.test', async () => 'sent', {
      prepare: async () => {
        throw new Error('refused');
      },
    });
    await expect(refused).rejects.toThrow('refused');
    const before = Date.now();
    await limiter.schedule('a.test', async () => 'sent');
    expect(Date.now() - before).toBeLessThan(100);
    expect(limiter.sent('a.test')).toBe(1);
  });

  it('holds a deferred host until the delay has passed', async () => {
    const limiter = new HostLimiter({ defaults: { minIntervalMs: 0 } });
    limiter.defer('a.test', 150);
    const before = Date.now();
    const sends: number[] = [];
    await record(limiter, 'a.test', sends);
    expect(sends[0]! - before).toBeGreaterThanOrEqual(140);
  });
});
