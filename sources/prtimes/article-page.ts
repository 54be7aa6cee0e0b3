/**
 * The text of a press-release page: its title and body found by a list of selectors tried in order (PR TIMES'
 * markup has changed over the years), falling back to the page's main content. Navigation, share buttons and
 * related-article lists are removed before reading.
 */
import * as cheerio from 'cheerio';
import { htmlToText } from '../../src/extract/html-text.js';

export interface ArticleText {
  readonly title: string | null;
  readonly text: string;
  /** `article:published_time` or the first `<time datetime>`, as written. */
  readonly publishedAt: string | null;
}

export const DEFAULT_BODY_SELECTORS = [
  '[class*="press-release-body"]',
  '[class*="release-body"]',
  '#press-release-body',
  '.rich-text',
  '[itemprop="articleBody"]',
  // Company newsrooms (the custom source uses these defaults too).
  '[class*="article-body"]',
  '[class*="entry-content"]',
  '[class*="news-body"]',
  '[class*="detail__body"]',
  'article',
  'main',
  '#main',
] as const;

const NOISE = 'script, style, noscript, nav, header nav, footer, aside, form, iframe, [class*="share"], [class*="related"], [class*="breadcrumb"]';

/** Reads the body with the first selector holding real text (40 characters or more), else the whole page. */
export function readArticle(html: string, bodySelectors: readonly string[] = DEFAULT_BODY_SELECTORS): ArticleText {
  const $ = cheerio.load(html);
  const title =
    $('meta[property="og:title"]').attr('content')?.trim() || $('h1').first().text().replace(/\s+/gu, ' ').trim() || $('title').text().trim() || null;
  const publishedAt = $('meta[property="article:published_time"]').attr('content')?.trim() || $('time[datetime]').first().attr('datetime')?.trim() || null;
  $(NOISE).remove();
  for (const selector of bodySelectors) {
    const node = $(selector).first();
    if (node.length === 0) continue;
    const text = htmlToText($.html(node));
    if (text.replace(/\s+/gu, '').length >= 40) return { title, text, publishedAt };
  }
  return { title, text: htmlToText($('body').html() ?? html), publishedAt };
}
