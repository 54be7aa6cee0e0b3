/**
 * What a caller asks the HttpClient for and what it gets back. Failures are thrown as the classes in
 * crawl-errors.ts; these are the three non-failure outcomes, tagged by `kind`.
 */

export interface FetchRequest {
  readonly url: string;
  /** ETag from crawl state; sent as If-None-Match. */
  readonly etag?: string | null;
  /** Last-Modified from crawl state; sent as If-Modified-Since. */
  readonly lastModified?: string | null;
  /** Accept header. @default HttpClientOptions.accept */
  readonly accept?: string;
  /** Body size cap for this request. @default HttpClientOptions.maxBytes */
  readonly maxBytes?: number;
  /** Timeout per attempt, from the moment the request is sent to the end of the body. @default HttpClientOptions.timeoutMs */
  readonly timeoutMs?: number;
}

export interface FetchedOutcome {
  readonly kind: 'fetched';
  /** The URL asked for. */
  readonly url: string;
  /** The URL that answered, after redirects. */
  readonly finalUrl: string;
  readonly status: number;
  /** Response headers, names lowercased. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  /** The body decoded by header/BOM/meta charset. */
  readonly text: string;
  readonly contentType: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** sha256 of the body, hex. */
  readonly contentHash: string;
}

export interface NotModifiedOutcome {
  readonly kind: 'not_modified';
  readonly url: string;
  readonly status: 304;
}

export interface DisallowedOutcome {
  readonly kind: 'disallowed';
  readonly url: string;
  /** Names the robots.txt and the rule, e.g. `https://x.test/robots.txt disallows /private/a (Disallow: /private)`. */
  readonly reason: string;
}

export type FetchOutcome = FetchedOutcome | NotModifiedOutcome | DisallowedOutcome;
