/**
 * A disclosure PDF to a stored document: fetched through the run context (polite, recorded), read in the PDF
 * worker, stored with its text — or, when it cannot be read (broken, encrypted, scanned without a text layer, too
 * large to download or to read), stored as a failed document with the reason, so it is neither retried forever
 * nor silently lost. Shared by the Japanese sources and the custom source (IR pages often link PDFs).
 */
import { PermanentError } from '../../src/crawl/crawl-errors.js';
import { extractPdfTextInWorker } from '../../src/pdf/index.js';
import type { NewDocument, SourceRunContext } from '../source-definition.js';

/** What a readable PDF of some kind always says (its headings' keywords): damaged PDFs lose text without an error. */
export interface ExpectedText {
  readonly pattern: RegExp;
  /** Names the keywords in the warning, e.g. `異動/人事/役員/就任/退任`. */
  readonly label: string;
}

export interface PdfToStore extends Omit<NewDocument, 'text' | 'warning'> {
  /** Pages read from the start of the PDF. @default 30 */
  readonly maxPages?: number;
  /**
   * Checked against the text (NFKC, without whitespace); a text that lacks it is stored all the same, with a
   * warning in the document's `error`. @default undefined (not checked)
   */
  readonly expectedText?: ExpectedText;
}

export type PdfStoreOutcome = 'stored' | 'unchanged' | 'failed-document' | 'not-fetched';

export async function storePdfDocument(context: SourceRunContext, pdf: PdfToStore): Promise<PdfStoreOutcome> {
  const response = await context.fetch(pdf.url, { accept: 'application/pdf', conditional: false });
  if (response.kind === 'failed' && isOversizeDownload(response.error)) {
    // Refused for good at the crawler's body limit: recorded, so the next runs do not download it again.
    await context.storeFailedDocument(documentOf(pdf), `pdf too-large: ${response.error.message}`);
    return 'failed-document';
  }
  if (response.kind !== 'fetched') return 'not-fetched';
  return storePdfBody(context, response.body, pdf);
}

/** Stores the text of PDF bytes already fetched. */
export async function storePdfBody(context: SourceRunContext, body: Uint8Array, pdf: PdfToStore): Promise<PdfStoreOutcome> {
  const document = documentOf(pdf);
  const result = await extractPdfTextInWorker(body, { maxPages: pdf.maxPages ?? 30 });
  if (result.kind === 'failed') {
    await context.storeFailedDocument(document, `pdf ${result.reason}`);
    return 'failed-document';
  }
  if (result.truncated) context.counters.increment('pdf_truncated');
  const warning = pdf.expectedText ? missingTextWarning(result.text, pdf.expectedText) : null;
  if (warning) {
    context.counters.increment('pdf_suspicious');
    context.log.warn({ url: pdf.url, warning }, 'pdf text lacks what its kind always says; stored with a warning');
  }
  const stored = await context.storeDocument({ ...document, text: result.text, ...(warning ? { warning } : {}) });
  return stored.created ? 'stored' : 'unchanged';
}

/** The warning for a text without any of the expected keywords, or null. */
export function missingTextWarning(text: string, expected: ExpectedText): string | null {
  const compact = text.normalize('NFKC').replace(/\s+/gu, '');
  if (expected.pattern.test(compact)) return null;
  return `suspicious: none of ${expected.label} in the text (${compact.length} characters); damaged PDF?`;
}

/** The HTTP client's body cap (`crawler.maxBodyBytes`) refused the download: it will refuse it every time. */
function isOversizeDownload(error: Error): boolean {
  return error instanceof PermanentError && /^body exceeds \d+ bytes/u.test(error.message);
}

function documentOf(pdf: PdfToStore): Omit<NewDocument, 'text'> {
  const { maxPages: _maxPages, expectedText: _expectedText, ...document } = pdf;
  return document;
}

/** A PDF by its type or, when servers label it `application/octet-stream`, by its magic bytes. */
export function isPdf(contentType: string | null, body: Uint8Array): boolean {
  if (contentType?.toLowerCase().includes('pdf')) return true;
  return body.byteLength >= 5 && String.fromCharCode(...body.subarray(0, 5)) === '%PDF-';
}
