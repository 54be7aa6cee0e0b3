import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlockedError, PermanentError, RetryableError, ThrottledError } from './crawl-errors.js';
import { HttpClient, type HttpClientOptions } from './http-client.js';
import { startTestServer, type TestHandler, type TestServer } from './test-server.js';

const UA = 'ExecRadar/0.1 (+mailto:ops@example.test)';
const servers: TestServer[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(routes: Record<string, TestHandler>, host?: string) {
  const server = await startTestServer(routes, host);
  servers.push(server);
  return server;
}

/** A client allowed to reach the given test servers, with no intervals and fast retries. */
function clientFor(allowed: readonly TestServer[], options: Partial<HttpClientOptions> = {}) {
  return new HttpClient({
    userAgent: UA,
    allowedPrivateHosts: allowed.map((server) => server.hostPort),
    limits: { defaults: { minIntervalMs: 0 } },
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 2000 },
    ...options,
  });
}

const html = (body: string | Uint8Array, headers: Record<string, string> = {}): TestHandler => (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
};
const robots = (text: string): TestHandler => (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' }).end(text);
};

/** Records the time of every call to global fetch, i.e. the moment each request is sent. */
function spyOnSends() {
  const sends: { url: string; at: number }[] = [];
  const real = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    sends.push({ url: String(input), at: Date.now() });
    return real(input, init);
  });
  return sends;
}

describe('HttpClient: fetched pages', () => {
  it('returns body, decoded text, validators and a sha256 content hash, sending our User-Agent everywhere', async () => {
    const server = await serve({
      '/robots.txt': robots('User-agent: *\nAllow: /\n'),
      '/news/1': html('<p>Jane Example appointed CFO</p>', { etag: '"v1"', 'last-modified': 'Mon, 02 Mar 2026 10:00:00 GMT' }),
    });
    const outcome = await clientFor([server]).fetch({ url: `${server.origin}/news/1` });
    if (outcome.kind !== 'fetched') throw new Error(`expected fetched, got ${outcome.kind}`);
    expect(outcome).toMatchObject({
      url: `${server.origin}/news/1`,
      finalUrl: `${server.origin}/news/1`,
      status: 200,
      text: '<p>Jane Example appointed CFO</p>',
      contentType: 'text/html; charset=utf-8',
      etag: '"v1"',
      lastModified: 'Mon, 02 Mar 2026 10:00:00 GMT',
    });
    expect(outcome.headers['etag']).toBe('"v1"');
    expect(outcome.contentHash).toBe(createHash('sha256').update(outcome.body).digest('hex'));
    expect(server.seen.map((request) => request.path)).toEqual(['/robots.txt', '/news/1']);
    for (const request of server.seen) expect(request.headers['user-agent']).toBe(UA);
  });

  it('accepts a pino logger', async () => {
    const server = await serve({ '/': html('ok') });
    const outcome = await clientFor([server], { logger: pino({ level: 'silent' }) }).fetch({ url: `${server.origin}/` });
    expect(outcome.kind).toBe('fetched');
  });

  it('refuses to start without a User-Agent', () => {
    expect(() => new HttpClient({ userAgent: ' ' })).toThrow(/userAgent/);
  });

  it('rejects a malformed URL as permanent', async () => {
    await expect(clientFor([]).fetch({ url: 'not a url' })).rejects.toBeInstanceOf(PermanentError);
  });
});

describe('HttpClient: robots.txt', () => {
  it('skips a disallowed URL without ever requesting it', async () => {
    const server = await serve({
      '/robots.txt': robots('User-agent: *\nDisallow: /private/\n\nUser-agent: execradar\nDisallow: /members\n'),
      '/members/list': html('secret'),
    });
    const outcome = await clientFor([server]).fetch({ url: `${server.origin}/members/list` });
    expect(outcome).toEqual({
      kind: 'disallowed',
      url: `${server.origin}/members/list`,
      reason: `${server.origin}/robots.txt disallows ${server.origin}/members/list (Disallow: /members)`,
    });
    expect(server.hits('/members/list')).toHaveLength(0);
    expect(server.seen.map((request) => request.path)).toEqual(['/robots.txt']);
  });

  it('checks robots.txt again on a redirect hop', async () => {
    const server = await serve({
      '/robots.txt': robots('User-agent: *\nDisallow: /hidden\n'),
      '/open': (_req, res) => res.writeHead(302, { location: '/hidden/page' }).end(),
    });
    const outcome = await clientFor([server]).fetch({ url: `${server.origin}/open` });
    expect(outcome.kind).toBe('disallowed');
    expect(outcome.kind === 'disallowed' && outcome.reason).toContain('redirected from');
    expect(server.hits('/hidden/page')).toHaveLength(0);
  });

  it('treats a missing robots.txt as allow-all and fetches it once', async () => {
    const server = await serve({ '/a': html('a'), '/b': html('b') });
    const client = clientFor([server]);
    expect((await client.fetch({ url: `${server.origin}/a` })).kind).toBe('fetched');
    expect((await client.fetch({ url: `${server.origin}/b` })).kind).toBe('fetched');
    expect(server.hits('/robots.txt')).toHaveLength(1);
  });

  it('stays away while robots.txt answers 5xx', async () => {
    const server = await serve({
      '/robots.txt': (_req, res) => res.writeHead(500).end('oops'),
      '/page': html('page'),
    });
    const fetching = clientFor([server], { retry: { maxAttempts: 1 } }).fetch({ url: `${server.origin}/page` });
    await expect(fetching).rejects.toBeInstanceOf(RetryableError);
    await expect(fetching).rejects.toThrow(/robots\.txt answered HTTP 500/);
    expect(server.hits('/page')).toHaveLength(0);
  });

  it('honours Crawl-delay as a minimum interval between sends', async () => {
    const server = await serve({
      '/robots.txt': robots('User-agent: *\nCrawl-delay: 0.3\n'),
      '/1': html('1'),
      '/2': html('2'),
    });
    const sends = spyOnSends();
    const client = clientFor([server]);
    await Promise.all([client.fetch({ url: `${server.origin}/1` }), client.fetch({ url: `${server.origin}/2` })]);
    const pages = sends.filter((send) => !send.url.endsWith('/robots.txt'));
    expect(pages).toHaveLength(2);
    expect(pages[1]!.at - pages[0]!.at).toBeGreaterThanOrEqual(300);
    const arrivals = [...server.hits('/1'), ...server.hits('/2')].map((request) => request.at).sort((a, b) => a - b);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(290);
  });
});

describe('HttpClient: politeness', () => {
  it('spaces requests to one host by the minimum interval measured at send time', async () => {
    const server = await serve({ '/1': html('1'), '/2': html('2'), '/3': html('3') });
    const sends = spyOnSends();
    const client = clientFor([server], { limits: { defaults: { minIntervalMs: 200 } } });
    await Promise.all(['/1', '/2', '/3'].map((path) => client.fetch({ url: `${server.origin}${path}` })));
    // robots.txt + three pages, all through the same host lane.
    expect(sends).toHaveLength(4);
    for (let i = 1; i < sends.length; i++) expect(sends[i]!.at - sends[i - 1]!.at).toBeGreaterThanOrEqual(200);
  });
});

describe('HttpClient: retries and throttling', () => {
  it('retries a 429 after its Retry-After delay', async () => {
    const server = await serve({
      '/feed': (_req, res, seen) => {
        if (seen.filter((request) => request.path === '/feed').length === 1) {
          res.writeHead(429, { 'retry-after': '1' }).end('slow down');
        } else {
          html('<feed/>')(_req, res, seen);
        }
      },
    });
    const outcome = await clientFor([server]).fetch({ url: `${server.origin}/feed` });
    expect(outcome.kind).toBe('fetched');
    const [first, second] = server.hits('/feed');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000);
  });

  it('holds the whole host after a 429, not only the URL that got it', async () => {
    const server = await serve({
      '/a': (req, res, seen) => {
        if (seen.filter((request) => request.path === '/a').length === 1) res.writeHead(429, { 'retry-after': '1' }).end();
        else html('a')(req, res, seen);
      },
      '/b': html('b'),
    });
    const client = clientFor([server]);
    const first = client.fetch({ url: `${server.origin}/a` });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = client.fetch({ url: `${server.origin}/b` });
    await Promise.all([first, second]);
    expect(server.hits('/b')[0]!.at - server.hits('/a')[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('reads Retry-After given as an HTTP-date', async () => {
    const server = await serve({
      '/doc': (req, res, seen) => {
        if (seen.filter((request) => request.path === '/doc').length === 1) {
          res.writeHead(503, { 'retry-after': new Date(Date.now() + 2000).toUTCString() }).end('maintenance');
        } else {
          html('ok')(req, res, seen);
        }
      },
    });
    const outcome = await clientFor([server]).fetch({ url: `${server.origin}/doc` });
    expect(outcome.kind).toBe('fetched');
    const [first, second] = server.hits('/doc');
    // The date has one-second resolution, so the wait is between 1 and 2 s.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000);
  });

  it('gives a 429 back at once when Retry-After is beyond the cap, with the wait it asked for', async () => {
    const server = await serve({ '/feed': (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end() });
    const error = await clientFor([server]).fetch({ url: `${server.origin}/feed` }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000, url: `${server.origin}/feed` });
    expect(server.hits('/feed')).toHaveLength(1);
  });

  it('retries a 503 and succeeds', async () => {
    const server = await serve({
      '/doc': (req, res, seen) => {
        if (seen.filter((request) => request.path === '/doc').length === 1) res.writeHead(503).end('maintenance');
        else html('ok')(req, res, seen);
      },
    });
    const outcome = await clientFor([server]).fetch({ url: `${server.origin}/doc` });
    expect(outcome.kind === 'fetched' && outcome.text).toBe('ok');
    expect(server.hits('/doc')).toHaveLength(2);
  });

  it('gives up after maxAttempts on a persistent 500 with a retryable error', async () => {
    const server = await serve({ '/doc': (_req, res) => res.writeHead(500).end() });
    const fetching = clientFor([server]).fetch({ url: `${server.origin}/doc` });
    await expect(fetching).rejects.toBeInstanceOf(RetryableError);
    await expect(fetching).rejects.toMatchObject({ status: 500 });
    expect(server.hits('/doc')).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    const server = await serve({});
    const fetching = clientFor([server]).fetch({ url: `${server.origin}/gone` });
    await expect(fetching).rejects.toBeInstanceOf(PermanentError);
    await expect(fetching).rejects.toThrow(`HTTP 404 from ${server.origin}/gone`);
    expect(server.hits('/gone')).toHaveLength(1);
  });

  it('lets a source flag a 200 page as a throttle page, and retries it', async () => {
    const server = await serve({
      '/index.json': (req, res, seen) => {
        const count = seen.filter((request) => request.path === '/index.json').length;
        html(count === 1 ? '<h1>Request Rate Threshold Exceeded</h1>' : '{"filings":[]}')(req, res, seen);
      },
    });
    const detected: string[] = [];
    const client = clientFor([server], {
      detectThrottlePage: (url, text) => {
        detected.push(url);
        return text.includes('Rate Threshold Exceeded');
      },
    });
    const outcome = await client.fetch({ url: `${server.origin}/index.json` });
    expect(outcome.kind === 'fetched' && outcome.text).toBe('{"filings":[]}');
    expect(detected).toEqual([`${server.origin}/index.json`, `${server.origin}/index.json`]);

    const once = clientFor([server], { retry: { maxAttempts: 1 }, detectThrottlePage: () => true, throttlePageRetryAfterMs: 600_000 });
    const fetching = once.fetch({ url: `${server.origin}/index.json` });
    await expect(fetching).rejects.toBeInstanceOf(ThrottledError);
    await expect(fetching).rejects.toMatchObject({ status: 200, retryAfterMs: 600_000 });
  });
  it('recognises a throttle page sent with 403, and keeps the body of other error pages for the caller', async () => {
    const server = await serve({
      '/limited': (_req, res) => {
        res.writeHead(403, { 'content-type': 'text/html' }).end('<h1>Request Rate Threshold Exceeded</h1>');
      },
      '/forbidden': (_req, res) => {
        res.writeHead(403, { 'content-type': 'text/html' }).end('<h1>Access denied</h1>');
      },
    });
    const client = clientFor([server], { retry: { maxAttempts: 1 }, detectThrottlePage: (_url, text) => text.includes('Rate Threshold') });
    await expect(client.fetch({ url: `${server.origin}/limited` })).rejects.toMatchObject({ name: 'ThrottledError', status: 403 });
    const forbidden = client.fetch({ url: `${server.origin}/forbidden` });
    await expect(forbidden).rejects.toBeInstanceOf(PermanentError);
    await expect(forbidden).rejects.toMatchObject({ status: 403, bodyText: '<h1>Access denied</h1>' });
  });
});

describe('HttpClient: timeouts and size limits', () => {
  it('times out a server that never answers, as retryable', async () => {
    const server = await serve({ '/hang': () => undefined });
    const started = Date.now();
    const fetching = clientFor([server], { retry: { maxAttempts: 1 } }).fetch({ url: `${server.origin}/hang`, timeoutMs: 200 });
    await expect(fetching).rejects.toBeInstanceOf(RetryableError);
    await expect(fetching).rejects.toThrow(`timed out after 200 ms fetching ${server.origin}/hang`);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('times out a body that trickles in too slowly', async () => {
    const server = await serve({
      '/slow': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('start');
        setTimeout(() => res.end('end'), 1500).unref();
      },
    });
    const fetching = clientFor([server], { retry: { maxAttempts: 1 }, timeoutMs: 200 }).fetch({ url: `${server.origin}/slow` });
    await expect(fetching).rejects.toThrow(/timed out after 200 ms/);
  });

  it('refuses a body whose Content-Length is over the limit', async () => {
    const server = await serve({ '/big': html('x'.repeat(5000)) });
    const fetching = clientFor([server]).fetch({ url: `${server.origin}/big`, maxBytes: 1000 });
    await expect(fetching).rejects.toBeInstanceOf(PermanentError);
    await expect(fetching).rejects.toThrow(`body exceeds 1000 bytes: ${server.origin}/big`);
    expect(server.hits('/big')).toHaveLength(1);
  });

  it('stops downloading a chunked body as soon as it passes the limit', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const total = 400 * chunk.length; // 25 MiB if nobody stops it
    let written = 0;
    let closedEarly: (value: number) => void = () => undefined;
    const closed = new Promise<number>((resolve) => {
      closedEarly = resolve;
    });
    const server = await serve({
      '/stream': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.on('close', () => closedEarly(written));
        const pump = () => {
          while (written < total) {
            written += chunk.length;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        pump();
      },
    });
    const fetching = clientFor([server]).fetch({ url: `${server.origin}/stream`, maxBytes: 200_000 });
    await expect(fetching).rejects.toThrow(`body exceeds 200000 bytes`);
    expect(await closed).toBeLessThan(total / 2);
  });
});

describe('HttpClient: charsets', () => {
  const JA = '当社は、本日開催の取締役会において、代表取締役の異動について決議いたしましたのでお知らせいたします。㈱架空商事';

  it('decodes a Shift_JIS page named in the header', async () => {
    const server = await serve({
      '/sjis': html(iconv.encode(`<html><body><p>${JA}</p></body></html>`, 'shift_jis'), { 'content-type': 'text/html; charset=Shift_JIS' }),
    });
    const outcome = await clientFor([server]).fetch({ url: `${server.origin}/sjis` });
    expect(outcome.kind === 'fetched' && outcome.text).toContain(JA);
  });

  it('decodes an EUC-JP page named only in <meta http-equiv>', async () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"></head><body>${'人事異動のお知らせ'}</body></html>`;
    const server = await serve({ '/euc': html(iconv.encode(page, 'euc-jp'), { 'content-type': 'text/html' }) });
    const outcome = await clientFor([server]).fetch({ url: `${server.origin}/euc` });
    expect(outcome.kind === 'fetched' && outcome.text).toBe(page);
  });

  it('decodes a Shift_JIS page named only in <meta charset>', async () => {
    const page = `<!doctype html><meta charset="x-sjis"><title>役員人事</title><p>${JA}</p>`;
    const server = await serve({ '/meta': html(iconv.encode(page, 'cp932'), { 'content-type': 'text/html' }) });
    const outcome = await clientFor([server]).fetch({ url: `${server.origin}/meta` });
    expect(outcome.kind === 'fetched' && outcome.text).toBe(page);
  });
});

describe('HttpClient: redirects and private addresses', () => {
  it('follows redirects between allowed hosts and reports the final URL', async () => {
    const target = await serve({ '/final': html('landed') });
    const start = await serve({ '/start': (_req, res) => res.writeHead(301, { location: `${target.origin}/final` }).end() });
    const outcome = await clientFor([start, target]).fetch({ url: `${start.origin}/start` });
    expect(outcome).toMatchObject({ kind: 'fetched', url: `${start.origin}/start`, finalUrl: `${target.origin}/final`, text: 'landed' });
  });

  it('refuses a redirect to 10.0.0.1 before any connection is made', async () => {
    const server = await serve({ '/go': (_req, res) => res.writeHead(302, { location: 'http://10.0.0.1/admin' }).end() });
    const sends = spyOnSends();
    const fetching = clientFor([server]).fetch({ url: `${server.origin}/go` });
    await expect(fetching).rejects.toBeInstanceOf(BlockedError);
    await expect(fetching).rejects.toThrow(/http:\/\/10\.0\.0\.1\/admin.*non-public address 10\.0\.0\.1.*redirected from/);
    expect(sends.some((send) => send.url.includes('10.0.0.1'))).toBe(false);
  });

  it('refuses a redirect to another loopback address that is not a configured source', async () => {
    const allowed = await serve({});
    // A real server on 127.0.0.2 proves that nothing reached it.
    const other = await serve({ '/x': html('should not be fetched') }, '127.0.0.2');
    const start = await serve({ '/go': (_req, res) => res.writeHead(307, { location: `${other.origin}/x` }).end() });
    const fetching = clientFor([allowed, start]).fetch({ url: `${start.origin}/go` });
    await expect(fetching).rejects.toBeInstanceOf(BlockedError);
    expect(other.seen).toHaveLength(0);
  });

  it('refuses a redirect to a public-looking name that resolves to a private address', async () => {
    const server = await serve({ '/go': (_req, res) => res.writeHead(302, { location: 'http://intranet.example.test/' }).end() });
    const lookup = vi.fn(async () => [{ address: '192.168.10.20', family: 4 }]);
    const fetching = clientFor([server], { lookup }).fetch({ url: `${server.origin}/go` });
    await expect(fetching).rejects.toThrow(/intranet\.example\.test resolves to non-public address 192\.168\.10\.20/);
    expect(lookup).toHaveBeenCalledWith('intranet.example.test');
  });

  it('refuses a private start URL that is not configured, sending nothing', async () => {
    const server = await serve({ '/': html('x') });
    await expect(clientFor([]).fetch({ url: `${server.origin}/` })).rejects.toBeInstanceOf(BlockedError);
    expect(server.seen).toHaveLength(0);
  });

  it('gives up after five redirect hops', async () => {
    const server = await serve({
      '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    });
    const fetching = clientFor([server]).fetch({ url: `${server.origin}/loop` });
    await expect(fetching).rejects.toBeInstanceOf(PermanentError);
    await expect(fetching).rejects.toThrow(/more than 5 redirects/);
    expect(server.hits('/loop')).toHaveLength(6);
  });
});

describe('HttpClient: conditional GET', () => {
  it('sends If-None-Match and If-Modified-Since and reports a 304 as not modified', async () => {
    const server = await serve({
      '/submissions.json': (req, res) => {
        if (req.headers['if-none-match'] === '"abc"') res.writeHead(304, { etag: '"abc"' }).end();
        else res.writeHead(200, { etag: '"abc"', 'content-type': 'application/json' }).end('{}');
      },
    });
    const client = clientFor([server]);
    const first = await client.fetch({ url: `${server.origin}/submissions.json` });
    expect(first).toMatchObject({ kind: 'fetched', etag: '"abc"', text: '{}' });
    const second = await client.fetch({
      url: `${server.origin}/submissions.json`,
      etag: '"abc"',
      lastModified: 'Mon, 02 Mar 2026 10:00:00 GMT',
    });
    expect(second).toEqual({ kind: 'not_modified', url: `${server.origin}/submissions.json`, status: 304 });
    const conditional = server.hits('/submissions.json')[1]!;
    expect(conditional.headers['if-none-match']).toBe('"abc"');
    expect(conditional.headers['if-modified-since']).toBe('Mon, 02 Mar 2026 10:00:00 GMT');
    expect(server.hits('/submissions.json')[0]!.headers['if-none-match']).toBeUndefined();
  });
});
