/**
 * What a public source is: metadata plus a handler, validated at load time (the RSSHub way). The
 * handler gets a `SourceRunContext` and never touches the database, HTTP client or queue directly,
 * so every source is polite, recorded and deduplicated the same way.
 */
import { z } from 'zod';
import type { FiscalFactKind } from '../src/db/schema.js';

export const sourceMetadataSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/u, 'source ids are kebab-case'),
  name: z.string().min(1),
  homepage: z.url(),
  description: z.string().min(1),
  languages: z.array(z.enum(['en', 'ja'])).min(1),
  /** Named cron schedules; each becomes a task the scheduler enqueues (e.g. `daily`, `current`). */
  schedules: z.record(z.string(), z.string()),
  /** Default base URLs by name; config `sources.<id>.baseUrls` overrides them (mirrors, tests). */
  baseUrls: z.record(z.string(), z.url()),
  /** Minimum interval between requests to this source's hosts, shared by all of them. */
  minIntervalMs: z.number().int().min(0).optional(),
  maintainers: z.array(z.string()).optional(),
});
export type SourceMetadata = z.infer<typeof sourceMetadataSchema>;

export type RunTrigger = 'schedule' | 'manual' | 'backfill' | 'first-sight';

/** A company the CRM tracks, with every identifier we know for it. */
export interface TrackedCompany {
  readonly id: number;
  readonly name: string;
  readonly cik: string | null;
  readonly ticker: string | null;
  readonly secCode: string | null;
  readonly corporateNumber: string | null;
  readonly edinetCode: string | null;
  readonly fiscalYearEnd: string | null;
}

export interface CompanyIdentity {
  readonly name?: string | null;
  readonly nameEn?: string | null;
  readonly nameJa?: string | null;
  readonly country?: string | null;
  readonly cik?: string | null;
  readonly ticker?: string | null;
  readonly exchange?: string | null;
  readonly secCode?: string | null;
  readonly corporateNumber?: string | null;
  readonly edinetCode?: string | null;
  readonly lei?: string | null;
}

export interface NewDocument {
  readonly url: string;
  /** A stable id the source gives the document (an accession number, a docID). */
  readonly externalId?: string | null;
  readonly companyId: number | null;
  /** Only what the source states; never invented. */
  readonly publishedAt: Date | string | null;
  readonly title: string | null;
  readonly text: string;
  readonly lang: 'en' | 'ja' | null;
  /**
   * Why the text may be incomplete though it was read (a damaged PDF that lacks the headings of its kind): kept
   * in `documents.error` of an `ok` document, which is still extracted. @default null
   */
  readonly warning?: string | null;
}

export interface StoredDocumentRef {
  readonly documentId: number;
  /** false when the same URL with the same content, or the same content elsewhere, was already stored. */
  readonly created: boolean;
}

export type FetchResult =
  | { readonly kind: 'fetched'; readonly url: string; readonly finalUrl: string; readonly status: number; readonly text: string; readonly body: Uint8Array; readonly contentType: string | null; readonly contentHash: string }
  | { readonly kind: 'not_modified'; readonly url: string }
  | { readonly kind: 'disallowed'; readonly url: string; readonly reason: string }
  | { readonly kind: 'failed'; readonly url: string; readonly error: Error };

export interface SourceFetchOptions {
  readonly accept?: string;
  readonly maxBytes?: number;
  /** Send If-None-Match/If-Modified-Since from crawl state. @default true */
  readonly conditional?: boolean;
  /** Lets a source recognise a page (200, or an error status such as 403) that is really throttling (SEC's rate-exceeded page). */
  readonly isThrottlePage?: (text: string) => boolean;
}

export interface RunCounters {
  increment(counter: string, by?: number): void;
}

export interface SourceRunContext {
  readonly sourceId: string;
  readonly task: string;
  readonly trigger: RunTrigger;
  /** `YYYY-MM-DD`: backfill from this day (CLI `--since`). */
  readonly since: string | null;
  readonly baseUrls: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, unknown>>;
  readonly userAgent: string;
  readonly now: () => Date;
  readonly signal: AbortSignal;
  fetch(url: string, options?: SourceFetchOptions): Promise<FetchResult>;
  trackedCompanies(): Promise<readonly TrackedCompany[]>;
  /** Finds the company by any identifier (then by normalized name) and fills in what was missing. */
  upsertCompany(identity: CompanyIdentity): Promise<number>;
  /** Records identifiers this company lacks, except any another company holds; returns the columns recorded. */
  completeCompany(companyId: number, identity: CompanyIdentity): Promise<readonly string[]>;
  storeDocument(document: NewDocument): Promise<StoredDocumentRef>;
  /** Records a document that could not be read (broken or encrypted PDF) as failed, with the reason. */
  storeFailedDocument(document: Omit<NewDocument, 'text'>, reason: string): Promise<StoredDocumentRef>;
  /** Has a document with this external id been stored by this source? */
  hasDocument(externalId: string): Promise<boolean>;
  /**
   * The stored document with this external id also concerns this company (a co-registrant of a multi-party
   * filing): its contacts are matched too, once. False when there was nothing new to link.
   */
  linkDocumentCompany(externalId: string, companyId: number): Promise<boolean>;
  recordFiscalFact(companyId: number, kind: FiscalFactKind, value: string, documentId?: number | null): Promise<void>;
  /** The fetch worked but the body cannot be used (malformed JSON, unexpected shape): recorded, earlier data kept. */
  reportUnusable(url: string, error: unknown): Promise<void>;
  /** When this URL last answered (fetched or 304), or null if it never has: "first sight" and refresh decisions. */
  lastFetchedAt(url: string): Promise<Date | null>;
  /**
   * Drops the URL's ETag/Last-Modified so its next fetch is unconditional: for a listing whose
   * entries were not all handled, so a 304 next time cannot hide the ones left over.
   */
  forgetValidators(url: string): Promise<void>;
  readonly counters: RunCounters;
  progress(done: number, total: number): void;
  readonly log: {
    info(data: Record<string, unknown>, message: string): void;
    warn(data: Record<string, unknown>, message: string): void;
  };
}

export interface SourceDefinition extends SourceMetadata {
  /**
   * A reason `task` cannot run with these settings (missing API key, no contact in UA), or null. Asked per task:
   * a source may need a key for one task and not another (EDINET's code list is public, its API is not).
   */
  readonly unavailableReason?: (context: { readonly userAgent: string; readonly options: Readonly<Record<string, unknown>>; readonly task: string }) => string | null;
  run(context: SourceRunContext): Promise<void>;
}

export function defineSource(definition: SourceDefinition): SourceDefinition {
  const parsed = sourceMetadataSchema.safeParse(definition);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`source ${definition.id ?? '(no id)'}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return definition;
}
