/**
 * A disclosure PDF to a stored document: fetched through the run context (polite, recorded), read in the PDF
 * worker, stored with its text — or, when it cannot be read (broken, encrypted, too large), stored as a failed
 * document with the reason, so it is neither retried forever nor silently lost. Shared by the Japanese sources
 * and the custom source (IR pages often link PDFs).
 */
import { extractPdfTextInWorker } from '../../src/pdf/index.js';
import type { NewDocument, SourceRunContext } from '../source-definition.js';

export interface PdfToStore extends Omit<NewDocument, 'text'> {
  /** Pages read from the start of the PDF. @default 30 */
  readonly maxPages?: number;
}

export type PdfStoreOutcome = 'stored' | 'unchanged' | 'failed-document' | 'not-fetched';

export async function storePdfDocument(context: SourceRunContext, pdf: PdfToStore): Promise<PdfStoreOutcome> {
  const response = await context.fetch(pdf.url, { accept: 'application/pdf', conditional: false });
  if (response.kind !== 'fetched') return 'not-fetched';
  return storePdfBody(context, response.body, pdf);
}

/** Stores the text of PDF bytes already fetched. */
export async function storePdfBody(context: SourceRunContext, body: Uint8Array, pdf: PdfToStore): Promise<PdfStoreOutcome> {
  const { maxPages = 30, ...document } = pdf;
  const result = await extractPdfTextInWorker(body, { maxPages });
  if (result.kind === 'failed') {
    await context.storeFailedDocument(document, `pdf ${result.reason}`);
    return 'failed-document';
  }
  if (result.truncated) context.counters.increment('pdf_truncated');
  const stored = await context.storeDocument({ ...document, text: result.text });
  return stored.created ? 'stored' : 'unchanged';
}

/** A PDF by its type or, when servers label it `application/octet-stream`, by its magic bytes. */
export function isPdf(contentType: string | null, body: Uint8Array): boolean {
  if (contentType?.toLowerCase().includes('pdf')) return true;
  return body.byteLength >= 5 && String.fromCharCode(...body.subarray(0, 5)) === '%PDF-';
}
