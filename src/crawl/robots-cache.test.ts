import { describe, expect, it } from 'vitest';
import { PermanentError, RetryableError } from './crawl-errors.js';
import { RobotsCache, type RobotsResponse } from './robots-cache.js';

const UA = 'ExecRadar/0.1 (+mailto:ops@example.test)';

function loaderOf(responses: Record<string, RobotsResponse | Error>) {
  const calls: string[] = [];
  const load = async (url: string) => {
    calls.push(url);
    const response = responses[url];
    if (response === undefined) throw new Error(`unexpected ${url}`);
    if (response instanceof Error) throw response;
    return response;
  };
  return { calls, load };
}

describe('RobotsCache', () => {
  it('fetches robots.txt once per origin and decides URLs from it', async () => {
    const { calls, load } = loaderOf({
      'https://a.test/robots.txt': { status: 200, text: 'User-agent: *\nDisallow: /private\nCrawl-delay: 3\n' },
    });
    const cache = new RobotsCache({ userAgent: UA, load });
    const [one, two] = await Promise.all([cache.check('https://a.test/news'), cache.check('https://a.test/private/x')]);
    expect(one).toEqual({ kind: 'allowed', crawlDelayMs: 3000 });
    expect(two).toMatchObject({ kind: 'disallowed', robotsUrl: 'https://a.test/robots.txt', rule: { pattern: '/private' } });
    await cache.check('https://a.test/other');
    expect(calls).toEqual(['https://a.test/robots.txt']);
  });

  it('keeps origins apart by scheme and port', async () => {
    const { calls, load } = loaderOf({
      'https://a.test/robots.txt': { status: 200, text: '' },
      'http://a.test:8080/robots.txt': { status: 200, text: 'User-agent: *\nDisallow: /\n' },
    });
    const cache = new RobotsCache({ userAgent: UA, load });
    expect((await cache.check('https://a.test/x')).kind).toBe('allowed');
    expect((await cache.check('http://a.test:8080/x')).kind).toBe('disallowed');
    expect(calls).toHaveLength(2);
  });

  it('treats a 404 (any 4xx but 429) or a redirect loop as no restrictions', async () => {
    const { load } = loaderOf({
      'https://missing.test/robots.txt': { status: 404, text: 'Not found' },
      'https://forbidden.test/robots.txt': { status: 403, text: '' },
      'https://loop.test/robots.txt': new PermanentError('https://loop.test/robots.txt', 'too many redirects'),
    });
    const cache = new RobotsCache({ userAgent: UA, load });
    expect(await cache.check('https://missing.test/a')).toEqual({ kind: 'allowed', crawlDelayMs: null });
    expect((await cache.check('https://forbidden.test/a')).kind).toBe('allowed');
    expect((await cache.check('https://loop.test/a')).kind).toBe('allowed');
  });

  it('keeps an origin off limits for a while after a 5xx, 429 or network failure, then asks again', async () => {
    let status = 503;
    const calls: string[] = [];
    const cache = new RobotsCache({
      userAgent: UA,
      unavailableTtlMs: 80,
      load: async (url) => {
        calls.push(url);
        return { status, text: status === 200 ? 'User-agent: *\nAllow: /\n' : 'Service Unavailable' };
      },
    });
    const first = await cache.check('https://flaky.test/a');
    expect(first).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('HTTP 503') });
    expect(first.kind === 'unavailable' && first.retryAfterMs).toBeGreaterThan(0);
    expect((await cache.check('https://flaky.test/b')).kind).toBe('unavailable');
    expect(calls).toHaveLength(1);
    status = 200;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await cache.check('https://flaky.test/b')).kind).toBe('allowed');
    expect(calls).toHaveLength(2);

    const failing = new RobotsCache({
      userAgent: UA,
      load: loaderOf({
        'https://down.test/robots.txt': new RetryableError('https://down.test/robots.txt', 'timed out'),
        'https://busy.test/robots.txt': { status: 429, text: '' },
      }).load,
    });
    expect(await failing.check('https://down.test/')).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('timed out') });
    expect((await failing.check('https://busy.test/')).kind).toBe('unavailable');
  });

  it('refetches after the TTL and caps a huge Crawl-delay', async () => {
    const { calls, load } = loaderOf({ 'https://slow.test/robots.txt': { status: 200, text: 'User-agent: execradar\nCrawl-delay: 86400\n' } });
    const cache = new RobotsCache({ userAgent: UA, load, ttlMs: 30, maxCrawlDelayMs: 10_000 });
    expect(await cache.check('https://slow.test/')).toEqual({ kind: 'allowed', crawlDelayMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await cache.check('https://slow.test/');
    expect(calls).toHaveLength(2);
  });
});
