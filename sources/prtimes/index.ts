/**
 * PR TIMES press releases of configured companies: each company's RSS 1.0 feed
 * (`companyrdf.php?company_id=N`) is polled, releases whose titles speak of 人事/役員/就任/退任 are fetched and
 * stored as Japanese documents of that company — the same company row TDnet and EDINET use, found by
 * securities code or normalized name.
 *
 * Options (`sources.prtimes.options`): `companies: [{ companyId, secCode?, name? }]` (PR TIMES' numeric company
 * id, and how to find our company: at least one of securities code and name), `keywords` (title keywords;
 * `[]` keeps every release), `bodySelectors` (article body, tried in order).
 * Schedule (UTC): `feeds` every 15 minutes; one request per company, answered 304 when nothing changed.
 */
import { z } from 'zod';
import { defineSource, type SourceRunContext } from '../source-definition.js';
import { DEFAULT_BODY_SELECTORS, readArticle } from './article-page.js';
import { DEFAULT_PERSONNEL_KEYWORDS, isPersonnelRelease } from './personnel-filter.js';
import { parseRdfFeed, type FeedItem } from './rdf-feed-parser.js';

export const prtimesCompanySchema = z
  .object({
    /** PR TIMES' company id (the `company_id` of the feed URL). */
    companyId: z.number().int().positive(),
    /** Securities code (`7203`), the surest way to our company row. */
    secCode: z.string().regex(/^\d[0-9A-Z]\d[0-9A-Z]0?$/u, 'expected a 4-character securities code such as 7203 or 130A').optional(),
    /** Company name as registered (株式会社 … is fine: names are normalized). */
    name: z.string().min(1).optional(),
  })
  .strict()
  .refine((company) => company.secCode !== undefined || company.name !== undefined, 'give secCode or name, so releases can be tied to a company');

export const prtimesOptionsSchema = z
  .object({
    companies: z.array(prtimesCompanySchema).default([]),
    /** @default 人事, 役員, 就任, 退任, 異動, 社長交代 */
    keywords: z.array(z.string().min(1)).default([...DEFAULT_PERSONNEL_KEYWORDS]),
    /** @default see article-page.ts DEFAULT_BODY_SELECTORS */
    bodySelectors: z.array(z.string().min(1)).min(1).default([...DEFAULT_BODY_SELECTORS]),
  })
  .strict();
type PrtimesOptions = z.infer<typeof prtimesOptionsSchema>;
type PrtimesCompany = z.infer<typeof prtimesCompanySchema>;

export default defineSource({
  id: 'prtimes',
  name: 'PR TIMES',
  homepage: 'https://prtimes.jp/',
  description: 'Press releases of configured Japanese companies on PR TIMES (RSS 1.0 per company): personnel announcements (人事, 役員, 就任, 退任).',
  languages: ['ja'],
  schedules: { feeds: '*/15 * * * *' },
  baseUrls: { www: 'https://prtimes.jp' },
  minIntervalMs: 2000,
  maintainers: ['execradar'],
  unavailableReason: ({ options }) => {
    const parsed = prtimesOptionsSchema.safeParse(options);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return `sources.prtimes.options.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`;
    }
    return parsed.data.companies.length === 0 ? 'no companies configured: set sources.prtimes.options.companies to [{ companyId, secCode or name }]' : null;
  },
  async run(context) {
    const options = prtimesOptionsSchema.parse(context.options);
    for (const [index, company] of options.companies.entries()) {
      context.progress(index, options.companies.length);
      if (context.signal.aborted) break;
      await pollCompany(context, company, options);
    }
    context.progress(options.companies.length, options.companies.length);
  },
});

async function pollCompany(context: SourceRunContext, company: PrtimesCompany, options: PrtimesOptions): Promise<void> {
  const base = context.baseUrls['www']!;
  const feedUrl = `${base}/companyrdf.php?company_id=${company.companyId}`;
  const response = await context.fetch(feedUrl, { accept: 'application/rdf+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.5' });
  if (response.kind !== 'fetched') return;
  let items: readonly FeedItem[];
  try {
    items = parseRdfFeed(response.text).items;
  } catch (error) {
    await context.reportUnusable(feedUrl, `${feedUrl}: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  context.counters.increment('feed_items', items.length);
  let companyRowId: number | null = null;
  for (const item of items) {
    if (!isPersonnelRelease(item.title, options.keywords)) continue;
    context.counters.increment('personnel_items');
    const url = rebase(item.link, base);
    const externalId = releaseId(url);
    if (await context.hasDocument(externalId)) {
      context.counters.increment('already_stored');
      continue;
    }
    const page = await context.fetch(url, { accept: 'text/html', conditional: false });
    if (page.kind !== 'fetched') continue;
    const article = readArticle(page.text, options.bodySelectors);
    companyRowId ??= await context.upsertCompany({ secCode: company.secCode ?? null, name: company.name ?? null, nameJa: company.name ?? null, country: 'JP' });
    await context.storeDocument({
      url,
      externalId,
      companyId: companyRowId,
      publishedAt: item.date ?? article.publishedAt,
      title: item.title || article.title,
      text: article.text,
      lang: 'ja',
    });
  }
}

/** `…/main/html/rd/p/000000012.000099901.html` → `000000012.000099901`: release number and company id. */
function releaseId(url: string): string {
  const path = new URL(url).pathname;
  return /\/p\/([\d.]+)\.html$/u.exec(path)?.[1] ?? path;
}

/** Feed links are absolute prtimes.jp URLs: keep them on the configured base (a mirror, a test server). */
function rebase(link: string, base: string): string {
  const url = new URL(link, base);
  const target = new URL(base);
  if (url.hostname !== 'prtimes.jp' && !url.hostname.endsWith('.prtimes.jp')) return url.toString();
  url.protocol = target.protocol;
  url.host = target.host;
  return url.toString();
}
