/**
 * The `daily` task: reads EDINET's document list for yesterday and today (Japan dates), or for every
 * day since `--since` in a backfill, and keeps two things from it — 臨時報告書 on a change of
 * representative director, stored as documents (with the report's text for the companies it downloads
 * bodies for, else the list's metadata, so every company gets a reshuffle history), and the fiscal
 * year end each 有価証券報告書 states (tracked companies only, unless `fiscalYearEnds: all`).
 *
 * Lists are fetched unconditionally: processing is idempotent (documents are keyed by docID), and a
 * 304 after a run that failed half-way would otherwise hide that day's reports for good.
 */
import { isCrawlError, PermanentError } from '../../src/crawl/crawl-errors.js';
import { addDays, calendarDateInZone, daysBetween } from '../../src/windows/calendar-date.js';
import type { SourceRunContext } from '../source-definition.js';
import { parseDocumentListBody, type DocumentListEntry } from './document-list-schema.js';
import { filerIdentity, selectDocuments, submittedAt, trackedFiler } from './document-selection.js';
import { maskApiKey, type EdinetOptions } from './edinet-options.js';
import { reportBodyFromPackage } from './report-body.js';
import { readRepresentativeChanges, restateRepresentativeChanges } from './representative-change-table.js';

export class EdinetAuthError extends Error {
  override readonly name = 'EdinetAuthError';
}

const JSON_ACCEPT = 'application/json';
const ZIP_ACCEPT = 'application/zip, application/octet-stream;q=0.9, application/json;q=0.5';

/** The days to read: yesterday and today in Tokyo, or `since` … today for a backfill (bounded). */
export function listDays(now: Date, since: string | null, maxBackfillDays: number): string[] {
  const today = calendarDateInZone(now, 'Asia/Tokyo');
  const earliest = addDays(today, -maxBackfillDays);
  const first = since ? (since < earliest ? earliest : since) : addDays(today, -1);
  const count = Math.max(0, daysBetween(first, today) + 1);
  return Array.from({ length: count }, (_, index) => addDays(first, index));
}

export async function readDocumentLists(context: SourceRunContext, options: EdinetOptions & { readonly apiKey: string }): Promise<void> {
  const days = listDays(context.now(), context.since, options.maxBackfillDays);
  if (context.since && days[0]! > context.since) {
    context.log.warn({ since: context.since, from: days[0] }, 'edinet: backfill limited by maxBackfillDays');
  }
  const tracked = await context.trackedCompanies();
  const trackedIds = new Set(tracked.map((company) => company.id));
  for (const [index, day] of days.entries()) {
    context.progress(index, days.length);
    if (context.signal.aborted) break;
    const entries = await fetchDayList(context, options.apiKey, day);
    if (!entries) continue;
    const selection = selectDocuments(entries);
    context.counters.increment('list_entries', entries.length);
    for (const entry of selection.representativeChanges) {
      await storeRepresentativeChange(context, options, entry, (companyId) => trackedIds.has(companyId) || trackedFiler(entry, tracked) !== null);
    }
    for (const { entry, fiscalYearEnd } of selection.annualReports) {
      if (options.fiscalYearEnds === 'tracked' && !trackedFiler(entry, tracked)) continue;
      const companyId = await upsertFiler(context, entry);
      if (companyId === null) continue;
      await context.recordFiscalFact(companyId, 'fiscal_year_end', fiscalYearEnd);
      context.counters.increment('fiscal_year_ends');
    }
  }
  context.progress(days.length, days.length);
}

/** One day's list, or null when the day cannot be read (recorded). Throws when the key is refused. */
async function fetchDayList(context: SourceRunContext, apiKey: string, day: string): Promise<readonly DocumentListEntry[] | null> {
  const url = `${context.baseUrls['api']}/documents.json?date=${day}&type=2&Subscription-Key=${encodeURIComponent(apiKey)}`;
  const shown = maskApiKey(url);
  const response = await context.fetch(url, { accept: JSON_ACCEPT, conditional: false });
  if (response.kind === 'failed' && isCrawlError(response.error) && (response.error.status === 401 || response.error.status === 403)) {
    // The gateway may also refuse a key with a real HTTP 401/403: every further day would fail the same way.
    throw new EdinetAuthError(`${shown}: EDINET refused the API key (HTTP ${response.error.status}); check EDINET_API_KEY / sources.edinet.options.apiKey`);
  }
  if (response.kind !== 'fetched') return null;
  const body = parseDocumentListBody(response.text);
  switch (body.kind) {
    case 'list':
      if (body.skipped > 0) context.counters.increment('list_entries_unreadable', body.skipped);
      return body.entries;
    case 'auth_error': {
      const message = `${shown}: EDINET refused the API key (status ${body.status} inside an HTTP ${response.status} answer: ${body.message}); check EDINET_API_KEY / sources.edinet.options.apiKey`;
      await context.reportUnusable(url, message);
      throw new EdinetAuthError(message);
    }
    case 'api_error':
      await context.reportUnusable(url, `${shown}: EDINET answered status ${body.status} (${body.message}) inside an HTTP ${response.status} answer`);
      return null;
    case 'malformed':
      await context.reportUnusable(url, `${shown}: ${body.problem}`);
      return null;
  }
}

async function upsertFiler(context: SourceRunContext, entry: DocumentListEntry): Promise<number | null> {
  const identity = filerIdentity(entry);
  if (!identity.name && !identity.edinetCode && !identity.corporateNumber && !identity.secCode) {
    context.counters.increment('filer_unidentified');
    return null;
  }
  return context.upsertCompany(identity);
}

async function storeRepresentativeChange(
  context: SourceRunContext,
  options: EdinetOptions & { readonly apiKey: string },
  entry: DocumentListEntry,
  isTracked: (companyId: number) => boolean,
): Promise<void> {
  if (await context.hasDocument(entry.docID)) {
    context.counters.increment('reports_known');
    return;
  }
  const companyId = await upsertFiler(context, entry);
  // After the upsert, so a company the CRM knows by name only is recognised too.
  const wantsBody = options.bodies === 'all' || (options.bodies === 'tracked' && companyId !== null && isTracked(companyId));
  let body: string | null = null;
  if (wantsBody) {
    const url = `${context.baseUrls['api']}/documents/${encodeURIComponent(entry.docID)}?type=1&Subscription-Key=${encodeURIComponent(options.apiKey)}`;
    const response = await context.fetch(url, { accept: ZIP_ACCEPT, conditional: false });
    if (response.kind === 'failed' && !(response.error instanceof PermanentError)) {
      // A transient failure: leave the report unstored so the next run (the day stays in the window) tries again.
      context.counters.increment('report_body_retry');
      return;
    }
    if (response.kind === 'failed') context.counters.increment('report_body_unavailable');
    if (response.kind === 'fetched') {
      const read = reportBodyFromPackage(response.body);
      if (read.kind === 'text') body = read.text;
      else {
        context.counters.increment('report_body_unavailable');
        context.log.warn({ docID: entry.docID, url: maskApiKey(url), reason: read.reason }, 'edinet: report body unavailable; storing the list metadata');
      }
    }
  }
  // The report's 報告内容 restated as the table the Japanese extractor reads; the report text follows untouched.
  const restated = body ? restateRepresentativeChanges(readRepresentativeChanges(body)) : null;
  if (body && !restated) context.counters.increment('report_changes_not_read');
  const filer = entry.filerName?.trim() || entry.edinetCode || 'unknown filer';
  await context.storeDocument({
    url: `${context.baseUrls['viewer']}/WZEK0040.aspx?${encodeURIComponent(entry.docID)}`,
    externalId: entry.docID,
    companyId,
    publishedAt: submittedAt(entry),
    title: `${filer} — 臨時報告書（代表取締役の異動） ${entry.docID}`,
    text: [metadataText(entry), restated, body].filter(Boolean).join('\n\n'),
    lang: 'ja',
  });
  context.counters.increment(body ? 'reports_with_body' : 'reports_metadata_only');
}

/** What the list says about the report, as the document's first lines (the whole text when no body is fetched). */
export function metadataText(entry: DocumentListEntry): string {
  const lines = [
    `${entry.docDescription?.trim() || '臨時報告書'}（代表取締役の異動）`,
    `提出者: ${entry.filerName?.trim() ?? ''}`,
    `EDINETコード: ${entry.edinetCode ?? ''}`,
    entry.secCode ? `証券コード: ${entry.secCode}` : null,
    entry.JCN ? `法人番号: ${entry.JCN}` : null,
    `提出日時: ${entry.submitDateTime ?? ''}`,
    `書類管理番号: ${entry.docID}`,
    `提出理由: ${entry.currentReportReason ?? ''}`,
  ];
  return lines.filter((line): line is string => line !== null).join('\n');
}
