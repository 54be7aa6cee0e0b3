/** Finds the primary document of a filing on its EDGAR index page (`…-index.htm`). */
import * as cheerio from 'cheerio';

export function primaryDocumentUrl(indexHtml: string, indexUrl: string, form: string): string | null {
  const $ = cheerio.load(indexHtml);
  let found: string | null = null;
  $('table.tableFile tr').each((_, row) => {
    if (found) return;
    const cells = $(row).find('td');
    if (cells.length < 4) return;
    if ($(cells[3]).text().trim() !== form) return;
    const href = $(cells[2]).find('a').attr('href');
    if (!href) return;
    // Inline-XBRL viewer links wrap the document path: /ix?doc=/Archives/…
    const path = href.startsWith('/ix?doc=') ? href.slice('/ix?doc='.length) : href;
    found = new URL(path, indexUrl).toString();
  });
  return found;
}
