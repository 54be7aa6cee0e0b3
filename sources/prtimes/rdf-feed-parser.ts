/**
 * Reads an RSS 1.0 (RDF Site Summary) feed such as PR TIMES' per-company `companyrdf.php`: the items with
 * title, link, description and `dc:date`. RSS 2.0 `<rss><channel><item>` is read the same way, as feeds get
 * switched. Strings are copied out of the parsed document.
 */
import * as cheerio from 'cheerio';

export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly description: string;
  /** The item's `dc:date` (or `pubDate`) as written, or null. */
  readonly date: string | null;
}

export interface ParsedFeed {
  readonly title: string;
  readonly items: readonly FeedItem[];
}

const clean = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** Throws when the text is not an RSS 1.0/2.0 feed: the caller records the response as unusable. */
export function parseRdfFeed(xml: string): ParsedFeed {
  const $ = cheerio.load(xml, { xml: true });
  const root = $('rdf\\:RDF, RDF, rss').first();
  if (root.length === 0) throw new Error('not an RSS 1.0/2.0 feed (no <rdf:RDF> or <rss> root)');
  const items: FeedItem[] = [];
  root.find('item').each((_, element) => {
    const item = $(element);
    const child = (selector: string) => clean(item.children(selector).first().text());
    const link = child('link') || item.attr('rdf:about') || '';
    if (!link) return;
    items.push({
      title: child('title'),
      link,
      description: child('description'),
      date: child('dc\\:date') || child('pubDate') || null,
    });
  });
  return { title: clean(root.find('channel').first().children('title').first().text()), items };
}
