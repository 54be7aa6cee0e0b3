/**
 * What a `sources/custom/*.yaml` file may say: the company it belongs to, and where its news list is — an
 * RSS/Atom feed, an HTML list read with CSS selectors, or the same list rendered in Chromium first because the
 * page builds it with JavaScript. See the documented examples beside this file.
 */
import { z } from 'zod';

const cron = z.string().regex(/^(\S+\s+){4,5}\S+$/u, 'expected a cron expression of 5 or 6 fields (UTC), e.g. "*/30 * * * *"');
const selector = z.string().trim().min(1, 'expected a CSS selector');
const httpUrl = z.url({ protocol: /^https?$/u, error: 'expected an http(s) URL' });

const selectorsSchema = {
  /** The page listing the news. */
  url: httpUrl,
  /** One element per news item. */
  item: selector,
  /** Inside an item: the title's element. @default the link */
  title: selector.optional(),
  /** Inside an item: the element carrying the link (its `href`, or the item itself when it is the `<a>`). @default "a" */
  link: selector.default('a'),
  /** Inside an item: the date's element (its `datetime` attribute, else its text). Without it, dates come from the article. */
  date: selector.optional(),
};

export const feedListSchema = z.object({ kind: z.literal('feed'), url: httpUrl }).strict();
export const htmlListSchema = z.object({ kind: z.literal('html'), ...selectorsSchema }).strict();
export const renderedListSchema = z
  .object({
    kind: z.literal('rendered'),
    ...selectorsSchema,
    /** Wait until this selector matches before reading. @default the `item` selector */
    waitFor: selector.optional(),
    /** Time the page may take to render. @default 30000 */
    timeoutMs: z.number().int().min(1000).max(120_000).default(30_000),
  })
  .strict();

export const customSourceSchema = z
  .object({
    /** Shown in logs and on the sources page. */
    name: z.string().min(1),
    /** A disabled file is kept but not scheduled. @default true */
    enabled: z.boolean().default(true),
    /** When to poll, in UTC like every schedule of the service. @default every 30 minutes */
    schedule: cron.default('*/30 * * * *'),
    /** The company whose news this is: at least a name; identifiers make the match certain. */
    company: z
      .object({
        name: z.string().min(1),
        secCode: z.string().regex(/^\d[0-9A-Z]\d[0-9A-Z]0?$/u, 'expected a securities code such as 7203 or 130A').optional(),
        corporateNumber: z.string().regex(/^\d{13}$/u, 'expected the 13-digit 法人番号').optional(),
        ticker: z.string().min(1).optional(),
        cik: z.string().regex(/^\d{1,10}$/u, 'expected a CIK (digits)').optional(),
        country: z.string().length(2).optional(),
      })
      .strict(),
    /** Language of the news, or omit to let extraction detect it per article. */
    lang: z.enum(['ja', 'en']).optional(),
    /** Only items whose title holds one of these are fetched; `[]` fetches every item. @default personnel words (ja and en) */
    keywords: z.array(z.string().min(1)).default(['人事', '役員', '就任', '退任', '異動', '社長', 'appoint', 'resign', 'retire', 'succession', 'Chief Executive', 'CEO', 'CFO', 'Board']),
    list: z.discriminatedUnion('kind', [feedListSchema, htmlListSchema, renderedListSchema]),
    /** How to read an article page. */
    article: z
      .object({
        /** Body selectors tried in order. @default the press-release defaults (article, main, …) */
        selectors: z.array(selector).min(1).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type CustomSourceConfig = z.infer<typeof customSourceSchema>;
export type CustomListConfig = CustomSourceConfig['list'];
