import { describe, expect, it } from 'vitest';
import { decide, matches, parseRobotsTxt, policyFor, productToken } from './robots-parser.js';

const allowed = (robotsText: string, path: string, token = 'execradar') =>
  decide(policyFor(parseRobotsTxt(robotsText), token), path).allowed;

describe('parseRobotsTxt / policyFor', () => {
  it('takes the group naming our product token over the * group', () => {
    const text = [
      'User-agent: *',
      'Disallow: /',
      '',
      'User-agent: ExecRadar',
      'Disallow: /private/',
    ].join('\n');
    expect(allowed(text, '/news/1')).toBe(true);
    expect(allowed(text, '/private/x')).toBe(false);
    expect(allowed(text, '/news/1', 'othercrawler')).toBe(false);
  });

  it('groups consecutive user-agent lines and merges repeated groups', () => {
    const text = [
      'User-agent: a-bot',
      'User-agent: execradar/2.0',
      'Disallow: /one',
      'User-agent: b-bot',
      'Disallow: /b',
      'user-agent: EXECRADAR',
      'disallow: /two',
      'crawl-delay: 2.5',
    ].join('\r\n');
    const policy = policyFor(parseRobotsTxt(text), 'execradar');
    expect(policy.rules.map((rule) => rule.pattern)).toEqual(['/one', '/two']);
    expect(policy.crawlDelayMs).toBe(2500);
    expect(allowed(text, '/b')).toBe(true);
  });

  it('ignores comments, rules before any group, empty Disallow, and junk lines', () => {
    const text = [
      'Disallow: /orphan',
      '# comment',
      'User-agent: * # everyone',
      'Disallow:',
      'Nonsense line',
      'Crawl-delay: soon',
      'Sitemap: https://example.test/sitemap.xml',
    ].join('\n');
    const robots = parseRobotsTxt(text);
    expect(robots.sitemaps).toEqual(['https://example.test/sitemap.xml']);
    const policy = policyFor(robots, 'execradar');
    expect(policy.rules).toEqual([]);
    expect(policy.crawlDelayMs).toBeNull();
    expect(allowed(text, '/orphan')).toBe(true);
  });

  it('allows everything when no group applies', () => {
    expect(allowed('User-agent: other\nDisallow: /\n', '/anything')).toBe(true);
    expect(allowed('', '/anything')).toBe(true);
  });

  it('reads the product token from a full User-Agent header', () => {
    expect(productToken('ExecRadar/0.1 (+mailto:ops@example.test)')).toBe('execradar');
  });
});

describe('decide', () => {
  it('lets the longest matching rule win, and Allow win a tie', () => {
    const text = 'User-agent: *\nDisallow: /docs/\nAllow: /docs/public/\nDisallow: /docs/public/secret\nAllow: /tie\nDisallow: /tie\n';
    expect(allowed(text, '/docs/x')).toBe(false);
    expect(allowed(text, '/docs/public/a')).toBe(true);
    expect(allowed(text, '/docs/public/secret-plan')).toBe(false);
    expect(allowed(text, '/tie')).toBe(true);
  });

  it('supports * wildcards and the $ end anchor, including in the query', () => {
    const text = 'User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\nDisallow: /exact$\n';
    expect(allowed(text, '/files/report.pdf')).toBe(false);
    expect(allowed(text, '/files/report.pdf?download=1')).toBe(true);
    expect(allowed(text, '/search?q=ceo')).toBe(false);
    expect(allowed(text, '/search?page=2')).toBe(true);
    expect(allowed(text, '/exact')).toBe(false);
    expect(allowed(text, '/exactly')).toBe(true);
  });

  it('always allows /robots.txt itself', () => {
    expect(allowed('User-agent: *\nDisallow: /\n', '/robots.txt')).toBe(true);
  });

  it('compares percent-encoding case-insensitively and non-ASCII by its UTF-8 escape', () => {
    const text = 'User-agent: *\nDisallow: /ニュース/\nDisallow: /a%2fb\n';
    expect(allowed(text, '/%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/1')).toBe(false);
    expect(allowed(text, '/a%2Fb')).toBe(false);
  });

  it('reports the deciding rule', () => {
    const decision = decide(policyFor(parseRobotsTxt('User-agent: *\nDisallow: /x\n'), 'execradar'), '/x/1');
    expect(decision).toEqual({ allowed: false, rule: { kind: 'disallow', pattern: '/x' } });
  });
});

describe('matches', () => {
  it('handles many wildcards without blowing up', () => {
    const pattern = `/${'*a'.repeat(30)}b$`;
    const path = `/${'a'.repeat(5000)}`;
    const started = Date.now();
    expect(matches(pattern, path)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('treats trailing * as a no-op and a bare $ path exactly', () => {
    expect(matches('/a*', '/a')).toBe(true);
    expect(matches('/$', '/')).toBe(true);
    expect(matches('/$', '/x')).toBe(false);
  });
});
