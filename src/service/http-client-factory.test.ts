import { describe, expect, it } from 'vitest';
import { silentLogger } from '../config/logger.js';
import { SOURCES } from '../../sources/index.js';
import { testSettings } from '../../test/support/test-settings.js';
import { createHttpClient } from './http-client-factory.js';

describe('createHttpClient', () => {
  it("puts SEC's hosts in one budget of 10 requests/s, apart from every other host", () => {
    const client = createHttpClient(testSettings(), SOURCES, silentLogger);
    expect(client.limiter.keyOf('data.sec.gov')).toBe(client.limiter.keyOf('www.sec.gov'));
    expect(client.limiter.keyOf('data.sec.gov')).toBe('group:sec-edgar');
    expect(client.limiter.keyOf('www.release.tdnet.info')).not.toBe('group:sec-edgar');
  });

  it('keeps the shared budget when SEC is pointed at a mirror with a port', () => {
    const settings = testSettings({ sources: { 'sec-edgar': { baseUrls: { data: 'http://sec-mirror.internal:8080', www: 'http://sec-www.internal:8081' } } } });
    const client = createHttpClient(settings, SOURCES, silentLogger);
    expect(client.limiter.keyOf('sec-mirror.internal')).toBe('group:sec-edgar');
    expect(client.limiter.keyOf('sec-www.internal')).toBe('group:sec-edgar');
  });
});
