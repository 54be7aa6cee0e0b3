/**
 * TDnet (Timely Disclosure network, 適時開示情報閲覧サービス): the day's disclosure lists of every listed
 * Japanese issuer. Rows of tracked companies (matched by securities code, or by company name for companies known
 * only by name, which then get the row's code: tracked-issuers.ts) whose titles announce an executive change or a
 * fiscal-calendar fact have their PDFs read and stored as Japanese documents.
 *
 * Tasks (cron in UTC, as the service schedules them; Tokyo is UTC+9 without daylight saving):
 * - `today`   `*\/2 0-10 * * 1-5`  every 2 minutes, 09:00–19:58 JST on weekdays, the heart of disclosure hours;
 * - `morning` `*\/2 22-23 * * 0-4` every 2 minutes, 07:00–08:58 JST Monday–Friday (Sunday–Thursday in UTC);
 * - `evening` `20 11-14 * * 1-5`   hourly at 20:20–23:20 JST for late notices;
 * - `backfill` `40 15 * * *`       00:40 JST daily: re-reads the last `backfillDays` days without conditional GET,
 *   picking up anything a poll missed. With `--since YYYY-MM-DD` (any task) the run walks every day from then to
 *   today with a progress bar; TDnet keeps only about 31 days, so older days come from EDINET.
 * Polls of today's list use conditional GET: an unchanged first page costs one 304 and nothing else. A PDF whose
 * download failed is therefore retried when the day's list next changes, or by the nightly `backfill` at the latest.
 * A PDF that cannot be read (broken, encrypted, scanned without a text layer, over the download limit) is stored
 * as a failed document with the reason, and not fetched again; one whose text lacks every keyword of its kind
 * (notice-expectations.ts) is stored with a warning.
 */
import { z } from 'zod';
import { defineSource, type SourceRunContext, type TrackedCompany } from '../source-definition.js';
import { addDays, daysFrom, listPageUrl, publishedAt, tokyoDay } from './disclosure-day.js';
import { parseTdnetListPage, ROWS_PER_PAGE, type TdnetListRow } from './list-page-parser.js';
import { EXPECTED_NOTICE_TEXT } from './notice-expectations.js';
import { storePdfDocument } from './pdf-document.js';
import { classifyTdnetTitle } from './title-classifier.js';
import { TrackedIssuers } from './tracked-issuers.js';

/** The public list keeps about a month: older days answer 404. */
export const MAX_BACKFILL_DAYS = 31;

const optionsSchema = z
  .object({
    /** Days the scheduled `backfill` sweep re-reads (today included). @default 7 */
    backfillDays: z.number().int().min(1).max(MAX_BACKFILL_DAYS).default(7),
    /** List pages read per day at most (100 rows each). @default 30 */
    maxPagesPerDay: z.number().int().min(1).max(200).default(30),
    /** PDF pages read per notice. @default 30 */
    maxPdfPages: z.number().int().min(1).max(500).default(30),
  })
  .strict();
type TdnetOptions = z.infer<typeof optionsSchema>;

// TDnet shows this instead of the table on a day without disclosures.
const NO_DISCLOSURES = /ありません|見つかりません|該当(?:する)?(?:データ|情報)はありません/u;

export default defineSource({
  id: 'tdnet',
  name: 'TDnet 適時開示',
  homepage: 'https://www.release.tdnet.info/inbs/I_main_00.html',
  description: 'Japanese listed companies: timely disclosures of executive changes (代表取締役の異動, 役員人事 …) and fiscal-calendar notices (決算発表予定日, 決算期変更, 定時株主総会), read from their PDFs.',
  languages: ['ja'],
  schedules: { today: '*/2 0-10 * * 1-5', morning: '*/2 22-23 * * 0-4', evening: '20 11-14 * * 1-5', backfill: '40 15 * * *' },
  baseUrls: { list: 'https://www.release.tdnet.info/inbs/' },
  minIntervalMs: 1000,
  maintainers: ['execradar'],
  async run(context) {
    const options = optionsSchema.parse(context.options);
    const issuers = await TrackedIssuers.load(context);
    if (issuers.isEmpty) {
      context.log.info({}, 'tdnet: no tracked company; nothing to read');
      return;
    }
    const today = tokyoDay(context.now());
    if (context.since !== null || context.task === 'backfill') {
      const days = backfillDays(context, today, options);
      for (const [index, day] of days.entries()) {
        context.progress(index, days.length);
        if (context.signal.aborted) break;
        await crawlDay(context, day, issuers, options, { conditional: false });
      }
      context.progress(days.length, days.length);
      return;
    }
    await crawlDay(context, today, issuers, options, { conditional: true });
  },
});

function backfillDays(context: SourceRunContext, today: string, options: TdnetOptions): string[] {
  const oldest = addDays(today, -(MAX_BACKFILL_DAYS - 1));
  const requested = context.since ?? addDays(today, -(options.backfillDays - 1));
  if (requested < oldest) {
    context.log.warn({ since: requested, oldest }, 'tdnet: the public list keeps about 31 days; older days are skipped (EDINET has the history)');
    context.counters.increment('days_too_old', daysFrom(requested, addDays(oldest, -1)).length);
  }
  return daysFrom(requested < oldest ? oldest : requested, today);
}

/** Reads every page of one day, following the pager, and stores the notices of tracked companies. */
async function crawlDay(
  context: SourceRunContext,
  day: string,
  issuers: TrackedIssuers,
  options: TdnetOptions,
  fetchMode: { readonly conditional: boolean },
): Promise<void> {
  const base = context.baseUrls['list']!;
  const queue = [1];
  const visited = new Set<number>();
  while (queue.length > 0 && visited.size < options.maxPagesPerDay && !context.signal.aborted) {
    const page = queue.shift()!;
    if (visited.has(page)) continue;
    visited.add(page);
    const url = listPageUrl(base, day, page);
    const response = await context.fetch(url, { accept: 'text/html', conditional: fetchMode.conditional });
    if (response.kind !== 'fetched') {
      // An unchanged (or missing) first page means an unchanged day: new rows enter at the top and push the
      // others down, and the first page's pager names all the others.
      if (page === 1) return;
      continue;
    }
    const parsed = parseTdnetListPage(response.text, response.finalUrl);
    if (!parsed.isListPage) {
      if (NO_DISCLOSURES.test(response.text)) return;
      await context.reportUnusable(url, `${url}: not a TDnet list page (no table#main-list-table)`);
      return;
    }
    context.counters.increment('list_pages');
    context.counters.increment('rows', parsed.rows.length);
    for (const row of parsed.rows) {
      const match = await issuers.match(context, row);
      if (!match) continue;
      if (match.kind === 'name') {
        context.counters.increment('rows_matched_by_name');
        if (match.codeRecorded) context.counters.increment('sec_codes_recorded');
      }
      await storeRow(context, day, row, match.company, options);
    }
    const further = parsed.pageNumbers.filter((n) => n > page && !visited.has(n));
    if (further.length > 0) queue.push(...further);
    // Without a pager, a full page may still have a successor.
    else if (parsed.pageNumbers.length === 0 && parsed.rows.length >= ROWS_PER_PAGE) queue.push(page + 1);
  }
}

async function storeRow(context: SourceRunContext, day: string, row: TdnetListRow, company: TrackedCompany, options: TdnetOptions): Promise<void> {
  const kind = classifyTdnetTitle(row.title);
  context.counters.increment(`rows_tracked_${kind}`);
  if (kind === 'other') return;
  if (!row.pdfUrl) {
    context.counters.increment('rows_without_pdf');
    return;
  }
  // The PDF's file name is TDnet's own id of the disclosure (a correction gets a new one).
  const externalId = new URL(row.pdfUrl).pathname.split('/').pop() || `${row.code}-${day}-${row.time}-${row.title}`;
  if (await context.hasDocument(externalId)) {
    context.counters.increment('already_stored');
    return;
  }
  await storePdfDocument(context, {
    url: row.pdfUrl,
    externalId,
    companyId: company.id,
    publishedAt: publishedAt(day, row.time),
    title: `${company.name}（${row.code}）${row.title}`,
    lang: 'ja',
    maxPages: options.maxPdfPages,
    expectedText: EXPECTED_NOTICE_TEXT[kind],
  });
}
