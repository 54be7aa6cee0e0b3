/**
 * Keeps the crawler out of private networks. A source (or a redirect it sends us on) could point at
 * 127.0.0.1, 10.x, a cloud metadata address or an IPv6 unique-local address; before every request and
 * every redirect hop we resolve the host and refuse if any address is not public — unless that exact
 * host is a configured source (tests configure `127.0.0.1:<port>`).
 *
 * Limit: the check resolves the name, then fetch resolves it again to connect, so a DNS answer that
 * changes in between (rebinding) is not caught. Closing that needs a dispatcher whose connect-time
 * lookup applies the same test (undici's Agent `connect.lookup`); see the module's report.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { BlockedError, RetryableError } from './crawl-errors.js';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: number;
}

export type HostLookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface AddressGuardOptions {
  /**
   * Hosts that may be private because they are configured sources: `host:port` allows that port
   * only, a bare `host` any port. IPv6 as `[::1]:8080` or `::1`. Case-insensitive.
   * @default []
   */
  readonly allowedHosts?: readonly string[];
  /**
   * Resolves a host name to all its addresses.
   * @default dns.promises.lookup(hostname, { all: true, verbatim: true })
   */
  readonly lookup?: HostLookup;
}

const defaultLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export class AddressGuard {
  readonly #allowed: ReadonlySet<string>;
  readonly #lookup: HostLookup;

  constructor(options: AddressGuardOptions = {}) {
    this.#allowed = new Set((options.allowedHosts ?? []).map(normaliseAllowEntry));
    this.#lookup = options.lookup ?? defaultLookup;
  }

  /** Whether the URL's host (with or without its port) is on the allow-list of configured sources. */
  isAllowedHost(url: URL): boolean {
    const hostname = url.hostname.toLowerCase();
    const port = url.port === '' ? (url.protocol === 'https:' ? '443' : '80') : url.port;
    return this.#allowed.has(hostname) || this.#allowed.has(`${hostname}:${port}`);
  }

  /**
   * Throws BlockedError for a non-HTTP(S) URL or a host resolving to any non-public address (unless
   * allow-listed), RetryableError when the name does not resolve. Sends nothing to the host.
   */
  async check(target: string | URL): Promise<void> {
    const url = typeof target === 'string' ? new URL(target) : target;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new BlockedError(url.href, `refusing ${url.href}: only http and https URLs are fetched`);
    }
    if (this.isAllowedHost(url)) return;
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: readonly ResolvedAddress[];
    try {
      addresses = isIP(hostname) !== 0 ? [{ address: hostname, family: isIP(hostname) }] : await this.#lookup(hostname);
    } catch (error) {
      throw new RetryableError(url.href, `could not resolve ${hostname} for ${url.href}`, { cause: error });
    }
    if (addresses.length === 0) throw new RetryableError(url.href, `no address for ${hostname} (${url.href})`);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused !== undefined) {
      throw new BlockedError(
        url.href,
        `refusing ${url.href}: ${hostname} resolves to non-public address ${refused.address} and is not a configured source host`,
      );
    }
  }
}

/** True for globally routable unicast addresses; false for private, loopback, link-local, etc. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return isPublicV4(ipv4ToNumber(bare));
  if (family === 6) return isPublicV6(ipv6ToBigInt(bare));
  return false;
}

// [network, prefix length] of IPv4 ranges that are not public unicast.
const V4_BLOCKED: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this network", incl. 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // CGNAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, incl. cloud metadata 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. broadcast
];

const V4_RANGES = V4_BLOCKED.map(([network, bits]) => ({ network: ipv4ToNumber(network), bits }));

function isPublicV4(value: number): boolean {
  return !V4_RANGES.some(({ network, bits }) => value >>> (32 - bits) === network >>> (32 - bits));
}

const V6_BLOCKED: readonly (readonly [string, number])[] = [
  ['::', 96], // unspecified, loopback ::1, IPv4-compatible
  ['::ffff:0:0', 96], // IPv4-mapped: a public host has no reason to publish one
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 32], // Teredo: hides an IPv4 address
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
];

const V6_RANGES = V6_BLOCKED.map(([network, bits]) => ({ network: ipv6ToBigInt(network), bits: BigInt(bits) }));

function isPublicV6(value: bigint): boolean {
  if (V6_RANGES.some(({ network, bits }) => value >> (128n - bits) === network >> (128n - bits))) return false;
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address: judge that one.
  if (value >> 32n === ipv6ToBigInt('64:ff9b::') >> 32n) return isPublicV4(Number(value & 0xffffffffn));
  if (value >> 112n === 0x2002n) return isPublicV4(Number((value >> 80n) & 0xffffffffn));
  return true;
}

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
}

function ipv6ToBigInt(address: string): bigint {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted !== undefined) {
    const v4 = ipv4ToNumber(dotted);
    text = `${text.slice(0, -dotted.length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headParts = head === '' ? [] : head.split(':');
  const tailParts = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = new Array<string>(8 - headParts.length - tailParts.length).fill('0');
  const parts = tail === undefined ? headParts : [...headParts, ...zeros, ...tailParts];
  return parts.reduce((sum, part) => (sum << 16n) + BigInt(parseInt(part, 16)), 0n);
}

function normaliseAllowEntry(entry: string): string {
  const text = entry.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed !== null) return bracketed[2] === undefined ? `[${bracketed[1]}]` : `[${bracketed[1]}]:${bracketed[2]}`;
  // A bare IPv6 address has several colons; URL.hostname shows it in brackets.
  return isIP(text) === 6 ? `[${text}]` : text;
}
