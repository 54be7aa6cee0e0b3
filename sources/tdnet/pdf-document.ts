/**
 * A disclosure PDF to a stored document: fetched through the run context (polite, recorded), read in the PDF
 * worker, stored with its text — or, when it cannot be read (broken, encrypted, too large), stored as a failed
 * document with the reason, so it is neither retried forever nor silently lost. Shared by the Japanese sources.
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
  const { maxPages = 30, ...document } = pdf;
  const result = await extractPdfTextInWorker(response.body, { maxPages });
  if (result.kind === 'failed') {
    await context.storeFailedDocument(document, `pdf ${result.reason}`);
    return 'failed-document';
  }
  if (result.truncated) context.counters.increment('pdf_truncated');
  const stored = await context.storeDocument({ ...document, text: result.text });
  return stored.created ? 'stored' : 'unchanged';
}
