/**
 * Keeps a rendered page's scripts away from the crawler's own network: the page passed the HTTP client's
 * private-address guard, but its JavaScript could still call 169.254.169.254 or a router's admin port.
 */
import { isIP } from 'node:net';
import { isPublicAddress } from '../../src/crawl/address-guard.js';

/**
 * What a rendered page's scripts may call: http(s) only, and no private or loopback address written as an IP or
 * `localhost` (cloud metadata, the admin port of a router) unless it is the page's own host — the page itself
 * passed the HTTP client's guard. Host names are not resolved here; the page's own fetch was.
 */
export function subRequestGuard(pageUrl: string): (url: string) => boolean {
  const pageHost = new URL(pageUrl).host;
  return (url) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return false;
    }
    if (target.protocol === 'data:' || target.protocol === 'blob:') return true;
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return false;
    if (target.host === pageHost) return true;
    const hostname = target.hostname.replace(/^\[|\]$/gu, '');
    if (hostname === 'localhost' || hostname.endsWith('.localhost')) return false;
    return isIP(hostname) === 0 || isPublicAddress(hostname);
  };
}
