import { describe, expect, it } from 'vitest';
import { subRequestGuard } from './sub-request-guard.js';

describe('subRequestGuard', () => {
  it('lets a rendered page call its own host and public hosts, never private addresses or other schemes', () => {
    const allow = subRequestGuard('http://127.0.0.1:4321/news/');
    expect(allow('http://127.0.0.1:4321/news.json')).toBe(true);
    expect(allow('https://cdn.example.com/app.js')).toBe(true);
    expect(allow('https://93.184.216.34/x')).toBe(true);
    expect(allow('data:text/plain,hi')).toBe(true);
    expect(allow('http://169.254.169.254/latest/meta-data/')).toBe(false);
    expect(allow('http://127.0.0.1:8080/admin')).toBe(false);
    expect(allow('http://[::1]/')).toBe(false);
    expect(allow('http://localhost:3000/api')).toBe(false);
    expect(allow('file:///etc/passwd')).toBe(false);
    expect(allow('not a url')).toBe(false);
  });
});
