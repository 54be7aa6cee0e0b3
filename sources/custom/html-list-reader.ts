/**
 * Reads a news list with the CSS selectors of a custom source: one element per item, and inside it the title,
 * the link and the date. Links are made absolute against the page's final URL; the strings are copied out.
 */
import * as cheerio from 'cheerio';
import { parseListDate } from './list-date.js';

export interface ListSelectors {
  readonly item: string;
  readonly title?: string | undefined;
  readonly link: string;
  readonly date?: string | undefined;
}

export interface ListItem {
  readonly title: string;
  readonly url: string;
  /** As parse-list-date gives it, or null. */
  readonly publishedAt: string | null;
}

export function readHtmlList(html: string, selectors: ListSelectors, pageUrl: string): ListItem[] {
  const $ = cheerio.load(html);
  const items: ListItem[] = [];
  const seen = new Set<string>();
  $(selectors.item).each((_, element) => {
    const item = $(element);
    const within = (selector: string) => (item.is(selector) ? item : item.find(selector).first());
    const linkNode = within(selectors.link);
    const href = linkNode.attr('href')?.trim();
    if (!href) return;
    let url: string;
    try {
      const absolute = new URL(href, pageUrl);
      if (absolute.protocol !== 'http:' && absolute.protocol !== 'https:') return;
      absolute.hash = '';
      url = absolute.toString();
    } catch {
      return;
    }
    if (seen.has(url)) return;
    seen.add(url);
    const text = (node: ReturnType<typeof within>) => node.text().replace(/\s+/gu, ' ').trim();
    // A title element missing from one item (a highlighted entry, an older layout) falls back to the link's text.
    const title = (selectors.title ? text(within(selectors.title)) : '') || text(linkNode);
    const dateNode = selectors.date ? within(selectors.date) : null;
    const dateText = dateNode ? (dateNode.attr('datetime') ?? dateNode.text()) : null;
    items.push({ title, url, publishedAt: parseListDate(dateText) });
  });
  return items;
}
