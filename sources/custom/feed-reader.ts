/**
 * A company's own RSS 0.9/1.0/2.0 or Atom feed, read with rss-parser, as list items (title, absolute link,
 * publication date when the feed gives one).
 */
import Parser from 'rss-parser';
import type { ListItem } from './html-list-reader.js';
import { parseListDate } from './list-date.js';

const parser = new Parser();

/** Throws when the text is not a feed; the caller records the response as unusable. */
export async function readFeed(xml: string, feedUrl: string): Promise<ListItem[]> {
  const feed = await parser.parseString(xml);
  const items: ListItem[] = [];
  for (const entry of feed.items) {
    const link = entry.link?.trim();
    if (!link) continue;
    let url: string;
    try {
      url = new URL(link, feedUrl).toString();
    } catch {
      continue;
    }
    items.push({ title: (entry.title ?? '').replace(/\s+/gu, ' ').trim(), url, publishedAt: parseListDate(entry.isoDate ?? entry.pubDate ?? null) });
  }
  return items;
}
