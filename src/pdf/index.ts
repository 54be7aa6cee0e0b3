/** PDF text for the crawler: extraction in a worker (use this), in-thread extraction, and the result type. */
export { extractPdfTextInWorker, closeSharedPdfTextPool, PdfTextPool } from './pdf-text-pool.js';
export type { PdfTextPoolOptions, PdfWorkerTextOptions } from './pdf-text-pool.js';
export { extractPdfText, DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_MIN_CHARS_PER_PAGE } from './pdf-text.js';
export type { PdfTextOptions, PdfTextResult } from './pdf-text.js';
export { CELL_SEPARATOR } from './text-run.js';
