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

  it("keeps SEC's budget on SEC's hosts when the source is pointed at mirrors, which get the crawler's own interval", () => {
    const settings = testSettings({
      sources: {
        'sec-edgar': { baseUrls: { data: 'http://127.0.0.1:8080', www: 'http://127.0.0.1:8081' } },
        prtimes: { baseUrls: { site: 'http://127.0.0.1:8082' } },
      },
    });
    const client = createHttpClient(settings, SOURCES, silentLogger);
    expect(client.limiter.keyOf('www.sec.gov')).toBe('group:sec-edgar');
    // Not PR TIMES' 2-second budget, nor SEC's: the mirrors are the user's hosts.
    expect(client.limiter.keyOf('127.0.0.1')).toBe('host:127.0.0.1');
  });
});
