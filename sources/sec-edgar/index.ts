/**
 * SEC EDGAR: 8-K Item 5.02 filings of tracked US issuers, and their fiscal year ends.
 *
 * Two tasks: `submissions` polls each tracked company's submissions JSON (daily, and at first sight
 * for backfill); `current` polls the latest-filings Atom feed every minute — one request however many
 * companies are tracked — so an 8-K becomes an alert within minutes of acceptance. Both stay inside
 * SEC's 10 requests/second and send a User-Agent with a contact address, as SEC's fair-access policy asks.
 */
import { z } from 'zod';
import { userAgentContact } from '../../src/config/settings.js';
import { htmlToText } from '../../src/extract/html-text.js';
import { defineSource, type SourceRunContext, type TrackedCompany } from '../source-definition.js';
import { parseCurrentFeed } from './current-feed.js';
import { primaryDocumentUrl } from './filing-index.js';
import { item502Section } from './item-502-section.js';
import { isOfficerChangeFiling, recentFilings, submissionsSchema, type Submissions } from './submissions-schema.js';

const optionsSchema = z.object({
  /** How far back a company's first poll looks for 8-K 5.02 filings. @default 400 */
  backfillDays: z.number().int().positive().default(400),
});

const companyTickersSchema = z.record(z.string(), z.object({ cik_str: z.number(), ticker: z.string(), title: z.string() }));

/** SEC answers over-eager clients with this page and HTTP 200 or 403: it is throttling, not content. */
export const isSecThrottlePage = (text: string): boolean =>
  /Request Rate Threshold Exceeded|Exceeded the SEC.s Traffic Limit/u.test(text.slice(0, 5000));

export const padCik = (cik: string | number): string => String(cik).replace(/^0+/u, '').padStart(10, '0');
const JSON_ACCEPT = 'application/json';

export default defineSource({
  id: 'sec-edgar',
  name: 'SEC EDGAR 8-K Item 5.02',
  homepage: 'https://www.sec.gov/edgar/search/',
  description: 'US issuers: departures and appointments of officers and directors (Form 8-K Item 5.02), fiscal year ends.',
  languages: ['en'],
  schedules: { submissions: '17 6 * * *', current: '* * * * *' },
  baseUrls: { data: 'https://data.sec.gov', www: 'https://www.sec.gov' },
  minIntervalMs: 100,
  maintainers: ['execradar'],
  unavailableReason: ({ userAgent }) =>
    userAgentContact(userAgent)
      ? null
      : "SEC's fair-access policy requires a User-Agent that names a contact e-mail address: set crawler.userAgent (env EXECRADAR_USER_AGENT), e.g. \"AcmeCorp CS-tools ops@acme.example\"",
  async run(context) {
    if (context.task === 'current') await pollCurrentFeed(context);
    else await pollSubmissions(context);
  },
});

/** Companies polled for the first time per `current` run, so a large import backfills over a few minutes. */
const FIRST_SIGHT_PER_RUN = 20;
/** How often a `current` run may look up new tickers in company_tickers.json. */
const TICKER_LOOKUP_INTERVAL_MS = 6 * 3_600_000;

interface SubmissionsPoll {
  /** Only companies whose submissions were never fetched, at most FIRST_SIGHT_PER_RUN of them. */
  readonly firstSightOnly: boolean;
}

async function pollSubmissions(context: SourceRunContext, poll: SubmissionsPoll = { firstSightOnly: false }): Promise<void> {
  const options = optionsSchema.parse(context.options);
  const tracked = await resolveCiks(context, await context.trackedCompanies(), poll);
  const since = context.since ?? isoDay(new Date(context.now().getTime() - options.backfillDays * 86_400_000));
  const due: { company: TrackedCompany; url: string }[] = [];
  for (const company of tracked) {
    const url = `${context.baseUrls['data']}/submissions/CIK${padCik(company.cik!)}.json`;
    if (poll.firstSightOnly && (due.length >= FIRST_SIGHT_PER_RUN || (await context.lastFetchedAt(url)) !== null)) continue;
    due.push({ company, url });
  }
  if (poll.firstSightOnly && due.length > 0) context.counters.increment('first_sight', due.length);
  let done = 0;
  for (const { url } of due) {
    context.progress(done++, due.length);
    if (context.signal.aborted) break;
    const response = await context.fetch(url, { accept: JSON_ACCEPT, isThrottlePage: isSecThrottlePage });
    if (response.kind !== 'fetched') continue;
    const parsed = submissionsSchema.safeParse(parseJson(response.text));
    if (!parsed.success) {
      await context.reportUnusable(url, `${url}: not an EDGAR submissions document (${describeProblem(parsed.error, response.text)})`);
      continue;
    }
    // Until every new filing is stored, a 304 on the next poll must not hide the ones left over.
    let complete = false;
    try {
      complete = await storeSubmissions(context, parsed.data, since);
    } finally {
      if (!complete) await context.forgetValidators(url);
    }
  }
  context.progress(due.length, due.length);
}

/** Records the company and its fiscal year end, and stores its new 8-K 5.02 filings; false if one could not be fetched. */
async function storeSubmissions(context: SourceRunContext, submissions: Submissions, since: string): Promise<boolean> {
  const companyId = await context.upsertCompany({
    cik: padCik(submissions.cik),
    name: submissions.name,
    nameEn: submissions.name,
    country: 'US',
    ticker: submissions.tickers[0] ?? null,
    exchange: submissions.exchanges[0] ?? null,
    lei: submissions.lei ?? null,
  });
  if (submissions.fiscalYearEnd) {
    const mmdd = submissions.fiscalYearEnd;
    await context.recordFiscalFact(companyId, 'fiscal_year_end', `${mmdd.slice(0, 2)}-${mmdd.slice(2)}`);
  }
  let complete = true;
  for (const filing of recentFilings(submissions)) {
    if (!isOfficerChangeFiling(filing) || filing.filingDate < since) continue;
    if (await context.hasDocument(filing.accessionNumber)) {
      // A multi-party filing is stored once, under the first tracked filer: this one is a co-registrant.
      await context.linkDocumentCompany(filing.accessionNumber, companyId);
      continue;
    }
    const folder = `${context.baseUrls['www']}/Archives/edgar/data/${Number(submissions.cik)}/${filing.accessionNumber.replace(/-/gu, '')}`;
    const stored = await storeFiling(context, {
      url: `${folder}/${filing.primaryDocument}`,
      accessionNumber: filing.accessionNumber,
      companyId,
      companyName: submissions.name,
      // EDGAR dates filings in US Eastern time; midnight at -05:00 is that same day in New York all year.
      filedOn: `${filing.filingDate}T00:00:00-05:00`,
    });
    complete &&= stored;
  }
  return complete;
}

async function pollCurrentFeed(context: SourceRunContext): Promise<void> {
  // Companies the CRM just started tracking get their backfill now rather than at the next daily poll,
  // and their CIK, so the feed below recognises them.
  await pollSubmissions(context, { firstSightOnly: true });
  const tracked = await context.trackedCompanies();
  const byCik = new Map(tracked.filter((company) => company.cik).map((company) => [padCik(company.cik!), company]));
  if (byCik.size === 0) return;
  const feedUrl = `${context.baseUrls['www']}/cgi-bin/browse-edgar?action=getcurrent&type=8-K&company=&dateb=&owner=include&start=0&count=100&output=atom`;
  const response = await context.fetch(feedUrl, { accept: 'application/atom+xml', isThrottlePage: isSecThrottlePage });
  if (response.kind !== 'fetched') return;
  for (const filing of parseCurrentFeed(response.text)) {
    const trackedFilers = filing.filers.filter((candidate) => byCik.has(candidate.cik));
    const filer = trackedFilers[0];
    if (!filer) continue;
    const company = byCik.get(filer.cik)!;
    // A feed entry without an item list cannot be ruled out: look at the filing itself.
    if (filing.items.length > 0 && !isOfficerChangeFiling(filing)) continue;
    if (!filing.form.startsWith('8-K')) continue;
    if (await context.hasDocument(filing.accessionNumber)) {
      for (const coRegistrant of trackedFilers) await context.linkDocumentCompany(filing.accessionNumber, byCik.get(coRegistrant.cik)!.id);
      continue;
    }
    const indexUrl = new URL(filing.indexUrl, context.baseUrls['www']).toString();
    const index = await context.fetch(rebase(indexUrl, context.baseUrls['www']!), { conditional: false, isThrottlePage: isSecThrottlePage });
    if (index.kind !== 'fetched') continue;
    const documentUrl = primaryDocumentUrl(index.text, index.finalUrl, filing.form);
    if (!documentUrl) {
      context.log.warn({ url: index.url }, 'sec-edgar: no primary document on the filing index page');
      continue;
    }
    await storeFiling(context, {
      url: documentUrl,
      accessionNumber: filing.accessionNumber,
      companyId: company.id,
      companyName: filer.name,
      filedOn: filing.updated ?? isoDay(context.now()),
    });
    for (const coRegistrant of trackedFilers.slice(1)) await context.linkDocumentCompany(filing.accessionNumber, byCik.get(coRegistrant.cik)!.id);
  }
}

interface FilingToStore {
  readonly url: string;
  readonly accessionNumber: string;
  readonly companyId: number;
  readonly companyName: string;
  readonly filedOn: string;
}

/** Fetches and stores one filing's Item 5.02 section; false when the fetch failed (worth another try). */
async function storeFiling(context: SourceRunContext, filing: FilingToStore): Promise<boolean> {
  const response = await context.fetch(filing.url, { conditional: false, isThrottlePage: isSecThrottlePage });
  if (response.kind !== 'fetched') return response.kind !== 'failed';
  const text = htmlToText(response.text);
  const section = item502Section(text);
  if (!section) context.counters.increment('item_502_not_found');
  await context.storeDocument({
    url: filing.url,
    externalId: filing.accessionNumber,
    companyId: filing.companyId,
    publishedAt: filing.filedOn,
    title: `${filing.companyName} — Form 8-K Item 5.02 (${filing.accessionNumber})`,
    text: section ?? text,
    lang: 'en',
  });
  return true;
}

/** Tickers → CIKs through `company_tickers.json`, fetched only when some tracked company lacks a CIK. */
async function resolveCiks(context: SourceRunContext, tracked: readonly TrackedCompany[], poll: SubmissionsPoll): Promise<TrackedCompany[]> {
  const withCik = tracked.filter((company) => company.cik);
  const needing = tracked.filter((company) => !company.cik && company.ticker);
  if (needing.length === 0) return withCik;
  const url = `${context.baseUrls['www']}/files/company_tickers.json`;
  if (poll.firstSightOnly) {
    // A ticker that is not on the list stays unresolved: look again a few times a day, not every minute.
    const fetchedAt = await context.lastFetchedAt(url);
    if (fetchedAt && context.now().getTime() - fetchedAt.getTime() < TICKER_LOOKUP_INTERVAL_MS) return withCik;
  }
  const response = await context.fetch(url, { accept: JSON_ACCEPT, conditional: false, isThrottlePage: isSecThrottlePage });
  if (response.kind !== 'fetched') return withCik;
  const tickers = companyTickersSchema.safeParse(parseJson(response.text));
  if (!tickers.success) {
    await context.reportUnusable(url, `${url}: not SEC's company_tickers.json (${describeProblem(tickers.error, response.text)})`);
    return withCik;
  }
  const byTicker = new Map(Object.values(tickers.data).map((entry) => [entry.ticker.toUpperCase(), entry]));
  const resolved = [...withCik];
  for (const company of needing) {
    const entry = byTicker.get(company.ticker!.toUpperCase());
    if (!entry) {
      context.counters.increment('ticker_not_found');
      continue;
    }
    const cik = padCik(entry.cik_str);
    await context.upsertCompany({ ticker: company.ticker, cik });
    resolved.push({ ...company, cik });
  }
  return resolved;
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

function describeProblem(error: z.ZodError, text: string): string {
  if (parseJson(text) === NOT_JSON) return `the body is not valid JSON; it starts ${JSON.stringify(text.slice(0, 60))}`;
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'unexpected shape'}`;
}

/** Feed links are absolute www.sec.gov URLs: keep them on the configured base (mirror, test server). */
function rebase(url: string, base: string): string {
  const parsed = new URL(url);
  const target = new URL(base);
  parsed.protocol = target.protocol;
  parsed.host = target.host;
  return parsed.toString();
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
