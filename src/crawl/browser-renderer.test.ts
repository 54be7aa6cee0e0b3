import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserRenderer, defaultChromiumPath } from './browser-renderer.js';

// A news list that exists only after its script ran, an image that must never be downloaded, and a page
// whose list never appears.
const LIST_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>ニュース</title></head><body>
<img src="/logo.png"><ul id="news"></ul>
<script>
setTimeout(() => {
  const items = [['2026-05-14', '役員人事のお知らせ', '/news/1'], ['2026-05-01', '新製品発売', '/news/2']];
  for (const [date, title, href] of items) {
    const li = document.createElement('li');
    li.className = 'news-item';
    li.innerHTML = '<time>' + date + '</time><a href="' + href + '">' + title + '</a>';
    document.getElementById('news').appendChild(li);
  }
}, 150);
</script></body></html>`;

describe('BrowserRenderer (system Chromium)', () => {
  let server: Server;
  let origin = '';
  const requests: string[] = [];
  const userAgents: string[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      userAgents.push(request.headers['user-agent'] ?? '');
      if (request.url === '/list') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LIST_PAGE);
      else if (request.url === '/empty') response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>nothing here</p></body></html>');
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('runs the page script, shares one browser, closes every page, and downloads no image', async () => {
    const renderer = new BrowserRenderer({ timeoutMs: 20_000 });
    try {
      const first = await renderer.render({ url: `${origin}/list`, waitForSelector: 'li.news-item', userAgent: 'ExecRadar-tests ops@execradar.example' });
      expect(first.kind).toBe('rendered');
      if (first.kind !== 'rendered') return;
      expect(first.status).toBe(200);
      expect(first.html).toContain('<a href="/news/1">役員人事のお知らせ</a>');
      const second = await renderer.render({ url: `${origin}/list` });
      expect(second.kind === 'rendered' && second.html.includes('新製品発売')).toBe(true);
      expect(renderer.launches).toBe(1);
      expect(renderer.openPages).toBe(0);
      expect(requests).not.toContain('/logo.png');
      expect(userAgents).toContain('ExecRadar-tests ops@execradar.example');
    } finally {
      await renderer.close();
    }
  });

  it('gives up on a page after its timeout, closes it, and keeps working', async () => {
    const renderer = new BrowserRenderer({ timeoutMs: 20_000 });
    try {
      const result = await renderer.render({ url: `${origin}/empty`, waitForSelector: 'li.news-item', timeoutMs: 1500 });
      expect(result).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/^timeout: no result after 1500 ms/u) });
      expect(renderer.openPages).toBe(0);
      const after = await renderer.render({ url: `${origin}/list`, waitForSelector: 'li.news-item' });
      expect(after.kind).toBe('rendered');
    } finally {
      await renderer.close();
    }
  });

  it('refuses the sub-requests a request-level guard refuses', async () => {
    const renderer = new BrowserRenderer({ blockedResourceTypes: [] });
    try {
      const before = requests.filter((path) => path === '/logo.png').length;
      const refused = await renderer.render({ url: `${origin}/list`, waitForSelector: 'li.news-item', allowRequest: (url) => !url.endsWith('.png') });
      expect(refused.kind).toBe('rendered');
      expect(requests.filter((path) => path === '/logo.png').length).toBe(before);
      await renderer.render({ url: `${origin}/list`, waitForSelector: 'li.news-item' });
      expect(requests.filter((path) => path === '/logo.png').length).toBe(before + 1);
    } finally {
      await renderer.close();
    }
  });

  it('reports a missing Chromium as a failed render, not an exception', async () => {
    const renderer = new BrowserRenderer({ executablePath: '/nonexistent/chromium' });
    const result = await renderer.render({ url: `${origin}/list` });
    expect(result).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/^launch: cannot start Chromium at \/nonexistent\/chromium/u) });
    await renderer.close();
    expect(await renderer.render({ url: `${origin}/list` })).toMatchObject({ kind: 'failed', reason: 'renderer closed' });
  });

  it('finds Chromium through CHROMIUM_PATH', () => {
    expect(defaultChromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
    expect(defaultChromiumPath({})).toBe('/usr/bin/chromium');
  });
});
