/**
 * Parses EDGAR's "latest filings" Atom feed (`browse-edgar?action=getcurrent&output=atom`): one request
 * shows every new filing, so tracked CIKs are noticed within a minute of acceptance.
 */
import * as cheerio from 'cheerio';

export interface CurrentFiling {
  readonly form: string;
  /** Every filer of the accession: a multi-party filing repeats one accession under each of them. */
  readonly filers: ReadonlyArray<{ readonly cik: string; readonly name: string }>;
  readonly accessionNumber: string;
  readonly indexUrl: string;
  readonly items: readonly string[];
  /** The feed's `<updated>`: a real time with its offset (unlike acceptanceDateTime's false `Z`). */
  readonly updated: string | null;
}

const TITLE = /^(?<form>\S+(?:\s\S+)?)\s+-\s+(?<name>.+?)\s+\((?<cik>\d{10})\)\s+\((?<role>[^)]+)\)\s*$/u;

export function parseCurrentFeed(xml: string): CurrentFiling[] {
  const $ = cheerio.load(xml, { xml: true });
  if ($('feed').length === 0) throw new Error('not an Atom feed (no <feed> element)');
  const filings = new Map<string, CurrentFiling>();
  $('entry').each((_, entry) => {
    const node = $(entry);
    const title = TITLE.exec(node.find('title').first().text().trim());
    const accession = /accession-number=([\d-]+)/u.exec(node.find('id').first().text())?.[1];
    if (!title?.groups || !accession) return;
    // Multi-party filings repeat one accession (co-registrants, Filer/Reporting/Issuer): one filing, all its filers.
    const known = filings.get(accession);
    if (known) {
      if (!known.filers.some((filer) => filer.cik === title.groups!['cik'])) {
        (known.filers as Array<{ cik: string; name: string }>).push({ cik: title.groups['cik']!, name: title.groups['name']! });
      }
      return;
    }
    const summary = node.find('summary').first().text();
    const items = [...summary.matchAll(/Item\s+(\d{1,2}\.\d{2})/gu)].map((match) => match[1]!);
    filings.set(accession, {
      form: node.find('category').first().attr('term') ?? title.groups['form']!,
      filers: [{ cik: title.groups['cik']!, name: title.groups['name']! }],
      accessionNumber: accession,
      indexUrl: node.find('link').first().attr('href') ?? '',
      items,
      updated: node.find('updated').first().text().trim() || null,
    });
  });
  return [...filings.values()];
}
