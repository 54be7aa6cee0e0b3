/**
 * Parses one TDnet list page (`I_list_00N_YYYYMMDD.html`): the rows of `table#main-list-table` and the
 * numbers of the day's other pages. Cells are found by their `kj*` class whatever the class order, parity
 * classes (`oddnew-M`, `evennew-L`) or whitespace, so a cosmetic change of the page does not blind the crawler.
 * Strings are copied out of the DOM: a kept row never holds the parsed page alive.
 */
import * as cheerio from 'cheerio';

export interface TdnetListRow {
  /** `HH:MM`, Tokyo time, as listed. */
  readonly time: string;
  /** The listed code, usually five characters with a trailing check digit 0 (`72030`, `7Z9A0`). */
  readonly code: string;
  readonly companyName: string;
  readonly title: string;
  /** Absolute URL of the PDF, or null when the row links none. */
  readonly pdfUrl: string | null;
  readonly xbrlUrl: string | null;
  /** Exchanges (`東`, `東名`, …). */
  readonly place: string;
  /** The history cell (訂正/取消 notes), usually empty. */
  readonly history: string;
}

export interface TdnetListPage {
  /** False when the page has no `table#main-list-table`: not a list page (an error page, a redesign). */
  readonly isListPage: boolean;
  readonly rows: readonly TdnetListRow[];
  /** Page numbers of the same day named anywhere on the page (pager links, `pagerLink('I_list_002_…')`). */
  readonly pageNumbers: readonly number[];
}

/** Rows per list page: a full page means there may be a next one. */
export const ROWS_PER_PAGE = 100;

const clean = (text: string): string => text.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();

export function parseTdnetListPage(html: string, pageUrl: string): TdnetListPage {
  const $ = cheerio.load(html);
  const table = $('table#main-list-table');
  const day = /I_list_\d{3}_(\d{8})\.html/u.exec(pageUrl)?.[1];
  const pageNumbers = new Set<number>();
  for (const match of html.matchAll(/I_list_(\d{3})_(\d{8})\.html/gu)) {
    if (!day || match[2] === day) pageNumbers.add(Number(match[1]));
  }
  if (table.length === 0) return { isListPage: false, rows: [], pageNumbers: [...pageNumbers].sort((a, b) => a - b) };
  const rows: TdnetListRow[] = [];
  table.find('tr').each((_, tr) => {
    const row = $(tr);
    const cell = (name: string) => row.find(`td.${name}, th.${name}`).first();
    const code = clean(cell('kjCode').text());
    const titleCell = cell('kjTitle');
    if (!code || titleCell.length === 0) return;
    const href = (node: ReturnType<typeof cell>): string | null => {
      const value = node.find('a[href]').first().attr('href')?.trim();
      if (!value) return null;
      try {
        return new URL(value, pageUrl).toString();
      } catch {
        return null;
      }
    };
    rows.push({
      time: clean(cell('kjTime').text()),
      code,
      companyName: clean(cell('kjName').text()),
      title: clean(titleCell.text()),
      pdfUrl: href(titleCell),
      xbrlUrl: href(cell('kjXbrl')),
      place: clean(cell('kjPlace').text()),
      // TDnet spells the class "kjHistroy"; accept the corrected spelling should it ever be fixed.
      history: clean(row.find('td.kjHistroy, td.kjHistory').first().text()),
    });
  });
  return { isListPage: true, rows, pageNumbers: [...pageNumbers].sort((a, b) => a - b) };
}
