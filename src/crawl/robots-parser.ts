/**
 * robots.txt per RFC 9309: parse groups, pick the one for our user agent, and decide a path by the
 * longest matching rule (Allow wins a tie), with `*` wildcards and a `$` end anchor. Crawl-delay is
 * not in the RFC but widely used, so it is read too. Pure functions: fetching and caching live in
 * robots-cache.ts.
 */

export interface RobotsRule {
  readonly kind: 'allow' | 'disallow';
  /** The pattern, percent-encoding normalised, as matched against a URL's path and query. */
  readonly pattern: string;
}

export interface RobotsGroup {
  /** User-agent values of the group, lowercased (`*` for the default group). */
  readonly userAgents: readonly string[];
  readonly rules: readonly RobotsRule[];
  /** Crawl-delay in ms, when the group gave a valid one. */
  readonly crawlDelayMs: number | null;
}

export interface RobotsTxt {
  readonly groups: readonly RobotsGroup[];
  readonly sitemaps: readonly string[];
}

/** The rules that apply to one crawler: the merged groups naming it, else the merged `*` groups. */
export interface RobotsPolicy {
  readonly rules: readonly RobotsRule[];
  readonly crawlDelayMs: number | null;
}

export type RobotsDecision =
  | { readonly allowed: true; readonly rule: RobotsRule | null }
  | { readonly allowed: false; readonly rule: RobotsRule };

/** RFC 9309 asks parsers to read at least 500 KiB; anything after that is ignored. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

const MEMBER_FIELDS = new Set(['allow', 'disallow', 'crawl-delay']);

/** Parses robots.txt text. Unknown lines and rules outside any group are ignored, as the RFC says. */
export function parseRobotsTxt(text: string): RobotsTxt {
  const groups: { userAgents: string[]; rules: RobotsRule[]; crawlDelayMs: number | null }[] = [];
  const sitemaps: string[] = [];
  let current: (typeof groups)[number] | null = null;
  let lastWasAgent = false;

  for (const rawLine of text.slice(0, ROBOTS_MAX_BYTES).split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();

    if (field === 'user-agent') {
      if (current === null || !lastWasAgent) {
        current = { userAgents: [], rules: [], crawlDelayMs: null };
        groups.push(current);
      }
      current.userAgents.push(agentToken(value));
      lastWasAgent = true;
      continue;
    }
    if (field === 'sitemap') {
      if (value !== '') sitemaps.push(value);
      continue;
    }
    if (!MEMBER_FIELDS.has(field)) continue;
    lastWasAgent = false;
    if (current === null) continue;
    if (field === 'crawl-delay') {
      const seconds = Number(value);
      if (value !== '' && Number.isFinite(seconds) && seconds >= 0) current.crawlDelayMs = Math.round(seconds * 1000);
    } else if (value !== '') {
      // An empty Disallow means "nothing disallowed": no rule at all.
      current.rules.push({ kind: field === 'allow' ? 'allow' : 'disallow', pattern: normalisePattern(value) });
    }
  }
  return { groups, sitemaps };
}

/** The product token of a User-Agent header: `ExecRadar/0.1 (+mailto:…)` → `execradar`. */
export function productToken(userAgent: string): string {
  return agentToken(userAgent);
}

/** Merges the groups naming `token` (lowercase product token), or else the `*` groups. */
export function policyFor(robots: RobotsTxt, token: string): RobotsPolicy {
  const named = robots.groups.filter((group) => group.userAgents.includes(token));
  const chosen = named.length > 0 ? named : robots.groups.filter((group) => group.userAgents.includes('*'));
  const delays = chosen.map((group) => group.crawlDelayMs).filter((ms): ms is number => ms !== null);
  return {
    rules: chosen.flatMap((group) => group.rules),
    crawlDelayMs: delays.length > 0 ? Math.max(...delays) : null,
  };
}

/** Decides a URL's path-and-query (`/a/b?c`) under a policy. `/robots.txt` itself is always allowed. */
export function decide(policy: RobotsPolicy, pathAndQuery: string): RobotsDecision {
  const path = normalisePath(pathAndQuery);
  if (path === '/robots.txt') return { allowed: true, rule: null };
  let best: RobotsRule | null = null;
  for (const rule of policy.rules) {
    if (!matches(rule.pattern, path)) continue;
    if (
      best === null ||
      rule.pattern.length > best.pattern.length ||
      (rule.pattern.length === best.pattern.length && rule.kind === 'allow')
    ) {
      best = rule;
    }
  }
  return best === null || best.kind === 'allow' ? { allowed: true, rule: best } : { allowed: false, rule: best };
}

function agentToken(value: string): string {
  const trimmed = value.trim();
  if (trimmed.startsWith('*')) return '*';
  return (/^[A-Za-z_-]+/.exec(trimmed)?.[0] ?? trimmed).toLowerCase();
}

function normalisePattern(value: string): string {
  const pattern = value.startsWith('/') || value.startsWith('*') ? value : `/${value}`;
  return normaliseEscapes(pattern);
}

function normalisePath(pathAndQuery: string): string {
  return normaliseEscapes(pathAndQuery === '' ? '/' : pathAndQuery);
}

/** Percent-encodes non-ASCII and uppercases existing escapes, so `%e3` and `%E3` and `ア` compare equal. */
function normaliseEscapes(value: string): string {
  let out = '';
  for (const char of value) {
    out += char.charCodeAt(0) > 0x7e || char.charCodeAt(0) < 0x21 ? encodeURIComponent(char) : char;
  }
  return out.replace(/%[0-9a-fA-F]{2}/g, (escape) => escape.toUpperCase());
}

/**
 * Wildcard match from the start of `path`: `*` matches any run, a final `$` anchors the end, and a
 * pattern without `$` is a prefix. Iterative with one backtrack point, so no regex blow-up on `*a*a*a`.
 */
export function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < path.length) {
    if (p === body.length && !anchored) return true;
    if (p < body.length && body[p] === '*') {
      starP = p++;
      starS = s;
    } else if (p < body.length && body[p] === path[s]) {
      p++;
      s++;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (p < body.length && body[p] === '*') p++;
  return p === body.length;
}
