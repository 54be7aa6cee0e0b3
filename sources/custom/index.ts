/**
 * Configurable company sources: one YAML file per company newsroom in `sources/custom/` (or the folder named by
 * env `EXECRADAR_CUSTOM_SOURCES_DIR`). They form one source, `custom`, with one task per file (task = file name
 * without `.yaml`), each scheduled by the file's own `schedule`: one source keeps the sources page and the
 * registry small however many newsrooms are watched, while a task per file gives each its own schedule, crawl
 * runs and errors, and lets `execradar crawl --source custom --task minato-seiki` poll just one. Any other task
 * name runs every enabled file.
 *
 * Files are read again at each run, so an edited selector applies at the next poll; a changed schedule, or a
 * new file, applies when the service restarts (schedules are registered at start). An invalid file stays
 * scheduled so that its run fails with `file:line:column: key: message` where the sources page shows it.
 *
 * Rendered lists: the page URL is first fetched through the HTTP client (robots.txt, private-address guard,
 * crawl state), then rendered in the shared Chromium, whose sub-requests to private IPs are refused
 * (`subRequestGuard`); articles are fetched without rendering.
 */
import { join } from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';
import { sharedBrowserRenderer, type BrowserRenderer } from '../../src/crawl/browser-renderer.js';
import { DEFAULT_BODY_SELECTORS, readArticle } from '../prtimes/article-page.js';
import { isPersonnelRelease } from '../prtimes/personnel-filter.js';
import { defineSource, type SourceDefinition, type SourceRunContext } from '../source-definition.js';
import { isPdf, storePdfBody } from '../tdnet/pdf-document.js';
import { listCustomSourceFiles, loadCustomSourceFile, type CustomSourceFile } from './custom-source-loader.js';
import type { CustomSourceConfig } from './custom-source-schema.js';
import { readFeed } from './feed-reader.js';
import { readHtmlList, type ListItem } from './html-list-reader.js';
import { subRequestGuard } from './sub-request-guard.js';

export interface CustomSourceOptions {
  /** Folder of the YAML files. @default env EXECRADAR_CUSTOM_SOURCES_DIR, else `<project>/sources/custom` */
  readonly dir?: string;
  /** Renders `kind: rendered` lists. @default the shared renderer (system Chromium) */
  readonly renderer?: () => BrowserRenderer;
}

const DEFAULT_SCHEDULE = '*/30 * * * *';

export function defaultCustomSourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['EXECRADAR_CUSTOM_SOURCES_DIR'] || join(projectRoot(), 'sources', 'custom');
}

export function createCustomSource(options: CustomSourceOptions = {}): SourceDefinition {
  const dir = options.dir ?? defaultCustomSourcesDir();
  const renderer = options.renderer ?? sharedBrowserRenderer;
  const schedules: Record<string, string> = {};
  for (const file of listCustomSourceFiles(dir)) {
    const loaded = loadCustomSourceFile(file);
    if (loaded.kind === 'invalid') schedules[loaded.id] = DEFAULT_SCHEDULE;
    else if (loaded.config.enabled) schedules[loaded.id] = loaded.config.schedule;
  }
  return defineSource({
    id: 'custom',
    name: 'Company newsrooms (custom YAML)',
    homepage: 'https://github.com/execradar/execradar/tree/main/sources/custom',
    description: 'Company news pages and feeds described in sources/custom/*.yaml: RSS/Atom feeds, HTML lists by CSS selectors, JavaScript-rendered lists in Chromium.',
    languages: ['ja', 'en'],
    schedules,
    baseUrls: {},
    maintainers: ['execradar'],
    async run(context) {
      const files = listCustomSourceFiles(dir).map((file) => loadCustomSourceFile(file, relativeLabel(file)));
      const selected = files.filter((file) => file.id === context.task);
      const toRun = selected.length > 0 ? selected : files.filter((file) => file.kind === 'invalid' || file.config.enabled);
      const problems: string[] = [];
      for (const [index, file] of toRun.entries()) {
        context.progress(index, toRun.length);
        if (context.signal.aborted) break;
        if (file.kind === 'invalid') {
          problems.push(...file.errors);
          continue;
        }
        await pollFile(context, file, renderer);
      }
      context.progress(toRun.length, toRun.length);
      if (problems.length > 0) throw new Error(`invalid custom source file:\n${problems.join('\n')}`);
    },
  });
}

function relativeLabel(file: string): string {
  const root = projectRoot();
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}

async function pollFile(context: SourceRunContext, file: Extract<CustomSourceFile, { kind: 'ok' }>, renderer: () => BrowserRenderer): Promise<void> {
  const { config } = file;
  const items = await readList(context, config, renderer);
  if (items === null) return;
  context.counters.increment('list_items', items.length);
  let companyId: number | null = null;
  for (const item of items) {
    if (!isPersonnelRelease(item.title, config.keywords)) continue;
    context.counters.increment('matching_items');
    if (await context.hasDocument(item.url)) {
      context.counters.increment('already_stored');
      continue;
    }
    companyId ??= await context.upsertCompany({
      name: config.company.name,
      ...(config.lang === 'ja' ? { nameJa: config.company.name } : config.lang === 'en' ? { nameEn: config.company.name } : {}),
      secCode: config.company.secCode ?? null,
      corporateNumber: config.company.corporateNumber ?? null,
      ticker: config.company.ticker ?? null,
      cik: config.company.cik ?? null,
      country: config.company.country ?? null,
    });
    await storeItem(context, config, item, companyId);
  }
}

/** The list's items, or null when there is nothing to read (unchanged, refused, failed: already recorded). */
async function readList(context: SourceRunContext, config: CustomSourceConfig, renderer: () => BrowserRenderer): Promise<ListItem[] | null> {
  const list = config.list;
  if (list.kind === 'feed') {
    const response = await context.fetch(list.url, { accept: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, */*;q=0.5' });
    if (response.kind !== 'fetched') return null;
    try {
      return await readFeed(response.text, response.finalUrl);
    } catch (error) {
      await context.reportUnusable(list.url, `${list.url}: not an RSS/Atom feed (${error instanceof Error ? error.message : String(error)})`);
      return null;
    }
  }
  // A rendered page may change while its HTML shell does not: fetch it in full, for robots.txt and the guard.
  const response = await context.fetch(list.url, { accept: 'text/html', conditional: list.kind === 'html' });
  if (response.kind !== 'fetched') return null;
  let html = response.text;
  let pageUrl = response.finalUrl;
  if (list.kind === 'rendered') {
    const rendered = await renderer().render({
      url: list.url,
      waitForSelector: list.waitFor ?? list.item,
      timeoutMs: list.timeoutMs,
      userAgent: context.userAgent,
      allowRequest: subRequestGuard(response.finalUrl),
    });
    if (rendered.kind === 'failed') {
      await context.reportUnusable(list.url, `${list.url}: rendering failed: ${rendered.reason}`);
      return null;
    }
    context.counters.increment('rendered_pages');
    html = rendered.html;
    pageUrl = rendered.finalUrl;
  }
  const items = readHtmlList(html, list, pageUrl);
  // No item at all is how a redesigned page shows itself: say so instead of reporting a quiet company.
  if (items.length === 0) await context.reportUnusable(list.url, `${list.url}: no item matched "${list.item}" with a link "${list.link}"; has the page changed?`);
  return items;
}

async function storeItem(context: SourceRunContext, config: CustomSourceConfig, item: ListItem, companyId: number): Promise<void> {
  const response = await context.fetch(item.url, { conditional: false });
  if (response.kind !== 'fetched') return;
  const document = { url: item.url, externalId: item.url, companyId, title: item.title || null, lang: config.lang ?? null };
  if (isPdf(response.contentType, response.body)) {
    await storePdfBody(context, response.body, { ...document, publishedAt: item.publishedAt });
    return;
  }
  const article = readArticle(response.text, config.article.selectors ?? DEFAULT_BODY_SELECTORS);
  await context.storeDocument({ ...document, title: item.title || article.title, publishedAt: item.publishedAt ?? article.publishedAt, text: article.text });
}

export default createCustomSource();
