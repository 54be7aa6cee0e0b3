/**
 * Builds the crawler's HTTP client from settings and the source registry: one politeness budget per
 * host, SEC's hosts sharing one 10 requests/second budget, and private addresses allowed only for
 * hosts that are themselves configured sources (mirrors, tests on 127.0.0.1).
 */
import type { Logger } from '../config/logger.js';
import type { Settings } from '../config/settings.js';
import { HttpClient } from '../crawl/http-client.js';
import type { HostGroup } from '../crawl/host-limiter.js';
import type { SourceDefinition } from '../../sources/source-definition.js';
import { sourceBaseUrls } from '../pipeline/source-runner.js';

export function createHttpClient(settings: Settings, sources: readonly SourceDefinition[], logger: Logger): HttpClient {
  const configuredHosts = new Set<string>(settings.crawler.allowPrivateHosts);
  const groups: HostGroup[] = [];
  for (const source of sources) {
    const urls = Object.values(sourceBaseUrls(source, settings)).map((url) => new URL(url));
    const overridden = Object.keys(settings.sources[source.id]?.baseUrls ?? {}).length > 0;
    if (overridden) for (const url of urls) configuredHosts.add(url.host);
    // A source's shared budget is the public host's rule (SEC: 10 requests/s over its hosts). A mirror the
    // user points the source at is the user's host: it gets the crawler's own interval, and mirrors of
    // several sources on one machine do not share (the limiter keys on host names, ports aside).
    const publicHosts = [...new Set(Object.values(source.baseUrls).map((url) => new URL(url).hostname))];
    if (source.minIntervalMs !== undefined) groups.push({ name: source.id, hosts: publicHosts, minIntervalMs: source.minIntervalMs });
  }
  return new HttpClient({
    userAgent: settings.crawler.userAgent,
    allowedPrivateHosts: [...configuredHosts],
    timeoutMs: settings.crawler.timeoutMs,
    maxBytes: settings.crawler.maxBodyBytes,
    limits: { defaults: { minIntervalMs: settings.crawler.minIntervalMs, concurrency: 1 }, groups },
    logger: logger.child({ component: 'http' }),
  });
}
