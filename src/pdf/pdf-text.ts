/**
 * Text of a PDF disclosure with pdf.js, bounded in pages and bytes, returned as a value: a broken or encrypted PDF
 * is a `failed` result with the reason, never an exception, so one bad filing cannot stop a crawl.
 *
 * Runs in the calling thread; crawlers should use `extractPdfTextInWorker` (pdf-text-pool.ts) instead.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normalizePdfRun } from './normalize-pdf-text.js';
import { layoutPage } from './page-layout.js';
import type { OpenTable } from './page-layout.js';
import type { TextRun } from './text-run.js';

export interface PdfTextOptions {
  /** Pages read from the start; the rest is left out and the result marked `truncated`. @default 30 */
  readonly maxPages?: number;
  /** Larger inputs fail with `too-large` before parsing. @default 20 MB (20 * 1024 * 1024 bytes) */
  readonly maxBytes?: number;
  /**
   * Fewer letters and digits than this per page read fail with `no-text`: a scanned notice has no text layer, or
   * only a typed page number, and stored as text it would be an empty document. @default 20
   */
  readonly minCharsPerPage?: number;
}

/**
 * `text`: pages separated by a blank line; within a page one visual line per line, wrapped paragraph lines joined,
 * officer tables one row per line with cells separated by a TAB (`\t`, also used for gaps of two characters or more
 * on ordinary lines); a table that runs on over a page break stays one block (no blank line, header once). Text is NFKC-normalized with CJK radicals folded to ideographs (髙, 﨑 are kept).
 * `pages`: pages read. `reason` starts with a code: `encrypted`, `invalid`, `too-large`, `empty` (no bytes),
 * `no-text` (no or almost no text layer: a scanned PDF), `error` (and, from the worker, `timeout`, `worker`),
 * followed by `: detail` where there is one.
 */
export type PdfTextResult =
  | { readonly kind: 'ok'; readonly text: string; readonly pages: number; readonly truncated: boolean }
  | { readonly kind: 'failed'; readonly reason: string };

export const DEFAULT_MAX_PAGES = 30;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MIN_CHARS_PER_PAGE = 20;

const PAGE_SEPARATOR = '\n\n';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | undefined;

// Loaded on first use: importing pdf.js costs ~100 ms that modules which never see a PDF should not pay.
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

// pdf.js in Node reads CMaps and standard fonts with fs from a plain directory path ending in "/";
// a file:// URL fails, and without the CMaps text set in non-embedded Japanese CID fonts comes out empty.
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const ASSET_DIRS = {
  cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
  standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
  wasmUrl: join(PDFJS_DIR, 'wasm') + '/',
};

/** Extracts the text of the first `maxPages` pages of a PDF. Never throws. */
export async function extractPdfText(bytes: Uint8Array, options: PdfTextOptions = {}): Promise<PdfTextResult> {
  const maxPages =
    options.maxPages === undefined || Number.isNaN(options.maxPages) ? DEFAULT_MAX_PAGES : Math.max(0, options.maxPages);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength === 0) return { kind: 'failed', reason: 'empty' };
  if (bytes.byteLength > maxBytes) {
    return { kind: 'failed', reason: `too-large: ${bytes.byteLength} bytes > ${maxBytes}` };
  }
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (error) {
    return { kind: 'failed', reason: `error: pdf.js did not load: ${messageOf(error)}` };
  }
  const task = pdfjs.getDocument({
    // pdf.js transfers (and so empties) the buffer it is given: hand it a copy, never the caller's bytes.
    data: new Uint8Array(bytes),
    ...ASSET_DIRS,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const total = doc.numPages;
    const read = Math.min(total, Math.floor(maxPages));
    let text = '';
    let failedPages = 0;
    let firstPageError: unknown;
    let openTable: OpenTable | null = null;
    for (let n = 1; n <= read; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const layout = layoutPage(toRuns(content.items), openTable);
        if (layout.text !== '') {
          // Rows of a table that runs on over a page break stay together, without the blank line between pages.
          text += text === '' ? layout.text : (layout.continuesTable ? '\n' : PAGE_SEPARATOR) + layout.text;
        }
        openTable = layout.openTable;
        page.cleanup();
      } catch (error) {
        // One damaged page should not cost the text of the others; a document whose pages all fail has failed.
        if (error instanceof Error && error.name === 'PasswordException') throw error;
        firstPageError ??= error;
        failedPages++;
        openTable = null;
      }
    }
    if (read > 0 && failedPages === read) throw firstPageError;
    const textLayer = noTextLayerReason(text, read, options.minCharsPerPage ?? DEFAULT_MIN_CHARS_PER_PAGE);
    if (textLayer) return { kind: 'failed', reason: textLayer };
    return { kind: 'ok', text, pages: read, truncated: read < total };
  } catch (error) {
    return { kind: 'failed', reason: reasonOf(error) };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

interface PdfJsTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

function isTextItem(item: unknown): item is PdfJsTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

function toRuns(items: readonly unknown[]): TextRun[] {
  const runs: TextRun[] = [];
  items.forEach((item, order) => {
    if (!isTextItem(item)) return;
    const text = normalizePdfRun(item.str).trim();
    if (text === '') return;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = item.height > 0 ? item.height : Math.hypot(c, d) || Math.hypot(a, b) || 1;
    runs.push({ text, x, y, width: item.width, size, order });
  });
  return runs;
}

/**
 * Why the text is no text layer, or null. Letters and digits are counted, not characters: a scan's only text is
 * often a typed page number ("- 1 -") or a stamp, while the shortest real notice has a heading and a dateline.
 */
function noTextLayerReason(text: string, pages: number, minCharsPerPage: number): string | null {
  if (pages === 0) return null;
  const chars = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (chars >= pages * minCharsPerPage) return null;
  return `no-text: no text layer: scanned PDF? (letters and digits: ${chars} on ${pages} page${pages === 1 ? '' : 's'})`;
}

function reasonOf(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'PasswordException') return 'encrypted';
  if (name === 'InvalidPDFException') return `invalid: ${messageOf(error)}`;
  return `error: ${name ? `${name}: ` : ''}${messageOf(error)}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
