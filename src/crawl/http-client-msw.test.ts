import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from './http-client.js';

// Sources' tests may mock real hostnames with msw instead of a local server. The address guard
// resolves names before every request, so such tests inject a `lookup` (no DNS offline).
const mock = setupServer(
  http.get('https://www.example-disclosures.test/robots.txt', () => HttpResponse.text('User-agent: *\nDisallow: /private\n')),
  http.get('https://www.example-disclosures.test/old', () => new HttpResponse(null, { status: 301, headers: { location: '/filings/1' } })),
  http.get('https://www.example-disclosures.test/filings/1', ({ request }) =>
    request.headers.get('if-none-match') === '"f1"'
      ? new HttpResponse(null, { status: 304 })
      : HttpResponse.json({ accession: '0000000000-26-000001' }, { headers: { etag: '"f1"' } }),
  ),
);

beforeAll(() => mock.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mock.close());

describe('HttpClient with msw', () => {
  const client = new HttpClient({
    userAgent: 'ExecRadar/0.1 (+mailto:ops@example.test)',
    limits: { defaults: { minIntervalMs: 0 } },
    lookup: async () => [{ address: '93.184.216.34', family: 4 }],
  });

  it('follows a mocked redirect, honours mocked robots.txt and conditional GET', async () => {
    const outcome = await client.fetch({ url: 'https://www.example-disclosures.test/old' });
    expect(outcome).toMatchObject({
      kind: 'fetched',
      finalUrl: 'https://www.example-disclosures.test/filings/1',
      etag: '"f1"',
      text: '{"accession":"0000000000-26-000001"}',
    });
    expect(await client.fetch({ url: 'https://www.example-disclosures.test/filings/1', etag: '"f1"' })).toMatchObject({
      kind: 'not_modified',
    });
    expect((await client.fetch({ url: 'https://www.example-disclosures.test/private/x' })).kind).toBe('disallowed');
  });
});
